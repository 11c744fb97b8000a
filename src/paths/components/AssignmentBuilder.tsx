/**
 * The PMO's assignment builder: pick a path or choose steps, set a due date (a date, or within N days
 * of opening), say who is assigning and add a short message; get a link, a QR code and a "Copy link"
 * button. Nothing is sent anywhere: the assignment is inside the link. Errors follow the GOV.UK error
 * summary pattern: listed at the top, each linked to its field, and said again at the field.
 */
import { useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { assignmentUrl, LINK_LIMITS } from '../assignments/link';
import {
  checkAssignmentText,
  localDate,
  newAssignmentId,
  type Assignment,
  type AssignmentDraftProblem,
  type Due,
} from '../assignments/model';
import { encodeQr, qrPath, qrSvg } from '../assignments/qr';
import { resolveRefs, type PathCatalogue, type PathRef } from '../steps';

export interface AssignmentBuilderProps {
  catalogue: PathCatalogue;
}

type Field = AssignmentDraftProblem['field'];

const FIELD_ID: Record<Field, string> = {
  path: 'assign-path',
  steps: 'assign-steps',
  title: 'assign-title',
  'due-date': 'assign-due-date',
  'due-days': 'assign-due-days',
  'assigned-by': 'assign-by',
  team: 'assign-team',
  message: 'assign-message',
};

interface Made {
  url: string;
  assignment: Assignment;
}

export default function AssignmentBuilder({ catalogue }: AssignmentBuilderProps) {
  const [what, setWhat] = useState<'path' | 'steps'>('path');
  const [pathId, setPathId] = useState(catalogue.paths[0]?.id ?? '');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [title, setTitle] = useState('');
  const [dueKind, setDueKind] = useState<Due['kind']>('within');
  const [days, setDays] = useState('');
  const [date, setDate] = useState('');
  const [by, setBy] = useState('');
  const [team, setTeam] = useState('');
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<AssignmentDraftProblem[]>([]);
  const [made, setMade] = useState<Made | null>(null);
  const [copied, setCopied] = useState('');
  const summary = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLHeadingElement>(null);
  const link = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const requested = new URLSearchParams(window.location.search).get('path');
    if (requested && catalogue.paths.some((path) => path.id === requested)) setPathId(requested);
  }, [catalogue]);

  const path = catalogue.paths.find((candidate) => candidate.id === pathId);
  const suggestedDays = path?.suggestedDays ?? 30;

  useEffect(() => {
    if (problems.length) summary.current?.focus();
  }, [problems]);
  useEffect(() => {
    if (made) result.current?.focus();
  }, [made]);

  function toggle(key: string) {
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  /** Picked refs in course order; parts of a picked course or module are left out (it covers them). */
  const refs = useMemo((): PathRef[] => {
    const out: PathRef[] = [];
    for (const course of catalogue.courses) {
      if (picked.has(`c:${course.id}`)) {
        out.push({ kind: 'course', id: course.id, optional: false });
        continue;
      }
      for (const module of course.modules) {
        if (picked.has(`m:${module.id}`)) {
          out.push({ kind: 'module', id: module.id, optional: false });
          continue;
        }
        for (const step of module.steps)
          if (picked.has(`s:${step.id}`)) out.push({ kind: 'step', id: step.id, optional: false });
      }
    }
    return out;
  }, [catalogue, picked]);

  function check(): AssignmentDraftProblem[] {
    const found: AssignmentDraftProblem[] = [];
    const add = (problem: AssignmentDraftProblem | null) => problem && found.push(problem);
    if (what === 'path' && !path) found.push({ field: 'path', message: 'Choose a learning path' });
    if (what === 'steps') {
      if (!title.trim())
        found.push({ field: 'title', message: 'Enter a title for what you are assigning' });
      else add(checkAssignmentText('title', 'The title', title.trim(), LINK_LIMITS.title));
      if (!refs.length)
        found.push({ field: 'steps', message: 'Choose at least one course, module or step' });
      else if (refs.length > LINK_LIMITS.refs) {
        found.push({
          field: 'steps',
          message: `Choose ${LINK_LIMITS.refs} items or fewer: pick whole modules or courses instead`,
        });
      }
    }
    if (dueKind === 'within') {
      const n = Number(days || suggestedDays);
      if (!Number.isInteger(n) || n < 1 || n > LINK_LIMITS.days) {
        found.push({
          field: 'due-days',
          message: `Enter a whole number of days from 1 to ${LINK_LIMITS.days}`,
        });
      }
    }
    if (dueKind === 'date') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        found.push({ field: 'due-date', message: 'Enter the due date' });
      else if (date < localDate(new Date()))
        found.push({ field: 'due-date', message: 'The due date must be today or in the future' });
    }
    if (!by.trim())
      found.push({
        field: 'assigned-by',
        message: 'Enter your name, so the learner knows who assigned it',
      });
    else add(checkAssignmentText('assigned-by', 'Your name', by.trim(), LINK_LIMITS.name));
    add(checkAssignmentText('team', 'The team', team.trim(), LINK_LIMITS.team));
    add(checkAssignmentText('message', 'The message', message.trim(), LINK_LIMITS.message, true));
    return found;
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (found.length) {
      setMade(null);
      return;
    }
    const due: Due =
      dueKind === 'none'
        ? { kind: 'none' }
        : dueKind === 'date'
          ? { kind: 'date', date }
          : { kind: 'within', days: Number(days || suggestedDays) };
    const assignment: Assignment = {
      id: newAssignmentId(),
      title: what === 'path' && path ? path.title : title.trim(),
      ...(what === 'path' && path ? { pathId: path.id } : {}),
      refs: what === 'path' && path ? [...path.refs] : refs,
      assignedBy: by.trim(),
      ...(team.trim() ? { team: team.trim() } : {}),
      ...(message.trim() ? { message: message.trim() } : {}),
      due,
      assignedOn: localDate(new Date()),
    };
    setCopied('');
    setMade({ assignment, url: assignmentUrl(window.location.origin, assignment) });
  }

  async function copy() {
    if (!made) return;
    try {
      await navigator.clipboard.writeText(made.url);
      setCopied('Link copied. Paste it into an email or a message to the learner.');
    } catch {
      // Clipboard refused (an old browser, or permission): select the link for the PMO to copy.
      link.current?.select();
      setCopied('The link is selected: press Control+C (or Command+C on a Mac) to copy it.');
    }
  }

  const errorFor = (field: Field) => problems.find((problem) => problem.field === field);
  const fieldError = (field: Field) => {
    const problem = errorFor(field);
    return problem ? (
      <p className="pmo-error-message" id={`${FIELD_ID[field]}-error`}>
        <span className="visually-hidden">Error:</span> {problem.message}
      </p>
    ) : null;
  };
  const describedBy = (field: Field, hint?: string) =>
    [hint, errorFor(field) ? `${FIELD_ID[field]}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;

  const qr = made ? encodeQr(made.url) : null;
  const selectedItems = what === 'steps' ? resolveRefs(catalogue.courses, refs).items.length : 0;

  return (
    <form className="pmo-form" noValidate onSubmit={submit}>
      {problems.length > 0 && (
        <div
          className="pmo-error-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby="assign-errors-title"
        >
          <h2 id="assign-errors-title">There is a problem</h2>
          <ul>
            {problems.map((problem) => (
              <li key={problem.field}>
                <a href={`#${FIELD_ID[problem.field]}`}>{problem.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset className="pmo-fieldset">
        <legend>What do you want to assign?</legend>
        <div className="pmo-radios">
          <label>
            <input
              type="radio"
              name="what"
              value="path"
              checked={what === 'path'}
              onChange={() => setWhat('path')}
            />{' '}
            A learning path
          </label>
          <label>
            <input
              type="radio"
              name="what"
              value="steps"
              checked={what === 'steps'}
              onChange={() => setWhat('steps')}
            />{' '}
            Courses, modules or steps I choose
          </label>
        </div>
      </fieldset>

      {what === 'path' ? (
        <div className="pmo-field">
          <label htmlFor="assign-path">Learning path</label>
          {fieldError('path')}
          <select
            id="assign-path"
            value={pathId}
            onChange={(event) => setPathId(event.target.value)}
            aria-describedby={describedBy('path', 'assign-path-hint')}
          >
            {catalogue.paths.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
          {path && (
            <p className="pmo-hint" id="assign-path-hint">
              {path.description} Usually finished within {path.suggestedDays} days.
            </p>
          )}
        </div>
      ) : (
        <>
          <div className="pmo-field">
            <label htmlFor="assign-title">Title</label>
            <p className="pmo-hint" id="assign-title-hint">
              What the learner sees, like “Before your first board”.
            </p>
            {fieldError('title')}
            <input
              id="assign-title"
              type="text"
              value={title}
              maxLength={LINK_LIMITS.title * 2}
              onChange={(event) => setTitle(event.target.value)}
              aria-describedby={describedBy('title', 'assign-title-hint')}
            />
          </div>
          <fieldset
            className="pmo-fieldset"
            id="assign-steps"
            tabIndex={-1}
            aria-describedby={describedBy('steps', 'assign-steps-hint')}
          >
            <legend>Choose what to include</legend>
            <p className="pmo-hint" id="assign-steps-hint">
              A whole course or module includes everything in it. {selectedItems} chosen.
            </p>
            {fieldError('steps')}
            {catalogue.courses.map((course) => {
              const wholeCourse = picked.has(`c:${course.id}`);
              return (
                <details className="pmo-course-pick" key={course.id}>
                  <summary>{course.title}</summary>
                  <label className="pmo-check">
                    <input
                      type="checkbox"
                      checked={wholeCourse}
                      onChange={() => toggle(`c:${course.id}`)}
                    />{' '}
                    The whole course
                  </label>
                  {course.modules.map((module) => {
                    const wholeModule = wholeCourse || picked.has(`m:${module.id}`);
                    return (
                      <fieldset className="pmo-module-pick" key={module.id} disabled={wholeCourse}>
                        <legend>{module.title}</legend>
                        <label className="pmo-check">
                          <input
                            type="checkbox"
                            checked={wholeModule}
                            onChange={() => toggle(`m:${module.id}`)}
                          />{' '}
                          The whole module
                        </label>
                        {module.steps.map((step) => (
                          <label className="pmo-check pmo-check--step" key={step.id}>
                            <input
                              type="checkbox"
                              checked={wholeModule || picked.has(`s:${step.id}`)}
                              disabled={wholeModule}
                              onChange={() => toggle(`s:${step.id}`)}
                            />{' '}
                            {step.title} <span className="pmo-muted">({step.kind})</span>
                          </label>
                        ))}
                      </fieldset>
                    );
                  })}
                </details>
              );
            })}
          </fieldset>
        </>
      )}

      <fieldset className="pmo-fieldset">
        <legend>When is it due?</legend>
        <div className="pmo-radios">
          <label>
            <input
              type="radio"
              name="due"
              value="within"
              checked={dueKind === 'within'}
              onChange={() => setDueKind('within')}
            />{' '}
            Within a number of days of the learner adding it
          </label>
          {dueKind === 'within' && (
            <div className="pmo-conditional">
              <label htmlFor="assign-due-days">Number of days</label>
              {fieldError('due-days')}
              <input
                id="assign-due-days"
                className="pmo-input--short"
                type="text"
                inputMode="numeric"
                value={days}
                placeholder={String(suggestedDays)}
                onChange={(event) => setDays(event.target.value)}
                aria-describedby={describedBy('due-days', 'assign-due-days-hint')}
              />
              <p className="pmo-hint" id="assign-due-days-hint">
                Leave empty for {suggestedDays} days.
              </p>
            </div>
          )}
          <label>
            <input
              type="radio"
              name="due"
              value="date"
              checked={dueKind === 'date'}
              onChange={() => setDueKind('date')}
            />{' '}
            On a date
          </label>
          {dueKind === 'date' && (
            <div className="pmo-conditional">
              <label htmlFor="assign-due-date">Due date</label>
              {fieldError('due-date')}
              <input
                id="assign-due-date"
                type="date"
                value={date}
                min={localDate(new Date())}
                onChange={(event) => setDate(event.target.value)}
                aria-describedby={describedBy('due-date')}
              />
            </div>
          )}
          <label>
            <input
              type="radio"
              name="due"
              value="none"
              checked={dueKind === 'none'}
              onChange={() => setDueKind('none')}
            />{' '}
            No due date
          </label>
        </div>
      </fieldset>

      <div className="pmo-field">
        <label htmlFor="assign-by">Your name</label>
        {fieldError('assigned-by')}
        <input
          id="assign-by"
          type="text"
          autoComplete="name"
          value={by}
          onChange={(event) => setBy(event.target.value)}
          aria-describedby={describedBy('assigned-by')}
        />
      </div>
      <div className="pmo-field">
        <label htmlFor="assign-team">Team (optional)</label>
        {fieldError('team')}
        <input
          id="assign-team"
          type="text"
          autoComplete="organization"
          value={team}
          onChange={(event) => setTeam(event.target.value)}
          aria-describedby={describedBy('team')}
        />
      </div>
      <div className="pmo-field">
        <label htmlFor="assign-message">Message (optional)</label>
        <p className="pmo-hint" id="assign-message-hint">
          A line or two on why this matters. {LINK_LIMITS.message - message.trim().length}{' '}
          characters left.
        </p>
        {fieldError('message')}
        <textarea
          id="assign-message"
          rows={3}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          aria-describedby={describedBy('message', 'assign-message-hint')}
        />
      </div>

      <p>
        <button type="submit" className="button">
          Create link
        </button>
      </p>

      {made && (
        <section className="pmo-result" aria-labelledby="assign-result-title">
          <h2 id="assign-result-title" tabIndex={-1} ref={result}>
            Your assignment link
          </h2>
          <p>
            Send this link to the learner. Everything is in the link itself: nothing has been sent
            or stored anywhere.
          </p>
          <label htmlFor="assign-link">Link for “{made.assignment.title}”</label>
          <input
            id="assign-link"
            className="pmo-link"
            type="text"
            readOnly
            value={made.url}
            ref={link}
            onFocus={(event) => event.target.select()}
          />
          <p className="pmo-actions">
            <button type="button" className="button" onClick={() => void copy()}>
              Copy link
            </button>
            <a className="button button--secondary" href={made.url} target="_blank" rel="noopener">
              Open the link to check it
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
          <p className="pmo-live" role="status">
            {copied}
          </p>
          {qr ? (
            <figure className="pmo-qr">
              <svg
                role="img"
                aria-labelledby="assign-qr-caption"
                viewBox={`0 0 ${qr.size + 8} ${qr.size + 8}`}
                width={Math.min(320, (qr.size + 8) * 6)}
                height={Math.min(320, (qr.size + 8) * 6)}
                shapeRendering="crispEdges"
              >
                <rect width={qr.size + 8} height={qr.size + 8} fill="#fff" />
                <path fill="#000" d={qrPath(qr)} />
              </svg>
              <figcaption id="assign-qr-caption">
                QR code of the link: scan it with a phone camera to open the assignment.
              </figcaption>
              <a
                download={`assignment-${made.assignment.id}.svg`}
                href={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(qr, `Assignment: ${made.assignment.title}`))}`}
              >
                Download the QR code (SVG image)
              </a>
            </figure>
          ) : (
            <p>
              This link is too long for a QR code: send the link itself, or shorten the message.
            </p>
          )}
        </section>
      )}
    </form>
  );
}
