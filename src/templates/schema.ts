import { z } from 'zod';
import { audienceSchema, idSchema, titleSchema } from '../content/schemas/common';

/**
 * A template a learner downloads and fills in at work (content/templates/<id>.yaml). It is written once,
 * as data, and made three ways from the same words: a printable page, a Word document (.docx) and an
 * OpenDocument text (.odt), so the three can never drift apart.
 */
const textSchema = z.string().trim().min(1);

export const templateFieldSchema = z.strictObject({
  label: textSchema.describe('What to write here, as a short heading: "The decision you need"'),
  hint: textSchema.optional().describe('One sentence of help, shown in grey under the label'),
  lines: z
    .number()
    .int()
    .min(1)
    .max(12)
    .default(3)
    .describe('How many lines of space to leave for the answer'),
});

export const templateTableSchema = z.strictObject({
  columns: z.array(textSchema).min(2).max(6).describe('The column headings'),
  rows: z.number().int().min(1).max(12).describe('How many empty rows to leave'),
  firstColumn: z
    .array(textSchema)
    .optional()
    .describe('Text for the first cell of each row (e.g. "Option A"); as many as there are rows'),
});

export const templateSectionSchema = z
  .strictObject({
    heading: textSchema,
    guidance: textSchema.optional().describe('A sentence or two on what this section is for'),
    fields: z.array(templateFieldSchema).min(1).optional(),
    table: templateTableSchema.optional(),
    checklist: z.array(textSchema).min(1).optional().describe('Items to tick, one sentence each'),
  })
  .refine((section) => section.fields || section.table || section.checklist, {
    message: 'A section needs fields, a table or a checklist: something for the reader to fill in.',
  });

export const templateSchema = z.strictObject({
  id: idSchema,
  title: titleSchema.describe('The document title: "Exception report"'),
  summary: textSchema.describe('One sentence: what the document is for, shown in lists'),
  audience: audienceSchema,
  lessons: z
    .array(idSchema)
    .min(1)
    .describe('The ids of the lessons that teach this document; each shows a link to it'),
  use: textSchema.describe(
    'How to use the template, in two or three sentences, printed at the top',
  ),
  sections: z.array(templateSectionSchema).min(1),
});

export type Template = z.infer<typeof templateSchema>;
export type TemplateSection = z.infer<typeof templateSectionSchema>;
