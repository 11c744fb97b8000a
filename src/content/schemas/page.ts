import { z } from 'zod';
import { titleSchema } from './common';

export const pageSchema = z
  .strictObject({
    title: titleSchema.describe("The page's title"),
    summary: z.string().trim().min(1).describe('One sentence describing the page'),
  })
  .describe('A site page (content/pages/*.mdx)');

export type Page = z.infer<typeof pageSchema>;
