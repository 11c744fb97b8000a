/** What the practice island's parts are given: shared here so the parts do not import each other. */
import type { SaveState } from '../autosave';
import type { PracticeEvent, PracticeSnapshot } from '../machine';
import type { PracticeTask } from '../schema';
import type { PracticeIds } from './ids';

/** What the island needs of a task: the brief is rendered on the page, around the island. */
export type PracticeTaskContent = Pick<
  PracticeTask,
  'id' | 'title' | 'brief' | 'prompt' | 'guidance' | 'rubric' | 'model' | 'modelNotes'
>;

export interface PracticeViewProps {
  state: PracticeSnapshot;
  send: (event: PracticeEvent) => void;
  ids: PracticeIds;
  task: PracticeTaskContent;
  courseTitle: string;
  saveState: SaveState;
  /**
   * False until the island runs and the saved answer has been read. Until then the box is read-only:
   * words typed into the server-rendered page would be replaced when the island takes over, and
   * words typed before the saved answer is read would replace it.
   */
  ready: boolean;
}
