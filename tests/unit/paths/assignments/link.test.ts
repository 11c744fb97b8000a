/**
 * Assignment links: what a PMO makes must open as exactly the same assignment, and anything else, a
 * link cut short, garbled, edited, from a newer version, enormous or naming content this site does not
 * have, must come back as a plain message (the receiver then changes nothing).
 */
import { describe, expect, it } from 'vitest';
import { crc32Hex } from '../../../../src/paths/assignments/crc';
import {
  assignmentUrl,
  decodeAssignment,
  encodeAssignment,
  MAX_FRAGMENT_LENGTH,
} from '../../../../src/paths/assignments/link';
import {
  dueDateFor,
  newAssignmentId,
  type Assignment,
} from '../../../../src/paths/assignments/model';
import { encodeQr } from '../../../../src/paths/assignments/qr';
import type { PathCatalogue } from '../../../../src/paths/steps';
import { catalogue as records } from '../../../fixtures/records/catalogue';

const catalogue: PathCatalogue = {
  courses: records.courses,
  paths: [
    {
      id: 'new-sponsor',
      title: 'New sponsor',
      description: 'For new sponsors.',
      audience: ['sponsor'],
      suggestedDays: 30,
      refs: [{ kind: 'course', id: records.courses[0]!.id, optional: false }],
    },
  ],
};
const firstModule = records.courses[0]!.modules[0]!;
const someStep = records.courses[1]!.modules[0]!.steps[0]!;

const pathAssignment: Assignment = {
  id: 'AbCdEfGhIjKl',
  title: 'New sponsor',
  pathId: 'new-sponsor',
  refs: catalogue.paths[0]!.refs.slice(),
  assignedBy: 'Priya Shah',
  team: 'Corporate PMO',
  message: 'Please finish this before your first board.\nThank you!',
  due: { kind: 'within', days: 30 },
  assignedOn: '2026-11-25',
};

const customAssignment: Assignment = {
  id: 'ZyXwVuTsRqPo',
  title: 'Before your first board',
  refs: [
    { kind: 'module', id: firstModule.id, optional: false },
    { kind: 'step', id: someStep.id, optional: false },
  ],
  assignedBy: 'Priya Shah',
  due: { kind: 'date', date: '2026-12-31' },
  assignedOn: '2026-11-25',
};

/** A link whose payload is the given JSON, with correct check digits. */
function linkFor(json: unknown): string {
  const body = Buffer.from(JSON.stringify(json)).toString('base64url');
  return `#a=${body}.${crc32Hex(body)}`;
}

function problemOf(hash: string) {
  const decoded = decodeAssignment(hash, catalogue);
  return decoded.ok ? 'ok' : decoded.problem;
}

