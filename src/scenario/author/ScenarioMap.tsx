/**
 * The author view's drawing of a scenario: decisions, the end and the endings, joined by their
 * choices. Rendered on the server as plain SVG (no island, no script); it is an image with a title
 * and description, and ScenarioOutline gives the same information as text.
 */
import type { ScenarioAnalysis } from '../analysis';
import { layoutScenarioMap } from './layout';

interface ScenarioMapProps {
  analysis: ScenarioAnalysis;
  scenarioId: string;
  scenarioTitle: string;
}

export function ScenarioMap({ analysis, scenarioId, scenarioTitle }: ScenarioMapProps) {
  const layout = layoutScenarioMap(analysis);
  const base = `scenario-map-${scenarioId}`;
  const decisions = analysis.nodes.length;
  return (
    <figure className="scenario-map">
      <div className="scenario-map-scroll">
        <svg
          className="scenario-map-svg"
          role="img"
          aria-labelledby={`${base}__title ${base}__desc`}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
        >
          <title id={`${base}__title`}>{`Map of “${scenarioTitle}”`}</title>
          <desc id={`${base}__desc`}>
            {`${decisions} ${decisions === 1 ? 'decision' : 'decisions'} leading to ${analysis.endings.length} endings, from left to right. The outline that follows lists every choice and ending in words.`}
          </desc>
          <defs>
            <marker
              id={`${base}__arrow`}
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="8"
              markerHeight="8"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" className="scenario-map-arrow" />
            </marker>
          </defs>
          {layout.lines.map((line) => (
            <g
              key={line.key}
              className={`scenario-map-line${line.conditional ? ' scenario-map-line--conditional' : ''}`}
            >
              <path d={line.d} markerEnd={`url(#${base}__arrow)`}>
                <title>{line.tooltip}</title>
              </path>
              {line.label && (
                <text
                  x={line.labelX}
                  y={line.labelY}
                  textAnchor="middle"
                  className="scenario-map-line-label"
                >
                  {line.label}
                </text>
              )}
            </g>
          ))}
          {layout.boxes.map((box) => (
            <g key={box.key} className={`scenario-map-box scenario-map-box--${box.kind}`}>
              <title>{box.note ? `${box.full} (${box.note})` : box.full}</title>
              <rect
                x={box.x}
                y={box.y}
                width={box.width}
                height={box.height}
                rx={box.kind === 'end' ? box.height / 2 : 6}
              />
              <text
                x={box.x + box.width / 2}
                y={box.note ? box.y + box.height * 0.38 : box.y + box.height / 2}
                textAnchor="middle"
                className="scenario-map-box-label"
              >
                {box.lines.map((text, i) => (
                  <tspan
                    key={i}
                    x={box.x + box.width / 2}
                    dy={i === 0 ? (box.lines.length === 1 ? '0.35em' : '-0.3em') : '1.3em'}
                  >
                    {text}
                  </tspan>
                ))}
              </text>
              {box.note && (
                <text
                  x={box.x + box.width / 2}
                  y={box.y + box.height - 10}
                  textAnchor="middle"
                  className="scenario-map-box-note"
                >
                  {box.note}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="scenario-map-caption">
        Dashed lines depend on the variables. From “The end”, the endings are checked from top to
        bottom, and the first whose condition holds applies.
      </figcaption>
    </figure>
  );
}
