/**
 * Words in course files are plain text: no control characters or bidirectional overrides (which can
 * make text read differently from what it says), and no HTML tags, which YAML fields and frontmatter
 * never render. The learning record refuses both in the names it stores (src/site/plain-text.ts is the
 * one rule for the two), so a title that passed the build but not the record would silently lose a
 * learner's progress on that step. Lesson and page bodies are MDX and are not checked here.
 */
import type { ContentProblem } from './friendly-errors';
import type { LoadedContent } from './load';
import { CONTROL_CHARACTERS_EXCEPT_LINES, MARKUP } from '../site/plain-text';

/** Every string inside `value`, with its field path as the other checks write it (`nodes[2].title`). */
function* strings(value: unknown, path = ''): Generator<[field: string, text: string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* strings(item, `${path}[${index}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield* strings(item, path ? `${path}.${key}` : key);
    }
  }
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function plainTextProblems(content: LoadedContent): ContentProblem[] {
  const entries: { file: string; data: unknown }[] = [
    ...content.courses,
    ...content.modules,
    ...content.lessons.map(({ file, data }) => ({ file, data })),
    ...content.quizzes,
    ...content.scenarios,
    ...content.videos.map(({ file, data }) => ({ file, data })),
    ...content.practice,
    ...content.roles,
    ...content.paths,
    ...content.templates,
    { file: content.glossaryFile, data: content.glossary },
  ];
  const problems: ContentProblem[] = [];
  for (const { file, data } of entries) {
    for (const [field, text] of strings(data)) {
      const control = CONTROL_CHARACTERS_EXCEPT_LINES.exec(text)?.[0];
      const tag = MARKUP.exec(text)?.[0];
      if (control !== undefined) {
        problems.push({
          file,
          field,
          problem: `The text holds an invisible control character (${codePoint(control)}). Some of these make text display in a different order from how it is stored, and the learning record refuses them.`,
          fix: 'Retype the text, or delete the character with an editor that shows invisible characters.',
        });
      } else if (tag !== undefined) {
        problems.push({
          file,
          field,
          problem: `The text holds an HTML tag, ${tag}. Titles and other YAML text are shown as plain text, so the tag would show as written, and the learning record refuses tags in names.`,
          fix: 'Remove the tag. For emphasis or a list, use Markdown in the fields that allow it.',
        });
      }
    }
  }
  return problems;
}