describe('assignment links', () => {
  it('open a named path as the same assignment, with the path taken from this site', () => {
    const hash = `#${encodeAssignment(pathAssignment)}`;
    expect(decodeAssignment(hash, catalogue)).toEqual({ ok: true, assignment: pathAssignment });
  });

  it('open a custom set of steps as the same assignment', () => {
    const url = assignmentUrl('https://sideline.example', customAssignment);
    expect(url.startsWith('https://sideline.example/assignment/#a=')).toBe(true);
    expect(decodeAssignment(new URL(url).hash, catalogue)).toEqual({
      ok: true,
      assignment: customAssignment,
    });
  });

  it('stay short enough for a QR code a phone reads easily', () => {
    const url = assignmentUrl('https://sideline.example', pathAssignment);
    expect(url.length).toBeLessThan(400);
    expect(encodeQr(url)!.version).toBeLessThanOrEqual(14);
  });

  it('make a fresh 12-character id every time', () => {
    const ids = new Set(Array.from({ length: 50 }, newAssignmentId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });

  it('fix "within N days" to a date from the day it is opened', () => {
    expect(dueDateFor({ kind: 'within', days: 30 }, '2026-12-15')).toBe('2027-01-14');
    expect(dueDateFor({ kind: 'date', date: '2026-12-31' }, '2026-12-15')).toBe('2026-12-31');
    expect(dueDateFor({ kind: 'none' }, '2026-12-15')).toBeNull();
  });

  it('say plainly what is wrong with a truncated, garbled or edited link', () => {
    const good = `#${encodeAssignment(customAssignment)}`;
    const body = good.slice(3, good.lastIndexOf('.'));
    const check = good.slice(good.lastIndexOf('.') + 1);
    expect(problemOf('')).toBe('no-assignment');
    expect(problemOf('#something=else')).toBe('no-assignment');
    expect(problemOf(good.slice(0, 40))).toBe('garbled'); // cut off before the check digits
    expect(problemOf(good.slice(0, -3))).toBe('garbled'); // check digits cut short
    expect(problemOf(`#a=${body.slice(0, -6)}.${check}`)).toBe('garbled'); // body cut short
    expect(problemOf(`#a=${body.replace(/.{4}$/, '!!!!')}.${check}`)).toBe('garbled');
    // Edited so that it still reads: the check digits no longer match.
    const edited = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), b: 'The CEO' }),
    ).toString('base64url');
    expect(problemOf(`#a=${edited}.${check}`)).toBe('changed');
    expect(decodeAssignment(`#a=${edited}.${check}`, catalogue)).toMatchObject({
      message:
        'This link has been changed since it was made, so it cannot be trusted. Ask the person who sent it to send the link again, or copy the whole link from their message. Nothing has been added to your learning.',
    });
  });

  it('refuse links from a newer version, or that are not valid assignments', () => {
    const base = { v: 1, id: 'AbCdEfGhIjKl', p: 'new-sponsor', b: 'Priya', at: '2026-11-25' };
    expect(problemOf(linkFor(base))).toBe('ok');
    expect(problemOf(linkFor({ ...base, v: 2 }))).toBe('newer-version');
    expect(problemOf(linkFor({ ...base, v: 0 }))).toBe('not-valid');
    expect(problemOf(linkFor({ ...base, extra: 1 }))).toBe('not-valid');
    expect(problemOf(linkFor({ ...base, b: '' }))).toBe('not-valid');
    expect(problemOf(linkFor({ ...base, b: 'Priya\u202e' }))).toBe('not-valid');
    expect(problemOf(linkFor({ ...base, d: '2026-12-31', n: 30 }))).toBe('not-valid');
    expect(problemOf(linkFor({ ...base, t: 'Both', s: ['c:x'] }))).toBe('not-valid');
    expect(
      problemOf(
        linkFor({
          v: 1,
          id: 'AbCdEfGhIjKl',
          t: '<script>x</script>',
          s: [`m:${firstModule.id}`],
          b: 'P',
          at: '2026-11-25',
        }),
      ),
    ).toBe('not-valid');
    expect(problemOf(linkFor({ ...base, id: 'short' }))).toBe('not-valid');
    expect(problemOf(linkFor([1, 2, 3]))).toBe('not-valid');
  });

  it('refuse paths and steps this site does not have', () => {
    const base = { v: 1, id: 'AbCdEfGhIjKl', b: 'Priya', at: '2026-11-25' };
    expect(problemOf(linkFor({ ...base, p: 'no-such-path' }))).toBe('unknown-path');
    expect(problemOf(linkFor({ ...base, t: 'Custom', s: ['s:no-such-step'] }))).toBe(
      'unknown-steps',
    );
  });

  it('refuse a huge link before reading it', () => {
    const huge = `#a=${'A'.repeat(MAX_FRAGMENT_LENGTH)}.00000000`;
    expect(problemOf(huge)).toBe('too-long');
    // Within the limit but with far too many steps: the schema refuses it.
    const many = {
      v: 1,
      id: 'AbCdEfGhIjKl',
      t: 'Many',
      s: Array.from({ length: 101 }, () => `s:${someStep.id}`),
      b: 'P',
      at: '2026-11-25',
    };
    expect(problemOf(linkFor(many))).toBe('not-valid');
  });

  it('keep markup in names and messages as plain text', () => {
    const assignment = {
      ...customAssignment,
      assignedBy: '<img src=x onerror=alert(1)>',
      message: '<b>hi</b>',
    };
    const decoded = decodeAssignment(`#${encodeAssignment(assignment)}`, catalogue);
    expect(decoded.ok && decoded.assignment.assignedBy).toBe('<img src=x onerror=alert(1)>');
  });

  describe('dates: a real day in a believable range (src/site/dates.ts), or the link is refused', () => {
    const NOW = new Date('2026-12-05T12:00:00.000Z');
    const base = { v: 1, id: 'AbCdEfGhIjKl', p: 'new-sponsor', b: 'Priya', at: '2026-11-25' };
    const ASK =
      'Ask the person who sent it to send the link again, or copy the whole link from their message. Nothing has been added to your learning.';

    it.each([
      ['due on 30 February', { ...base, d: '2027-02-30' }, 'bad-due-date'],
      ['due in the year 9999', { ...base, d: '9999-12-31' }, 'bad-due-date'],
      ['due before 2020', { ...base, d: '1999-12-31' }, 'bad-due-date'],
      ['made in the year 9999', { ...base, at: '9999-12-31' }, 'bad-assigned-date'],
      ['made on 31 April', { ...base, at: '2026-04-31' }, 'bad-assigned-date'],
      ['made next week', { ...base, at: '2026-12-12' }, 'bad-assigned-date'],
    ])('%s', (_name, payload, problem) => {
      const decoded = decodeAssignment(linkFor(payload), catalogue, NOW);
      expect(decoded).toMatchObject({ ok: false, problem });
      expect(decoded.ok === false && decoded.message).toMatch(
        problem === 'bad-due-date'
          ? /^This link's due date is not a real date between 2020 and 2100/
          : /^This link says it was made on a day that is not a real date between 2020 and today/,
      );
      expect(decoded.ok === false && decoded.message).toContain(ASK);
    });

    it('a due date in 2100 and a link made today are fine', () => {
      const decoded = decodeAssignment(
        linkFor({ ...base, d: '2100-12-31', at: '2026-12-05' }),
        catalogue,
        NOW,
      );
      expect(decoded.ok).toBe(true);
    });
  });

  it.each([
    ['path', { p: 'no-such-path' }, 'unknown-path'],
    ['course', { t: 'Custom', s: [`s:${someStep.id}`, 'c:no-such-course'] }, 'unknown-steps'],
    ['module', { t: 'Custom', s: ['m:no-such-module'] }, 'unknown-steps'],
    ['step', { t: 'Custom', s: [`m:${firstModule.id}`, 's:no-such-step'] }, 'unknown-steps'],
  ])('refuse a link naming a %s this site does not have', (_kind, fields, problem) => {
    const base = { v: 1, id: 'AbCdEfGhIjKl', b: 'Priya', at: '2026-11-25' };
    expect(problemOf(linkFor({ ...base, ...fields }))).toBe(problem);
  });
});
