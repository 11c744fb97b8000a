/**
 * Assessment that cannot be passed by its form: per course, the quizzes' and scenarios' form
 * figures against the limits in courses/README.md. A course past a limit fails the build, with the
 * questions or decisions to rewrite.
 */
import { QUIZ_FORM_LIMITS, quizFormFigures } from '../quiz/build/form';
import type { Quiz } from '../quiz/schema';
import { BEST_CHOICE_LONGEST_MAX, scenarioFormFigures } from '../scenario/checks/form';
import type { Scenario } from '../scenario/schema';
import type { ContentEntry } from './course-tree';
import type { ContentProblem } from './friendly-errors';

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
const list = (ids: string[]) =>
  ids.length > 6 ? `${ids.slice(0, 6).join(', ')} and ${ids.length - 6} more` : ids.join(', ');

/** `courses/<folder>/…` → `<folder>`: every file of a course sits under its folder. */
const courseFolder = (file: string) => file.split('/')[1] ?? '';

export function checkAssessmentForm(content: {
  courses: ContentEntry<{ id: string }>[];
  quizzes: ContentEntry<Quiz>[];
  scenarios: ContentEntry<Scenario>[];
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { smallestSample: enough } = QUIZ_FORM_LIMITS;
  for (const course of content.courses) {
    const folder = courseFolder(course.file);
    const quizzes = content.quizzes.filter((q) => courseFolder(q.file) === folder);
    const scenarios = content.scenarios.filter((s) => courseFolder(s.file) === folder);
    const quiz = quizFormFigures(quizzes.map((q) => q.data));
    const scenario = scenarioFormFigures(scenarios.map((s) => s.data));
    const { single, trueFalse, selectAll } = quiz;

    const longest = single.correctLongest.length;
    if (single.questions >= enough && longest / single.questions > QUIZ_FORM_LIMITS.correctLongestMax) {
      problems.push({
        file: course.file,
        problem: `In ${longest} of ${single.questions} single-answer questions (${percent(longest, single.questions)}) the right option is the longest, so a learner can guess it; at most ${percent(QUIZ_FORM_LIMITS.correctLongestMax, 1)} may be.`,
        fix: `Make the wrong options as specific and as long as the right one in: ${list(single.correctLongest)}.`,
      });
    }
    const { min, max } = QUIZ_FORM_LIMITS.trueShare;
    if (trueFalse.questions >= enough) {
      const share = trueFalse.true / trueFalse.questions;
      if (share < min || share > max) {
        problems.push({
          file: course.file,
          problem: `${trueFalse.true} of ${trueFalse.questions} true/false answers are "true" (${percent(trueFalse.true, trueFalse.questions)}), so always answering "${share < min ? 'false' : 'true'}" scores well; between ${percent(min, 1)} and ${percent(max, 1)} should be true.`,
          fix: `Turn some ${share < min ? 'false' : 'true'} statements into ${share < min ? 'true' : 'false'} ones that test the same idea.`,
        });
      }
    }
    const bounds = QUIZ_FORM_LIMITS.selectAllCorrect;
    if (selectAll.options >= enough) {
      const share = selectAll.correct / selectAll.options;
      if (share < bounds.min || share > bounds.max) {
        problems.push({
          file: course.file,
          problem: `${selectAll.correct} of ${selectAll.options} options in select-all questions are right (${percent(selectAll.correct, selectAll.options)}); between ${percent(bounds.min, 1)} and ${percent(bounds.max, 1)} should be, or ticking ${share > bounds.max ? 'everything' : 'nothing'} scores well.`,
          fix:
            share > bounds.max
              ? 'Replace some right options with wrong ones drawn from real misconceptions.'
              : 'Add right options, or drop distractors that nobody would choose.',
        });
      }
    }
    for (const q of quiz.quizzes) {
      if (q.situational / q.questions < QUIZ_FORM_LIMITS.situationalMin) {
        const file = quizzes.find((entry) => entry.data.id === q.id)?.file ?? course.file;
        problems.push({
          file,
          problem: `Only ${q.situational} of ${q.questions} questions put the learner in a situation; at least ${percent(QUIZ_FORM_LIMITS.situationalMin, 1)} should ("Your delivery lead tells you…", at least 15 words).`,
          fix: `Turn definition questions into situations where the learner must use the idea: ${list(q.definitions)}.`,
        });
      }
    }
    const best = scenario.bestLongest.length;
    if (scenario.decisions >= enough && best / scenario.decisions > BEST_CHOICE_LONGEST_MAX) {
      problems.push({
        file: course.file,
        problem: `In ${best} of ${scenario.decisions} scenario decisions (${percent(best, scenario.decisions)}) the strong choice is the longest, so a learner can spot it; at most ${percent(BEST_CHOICE_LONGEST_MAX, 1)} may be.`,
        fix: `Make the weaker choices as specific and as tempting as the strong one in: ${list(scenario.bestLongest)}.`,
      });
    }
  }
  return problems;
}
