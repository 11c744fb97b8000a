/** The first question: a whole learning path, or courses, modules and steps the PMO picks. */
import type { DraftPartProps } from './form';

export default function WhatToAssign({ draft, change }: Omit<DraftPartProps, 'problems'>) {
  return (
    <fieldset className="pmo-fieldset">
      <legend>What do you want to assign?</legend>
      <div className="pmo-radios">
        <label>
          <input
            type="radio"
            name="what"
            value="path"
            checked={draft.what === 'path'}
            onChange={() => change({ type: 'choose-what', what: 'path' })}
          />{' '}
          A learning path
        </label>
        <label>
          <input
            type="radio"
            name="what"
            value="steps"
            checked={draft.what === 'steps'}
            onChange={() => change({ type: 'choose-what', what: 'steps' })}
          />{' '}
          Courses, modules or steps I choose
        </label>
      </div>
    </fieldset>
  );
}
