import { expect, test } from 'vitest';
import { fileNamePart } from '../../../src/site/file-name';

test('a file name part keeps letters and digits, drops accents and trims to length', () => {
  expect(fileNamePart('Zoë Ng-Müller, PMO', 40)).toBe('zoe-ng-muller-pmo');
  expect(fileNamePart('  !!  ', 40)).toBe('');
  expect(fileNamePart('one two three', 8)).toBe('one-two');
});
