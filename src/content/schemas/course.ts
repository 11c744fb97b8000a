import { z } from 'zod';
import { audienceSchema, idSchema, titleSchema } from './common';

export const courseSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema.describe(
      "The course's title, shown in the catalogue and as the page heading",
    ),
    audience: audienceSchema,
    summary: z.string().trim().min(1).describe('One or two sentences for the catalogue'),
    outcomes: z
      .array(z.string().trim().min(1))
      .min(1)
      .describe('What a learner can do at the end of the course'),
  })
  .describe('A course (course.yaml)');

export type Course = z.infer<typeof courseSchema>;
