/**
 * Accessible SVG charts for the insights page: each is an image with a name that says what it shows
 * and where its figures are in words (the table that goes with it), and every bar has its figure
 * written as text, and the author's verdict on it ("Strong choice") beside its label, so nothing
 * depends on colour or on seeing the bars.
 */
import type { Bar } from '../figures';
import type { PathBar } from '../path-completion';

const WIDTH = 640;
const LABEL_WIDTH = 640;
const BAR_AREA = 440;

const FIGURES_IN_WORDS = 'Each bar’s figures are written beside it, and are in its table too.';

function clip(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function BarChart({ id, title, bars }: { id: string; title: string; bars: readonly Bar[] }) {
  if (!bars.length) return null;
  const row = 46;
  const height = bars.length * row + 8;
  return (
    <figure className="insights-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-chart-title`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-chart-title`}>{`Chart: ${title}. ${FIGURES_IN_WORDS}`}</title>
        {bars.map((bar, index) => {
          const y = index * row;
          return (
            <g key={index}>
              <text className="insights-chart__label" x={0} y={y + 14}>
                {bar.verdict ? clip(bar.label, 86 - bar.verdict.length) : clip(bar.label)}
                {bar.verdict && (
                  <tspan className="insights-chart__verdict">{` — ${bar.verdict}`}</tspan>
                )}
              </text>
              <rect
                className="insights-chart__track"
                x={0}
                y={y + 20}
                width={BAR_AREA}
                height={16}
              />
              <rect
                className="insights-chart__bar"
                x={0}
                y={y + 20}
                width={(BAR_AREA * bar.percent) / 100}
                height={16}
              />
              <text className="insights-chart__figure" x={BAR_AREA + 8} y={y + 33}>
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

const SEGMENTS = [
  { key: 'completed', label: 'Completed', className: 'insights-chart__done' },
  { key: 'inProgress', label: 'In progress', className: 'insights-chart__progress' },
  { key: 'notStarted', label: 'Not started', className: 'insights-chart__none' },
] as const;

export function PathChart({ bars }: { bars: readonly PathBar[] }) {
  if (!bars.length) return null;
  const row = 52;
  const height = bars.length * row + 30;
  return (
    <figure className="insights-chart">
      <svg
        role="img"
        aria-labelledby="path-chart-title"
        viewBox={`0 0 ${LABEL_WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="path-chart-title">{`Chart: completion by path. ${FIGURES_IN_WORDS}`}</title>
        <g>
          {SEGMENTS.map((segment, index) => (
            <g key={segment.key} transform={`translate(${index * 150}, 0)`}>
              <rect className={segment.className} x={0} y={2} width={14} height={14} />
              <text className="insights-chart__figure" x={20} y={14}>
                {segment.label}
              </text>
            </g>
          ))}
        </g>
        {bars.map((bar, index) => {
          const y = 30 + index * row;
          let x = 0;
          return (
            <g key={bar.label}>
              <text className="insights-chart__label" x={0} y={y + 12}>
                {clip(bar.label, 60)}: {bar.completed} completed, {bar.inProgress} in progress,{' '}
                {bar.notStarted} not started
              </text>
              {SEGMENTS.map((segment) => {
                const width = bar.learners ? (BAR_AREA * bar[segment.key]) / bar.learners : 0;
                const rect = (
                  <rect
                    key={segment.key}
                    className={segment.className}
                    x={x}
                    y={y + 20}
                    width={width}
                    height={18}
                  />
                );
                x += width;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
