export type FieldPath = (string | number)[];

/** A problem with the path of the field it is about, before a file name is attached. */
export interface ScenarioFinding {
  path: FieldPath;
  problem: string;
  fix: string;
}
