/** A link to another step of the course, such as the next one. */
export interface StepLink {
  href: string;
  title: string;
}

/** Element ids the island moves focus to; unique per scenario, so two could share a page. */
export interface ScenarioIds {
  base: string;
  nodeHeading: string;
  choicesTitle: string;
  consequenceHeading: string;
  endingHeading: string;
}

export function scenarioIds(scenarioId: string): ScenarioIds {
  // Content ids never hold "__", so these cannot collide with another scenario's.
  const base = `scenario-${scenarioId}`;
  return {
    base,
    nodeHeading: `${base}__node-heading`,
    choicesTitle: `${base}__choices-title`,
    consequenceHeading: `${base}__consequence-heading`,
    endingHeading: `${base}__ending-heading`,
  };
}
