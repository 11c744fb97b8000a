/**
 * The QR encoder, checked by reading its codes back with an independent decoder written here from the
 * standard (format bits, unmasking, the zigzag read order, de-interleaving, Reed–Solomon syndromes,
 * byte mode), and against a reference symbol for a short text. The reference, and codes at versions 1,
 * 2, 9, 22 and 40, were also read back by an outside decoder (zbarimg from Debian's zbar-tools 0.23)
 * when this encoder was written.
 */
import { describe, expect, it } from 'vitest';
import {
  alignmentPositions,
  byteCapacity,
  encodeQr,
  formatBits,
  qrSvg,
  versionFor,
  type QrCode,
} from '../../../../src/paths/assignments/qr';

// ---- an independent decoder ----------------------------------------------------------------------

const EC_M = [
  0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
const BLOCKS = [
  0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25,
  26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

function gfTables() {
  const exp = new Array<number>(512).fill(0);
  const log = new Array<number>(256).fill(0);
  let x = 1;
  for (let i = 0; i < 255; i += 1) {
    exp[i] = x;
    log[x] = i;
    x <<= 1;
    if (x & 0x100) x ^= 0x11d;
  }
  for (let i = 255; i < 512; i += 1) exp[i] = exp[i - 255]!;
  return { exp, log };
}
const GF = gfTables();
const mul = (a: number, b: number) => (a === 0 || b === 0 ? 0 : GF.exp[GF.log[a]! + GF.log[b]!]!);

/** Syndromes of a received block: all zero when no codeword is in error. */
function syndromes(block: number[], ecLength: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < ecLength; i += 1) {
    let s = 0;
    for (const c of block) s = mul(s, GF.exp[i]!) ^ c;
    out.push(s);
  }
  return out;
}

function functionMap(size: number, version: number): boolean[][] {
  const map = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const mark = (r: number, c: number) => {
    if (r >= 0 && c >= 0 && r < size && c < size) map[r]![c] = true;
  };
  for (let i = 0; i < size; i += 1) {
    mark(6, i);
    mark(i, 6);
  }
  for (const [r0, c0] of [
    [0, 0],
    [0, size - 8],
    [size - 8, 0],
  ] as const) {
    for (let r = 0; r < 8; r += 1) for (let c = 0; c < 8; c += 1) mark(r0 + r, c0 + c);
  }
  // Alignment centres (checked against the standard's table in a test below); none on the finders.
  const centres = alignmentPositions(version);
  const last = centres.length - 1;
  centres.forEach((r, i) =>
    centres.forEach((c, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dr = -2; dr <= 2; dr += 1) for (let dc = -2; dc <= 2; dc += 1) mark(r + dr, c + dc);
    }),
  );
  for (let i = 0; i < 9; i += 1) {
    mark(8, i);
    mark(i, 8);
  }
  for (let i = 0; i < 8; i += 1) {
    mark(8, size - 1 - i);
    mark(size - 1 - i, 8);
  }
  if (version >= 7) {
    for (let i = 0; i < 6; i += 1)
      for (let j = 0; j < 3; j += 1) {
        mark(i, size - 11 + j);
        mark(size - 11 + j, i);
      }
  }
  return map;
}

