/**
 * The cmi5 launch page's script (bundled into the package as cmi5.js): starts the AU session for the
 * module named in the launch URL, then shows the module's pages in a frame below a slim bar, from the
 * first step not done. The session stays with this page while the learner moves between pages in
 * the frame, as cmi5 needs one session (one initialized, one terminated) per launch.
 */
import { getLearningRecord } from '../../record/open';
import { indexRecord, resumePoint } from '../../record/projections';
import { PAGE_DATA_ID, stepFile, type LaunchPageData } from './page-data';
import { launchedByLms, startSession, type Cmi5Session } from './session';

export const WORDS = {
  notFromLms:
    "This page opens from your organisation's learning system (LMS). Open the module from your LMS to start it here with your progress recorded. Nothing has been recorded.",
  unknownModule:
    'This course package has no such module. Ask your LMS administrator to import the course package again. Nothing has been recorded.',
  noConnection:
    'Sideline could not connect to your learning system, so it cannot record your progress there. Close this window and open the module from your LMS again. Nothing has been recorded.',
  connecting: 'Connecting to your learning system…',
  recording: 'Your progress is recorded in your learning system.',
  browsing:
    'You are looking through this module: your learning system does not record progress in this visit.',
  trouble:
    'Your latest progress has not reached your learning system yet. Sideline keeps trying while this window is open, so keep it open for a minute.',
  refused:
    'Your learning system refused some of your progress. Your work in this module is kept in this browser; ask your LMS administrator if your progress looks wrong there.',
  completed: 'You have finished this module, and your learning system has recorded it.',
  passed: "You passed this module's quiz, and your learning system has recorded it.",
  failed:
    "Your score is below this module's pass mark, and your learning system has recorded it. You can take the quiz again.",
  ended:
    'You have left this module, and your learning system has your progress. You can close this window.',
};

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The launch page has no ${selector}.`);
  return found;
}

function say(text: string, problem = false) {
  const status = element('.lms-bar__status');
  status.textContent = text;
  status.classList.toggle('lms-bar__status--problem', problem);
}

function stop(text: string, problem = true) {
  element('.lms-frame').hidden = true;
  element('.lms-bar__exit').hidden = true;
  say(text, problem);
}

async function start() {
  const data = JSON.parse(element(`#${PAGE_DATA_ID}`).textContent ?? '') as LaunchPageData;
  if (!launchedByLms()) return stop(WORDS.notFromLms);
  const moduleId = new URLSearchParams(location.search).get('module');
  const module = data.course.modules.find((candidate) => candidate.id === moduleId);
  if (!module) return stop(WORDS.unknownModule);
  element('.lms-bar__title').textContent = module.title;
  say(WORDS.connecting);

  let session: Cmi5Session;
  try {
    session = await startSession(
      { module, ...data.rules[module.id] },
      {
        onTrouble: (trouble) => say(trouble ? WORDS.trouble : WORDS.recording, trouble),
        onRefused: () => say(WORDS.refused, true),
        onReported: (report) => {
          if (report.verb !== 'progressed') say(WORDS[report.verb]);
        },
      },
    );
  } catch {
    return stop(WORDS.noConnection);
  }
  say(session.launchMode === 'Normal' ? WORDS.recording : WORDS.browsing);

  // From the first step of the module not done yet; its first step once all are done.
  const record = await getLearningRecord();
  const index = indexRecord(await record.statements());
  const step = resumePoint(index, { ...data.course, modules: [module] }) ?? module.steps[0];
  const frame = element<HTMLIFrameElement>('.lms-frame');
  frame.title = `${module.title}: the module's pages`;
  if (step) frame.src = stepFile(step.href);
  frame.hidden = false;

  const exit = element<HTMLButtonElement>('.lms-bar__exit');
  exit.hidden = false;
  exit.addEventListener('click', () => {
    exit.disabled = true;
    void session.exit().then(() => {
      if (session.returnUrl) location.assign(session.returnUrl);
      else stop(WORDS.ended, false);
    });
  });
  // Back from the browser's page cache after pagehide: that session has ended.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) stop(WORDS.ended, false);
  });
}

void start();
