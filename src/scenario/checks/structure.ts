/**
 * The checks that need no play-through: ids, variables, targets, conditions, endings' order and
 * dead ends; then the shape of the node graph (scenario-shape.ts).
 */
import type { Scenario, ScenarioTarget } from '../schema';
import { duplicates } from '../../content/duplicates';
import { parseCondition } from '../conditions';
import { END } from '../rules';
import type { FieldPath, ScenarioFinding } from './finding';
import { findShapeProblems } from './shape';

const conditionWords = new Set(['and', 'or']);

export function findStructureProblems(scenario: Scenario): ScenarioFinding[] {
  const found: ScenarioFinding[] = [];
  const report = (path: FieldPath, problem: string, fix: string) =>
    found.push({ path, problem, fix });
  const declared = new Map(scenario.variables.map((v) => [v.id, v]));
  const variableList = scenario.variables.map((v) => v.id).join(', ');
  const nodeIds = new Set(scenario.nodes.map((n) => n.id));
  const nodeList = scenario.nodes.map((n) => n.id).join(', ');

  const checkCondition = (path: FieldPath, source: string) => {
    const parsed = parseCondition(source);
    if (!parsed.ok) {
      report(path, parsed.problem, parsed.fix);
      return;
    }
    for (const id of parsed.variables.filter((v) => !declared.has(v))) {
      report(
        path,
        `The condition "${source}" uses "${id}", which is not a declared variable.`,
        undeclaredFix(id, variableList),
      );
    }
  };

  duplicates(scenario.variables.map((v) => v.id)).forEach((id) =>
    report(['variables'], `Two variables have the id "${id}".`, 'Give every variable its own id.'),
  );
  duplicates(scenario.nodes.map((n) => n.id)).forEach((id) =>
    report(['nodes'], `Two nodes have the id "${id}".`, 'Give every node its own id.'),
  );
  duplicates(scenario.endings.map((e) => e.id)).forEach((id) =>
    report(['endings'], `Two endings have the id "${id}".`, 'Give every ending its own id.'),
  );

  scenario.variables.forEach((v, i) => {
    if (conditionWords.has(v.id)) {
      report(
        ['variables', i, 'id'],
        `A variable has the id "${v.id}", which is a word used in conditions.`,
        'Give the variable another id.',
      );
    }
    if (v.min >= v.max) {
      report(
        ['variables', i],
        `Variable "${v.id}" has min ${v.min} and max ${v.max}, so it has no room to change.`,
        'Set "min" below "max".',
      );
    } else if (v.start < v.min || v.start > v.max) {
      report(
        ['variables', i, 'start'],
        `Variable "${v.id}" starts at ${v.start}, outside its range ${v.min} to ${v.max}.`,
        `Set "start" between ${v.min} and ${v.max}.`,
      );
    }
  });

  if (!nodeIds.has(scenario.start)) {
    report(
      ['start'],
      `The start node "${scenario.start}" is not one of the nodes.`,
      `Set "start" to the id of the first node: one of ${nodeList}.`,
    );
  }

  scenario.nodes.forEach((node, n) => {
    const at: FieldPath = ['nodes', n];
    if (node.id === END) {
      report(
        [...at, 'id'],
        'A node has the id "end", which is kept for finishing the scenario.',
        'Give the node another id.',
      );
    }
    if (node.choices.length === 0) {
      report(
        [...at, 'choices'],
        `Node "${node.id}" has no choices, so a learner who reaches it is stuck.`,
        'Add at least one choice. To finish the scenario here, give a choice "to: end".',
      );
    }
    duplicates(node.choices.map((c) => c.id)).forEach((id) =>
      report(
        [...at, 'choices'],
        `Node "${node.id}" has two choices with the id "${id}".`,
        'Give every choice in a node its own id.',
      ),
    );
    node.choices.forEach((choice, c) => {
      const where = `Choice "${choice.id}" of node "${node.id}"`;
      const cat: FieldPath = [...at, 'choices', c];
      for (const id of Object.keys(choice.effects).filter((v) => !declared.has(v))) {
        report(
          [...cat, 'effects', id],
          `${where} changes "${id}", which is not a declared variable.`,
          undeclaredFix(id, variableList),
        );
      }
      for (const [id, value] of Object.entries(choice.set ?? {})) {
        const variable = declared.get(id);
        if (!variable)
          report(
            [...cat, 'set', id],
            `${where} sets "${id}", which is not a declared variable.`,
            undeclaredFix(id, variableList),
          );
        else if (value < variable.min || value > variable.max) {
          report(
            [...cat, 'set', id],
            `${where} sets "${id}" to ${value}, outside its range ${variable.min} to ${variable.max}.`,
            `Set a value between ${variable.min} and ${variable.max}.`,
          );
        }
        if (id in choice.effects) {
          report(
            [...cat, 'set', id],
            `${where} both changes and sets "${id}"; the set wins, so the change does nothing.`,
            'Keep either the change in "effects" or the value in "set".',
          );
        }
      }
      checkTarget(choice.to, [...cat, 'to'], where, { report, checkCondition, nodeIds, nodeList });
    });
  });

  scenario.endings.forEach((ending, e) => {
    const at: FieldPath = ['endings', e];
    const last = e === scenario.endings.length - 1;
    if (ending.when !== undefined) checkCondition([...at, 'when'], ending.when);
    if (!last && ending.when === undefined) {
      const later = scenario.endings
        .slice(e + 1)
        .map((x) => `"${x.id}"`)
        .join(', ');
      report(
        at,
        `Ending "${ending.id}" has no "when", so it always applies and the endings after it (${later}) are never reached.`,
        'Give it a "when", or move it to the end of the list as the fallback.',
      );
    }
    if (last && ending.when !== undefined) {
      report(
        [...at, 'when'],
        `The last ending, "${ending.id}", has a "when", so when no ending's condition holds, nothing applies.`,
        'Remove its "when" so it becomes the fallback, or add a fallback ending with no "when" after it.',
      );
    }
    if (ending.debrief === '') {
      report(
        [...at, 'debrief'],
        `Ending "${ending.id}" has no debrief.`,
        'Add a "debrief": the principle this ending teaches and why it matters, in Markdown.',
      );
    }
  });

  if (nodeIds.has(scenario.start)) found.push(...findShapeProblems(scenario));
  return found;
}

