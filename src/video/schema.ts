import { z } from 'zod';
import { idSchema, objectivesSchema, titleSchema } from '../content/schemas/common';

export const slideSchema = z.strictObject({
  heading: z.string().trim().min(1).describe("The slide's heading"),
  bullets: z
    .array(z.string().trim().min(1))
    .max(4)
    .default([])
    .describe('Up to 4 short lines on screen'),
  roles: z.array(idSchema).default([]).describe('Role ids to draw as a simple diagram'),
  narration: z.string().trim().min(1).describe('What the narrator says over this slide'),
});

export const videoSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema.describe("The video's title"),
    summary: z.string().trim().min(1).describe('One sentence on what the video is for'),
    objectives: objectivesSchema,
    slides: z.array(slideSchema).min(1).describe('The slides, in order'),
  })
  .describe('A video lesson script (video.yaml)');

export type VideoScript = z.infer<typeof videoSchema>;
export type Slide = z.infer<typeof slideSchema>;
