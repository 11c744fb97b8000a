/**
 * Checks on what authors declare about quality, before any play-through: every choice an ending
 * requires or excludes exists and can be named unambiguously, and a node with a weak choice also
 * offers a strong one, so the learner's debrief can show what a stronger choice would have been.
 */
import type { Scenario } from '../schema';
import type { ScenarioFinding } from './finding';
import { choicesById } from './truth';

export function findQualityProblems(scenario: Scenario): ScenarioFinding[] {
  const found: ScenarioFinding[] = [];
  const byId = choicesById(scenario);
  const nodesWith = (id: string) =>
    scenario.nodes.filter((node) => node.choices.some((c) => c.id === id)).map((n) => `"${n.id}"`);

  scenario.endings.forEach((ending, e) => {
    for (const field of ['requires', 'excludes'] as const) {
      ending[field].forEach((id, i) => {
        const where = nodesWith(id);
        if (where.length === 0) {
          found.push({
            path: ['endings', e, field, i],
            problem: `Ending "${ending.id}" ${field} a choice "${id}", but no choice has that id.`,
            fix: 'Use the id of a choice in this scenario.',
          });
        } else if (!byId.has(id)) {
          found.push({
            path: ['endings', e, field, i],
            problem: `Ending "${ending.id}" ${field} "${id}", but choices in nodes ${where.join(' and ')} share that id, so it is not clear which one is meant.`,
            fix: 'Give each of those choices its own id, and name the one you mean.',
          });
        }
      });
    }
    const both = ending.requires.filter((id) => ending.excludes.includes(id));
    both.forEach((id) =>
      found.push({
        path: ['endings', e],
        problem: `Ending "${ending.id}" both requires and excludes the choice "${id}", so no path can reach it.`,
        fix: `Keep "${id}" in one of the two lists.`,
      }),
    );
  });

  scenario.nodes.forEach((node, n) => {
    const weak = node.choices.findIndex((c) => c.quality === 'weak');
    if (weak >= 0 && !node.choices.some((c) => c.quality === 'strong')) {
      found.push({
        path: ['nodes', n, 'choices', weak, 'quality'],
        problem: `Node "${node.id}" has a weak choice but no strong one, so the debrief cannot show the learner what would have been stronger.`,
        fix: 'Mark the best choice at this node strong, or add a strong choice.',
      });
    }
  });
  return found;
}