interface TargetContext {
  report: (path: FieldPath, problem: string, fix: string) => void;
  checkCondition: (path: FieldPath, source: string) => void;
  nodeIds: Set<string>;
  nodeList: string;
}

function checkTarget(to: ScenarioTarget, path: FieldPath, where: string, ctx: TargetContext): void {
  const checkGoto = (goto: string, at: FieldPath): void => {
    if (goto !== END && !ctx.nodeIds.has(goto)) {
      ctx.report(
        at,
        `${where} leads to "${goto}", which is not a node.`,
        `Use the id of a node (${ctx.nodeList}), or "end" to finish the scenario.`,
      );
    }
  };
  if (typeof to === 'string') {
    checkGoto(to, path);
    return;
  }
  to.forEach((branch, k) => {
    const last = k === to.length - 1;
    checkGoto(branch.goto, [...path, k, 'goto']);
    if (branch.if !== undefined) ctx.checkCondition([...path, k, 'if'], branch.if);
    if (last && branch.if !== undefined) {
      ctx.report(
        [...path, k, 'if'],
        `The last branch of ${lowerFirst(where)} has an "if", so when no condition holds the learner has nowhere to go.`,
        'Remove the "if" from the last branch, so it catches every other case.',
      );
    }
    if (!last && branch.if === undefined) {
      ctx.report(
        [...path, k],
        `Branch ${k + 1} of ${lowerFirst(where)} has no "if", so the branches after it are never used.`,
        'Give it an "if", or move it to the end of the list.',
      );
    }
  });
}

function undeclaredFix(id: string, variableList: string): string {
  return `Declare "${id}" under "variables", or use one of: ${variableList}.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
