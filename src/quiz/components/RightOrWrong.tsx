/**
 * The tick or cross beside a verdict. Decoration only: the words beside it always say right or not,
 * so colour and shape are never the only signal, and screen readers do not hear "check mark".
 */
export function RightOrWrong({ right }: { right: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`quiz-mark-icon quiz-mark-icon--${right ? 'right' : 'wrong'}`}
    >
      {right ? '✓' : '✗'}
    </span>
  );
}
