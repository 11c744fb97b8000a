/**
 * The My learning page: courses in progress, completed and not started (GOV.UK task list pattern, each
 * status in words and tied to its course link by aria-describedby), the learner's optional name, where
 * progress is kept, and the record tools. Before the record opens (or without JavaScript) it says where
 * progress lives instead of showing an empty list.
 */
import { useEffect, useMemo, useState, useSyncExternalStore, type SubmitEvent } from 'react';
import type { LearnerProfile, StorageEstimate, StorageStatus } from '../api';
import { displayNameProblem } from '../learner';
import { indexRecord, myLearning, type Catalogue, type CourseProgress } from '../projections';
import { formatSize } from '../../site/file-size';
import { getRecordView } from '../view';
import { STATUS_TEXT, stepsDoneText } from '../wording';
import RecordTools from './RecordTools';
import { PracticeList } from './PracticeList';
import { practiceSummaries } from '../practice-progress';

export interface MyLearningProps {
  catalogue: Catalogue;
  /** The course catalogue page, for learners who have not started anything. */
  coursesHref?: string;
  /** Ids of this site's learning paths: an import leaves out assignments naming others. */
  pathIds?: readonly string[];
}

function CourseList({ heading, courses }: { heading: string; courses: CourseProgress[] }) {
  if (!courses.length) return null;
  const headingId = `record-courses-${heading.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="record-courses" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul className="record-task-list">
        {courses.map((progress) => {
          const { course, next, status } = progress;
          const statusId = `record-status-${course.id}`;
          const countId = `record-count-${course.id}`;
          return (
            <li className="record-task-list-item" key={course.id}>
              <div className="record-task-list-name">
                <a href={progress.href} aria-describedby={`${countId} ${statusId}`}>
                  {course.title}
                </a>
                <p className="record-task-list-hint" id={countId}>
                  {stepsDoneText(progress.done, progress.total)}
                </p>
                {status === 'in-progress' && next && (
                  <p className="record-task-list-continue">
                    <a href={next.href}>
                      Continue<span className="visually-hidden"> {course.title}</span>: {next.title}
                    </a>
                  </p>
                )}
              </div>
              <div className="record-task-list-status" id={statusId}>
                <strong className={`record-tag record-tag--${status}`}>
                  {STATUS_TEXT[status]}
                </strong>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function DisplayName({
  learner,
  save,
}: {
  learner: LearnerProfile | null;
  save: (name: string) => Promise<boolean>;
}) {
  const [value, setValue] = useState(learner?.name ?? '');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage('');
    const problem = displayNameProblem(value);
    if (problem) {
      setError(problem);
      return;
    }
    setError('');
    const saved = await save(value);
    setMessage(
      saved
        ? value.trim()
          ? 'Your name has been saved.'
          : 'Your name has been removed.'
        : 'Your name is kept only until you close this tab: see the message at the top of the page.',
    );
  }

  return (
    <section className="record-name" aria-labelledby="record-name-heading">
      <h2 id="record-name-heading">Your name</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className={error ? 'record-field record-field--error' : 'record-field'}>
          <label className="record-label" htmlFor="record-name-input">
            Your name (optional)
          </label>
          <p className="record-hint" id="record-name-hint">
            Added to your record when you download it, so your PMO knows it is yours. It stays in
            this browser.
          </p>
          {error && (
            <p className="record-error" id="record-name-error" role="alert">
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <input
            className="record-input"
            id="record-name-input"
            name="name"
            type="text"
            autoComplete="name"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-describedby={error ? 'record-name-hint record-name-error' : 'record-name-hint'}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <button type="submit" className="record-button record-button--secondary">
          Save name
        </button>
        <p role="status" className="record-tools-message">
          {message}
        </p>
      </form>
    </section>
  );
}

function WhereItIsKept({
  storage,
  learner,
  estimate,
  ask,
}: {
  storage: StorageStatus;
  learner: LearnerProfile | null;
  estimate: StorageEstimate | null;
  ask: () => Promise<void>;
}) {
  const lasting = learner?.lastingStorage ?? 'not-asked';
  return (
    <section className="record-storage" aria-labelledby="record-storage-heading">
      <h2 id="record-storage-heading">Where your progress is kept</h2>
      {storage.saving ? (
        <>
          <p>Your progress is saved in this browser, on this device. It is not sent anywhere.</p>
          {lasting === 'granted' ? (
            <p>This browser has agreed to keep it until you delete it.</p>
          ) : (
            <>
              <p>
                The browser may clear it if the device runs short of space, or when you clear your
                browsing data. Download your record now and then to keep a copy.
              </p>
              {lasting !== 'unsupported' && (
                <button
                  type="button"
                  className="record-button record-button--secondary"
                  onClick={() => void ask()}
                >
                  Ask the browser to keep my progress
                </button>
              )}
            </>
          )}
          {lasting === 'denied' && (
            <p role="status">
              The browser has not agreed this time. It may agree later, as you use the site more.
            </p>
          )}
        </>
      ) : (
        <p>
          <strong>Your progress is not being saved in this browser</strong>: it is kept only until
          you close this tab. Download your record below before you close it.
        </p>
      )}
      {estimate && estimate.usage > 0 && (
        <p className="record-hint">
          Sideline is using about {formatSize(estimate.usage)} of storage on this device.
        </p>
      )}
    </section>
  );
}

export default function MyLearning({
  catalogue,
  coursesHref = '/courses/',
  pathIds,
}: MyLearningProps) {
  const store = getRecordView();
  const view = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const statements = view.phase === 'ready' ? view.statements : null;
  const groups = useMemo(() => {
    if (!statements) return null;
    const index = indexRecord(statements);
    return { ...myLearning(index, catalogue), practice: practiceSummaries(index, catalogue) };
  }, [statements, catalogue]);
  const record = view.phase === 'ready' ? view.record : null;
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);

  useEffect(() => {
    if (!record) return;
    let current = true;
    void record.estimateStorage().then((value) => {
      if (current) setEstimate(value);
    });
    return () => {
      current = false;
    };
  }, [record, statements]);

  if (view.phase !== 'ready' || !groups) {
    return (
      <p className="record-loading">
        Your progress is kept in this browser, and appears here once the page has loaded. If it does
        not, check that JavaScript is turned on.
      </p>
    );
  }

  const started = groups.inProgress.length + groups.completed.length > 0;
  return (
    <div className="record-my-learning">
      {!started && (
        <p>
          You have not started a course yet. <a href={coursesHref}>Choose a course</a> to begin:
          your progress will be listed here.
        </p>
      )}
      <CourseList heading="In progress" courses={groups.inProgress} />
      <CourseList heading="Completed" courses={groups.completed} />
      <PracticeList tasks={groups.practice} />
      {started && <CourseList heading="Not started" courses={groups.notStarted} />}
      <DisplayName
        key={view.learner?.id ?? 'no-learner'}
        learner={view.learner}
        save={async (name) => (await view.record.setDisplayName(name)).saved}
      />
      <WhereItIsKept
        storage={view.storage}
        learner={view.learner}
        estimate={estimate}
        ask={async () => {
          await view.record.askForLastingStorage();
        }}
      />
      <RecordTools {...(pathIds ? { known: { courses: catalogue.courses, pathIds } } : {})} />
    </div>
  );
}
