import { z } from 'zod';
import { audienceSchema, idSchema, titleSchema } from '../content/schemas/common';

/**
 * One entry in a path: a whole course, a whole module, or one step (a lesson, video, scenario or quiz).
 * Each form has exactly one key, so the YAML reads as what it is: `- course: sponsor-induction`.
 */
const optionalSchema = z
  .boolean()
  .default(false)
  .describe('true for an add-on: shown in the path but not needed to complete it');

export const pathCourseRefSchema = z.strictObject({
  course: idSchema.describe('The id of a course (from its course.yaml): every step in it'),
  optional: optionalSchema,
});
export const pathModuleRefSchema = z.strictObject({
  module: idSchema.describe('The id of a module (from its module.yaml): every step in it'),
  optional: optionalSchema,
});
export const pathStepRefSchema = z.strictObject({
  step: idSchema.describe('The id of one lesson, video, scenario or quiz'),
  optional: optionalSchema,
});

export const pathEntrySchema = z
  .union([pathCourseRefSchema, pathModuleRefSchema, pathStepRefSchema])
  .describe(
    'One of "course: <id>", "module: <id>" or "step: <id>", with "optional: true" for an add-on',
  );

export const learningPathSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema.describe(
      "The path's title, shown in the list of paths and as the page heading",
    ),
    audience: audienceSchema,
    description: z
      .string()
      .trim()
      .min(1)
      .describe('Two or three sentences: who the path is for and what they will be able to do'),
    suggestedDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .describe('How many days a learner is usually given to finish, used as the default due date'),
    steps: z
      .array(pathEntrySchema)
      .min(1)
      .describe('The courses, modules and steps in the order to take them'),
  })
  .describe('A learning path (content/paths/<id>.yaml)');

export type LearningPath = z.infer<typeof learningPathSchema>;
export type PathEntry = z.infer<typeof pathEntrySchema>;
