import { z } from 'zod';
import { idSchema, titleSchema } from '../content/schemas/common';

const criterionSchema = z.strictObject({
  id: idSchema,
  text: z
    .string()
    .trim()
    .min(1)
    .describe('Something a reader can see in the answer, like "Names one option and its cost"'),
});

/** A practice task (practice.yaml): the learner writes the artefact a module teaches, then compares. */
export const practiceSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema.describe('The task\'s title, like "Practice: write an exception report"'),
    summary: z.string().trim().min(1).describe('One sentence for the module page'),
    duration: z.number().int().min(1).max(120).describe('Minutes a learner needs, roughly'),
    lesson: idSchema.optional().describe('The id of the lesson that teaches what this practises'),
    brief: z
      .string()
      .trim()
      .min(1)
      .describe('The situation and what to write, in Markdown, speaking to the learner'),
    prompt: z.string().trim().min(1).describe('The label of the writing box, like "Your report"'),
    guidance: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('What a good answer usually covers, without giving it away'),
    rubric: z
      .array(criterionSchema)
      .min(4)
      .max(6)
      .describe('Four to six criteria the learner ticks when comparing their answer'),
    model: z
      .string()
      .trim()
      .min(1)
      .describe('A model answer, in Markdown, meeting every criterion'),
    modelNotes: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Why the model meets the rubric, and common mistakes'),
  })
  .superRefine((task, ctx) => {
    const seen = new Set<string>();
    task.rubric.forEach((criterion, index) => {
      if (seen.has(criterion.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rubric', index, 'id'],
          message: `Two criteria have the id "${criterion.id}".`,
          params: {
            fix: "Give every criterion its own id: learners' results are stored against it.",
          },
        });
      }
      seen.add(criterion.id);
    });
  })
  .describe('A practice task (practice.yaml)');

export type PracticeTask = z.infer<typeof practiceSchema>;