const MASKS: ((r: number, c: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

function decode(code: QrCode): string {
  const { modules, size } = code;
  const version = (size - 17) / 4;
  // Format bits, first copy, read around the top-left finder.
  const positions: [number, number][] = [
    [8, 0],
    [8, 1],
    [8, 2],
    [8, 3],
    [8, 4],
    [8, 5],
    [8, 7],
    [8, 8],
    [7, 8],
    [5, 8],
    [4, 8],
    [3, 8],
    [2, 8],
    [1, 8],
    [0, 8],
  ];
  let format = 0;
  positions.forEach(([c, r], i) => {
    if (modules[r]![c]) format |= 1 << i;
  });
  const unmasked = format ^ 0x5412;
  expect(unmasked >>> 13, 'error-correction level M').toBe(0);
  const mask = (unmasked >>> 10) & 7;
  const functions = functionMap(size, version);

  const bits: number[] = [];
  let upward = true;
  for (let right = size - 1; right > 0; right -= 2) {
    if (right === 6) right -= 1;
    for (let k = 0; k < size; k += 1) {
      const r = upward ? size - 1 - k : k;
      for (const c of [right, right - 1]) {
        if (functions[r]![c]) continue;
        bits.push(modules[r]![c] !== MASKS[mask]!(r, c) ? 1 : 0);
      }
    }
    upward = !upward;
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8)
    bytes.push(bits.slice(i, i + 8).reduce((n, b) => (n << 1) | b, 0));

  const blocks = BLOCKS[version]!;
  const ec = EC_M[version]!;
  const total = bytes.length;
  const shortLength = Math.floor(total / blocks);
  const longBlocks = total % blocks;
  const dataLengths = Array.from(
    { length: blocks },
    (_, i) => shortLength - ec + (i >= blocks - longBlocks ? 1 : 0),
  );
  const dataBlocks = dataLengths.map(() => [] as number[]);
  let p = 0;
  for (let i = 0; i < Math.max(...dataLengths); i += 1) {
    dataLengths.forEach((length, b) => {
      if (i < length) dataBlocks[b]!.push(bytes[p++]!);
    });
  }
  const ecBlocks = dataLengths.map(() => [] as number[]);
  for (let i = 0; i < ec; i += 1)
    for (let b = 0; b < blocks; b += 1) ecBlocks[b]!.push(bytes[p++]!);
  dataBlocks.forEach((block, b) => {
    expect(
      syndromes([...block, ...ecBlocks[b]!], ec).every((s) => s === 0),
      `block ${b} has errors`,
    ).toBe(true);
  });

  const stream = dataBlocks
    .flat()
    .flatMap((byte) => [7, 6, 5, 4, 3, 2, 1, 0].map((i) => (byte >>> i) & 1));
  const take = (n: number) => stream.splice(0, n).reduce((v, b) => (v << 1) | b, 0);
  expect(take(4), 'byte mode').toBe(0b0100);
  const length = take(version < 10 ? 8 : 16);
  return new TextDecoder().decode(Uint8Array.from({ length }, () => take(8)));
}

// ---- tests ---------------------------------------------------------------------------------------

describe('QR encoder', () => {
  it('knows the byte capacities at level M from the standard', () => {
    expect([1, 2, 5, 9, 10, 20, 40].map(byteCapacity)).toEqual([14, 26, 84, 180, 213, 666, 2331]);
    expect(versionFor(14)).toBe(1);
    expect(versionFor(15)).toBe(2);
    expect(versionFor(2332)).toBeNull();
  });

  it('places alignment patterns where the standard says', () => {
    expect(alignmentPositions(2)).toEqual([6, 18]);
    expect(alignmentPositions(7)).toEqual([6, 22, 38]);
    expect(alignmentPositions(32)).toEqual([6, 34, 60, 86, 112, 138]);
    expect(alignmentPositions(40)).toEqual([6, 30, 58, 86, 114, 142, 170]);
  });

  it('writes the format bits of the standard for level M', () => {
    // ISO/IEC 18004 Annex C: level M, masks 0 to 7.
    expect(
      [0, 1, 2, 3, 4, 5, 6, 7].map((mask) => formatBits(mask).toString(2).padStart(15, '0')),
    ).toEqual([
      '101010000010010',
      '101000100100101',
      '101111001111100',
      '101101101001011',
      '100010111111001',
      '100000011001110',
      '100111110010111',
      '100101010100000',
    ]);
  });

  it.each([
    ['a short text', 'Sideline'],
    [
      'an assignment link',
      'https://sideline.example/assignment/#a=eyJ2IjoxLCJpZCI6IkFiQ2RFZkdoSWpLbCIsInAiOiJuZXctc3BvbnNvciIsIm4iOjMwLCJiIjoiUHJpeWEgU2hhaCIsImF0IjoiMjAyNi0xMS0yNSJ9.0a1b2c3d',
    ],
    ['text beyond ASCII', 'Délégué · 代表 · 🙂'],
    [
      'a long link (version 20 or more)',
      `https://sideline.example/assignment/#a=${'x'.repeat(700)}`,
    ],
  ])('encodes %s so that it reads back exactly', (_, text) => {
    const code = encodeQr(text)!;
    expect(code.size).toBe(code.version * 4 + 17);
    expect(decode(code)).toBe(text);
  });

  it('reads back with every mask, at every version from 1 to 40', () => {
    for (let version = 1; version <= 40; version += 1) {
      const text = 'q'.repeat(byteCapacity(version));
      const code = encodeQr(text, version % 8)!;
      expect(code.version).toBe(version);
      expect(decode(code)).toBe(text);
    }
  });

  it('draws "Sideline" exactly as the reference symbol (version 1-M, mask 2)', () => {
    const code = encodeQr('Sideline')!;
    expect(code.mask).toBe(2);
    expect(code.modules.map((row) => row.map((dark) => (dark ? '#' : '.')).join(''))).toEqual([
      '#######.......#######',
      '#.....#..#..#.#.....#',
      '#.###.#.###.#.#.###.#',
      '#.###.#.####..#.###.#',
      '#.###.#.##.##.#.###.#',
      '#.....#.#.#.#.#.....#',
      '#######.#.#.#.#######',
      '........#.###........',
      '#.#####..#..#.#####..',
      '.#..##.####.##.##...#',
      '#..#.####..#.#...###.',
      '.##.##.##.#....######',
      '##...###.#.#....#....',
      '........##.#########.',
      '#######...#.#.#...##.',
      '#.....#.##.####..##..',
      '#.###.#.##..#..##...#',
      '#.###.#.###.#..####..',
      '#.###.#.#..#.#...##..',
      '#.....#..##....#.##..',
      '#######.#.##.#..#..#.',
    ]);
  });

  it('refuses text too long for any QR code', () => {
    expect(encodeQr('x'.repeat(2332))).toBeNull();
  });

  it('draws a standalone SVG with its title escaped', () => {
    const svg = qrSvg(encodeQr('hi')!, 'Link for <Sam>');
    expect(svg).toContain('<title>Link for &lt;Sam&gt;</title>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 29 29"/);
  });
});
