import { z } from 'zod';
import { idSchema, titleSchema } from './common';

export const glossaryTermSchema = z.strictObject({
  id: idSchema,
  term: titleSchema.describe('The term as it is usually written'),
  aka: z.array(z.string().min(1)).default([]).describe('Other names for the term'),
  definition: z.string().trim().min(1).describe('A plain-English definition'),
  example: z.string().trim().min(1).optional().describe('A one-sentence example'),
  related: z.array(idSchema).default([]).describe('Ids of related terms'),
  facts: z.array(z.string()).default([]).describe('Fact ids from the content brief'),
});

export const glossarySchema = z
  .array(glossaryTermSchema)
  .min(1)
  .describe('The glossary (content/glossary.yaml)');

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
