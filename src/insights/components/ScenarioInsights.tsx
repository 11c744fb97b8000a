/**
 * Each scenario's first choices and endings, each as a chart with its table behind a disclosure,
 * every choice with the author's verdict and every ending with its rank.
 */
import type { ScenarioInsight } from '../scenarios';
import { BarChart } from './Chart';
import InsightsTable from './Table';

export default function ScenarioInsights({
  scenarios,
  day,
}: {
  scenarios: readonly ScenarioInsight[];
  day: string;
}) {
  return (
    <section aria-labelledby="insights-scenarios">
      <h3 id="insights-scenarios">Scenarios: choices and endings</h3>
      <p className="pmo-hint">
        Each person’s first choice at each decision, and the first ending they reached. Each choice
        says how good the scenario’s author judges it (strong, mixed or weak, and why, as learners
        read in their debrief), and each ending its rank (1 is the best). Use these as patterns
        across the organisation, not as evidence about anyone.
      </p>
      {scenarios.length === 0 && (
        <p className="insights-empty">No scenario has been played in these reports.</p>
      )}
      {scenarios.map((scenario) => (
        <section
          key={scenario.id}
          aria-labelledby={`scenario-${scenario.id}`}
          className="insights-scenario"
        >
          <h4 id={`scenario-${scenario.id}`}>{scenario.title}</h4>
          {scenario.decisions.map((decision) => (
            <InsightsTable
              key={decision.id}
              table={decision.table}
              chart={
                <BarChart
                  id={decision.table.id}
                  title={decision.table.title}
                  bars={decision.bars}
                />
              }
              day={day}
              empty=""
            />
          ))}
          <InsightsTable
            table={scenario.endings.table}
            chart={
              <BarChart
                id={scenario.endings.table.id}
                title={scenario.endings.table.title}
                bars={scenario.endings.bars}
              />
            }
            day={day}
            empty="Not enough people finished this scenario to show its endings."
          />
        </section>
      ))}
    </section>
  );
}
