import { z } from 'zod';
import { idSchema } from './common';
import { lrsEndpointSchema } from '../../lrs/schema';

const roleLabelSchema = z.strictObject({
  singular: z
    .string()
    .trim()
    .min(1)
    .describe('The name for one person in the role, in lower case unless it is a proper name'),
  plural: z.string().trim().min(1).describe('The name for several people in the role'),
});

export const siteSchema = z
  .strictObject({
    name: z.string().trim().min(1).default('Sideline').describe("The site's name"),
    organisation: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('The organisation running this copy of the site'),
    publicUrl: z
      .url()
      .optional()
      .describe(
        "Where the public site lives; an LMS package's links to pages it does not hold open it in a new window (without it, they are plain text)",
      ),
    activityBase: z
      .url()
      .default('https://sideline.example/activities/')
      .describe('The base of the xAPI activity ids; keep it stable once learners have records'),
    lrsEndpoint: lrsEndpointSchema.optional(),
    roleLabels: z
      .record(idSchema, roleLabelSchema)
      .default({})
      .describe('What your organisation calls each role, by role id'),
  })
  .describe('Site settings (content/site.yaml)');

export type SiteSettings = z.infer<typeof siteSchema>;
