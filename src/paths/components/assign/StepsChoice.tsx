/**
 * Assigning courses, modules or steps the PMO picks: a title the learner will see, and the picks. A
 * ticked course or module covers everything in it, so its parts show as ticked and cannot be changed.
 */
import { LINK_LIMITS } from '../../assignments/model';
import { pickKey } from '../../assignments/draft';
import { resolveRefs, type PathCatalogue, type PathRef } from '../../steps';
import type { CourseOutline } from '../../../record/projections';
import FieldError from './FieldError';
import { describedBy, type DraftPartProps } from './form';

export default function StepsChoice({
  draft,
  change,
  problems,
  catalogue,
  refs,
}: DraftPartProps & { catalogue: PathCatalogue; refs: readonly PathRef[] }) {
  const selectedItems = resolveRefs(catalogue.courses, refs).items.length;
  const toggle = (key: string) => change({ type: 'toggle-pick', key });
  return (
    <>
      <div className="pmo-field">
        <label htmlFor="assign-title">Title</label>
        <p className="pmo-hint" id="assign-title-hint">
          What the learner sees, like “Before your first board”.
        </p>
        <FieldError problems={problems} field="title" />
        <input
          id="assign-title"
          type="text"
          value={draft.title}
          maxLength={LINK_LIMITS.title * 2}
          onChange={(event) => change({ type: 'type', field: 'title', value: event.target.value })}
          aria-describedby={describedBy(problems, 'title', 'assign-title-hint')}
        />
      </div>
      <fieldset
        className="pmo-fieldset"
        id="assign-steps"
        tabIndex={-1}
        aria-describedby={describedBy(problems, 'steps', 'assign-steps-hint')}
      >
        <legend>Choose what to include</legend>
        <p className="pmo-hint" id="assign-steps-hint">
          A whole course or module includes everything in it. {selectedItems} chosen.
        </p>
        <FieldError problems={problems} field="steps" />
        {catalogue.courses.map((course) => (
          <CoursePick key={course.id} course={course} picked={draft.picked} toggle={toggle} />
        ))}
      </fieldset>
    </>
  );
}

function CoursePick({
  course,
  picked,
  toggle,
}: {
  course: CourseOutline;
  picked: ReadonlySet<string>;
  toggle: (key: string) => void;
}) {
  const wholeCourse = picked.has(pickKey.course(course.id));
  return (
    <details className="pmo-course-pick">
      <summary>{course.title}</summary>
      <label className="pmo-check">
        <input
          type="checkbox"
          checked={wholeCourse}
          onChange={() => toggle(pickKey.course(course.id))}
        />{' '}
        The whole course
      </label>
      {course.modules.map((module) => {
        const wholeModule = wholeCourse || picked.has(pickKey.module(module.id));
        return (
          <fieldset className="pmo-module-pick" key={module.id} disabled={wholeCourse}>
            <legend>{module.title}</legend>
            <label className="pmo-check">
              <input
                type="checkbox"
                checked={wholeModule}
                onChange={() => toggle(pickKey.module(module.id))}
              />{' '}
              The whole module
            </label>
            {module.steps.map((step) => (
              <label className="pmo-check pmo-check--step" key={step.id}>
                <input
                  type="checkbox"
                  checked={wholeModule || picked.has(pickKey.step(step.id))}
                  disabled={wholeModule}
                  onChange={() => toggle(pickKey.step(step.id))}
                />{' '}
                {step.title} <span className="pmo-muted">({step.kind})</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </details>
  );
}
