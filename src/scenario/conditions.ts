/**
 * The small condition language of scenarios: `acc >= 7 and (cap >= 7 or pmo >= 3)`.
 * Comparisons (< <= > >= == !=) of variables and whole numbers, joined by `and` / `or`, with
 * parentheses; `and` binds tighter than `or`. Parse errors are written for authors, not programmers.
 * Framework-free and zod-free: the scenario machine uses it in the browser.
 */

export type Comparison = '<' | '<=' | '>' | '>=' | '==' | '!=';

export type Operand = { kind: 'variable'; id: string } | { kind: 'number'; value: number };

export type Condition =
  | { kind: 'compare'; op: Comparison; left: Operand; right: Operand }
  | { kind: 'and' | 'or'; left: Condition; right: Condition };

export type ParsedCondition =
  | { ok: true; condition: Condition; variables: string[] }
  | { ok: false; problem: string; fix: string };

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'op'; op: Comparison; text: string }
  | { kind: 'open' | 'close'; text: string };

const comparisons: readonly Comparison[] = ['<=', '>=', '==', '!=', '<', '>'];
const comparisonList = '< <= > >= == !=';
const example = 'Write comparisons such as "acc >= 7", joined with "and" or "or".';

/** Thrown inside the parser only; parseCondition turns it into a problem. */
class ConditionSyntaxError extends Error {
  readonly problem: string;
  readonly fix: string;
  constructor(problem: string, fix: string) {
    super(problem);
    this.problem = problem;
    this.fix = fix;
  }
}

export function parseCondition(source: string): ParsedCondition {
  const quoted = JSON.stringify(source.trim());
  try {
    const tokens = tokenize(source, quoted);
    if (tokens.length === 0) throw new ConditionSyntaxError('The condition is empty.', example);
    const parser = new Parser(tokens, quoted);
    const condition = parser.parseOr();
    parser.expectEnd();
    return { ok: true, condition, variables: [...new Set(variablesIn(condition))] };
  } catch (error) {
    if (error instanceof ConditionSyntaxError)
      return { ok: false, problem: error.problem, fix: error.fix };
    throw error;
  }
}

export function evaluateCondition(
  condition: Condition,
  values: Readonly<Record<string, number>>,
): boolean {
  switch (condition.kind) {
    case 'and':
      return (
        evaluateCondition(condition.left, values) && evaluateCondition(condition.right, values)
      );
    case 'or':
      return (
        evaluateCondition(condition.left, values) || evaluateCondition(condition.right, values)
      );
    case 'compare': {
      const left = valueOf(condition.left, values);
      const right = valueOf(condition.right, values);
      switch (condition.op) {
        case '<':
          return left < right;
        case '<=':
          return left <= right;
        case '>':
          return left > right;
        case '>=':
          return left >= right;
        case '==':
          return left === right;
        case '!=':
          return left !== right;
      }
    }
  }
}

/** Parses and evaluates in one go; a condition that does not parse never holds. */
export function conditionHolds(source: string, values: Readonly<Record<string, number>>): boolean {
  const parsed = parseCondition(source);
  return parsed.ok && evaluateCondition(parsed.condition, values);
}

export function variablesIn(condition: Condition): string[] {
  if (condition.kind === 'compare') {
    return [condition.left, condition.right].flatMap((o) => (o.kind === 'variable' ? [o.id] : []));
  }
  return [...variablesIn(condition.left), ...variablesIn(condition.right)];
}

function valueOf(operand: Operand, values: Readonly<Record<string, number>>): number {
  // An undeclared variable is reported by the build; at run time it reads as 0 rather than crashing.
  return operand.kind === 'number' ? operand.value : (values[operand.id] ?? 0);
}

function tokenize(source: string, quoted: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const number = /^-?\d+/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), text: number[0] });
      at += number[0].length;
      continue;
    }
    const word = /^[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z][A-Za-z0-9_]*)*/.exec(rest);
    if (word) {
      tokens.push({ kind: 'word', text: word[0] });
      at += word[0].length;
      continue;
    }
    const op = comparisons.find((c) => rest.startsWith(c));
    if (op) {
      tokens.push({ kind: 'op', op, text: op });
      at += op.length;
      continue;
    }
    if (rest.startsWith('(') || rest.startsWith(')')) {
      tokens.push({ kind: rest.startsWith('(') ? 'open' : 'close', text: rest.charAt(0) });
      at += 1;
      continue;
    }
    throw unknownSymbol(rest, quoted);
  }
  return tokens;
}

