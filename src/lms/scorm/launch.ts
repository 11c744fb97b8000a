/**
 * The package's launch page: the one SCORM session of a launch. It restores the learner's place
 * from the LMS, shows the course's pages in a frame (same origin: they share this page's record),
 * watches the record they write, and sends the LMS what changed: completion, score, passed or failed,
 * resume data and the step the learner is on. It commits after each change, and once more with the
 * session's length as the page goes away (pagehide), so closing the LMS window loses nothing.
 */
import { getLearningRecord } from '../../record/open';
import { indexRecord, type RecordIndex } from '../../record/projections';
import { COURSE_DATA_ID, type LmsCourse } from '../course';
import { courseOutcome } from '../outcome';
import { levelCache } from './cache';
import {
  masteryFromLms,
  outcomeValues,
  READ_KEYS,
  sessionEndValues,
  type ScormVersion,
} from './cmi';
import { connect } from './connection';
import { encodeSuspendData } from './suspend-data';

const NO_LMS =
  'This course could not reach your learning system, so your progress is not being sent to it: it is kept in this browser only. Nothing was sent or changed in the learning system. To have your progress recorded, close this window and open the course again from your learning system.';
const NOT_SAVED =
  'Your learning system did not accept your latest progress. Keep this window open and try again in a minute; if this message stays, tell your learning system administrator. Nothing was lost in this browser.';

function storageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

async function launch() {
  const version = document.documentElement.dataset['scorm'] as ScormVersion;
  const data = document.getElementById(COURSE_DATA_ID)?.textContent ?? '{}';
  const packaged = JSON.parse(data) as LmsCourse;
  const frame = document.querySelector<HTMLIFrameElement>('iframe')!;
  const notice = document.querySelector<HTMLElement>('[data-part="notice"]')!;
  const say = (text: string) => {
    notice.textContent = text;
    notice.hidden = false;
  };
  const started = Date.now();
  const keys = READ_KEYS[version];
  const connection = connect(window, version);
  const record = await getLearningRecord();

  let location = '';
  let course = packaged;
  if (connection) {
    location = connection.get(keys.location);
    const mastery = masteryFromLms(version, connection.get(keys.mastery));
    if (mastery !== undefined && packaged.masteryPercent !== undefined)
      course = { ...packaged, masteryPercent: mastery };
    await levelCache(
      record,
      course,
      { suspendData: connection.get(keys.suspendData), learnerId: connection.get(keys.learnerId) },
      storageOrUndefined(),
    );
  } else say(NO_LMS);

  const pageOf = (stepId: string) =>
    course.steps.find((step) => step.id === stepId)?.page ?? course.page;
  frame.src = pageOf(location);

  let index: RecordIndex | undefined;
  const sent = new Map<string, string>();
  const send = () => {
    if (!connection || !index) return;
    const values = outcomeValues(version, courseOutcome(index, course), {
      suspendData: encodeSuspendData(index, course),
      location,
    });
    const changed = values.filter(([key, value]) => sent.get(key) !== value);
    if (!changed.length) return;
    const refused = connection.set(changed);
    for (const [key, value] of changed) sent.set(key, value);
    if (refused.length || !connection.commit()) {
      console.warn('The LMS refused', refused);
      say(NOT_SAVED);
    }
  };
  record.watch((snapshot) => {
    index = indexRecord(snapshot.statements);
    send();
  });
  frame.addEventListener('load', () => {
    let path: string;
    try {
      path = frame.contentWindow?.location.href ?? '';
    } catch {
      return; // a page of another site, opened in the frame: keep the last place in the course
    }
    const root = new URL('.', window.location.href).href;
    const page = path.startsWith(root) ? path.slice(root.length).split(/[?#]/)[0] : undefined;
    const step = course.steps.find((candidate) => candidate.page === page);
    // The overview or the glossary keep the last step as the place to come back to.
    if (step) location = step.id;
    document.title = frame.contentDocument?.title || document.title;
    // The record's changes reach this page through the browser; read it again in case one is late.
    void record.statements().then((statements) => {
      index = indexRecord(statements);
      send();
    });
  });

  let finished = false;
  window.addEventListener('pagehide', () => {
    if (!connection || finished) return;
    finished = true;
    send();
    connection.set(sessionEndValues(version, (Date.now() - started) / 1000));
    connection.commit();
    connection.finish();
  });
}

void launch();
