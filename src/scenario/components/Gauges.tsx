/**
 * Where each variable stands, as a gauge with its value in words beside it. Shown only after a
 * choice and at the end, never while the learner is deciding, so it cannot hint at an answer.
 */
import type { Values } from '../rules';
import { gaugeValueText } from '../wording';
import type { ScenarioVariable } from '../schema';

interface ScenarioGaugesProps {
  variables: ScenarioVariable[];
  values: Values;
  /** Unique on the page: gauge ids are built from it. */
  idBase: string;
  title: string;
}

export function ScenarioGauges({ variables, values, idBase, title }: ScenarioGaugesProps) {
  const titleId = `${idBase}__title`;
  return (
    <div className="scenario-gauges">
      <p className="scenario-gauges-title" id={titleId}>
        {title}
      </p>
      <ul className="scenario-gauge-list" aria-labelledby={titleId}>
        {variables.map((variable) => {
          const value = values[variable.id] ?? variable.start;
          const id = `${idBase}__${variable.id}`;
          const span = variable.max - variable.min;
          const lowerIsBetter = variable.better === 'lower';
          return (
            <li key={variable.id} className="scenario-gauge">
              <label className="scenario-gauge-label" htmlFor={id}>
                {variable.label}
                {lowerIsBetter && (
                  <span className="scenario-gauge-reading"> (lower is better)</span>
                )}
              </label>
              <span className="scenario-gauge-row">
                <meter
                  id={id}
                  className="scenario-gauge-meter"
                  min={variable.min}
                  max={variable.max}
                  value={value}
                  low={variable.min + span * 0.3}
                  high={variable.min + span * 0.7}
                  optimum={lowerIsBetter ? variable.min : variable.max}
                  aria-valuetext={gaugeValueText(variable, value)}
                />
                <span className="scenario-gauge-value">{gaugeValueText(variable, value)}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
