/**
 * Checks that span files: ids used twice, references to roles, lessons and glossary terms that do not
 * exist, and links to pages that will not be built. Types and required fields are the schemas' job.
 */
import { buildCourseTree, type CourseTree } from './course-tree';
import { duplicates } from './duplicates';
import type { ContentProblem } from './friendly-errors';
import type { LoadedContent } from './load';
import { checkPaths } from '../paths/build/checks';
import { checkTemplates } from '../templates/build/checks';
import { checkAssessmentForm } from './assessment';
import { attributeValues, raciProblems, unknownComponents } from './mdx-checks';
import { sharedPassages } from './passages';
import { DIAGRAM_IDS, isDiagramId } from '../site/mdx/diagrams/texts';
import { siteRoutes } from './routes';
import { plainTextProblems } from './text-checks';

export function checkContent(content: LoadedContent): {
  tree: CourseTree;
  problems: ContentProblem[];
} {
  const { tree, problems } = buildCourseTree(content);
  const roleIds = new Set(content.roles.map((role) => role.data.id));
  const termIds = new Set(content.glossary.map((term) => term.id));
  const lessonIds = new Set(content.lessons.map((lesson) => lesson.data.id));
  const routes = siteRoutes(tree, [...roleIds], content.templates.map(({ data }) => data.id));
  // Site pages (content/pages/<name>.mdx is /<name>/), so lessons may link to any of them.
  for (const { file } of content.pages) {
    routes.add(`/${file.slice(file.lastIndexOf('/') + 1).replace(/\.mdx$/, '')}/`);
  }

  // One id space for everything a learner completes: progress is keyed by these ids.
  const owners = [
    ...content.courses,
    ...content.modules,
    ...content.lessons,
    ...content.quizzes,
    ...content.scenarios,
    ...content.videos,
    ...content.practice,
  ].map(({ file, data }) => ({ file, id: data.id }));
  for (const id of duplicates(owners.map((owner) => owner.id))) {
    const files = owners.filter((owner) => owner.id === id).map((owner) => owner.file);
    problems.push({
      file: files[1] ?? '',
      field: 'id',
      problem: `The id "${id}" is also used by ${files.filter((_, i) => i !== 1).join(', ')}. Progress is stored by id, so every id must be unique.`,
      fix: 'Give one of them a different id. If learners already have progress on it, change the newer one.',
    });
  }
  for (const id of duplicates(content.roles.map((role) => role.data.id))) {
    problems.push({
      file: 'content/roles',
      problem: `Two role files have the id "${id}".`,
      fix: 'Give each role its own id.',
    });
  }
  for (const id of duplicates(content.glossary.map((term) => term.id))) {
    problems.push({
      file: content.glossaryFile,
      problem: `Two glossary terms have the id "${id}".`,
      fix: 'Give each term its own id, or merge them.',
    });
  }

  const unknownRole = (file: string, field: string, id: string): ContentProblem => ({
    file,
    field,
    problem: `There is no role "${id}".`,
    fix: `Use one of the role ids in content/roles/: ${[...roleIds].join(', ') || '(none yet)'}.`,
  });

  for (const { file, data } of [
    ...content.courses,
    ...content.modules,
    ...content.lessons,
    ...content.scenarios,
  ]) {
    (data.audience ?? []).forEach((id, index) => {
      if (!roleIds.has(id)) problems.push(unknownRole(file, `audience[${index}]`, id));
    });
  }
  for (const { file, data } of content.roles) {
    data.handsTo.forEach((handover, index) => {
      if (!roleIds.has(handover.role))
        problems.push(unknownRole(file, `handsTo[${index}].role`, handover.role));
    });
  }
  for (const { file, data } of content.videos) {
    data.slides.forEach((slide, index) =>
      slide.roles.forEach((id, roleIndex) => {
        if (!roleIds.has(id))
          problems.push(unknownRole(file, `slides[${index}].roles[${roleIndex}]`, id));
      }),
    );
  }
  for (const id of Object.keys(content.site.roleLabels)) {
    if (!roleIds.has(id)) problems.push(unknownRole('content/site.yaml', `roleLabels.${id}`, id));
  }
  content.glossary.forEach((term, index) =>
    term.related.forEach((id, relatedIndex) => {
      if (!termIds.has(id)) {
        problems.push({
          file: content.glossaryFile,
          field: `[${index}].related[${relatedIndex}]`,
          problem: `The term "${term.id}" points to a related term "${id}" that is not in the glossary.`,
          fix: 'Use the id of a term in content/glossary.yaml, or add that term.',
        });
      }
    }),
  );

  for (const { file, data } of content.practice) {
    if (data.lesson && !lessonIds.has(data.lesson)) {
      problems.push({
        file,
        field: 'lesson',
        problem: `The practice task links to a lesson "${data.lesson}" that does not exist.`,
        fix: 'Use the id from the frontmatter of the lesson that teaches what this practises.',
      });
    }
  }

  for (const { file, data } of content.quizzes) {
    data.questions.forEach((question, index) => {
      if (question.lesson && !lessonIds.has(question.lesson)) {
        problems.push({
          file,
          field: `questions[${index}].lesson`,
          problem: `Question "${question.id}" links to a lesson "${question.lesson}" that does not exist.`,
          fix: 'Use the id from the frontmatter of the lesson that teaches this question.',
        });
      }
    });
  }

  // Each body with the address it is shown at, so relative links resolve as a browser would.
  const bodies = [
    ...content.lessons.map((lesson) => ({
      ...lesson,
      url: tree.steps.get(lesson.data.id)?.href ?? '/',
      components: undefined,
    })),
    ...content.pages.map((page) => ({
      ...page,
      url: `/${page.file.slice(page.file.lastIndexOf('/') + 1).replace(/\.mdx$/, '')}/`,
      components: new Set<string>(),
    })),
  ];
  for (const { file, body, bodyLine, url, components } of bodies) {
    problems.push(...unknownComponents(file, body, bodyLine, components));
    problems.push(...raciProblems(file, body, bodyLine));
    for (const { line, text } of linesOf(body, bodyLine)) {
      // Most lines are prose: no tag, link or roles list, so nothing below can match.
      if (!MAY_REFER.test(text)) continue;
      for (const id of attributeValues(text, 'Term', 'id')) {
        if (!termIds.has(id)) {
          problems.push({
            file,
            field: `line ${line}`,
            problem: `<Term id="${id}"> names a term that is not in the glossary.`,
            fix: 'Use the id of a term in content/glossary.yaml, or add the term there.',
          });
        }
      }
      for (const id of attributeValues(text, 'Diagram', 'id')) {
        if (!isDiagramId(id)) {
          problems.push({
            file,
            field: `line ${line}`,
            problem: `<Diagram id="${id}"> names a diagram that does not exist.`,
            fix: `Use one of ${DIAGRAM_IDS.join(', ')} (see courses/README.md), or check the spelling.`,
          });
        }
      }
      for (const id of [
        ...attributeValues(text, 'Role', 'id'),
        ...attributeValues(text, 'RoleCard', 'role'),
        ...raciRoles(text),
      ]) {
        if (!roleIds.has(id)) problems.push(unknownRole(file, `line ${line}`, id));
      }
      for (const href of internalLinks(text)) {
        const path = new URL(href.split('#')[0] ?? '', `https://site.invalid${url}`).pathname;
        const normalised = path.endsWith('/') ? path : `${path}/`;
        if (!routes.has(normalised)) {
          problems.push({
            file,
            field: `line ${line}`,
            problem: `The link to "${href}" points to a page that does not exist.`,
            fix: `Check the address. A step's address is /courses/<course id>/<step id>/.`,
          });
        }
      }
    }
  }

  // Learning paths (issue 8): every course, module and step they list exists; roles exist.
  problems.push(
    ...checkPaths({
      paths: content.paths,
      tree,
      roleIds,
      contentIds: new Set(owners.map((owner) => owner.id)),
    }),
  );

  // Templates (issue 14): the lessons that link to them and their audience exist.
  problems.push(...checkTemplates({ templates: content.templates, lessonIds, roleIds }));

  // Each fact taught once: no run of 12 words shared between two lessons.
  problems.push(...sharedPassages(content.lessons));

  // Assessment that cannot be passed by the form of its options (limits in courses/README.md).
  problems.push(...checkAssessmentForm(content));

  // Plain text only in course files, by the learning record's own rule.
  problems.push(...plainTextProblems(content));

  return { tree, problems };
}

/** What a line holds if any check of its references can apply: a tag, a link, a RACI's roles. */
const MAY_REFER = /<|\]\(|href=|roles=\{\[/;

function linesOf(body: string, firstLine: number): { line: number; text: string }[] {
  return body.split('\n').map((text, index) => ({ line: firstLine + index, text }));
}

function raciRoles(text: string): string[] {
  const match = /\broles=\{\[([^\]]*)\]\}/.exec(text);
  if (!match) return [];
  return [...(match[1] ?? '').matchAll(/["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/**
 * Links to pages of this site in Markdown (`](…)`) and HTML (`href="…"`), however written: site-relative
 * (`/courses/…`) or relative (`../other-step/`). Not links to other sites, mail, or this page's anchors.
 */
function internalLinks(text: string): string[] {
  const markdown = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
  const html = [...text.matchAll(/href=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  return [...markdown, ...html].filter(
    (href) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href) && href.trim() !== '',
  );
}