function unknownSymbol(rest: string, quoted: string): ConditionSyntaxError {
  const symbol = /^(&&|\|\||=>|=<|<>|[^\s\w()])/.exec(rest)?.[0] ?? rest.charAt(0);
  const hints: Record<string, string> = {
    '=': 'To compare, write "==" (equal to), or ">=" / "<=".',
    '=>': 'Write ">=" for "at least".',
    '=<': 'Write "<=" for "at most".',
    '<>': 'Write "!=" for "not equal to".',
    '&&': 'Write "and" instead.',
    '||': 'Write "or" instead.',
  };
  return new ConditionSyntaxError(
    `The condition ${quoted} uses "${symbol}", which is not part of a condition.`,
    hints[symbol] ??
      `Use only variable ids, whole numbers, ${comparisonList}, "and", "or" and brackets.`,
  );
}

class Parser {
  private at = 0;
  private readonly tokens: Token[];
  private readonly quoted: string;

  constructor(tokens: Token[], quoted: string) {
    this.tokens = tokens;
    this.quoted = quoted;
  }

  parseOr(): Condition {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      this.at += 1;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  expectEnd(): void {
    const token = this.tokens[this.at];
    if (!token) return;
    if (token.kind === 'close') {
      throw new ConditionSyntaxError(
        `The condition ${this.quoted} closes a bracket that was never opened.`,
        'Remove the extra ")" or add the matching "(".',
      );
    }
    throw new ConditionSyntaxError(
      `The condition ${this.quoted} goes on after a complete comparison, at "${token.text}".`,
      'Join comparisons with "and" or "or", as in "acc >= 7 and risk <= 4".',
    );
  }

  private parseAnd(): Condition {
    let left = this.parseTerm();
    while (this.isKeyword('and')) {
      this.at += 1;
      left = { kind: 'and', left, right: this.parseTerm() };
    }
    return left;
  }

  private parseTerm(): Condition {
    const token = this.tokens[this.at];
    if (token?.kind === 'open') {
      this.at += 1;
      const inner = this.parseOr();
      if (this.tokens[this.at]?.kind !== 'close') {
        throw new ConditionSyntaxError(
          `The condition ${this.quoted} opens a bracket that is never closed.`,
          'Add the missing ")".',
        );
      }
      this.at += 1;
      return inner;
    }
    const left = this.parseOperand();
    const op = this.tokens[this.at];
    if (op?.kind !== 'op') {
      throw new ConditionSyntaxError(
        op
          ? `The condition ${this.quoted} has "${op.text}" where a comparison (${comparisonList}) should be.`
          : `The condition ${this.quoted} ends before its comparison: "${describe(left)}" is not compared with anything.`,
        example,
      );
    }
    this.at += 1;
    const right = this.parseOperand(op.text);
    return { kind: 'compare', op: op.op, left, right };
  }

  /** `after` is the comparison the operand follows, or undefined when it starts a comparison. */
  private parseOperand(after?: string): Operand {
    const token = this.tokens[this.at];
    if (!token) {
      throw new ConditionSyntaxError(
        after
          ? `The condition ${this.quoted} ends too early: "${after}" needs a variable or a number after it.`
          : `The condition ${this.quoted} ends too early: a comparison is missing at the end.`,
        example,
      );
    }
    if (token.kind === 'number') {
      this.at += 1;
      return { kind: 'number', value: token.value };
    }
    if (token.kind === 'word' && !isKeywordText(token.text)) {
      this.at += 1;
      return { kind: 'variable', id: token.text };
    }
    throw new ConditionSyntaxError(
      after
        ? `The condition ${this.quoted} has "${token.text}" where a variable or a number should follow "${after}".`
        : `The condition ${this.quoted} has "${token.text}" where a comparison should start, with a variable or a number.`,
      example,
    );
  }

  private isKeyword(keyword: 'and' | 'or'): boolean {
    const token = this.tokens[this.at];
    return token?.kind === 'word' && token.text.toLowerCase() === keyword;
  }
}

function isKeywordText(text: string): boolean {
  return ['and', 'or'].includes(text.toLowerCase());
}

function describe(operand: Operand): string {
  return operand.kind === 'number' ? String(operand.value) : operand.id;
}
