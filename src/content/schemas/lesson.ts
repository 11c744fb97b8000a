import { z } from 'zod';
import { audienceSchema, idSchema, objectivesSchema, titleSchema } from './common';

export const sourceSchema = z.strictObject({
  publisher: z.string().trim().min(1).describe('Who published the source'),
  title: z.string().trim().min(1).describe("The source's title"),
  // Every source is dated and findable (issue 14): a learner can check it, and an old one shows its age.
  year: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .describe('The year it was published, or for an undated web page the year you read it'),
  fact: z
    .string()
    .regex(/^F\d{2}$/)
    .optional()
    .describe('The fact id in the content brief, like F02'),
  url: z
    .url({ protocol: /^https?$/ })
    .describe("Where to read it: the publisher's page, or for a book its publisher's page"),
});

export const lessonSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema.describe("The lesson's title, shown as its heading"),
    summary: z.string().trim().min(1).describe('One sentence on what the lesson is for'),
    duration: z.number().int().min(1).max(60).describe('Minutes to read and think'),
    objectives: objectivesSchema,
    sources: z.array(sourceSchema).default([]).describe('The sources of the facts the lesson uses'),
    audience: audienceSchema
      .optional()
      .describe("The roles this lesson is for; defaults to the module's"),
  })
  .describe('A lesson (frontmatter of an .mdx file)');

export type Lesson = z.infer<typeof lessonSchema>;
export type Source = z.infer<typeof sourceSchema>;
