/**
 * "Download my answer and the model": one self-contained HTML document a learner can open in a
 * browser or a word processor and use at work. It holds the brief, the learner's answer (as text,
 * never as markup), their rubric ticks and the model answer. No scripts, no outside requests.
 */
import { fileNamePart } from '../site/file-name';
import { escapeHtml, markdownToHtml } from '../site/markdown-html';
import { countOf } from '../site/counts';

export interface PracticeDocumentInput {
  task: {
    title: string;
    brief: string;
    prompt: string;
    rubric: readonly { id: string; text: string }[];
    model: string;
    modelNotes?: string | undefined;
  };
  courseTitle: string;
  answer: string;
  /** The learner's ticks, by criterion id. */
  ticks: Readonly<Record<string, boolean>>;
  /** When the document was made, as the learner's own date. */
  date: string;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;border:1px solid #999;padding:.4rem}
.answer{white-space:pre-wrap;border-left:4px solid #555;padding-left:1rem}`;

export function practiceDocument({
  task,
  courseTitle,
  answer,
  ticks,
  date,
}: PracticeDocumentInput): string {
  const rubric = task.rubric
    .map(({ id, text }) => {
      return `<tr><th scope="row">${escapeHtml(text)}</th><td>${ticks[id] ? 'Met' : 'Not yet'}</td></tr>`;
    })
    .join('');
  const met = task.rubric.filter(({ id }) => ticks[id]).length;
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(task.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(task.title)}</h1>
<p>${escapeHtml(courseTitle)}. Written on ${escapeHtml(date)} with Sideline.</p>
<h2>The brief</h2>
${markdownToHtml(task.brief)}
<h2>${escapeHtml(task.prompt)}</h2>
<div class="answer">${escapeHtml(answer)}</div>
<h2>Checked against the checklist</h2>
<p>By my own assessment, my answer meets ${met} of ${countOf(task.rubric.length, 'point')} on the checklist.</p>
<table><thead><tr><th scope="col">Point</th><th scope="col">My answer</th></tr></thead><tbody>${rubric}</tbody></table>
<h2>A model answer</h2>
${markdownToHtml(task.model)}
${task.modelNotes ? `<h2>Why the model works</h2>\n${markdownToHtml(task.modelNotes)}` : ''}
</body>
</html>
`;
}

/** A file name from the task's title, like `practice-agree-the-time-you-will-give.html`. */
export function practiceFileName(title: string): string {
  const slug = fileNamePart(title.replace(/^practice:\s*/i, ''), 60);
  return `practice-${slug || 'answer'}.html`;
}
