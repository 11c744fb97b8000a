import { z } from 'zod';
import { audienceSchema, idSchema, objectivesSchema, titleSchema } from './common';

export const moduleSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema.describe("The module's title"),
    summary: z.string().trim().min(1).describe('One sentence on what the module covers'),
    objectives: objectivesSchema,
    audience: audienceSchema
      .optional()
      .describe("The roles this module is for; defaults to the course's"),
  })
  .describe('A module (module.yaml)');

export type Module = z.infer<typeof moduleSchema>;
