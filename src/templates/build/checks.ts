/**
 * Checks on templates that span files: ids do not repeat (each has its own page and downloads), every
 * lesson a template names exists (the lesson shows a link to it), and every audience role exists.
 * The schema has already checked each file's shape.
 */
import type { ContentEntry } from '../../content/course-tree';
import { duplicates } from '../../content/duplicates';
import type { ContentProblem } from '../../content/friendly-errors';
import type { Template } from '../schema';
import { countOf } from '../../site/counts';

export interface TemplateCheckInput {
  templates: readonly ContentEntry<Template>[];
  lessonIds: ReadonlySet<string>;
  roleIds: ReadonlySet<string>;
}

export function checkTemplates({
  templates,
  lessonIds,
  roleIds,
}: TemplateCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const id of duplicates(templates.map((template) => template.data.id))) {
    const files = templates.filter((template) => template.data.id === id).map(({ file }) => file);
    problems.push({
      file: files[1] ?? '',
      field: 'id',
      problem: `The template id "${id}" is also used by ${files[0]}.`,
      fix: 'Give each template its own id: it is the address of its page and the name of its files.',
    });
  }
  for (const { file, data } of templates) {
    data.lessons.forEach((id, index) => {
      if (!lessonIds.has(id)) {
        problems.push({
          file,
          field: `lessons[${index}]`,
          problem: `The template names a lesson "${id}" that does not exist.`,
          fix: 'Use the id from the frontmatter of a lesson that teaches this document.',
        });
      }
    });
    data.audience.forEach((id, index) => {
      if (!roleIds.has(id)) {
        problems.push({
          file,
          field: `audience[${index}]`,
          problem: `There is no role "${id}".`,
          fix: `Use one of the role ids in content/roles/: ${[...roleIds].join(', ')}.`,
        });
      }
    });
    data.sections.forEach((section, index) => {
      const { table } = section;
      if (table?.firstColumn && table.firstColumn.length !== table.rows) {
        problems.push({
          file,
          field: `sections[${index}].table.firstColumn`,
          problem: `The table has ${countOf(table.rows, 'row')} but ${countOf(table.firstColumn.length, 'first-column entry', 'first-column entries')}.`,
          fix: 'Give one first-column entry per row, or change "rows" to match.',
        });
      }
    });
  }
  return problems;
}
