/**
 * How an imported record joins the one on this device, decided before anything is written. A record
 * is one learner's: two learners' progress is never merged without the learner saying so.
 * - This device has no progress yet: the file's learner is adopted with their statements (moving to
 *   a new device keeps one identity).
 * - The file is this device's learner's: new statements are added, by id.
 * - The file is another learner's and this device has progress: ask. The learner either replaces
 *   their record (statements, saved attempts and identity) with the file, or keeps theirs unchanged.
 */
export type MergePlan = 'adopt' | 'merge' | 'ask';

export interface DeviceRecord {
  /** This device's learner id; undefined before anything was recorded. */
  learnerId: string | undefined;
  /** Whether any statement is recorded on this device. */
  hasProgress: boolean;
}

export function mergePlan(device: DeviceRecord, fileLearnerId: string): MergePlan {
  if (!device.hasProgress) return 'adopt';
  return device.learnerId === fileLearnerId ? 'merge' : 'ask';
}

/** What importing did, by statement id (ids are lower-case on entry, so compared by value). */
export type MergeResult =
  { merged: true; added: number; alreadyThere: number; replaced: boolean } | { merged: false };

/** The statements not yet present, by id; lower-cases stored ids that predate normalising them. */
export function freshStatements<T extends { id: string }>(
  incoming: readonly T[],
  presentIds: Iterable<string>,
): T[] {
  const present = new Set<string>();
  for (const id of presentIds) present.add(id.toLowerCase());
  return incoming.filter((statement) => !present.has(statement.id.toLowerCase()));
}
