/**
 * How the scenario player puts numbers into words: a variable's change after a choice and a gauge's
 * value. Said in words so nothing depends on colour or on seeing a bar.
 */
import type { ScenarioVariable } from './schema';
import type { VariableChange } from './rules';

export interface ChangeWords {
  label: string;
  before: number;
  after: number;
  /** "down 2", "up 1", or why nothing moved. */
  movement: string;
  /** "lower is better" for variables read that way. */
  reading?: string;
}

export function changeWords(
  change: VariableChange,
  variable: ScenarioVariable | undefined,
): ChangeWords {
  const delta = change.after - change.before;
  let movement: string;
  if (delta > 0) movement = `up ${delta}`;
  else if (delta < 0) movement = `down ${-delta}`;
  else if (variable && change.after === variable.max)
    movement = 'no change: already at its highest';
  else if (variable && change.after === variable.min) movement = 'no change: already at its lowest';
  else movement = 'no change';
  const words: ChangeWords = {
    label: change.label,
    before: change.before,
    after: change.after,
    movement,
  };
  if (variable?.better === 'lower') words.reading = 'lower is better';
  return words;
}

/** "Accountability clarity: 5 → 3 (down 2)", as one line of text. */
export function changeText(change: VariableChange, variable: ScenarioVariable | undefined): string {
  const w = changeWords(change, variable);
  return `${w.label}: ${w.before} → ${w.after} (${w.movement}${w.reading ? `; ${w.reading}` : ''})`;
}

/** "3 out of 10", or "3 on a scale of 1 to 10" when the scale does not start at 0. */
export function gaugeValueText(variable: ScenarioVariable, value: number): string {
  return variable.min === 0
    ? `${value} out of ${variable.max}`
    : `${value} on a scale of ${variable.min} to ${variable.max}`;
}

/**
 * The line above a situation naming its speaker. Most situations are narration addressed to the
 * learner ("You have just become sponsor…"): the name is whose view it is, so it stands alone.
 * "Speaker:" is said only when the text is that person's own words, in quotation marks.
 */
export function speakerLine(speaker: string, text: string): string {
  return /^["“‘']/.test(text.trim()) ? `Speaker: ${speaker}` : speaker;
}
