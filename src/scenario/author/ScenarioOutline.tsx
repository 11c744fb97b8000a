/**
 * The author view's text outline of a scenario: every decision with its choices and where each
 * leads, then every ending with its condition and how many paths reach it. The same information as
 * the map, for anyone who does not read the drawing, and to search and copy.
 */
import type { ScenarioAnalysis } from '../analysis';
import { END } from '../rules';

interface ScenarioOutlineProps {
  analysis: ScenarioAnalysis;
  /** Heading level for the two sections, so the outline fits the page it sits on. */
  headingLevel?: 2 | 3;
}

export function ScenarioOutline({ analysis, headingLevel = 2 }: ScenarioOutlineProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titles = new Map(analysis.nodes.map((n) => [n.id, n.title]));
  const destination = (to: string) =>
    to === END ? 'the end (the endings decide)' : `“${titles.get(to) ?? to}”`;
  const choicesOf = (nodeId: string) => {
    const byChoice = new Map<string, { text: string; targets: { to: string; if?: string }[] }>();
    for (const edge of analysis.edges.filter((e) => e.from === nodeId)) {
      const entry = byChoice.get(edge.choice) ?? { text: edge.text, targets: [] };
      entry.targets.push(edge.if === undefined ? { to: edge.to } : { to: edge.to, if: edge.if });
      byChoice.set(edge.choice, entry);
    }
    return [...byChoice.entries()];
  };

  return (
    <div className="scenario-outline">
      <Heading>Decisions</Heading>
      <ol className="scenario-outline-nodes">
        {analysis.nodes.map((node) => (
          <li key={node.id}>
            <p className="scenario-outline-node">
              <strong>{node.title}</strong> <code>{node.id}</code>
              {node.id === analysis.start && ' (the start)'}
              {!node.reachable && ' (no path reaches this decision)'}
            </p>
            <ul>
              {choicesOf(node.id).map(([id, choice]) => (
                <li key={id}>
                  “{choice.text}” <code>{id}</code>{' '}
                  {choice.targets.length === 1 ? (
                    <>leads to {destination(choice.targets[0]!.to)}.</>
                  ) : (
                    <>
                      leads to:
                      <ul>
                        {choice.targets.map((t) => (
                          <li key={`${t.to}-${t.if ?? ''}`}>
                            {t.if ? `if ${t.if}: ` : 'otherwise: '}
                            {destination(t.to)}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>

      <Heading>Endings</Heading>
      <p>
        {analysis.totalPaths} distinct {analysis.totalPaths === 1 ? 'path' : 'paths'} through the
        scenario, across {analysis.situations} situations (a decision with a set of values).
        {analysis.hasLoops &&
          ' A learner can come back to an earlier situation; the counts include only paths that do not.'}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Endings and their paths">
        <table className="scenario-outline-endings">
          <caption>Endings in the order they are checked, with the paths that reach each</caption>
          <thead>
            <tr>
              <th scope="col">Ending</th>
              <th scope="col">When</th>
              <th scope="col">Paths</th>
              <th scope="col">Shortest path</th>
            </tr>
          </thead>
          <tbody>
            {analysis.endings.map((ending) => (
              <tr key={ending.id}>
                <th scope="row">
                  {ending.title} <code>{ending.id}</code>
                </th>
                <td>{ending.when ? <code>{ending.when}</code> : 'Otherwise (the fallback)'}</td>
                <td>{ending.paths}</td>
                <td>
                  {ending.example.length ? (
                    <ol className="scenario-outline-example">
                      {ending.example.map((step) => (
                        <li key={step.node}>
                          {titles.get(step.node) ?? step.node}: <code>{step.choice}</code>
                        </li>
                      ))}
                    </ol>
                  ) : (
                    'None'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
