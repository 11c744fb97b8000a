/** One course and one path over it, for the assignment builder's tests. */
import type { PathCatalogue } from '../../../src/paths/steps';
import { sponsorCourse } from '../../fixtures/records/catalogue';

export const catalogue: PathCatalogue = {
  courses: [sponsorCourse],
  paths: [
    {
      id: 'new-sponsor',
      title: 'New sponsor',
      description: 'For new sponsors.',
      audience: ['sponsor'],
      suggestedDays: 14,
      refs: [{ kind: 'course', id: sponsorCourse.id, optional: false }],
    },
  ],
};

/** The day the tests are run "on", YYYY-MM-DD. */
export const TODAY = '2026-11-25';
