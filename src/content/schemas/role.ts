import { z } from 'zod';
import { idSchema, titleSchema } from './common';

export const roleSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema.describe("The role's usual name, like Sponsor"),
    alsoKnownAs: z.array(z.string().min(1)).default([]).describe('Other names for the same role'),
    summary: z.string().trim().min(1).describe('The role in one or two plain sentences'),
    owns: z.array(z.string().min(1)).min(1).describe('What this role owns'),
    doesNotOwn: z.array(z.string().min(1)).min(1).describe('What this role does not own'),
    handsTo: z
      .array(
        z.strictObject({
          role: idSchema.describe('The role id it hands to'),
          what: z.string().min(1).describe('What it hands over'),
        }),
      )
      .min(1)
      .describe('What this role hands to whom'),
    signsOfTrouble: z.array(z.string().min(1)).default([]).describe('Signs the role is slipping'),
    facts: z.array(z.string()).default([]).describe('Fact ids from the content brief'),
  })
  .describe('A role profile (content/roles/<id>.yaml)');

export type Role = z.infer<typeof roleSchema>;
