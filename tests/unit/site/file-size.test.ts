import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../src/site/file-size';

describe('a size as people read it', () => {
  it.each([
    [0, '0 bytes'],
    [340, '340 bytes'],
    [85_442, '85 KB'],
    [999_499, '999 KB'],
    [1_636_874, '1.6 MB'],
    [2_300_000_000, '2.3 GB'],
  ])('%i bytes is "%s"', (bytes, words) => {
    expect(formatSize(bytes)).toBe(words);
  });
});
