import { z } from 'zod';
import { audienceSchema, idSchema, titleSchema } from '../content/schemas/common';

/** Variable ids appear inside conditions, so they are short words: letters and digits, starting with a letter. */
const variableIdSchema = z
  .string()
  .superRefine((id, ctx) => {
    if (!/^[a-z][a-z0-9]*$/.test(id)) {
      ctx.addIssue({
        code: 'custom',
        message: `The variable id "${id}" cannot be read in a condition.`,
        params: {
          fix: 'Use lower-case letters and digits only, starting with a letter, like acc or risk.',
        },
        // Stop here, so the graph checks do not also report every use of the id as undeclared.
        continue: false,
      });
    }
  })
  .describe(
    'A short id in lower-case letters and digits, like acc or risk, used in effects and conditions',
  );

const conditionSchema = z
  .string()
  .trim()
  .min(1)
  .describe(
    'A condition on the variables, like "acc >= 7 and risk <= 4" (and / or, with < <= > >= == !=)',
  );

export const scenarioVariableSchema = z.strictObject({
  id: variableIdSchema,
  label: z
    .string()
    .trim()
    .min(1)
    .describe('What the learner reads on the gauge, like "Accountability clarity"'),
  start: z.number().int().describe('The value at the start'),
  min: z.number().int().default(0).describe('The lowest value; changes stop here'),
  max: z.number().int().default(10).describe('The highest value; changes stop here'),
  better: z
    .enum(['higher', 'lower'])
    .default('higher')
    .describe('Whether a higher or a lower value is better, so the gauge can say so'),
});

const branchSchema = z.strictObject({
  if: conditionSchema.optional().describe('When this branch applies; the last branch has no "if"'),
  goto: idSchema.describe('The next node, or "end" to finish'),
});

export const scenarioTargetSchema = z
  .union([idSchema, z.array(branchSchema).min(1)])
  .describe(
    'The next node, "end" to finish, or a list of branches where the first that applies wins',
  );

export const scenarioChoiceSchema = z.strictObject({
  id: idSchema,
  text: z.string().trim().min(1).describe('What the learner chooses, as the button reads'),
  result: z.string().trim().min(1).describe('What happens, in one line, shown after the choice'),
  effects: z
    .record(z.string(), z.number().int())
    .default({})
    .describe('How much each variable goes up or down, like { acc: -2, risk: 1 }'),
  set: z
    .record(z.string(), z.number().int())
    .optional()
    .describe(
      'Variables set outright, like { acc: 5 }; a set wins over a change to the same variable',
    ),
  to: scenarioTargetSchema,
  quality: z
    .enum(['strong', 'mixed', 'weak'])
    .describe(
      'How good this choice is: strong, mixed or weak. The debrief shows it, and the build proves no path with a weak choice reaches a best-ranked ending',
    ),
  why: z
    .string()
    .trim()
    .min(1)
    .describe(
      'One line the learner reads in their debrief: why this choice is strong, mixed or weak',
    ),
});

export const scenarioNodeSchema = z.strictObject({
  id: idSchema,
  title: titleSchema.describe('A short heading for this decision'),
  speaker: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('Who is speaking or whose view this is, like "Priya, senior PMO analyst"'),
  text: z
    .string()
    .trim()
    .min(1)
    .describe('The situation, in Markdown: two or three short paragraphs'),
  // No minimum here: a node without choices is reported by the graph check, which says why it matters.
  choices: z.array(scenarioChoiceSchema).default([]).describe('What the learner can do here'),
});

export const scenarioEndingSchema = z.strictObject({
  id: idSchema,
  title: titleSchema.describe("The ending's title"),
  when: conditionSchema
    .optional()
    .describe('When this ending applies; the last ending has none, as the fallback'),
  outcome: z.string().trim().min(1).describe('What happened, in two or three sentences'),
  // Empty by default so the graph check can report a missing debrief in its own words.
  debrief: z.string().trim().default('').describe('The principle, in Markdown, and why it matters'),
  rank: z
    .number()
    .int()
    .min(1)
    .describe('How good this ending is: 1 is the best; several endings may share a rank'),
  requires: z
    .array(idSchema)
    .default([])
    .describe(
      'Ids of choices that every path to this ending includes, because its outcome describes them; the build proves it',
    ),
  excludes: z
    .array(idSchema)
    .default([])
    .describe(
      'Ids of choices that no path to this ending includes, because its outcome contradicts them; the build proves it',
    ),
});

/** The shape alone, without the graph checks: for tests and tools that check in two steps. */
export const scenarioShapeSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema.describe("The scenario's title"),
    summary: z.string().trim().min(1).describe('One sentence for the module page'),
    audience: audienceSchema
      .optional()
      .describe("The roles this scenario is for; defaults to the course's"),
    allowBack: z.boolean().default(false).describe('Whether the learner may go back one step'),
    variables: z
      .array(scenarioVariableSchema)
      .min(1)
      .describe('What the choices change, each with its range and start value'),
    start: idSchema.describe('The id of the first node'),
    nodes: z
      .array(scenarioNodeSchema)
      .min(1)
      .describe('The decisions, each with its situation and choices'),
    endings: z
      .array(scenarioEndingSchema)
      .min(1)
      .describe('The endings, checked in order: the first whose "when" holds applies'),
  })
  .describe('A branching scenario (scenario.yaml)');

export type Scenario = z.infer<typeof scenarioShapeSchema>;
export type ScenarioVariable = z.infer<typeof scenarioVariableSchema>;
export type ScenarioNode = z.infer<typeof scenarioNodeSchema>;
export type ScenarioChoice = z.infer<typeof scenarioChoiceSchema>;
export type ScenarioTarget = z.infer<typeof scenarioTargetSchema>;
export type ScenarioEnding = z.infer<typeof scenarioEndingSchema>;
export type ChoiceQuality = ScenarioChoice['quality'];
