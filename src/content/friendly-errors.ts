/**
 * One way to report a content problem: the file, the field, what is wrong and what to do.
 * Every check in the build goes through here, so authors always get the same shape of message.
 */
import type { z } from 'zod';

export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Dotted path of the field inside the file, if the problem is about one field. */
  field?: string | undefined;
  problem: string;
  fix: string;
}

export function formatProblem({ file, field, problem, fix }: ContentProblem): string {
  const where = field ? `${file} → ${field}` : file;
  return `${where}\n  Problem: ${problem}\n  Fix: ${fix}`;
}

/** Thrown when content cannot be built; its message lists every problem found, not only the first. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Sideline found ${count} in the course content:\n\n${problems.map(formatProblem).join('\n\n')}`,
    );
    this.name = 'ContentError';
  }
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
): Parsed<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => describeIssue(schema, issue, file)),
  };
}

type Issue = z.core.$ZodIssue;

function describeIssue(schema: z.ZodType, issue: Issue, file: string): ContentProblem {
  const path = issue.path.map(String);
  const field = path.length ? formatPath(path) : undefined;
  const name = nameOf(path);
  const description = describedAt(schema, path);
  const about = description ? ` (${lowerFirst(description)})` : '';

  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        return {
          file,
          field,
          problem: `${cap(name)} is missing.`,
          fix: `Add ${name}${about}.`,
        };
      }
      // The commonest YAML slip: unquoted text with ": " in it becomes a group of fields.
      const colonHint =
        issue.expected === 'string' && isPlainObject(issue.input)
          ? ' If the text contains a colon followed by a space, put the whole text in quotes.'
          : '';
      return {
        file,
        field,
        problem: `${cap(name)} should be ${article(issue.expected)}, but it is ${kindOf(issue.input)}.`,
        fix: `Write ${name} as ${article(issue.expected)}${about}.${colonHint}`,
      };
    }
    case 'too_small': {
      if (issue.origin === 'string' && issue.minimum === 1) {
        return { file, field, problem: `${cap(name)} is empty.`, fix: `Write ${name}${about}.` };
      }
      const what =
        issue.origin === 'number'
          ? `at least ${issue.minimum}`
          : `at least ${count(Number(issue.minimum), issue.origin === 'string' ? 'character' : 'item')}`;
      return {
        file,
        field,
        problem: `${cap(name)} is too small: it needs ${what}.`,
        fix: `Give ${name} ${what}${about}.`,
      };
    }
    case 'too_big': {
      const what =
        issue.origin === 'number'
          ? `at most ${issue.maximum}`
          : `at most ${count(Number(issue.maximum), issue.origin === 'string' ? 'character' : 'item')}`;
      return {
        file,
        field,
        problem: `${cap(name)} is too big: it can have ${what}.`,
        fix: `Give ${name} ${what}${about}.`,
      };
    }
    case 'invalid_value':
      return {
        file,
        field,
        problem: `${cap(name)} is ${JSON.stringify(issue.input)}, which is not allowed.`,
        fix: `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
      };
    case 'invalid_format':
      return {
        file,
        field,
        problem: `${cap(name)} ${JSON.stringify(issue.input)} is not in the right form.`,
        fix: fixForFormat(name, issue.format, about),
      };
    case 'unrecognized_keys':
      return {
        file,
        field,
        problem: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
        fix: `Check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}. The fields this can have are: ${knownKeys(schema, path).join(', ')}.`,
      };
    case 'invalid_union':
      if (issue.discriminator) {
        const options = 'options' in issue ? (issue.options ?? []).map(String) : [];
        return {
          file,
          field:
            path[path.length - 1] === issue.discriminator
              ? field
              : formatPath([...path, issue.discriminator]),
          problem: `"${issue.discriminator}" is ${JSON.stringify(isPlainObject(issue.input) ? valueAt(issue.input, issue.discriminator) : issue.input)}, which is not a kind Sideline knows.`,
          fix: options.length
            ? `Use one of: ${options.join(', ')}.`
            : 'Check it against courses/README.md.',
        };
      }
      return {
        file,
        field,
        problem: `${cap(name)} does not match any of the forms it can take.`,
        fix: `Check ${name} against the examples in courses/README.md${about}.`,
      };
    case 'custom': {
      const fix = (issue.params as { fix?: string } | undefined)?.fix;
      return { file, field, problem: issue.message, fix: fix ?? 'See courses/README.md.' };
    }
    default:
      return {
        file,
        field,
        problem: issue.message,
        fix: `Check ${name} against courses/README.md.`,
      };
  }
}

/** "title", or "item 2 of objectives" for a list entry, so the author can find it. */
function nameOf(path: string[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (/^\d+$/.test(last)) {
    const list = path[path.length - 2];
    return `item ${Number(last) + 1}${list && !/^\d+$/.test(list) ? ` of "${list}"` : ''}`;
  }
  return `"${last}"`;
}

function valueAt(input: unknown, key: string): unknown {
  return isPlainObject(input) ? (input as Record<string, unknown>)[key] : undefined;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fixForFormat(name: string, format: string, about: string): string {
  if (format === 'regex') {
    return `Write ${name} in lower-case words joined by hyphens, like "what-you-own"${about}.`;
  }
  return `Write ${name} as a valid ${format}${about}.`;
}

/** `nodes[2].choices[0].to`: the one way a field's path is written in every message. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' || /^\d+$/.test(key) ? `${out}[${key}]` : out ? `${out}.${key}` : key,
    '',
  );
}

/** The `.describe()` text of the schema found at a path, so a fix can say what the field is for. */
function describedAt(schema: z.ZodType, path: string[]): string | undefined {
  const target = schemaAt(schema, path);
  return target?.description;
}

function knownKeys(schema: z.ZodType, path: string[]): string[] {
  const target = unwrap(schemaAt(schema, path));
  const shape = (target as unknown as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

function schemaAt(schema: z.ZodType, path: string[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    const inner = unwrap(current) as unknown as {
      shape?: Record<string, z.ZodType>;
      element?: z.ZodType;
      def?: { type?: string; valueType?: z.ZodType };
    };
    if (!inner) return undefined;
    if (inner.shape && key in inner.shape) current = inner.shape[key];
    else if (inner.element && /^\d+$/.test(key)) current = inner.element;
    else if (inner.def?.type === 'record' && inner.def.valueType) current = inner.def.valueType;
    else return undefined;
  }
  return current;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema as unknown as
    { def?: { innerType?: unknown; in?: unknown; type?: string } } | undefined;
  while (current?.def) {
    const { def } = current;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current as unknown as z.ZodType | undefined;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields',
  };
  return names[expected] ?? `a ${expected}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}
