/**
 * Ordering without drag and drop: "Move up" and "Move down" buttons on every item, the new place
 * announced in a live region, and focus kept on the item that moved. Once checked, each item says
 * in words, with a tick or cross, whether it is in the right place, and if not, which place is.
 */
import { useEffect, useRef, useState } from 'react';
import type { Answer } from '../answers';
import type { QuizEvent } from '../machine';
import type { Question } from '../schema';
import { controlId, type QuizIds } from './ids';
import { RightOrWrong } from './RightOrWrong';

interface QuizOrderingProps {
  question: Extract<Question, { type: 'ordering' }>;
  answer: Answer | undefined;
  locked: boolean;
  ids: QuizIds;
  send: (event: QuizEvent) => void;
}

type Direction = 'up' | 'down';

export function QuizOrdering({ question, answer, locked, ids, send }: QuizOrderingProps) {
  const order = answer?.type === 'ordering' ? answer.itemIds : [];
  const [announcement, setAnnouncement] = useState('');
  const moved = useRef<{ itemId: string; direction: Direction } | null>(null);
  const buttonId = (itemId: string, direction: Direction) =>
    controlId(ids, question.id, `${itemId}--${direction}`);
  const textOf = (itemId: string) => question.items.find((i) => i.id === itemId)?.text ?? itemId;

  // After a move, keep focus on the moved item: on the same button, or on the other one when the
  // item has reached the end of the list and that button is now disabled.
  useEffect(() => {
    const last = moved.current;
    if (!last) return;
    moved.current = null;
    const same = document.getElementById(buttonId(last.itemId, last.direction));
    const other = document.getElementById(
      buttonId(last.itemId, last.direction === 'up' ? 'down' : 'up'),
    );
    const target = same instanceof HTMLButtonElement && same.disabled ? other : same;
    target?.focus();
  });

  const move = (itemId: string, direction: Direction) => {
    const from = order.indexOf(itemId);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from === -1 || to < 0 || to >= order.length) return;
    moved.current = { itemId, direction };
    setAnnouncement(`${textOf(itemId)} moved to position ${to + 1} of ${order.length}.`);
    send({ type: 'learner.move', itemId, direction });
  };

  return (
    <>
      <ol className="quiz-order">
        {order.map((itemId, index) => {
          const text = textOf(itemId);
          return (
            <li className="quiz-order-item" key={itemId}>
              <span className="quiz-order-text">{text}</span>
              {locked && <PlaceMark place={index + 1} belongs={placeOf(question, itemId)} />}
              {!locked && (
                <span className="quiz-order-buttons">
                  {(['up', 'down'] as const).map((direction) => {
                    const label = direction === 'up' ? 'Move up' : 'Move down';
                    // The name starts with the visible words, so speech control ("click Move up") works;
                    // aria-label, because a hidden span gets a stray space before it in Chromium.
                    return (
                      <button
                        key={direction}
                        type="button"
                        className="button button--secondary quiz-order-button"
                        id={buttonId(itemId, direction)}
                        aria-label={`${label}: ${text}`}
                        disabled={direction === 'up' ? index === 0 : index === order.length - 1}
                        onClick={() => move(itemId, direction)}
                      >
                        {label}
                      </button>
                    );
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

/** Where an item belongs, 1 being the first. */
function placeOf(question: Extract<Question, { type: 'ordering' }>, itemId: string): number {
  return question.items.findIndex((item) => item.id === itemId) + 1;
}

function PlaceMark({ place, belongs }: { place: number; belongs: number }) {
  const right = place === belongs;
  return (
    <span className={`quiz-part-mark quiz-part-mark--${right ? 'right' : 'wrong'}`}>
      <RightOrWrong right={right} />{' '}
      {right ? 'Right place' : `Not right: it belongs in place ${belongs}`}
    </span>
  );
}
