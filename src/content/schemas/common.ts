import { z } from 'zod';

/** Stable ids: progress is stored against them, so they are plain, lower-case and never derived from paths. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe('A permanent id in lower-case words joined by hyphens');

export const titleSchema = z.string().trim().min(1);

/** Role ids refer to files in content/roles/; the course tree checks that each one exists. */
export const audienceSchema = z
  .array(idSchema)
  .min(1)
  .describe('The roles this is for, as role ids from content/roles/');

export const objectivesSchema = z
  .array(z.string().trim().min(1))
  .min(1)
  .max(6)
  .describe('What the learner will be able to do, one short sentence each');
