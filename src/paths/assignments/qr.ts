/**
 * A small QR code encoder for assignment links (ISO/IEC 18004, model 2): byte mode, error correction
 * level M (about 15% of the code can be damaged), versions 1 to 40, the mask with the lowest penalty.
 * Written here because no QR library is installed; it does one job, so it stays small. Drawn as SVG.
 * Over 300 lines on purpose: one algorithm from the standard, which reads best in one file, in order.
 */

/** Error-correction codewords per block at level M, by version (index 0 unused). */
const EC_PER_BLOCK_M = [
  0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
/** Error-correction blocks at level M, by version (index 0 unused). */
const BLOCKS_M = [
  0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25,
  26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];
/** Format bits for level M are 00. */
const LEVEL_M_BITS = 0;

export const MAX_VERSION = 40;

export interface QrCode {
  version: number;
  size: number;
  mask: number;
  /** modules[row][column]: true is dark. */
  modules: boolean[][];
}

export function sizeOf(version: number): number {
  return version * 4 + 17;
}

/** Modules left for data and error correction once the function patterns are drawn. */
function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2;
    result -= (25 * align - 10) * align - 55;
    if (version >= 7) result -= 36;
  }
  return result;
}

export function dataCodewords(version: number): number {
  return (
    Math.floor(rawDataModules(version) / 8) -
    (EC_PER_BLOCK_M[version] ?? 0) * (BLOCKS_M[version] ?? 0)
  );
}

/** How many bytes fit in a version at level M, in byte mode. */
export function byteCapacity(version: number): number {
  const countBits = version < 10 ? 8 : 16;
  return Math.floor((dataCodewords(version) * 8 - 4 - countBits) / 8);
}

export function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = Math.floor((version * 8 + count * 3 + 5) / (count * 4 - 4)) * 2;
  const positions = [6];
  for (let pos = sizeOf(version) - 7; positions.length < count; pos -= step)
    positions.splice(1, 0, pos);
  return positions;
}

// ---- Reed–Solomon over GF(256), polynomial x^8 + x^4 + x^3 + x^2 + 1 -----------------------------

function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i -= 1) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z & 0xff;
}

function generator(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i += 1) {
    for (let j = 0; j < degree; j += 1) {
      result[j] = gfMultiply(result[j] ?? 0, root);
      if (j + 1 < degree) result[j] = (result[j] ?? 0) ^ (result[j + 1] ?? 0);
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

function remainder(data: readonly number[], divisor: readonly number[]): number[] {
  const result = new Array<number>(divisor.length).fill(0);
  for (const byte of data) {
    const factor = byte ^ (result.shift() ?? 0);
    result.push(0);
    divisor.forEach((coefficient, i) => {
      result[i] = (result[i] ?? 0) ^ gfMultiply(coefficient, factor);
    });
  }
  return result;
}

// ---- Data codewords -----------------------------------------------------------------------------

function dataBits(bytes: Uint8Array, version: number): number[] {
  const bits: number[] = [];
  const push = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i -= 1) bits.push((value >>> i) & 1);
  };
  push(0b0100, 4);
  push(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) push(byte, 8);
  const capacity = dataCodewords(version) * 8;
  push(0, Math.min(4, capacity - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) push(pad, 8);
  return bits;
}

/** Data and error-correction codewords, split into blocks and interleaved as the symbol holds them. */
function codewords(bytes: Uint8Array, version: number): number[] {
  const bits = dataBits(bytes, version);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8)
    data.push(bits.slice(i, i + 8).reduce((n, bit) => (n << 1) | bit, 0));

  const blocks = BLOCKS_M[version] ?? 1;
  const ecLength = EC_PER_BLOCK_M[version] ?? 0;
  const raw = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blocks - (raw % blocks);
  const shortLength = Math.floor(raw / blocks);
  const divisor = generator(ecLength);
  const dataBlocks: number[][] = [];
  const ecBlocks: number[][] = [];
  for (let i = 0, k = 0; i < blocks; i += 1) {
    const length = shortLength - ecLength + (i < shortBlocks ? 0 : 1);
    const block = data.slice(k, k + length);
    k += length;
    dataBlocks.push(block);
    ecBlocks.push(remainder(block, divisor));
  }
  const out: number[] = [];
  const longest = shortLength - ecLength + 1;
  for (let i = 0; i < longest; i += 1) {
    for (const block of dataBlocks) if (i < block.length) out.push(block[i] ?? 0);
  }
  for (let i = 0; i < ecLength; i += 1) for (const block of ecBlocks) out.push(block[i] ?? 0);
  return out;
}

// ---- The symbol ---------------------------------------------------------------------------------

class Grid {
  readonly size: number;
  readonly modules: boolean[][];
  readonly reserved: boolean[][];
  constructor(size: number) {
    this.size = size;
    this.modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    this.reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  }
  set(row: number, column: number, dark: boolean): void {
    const r = this.modules[row];
    const f = this.reserved[row];
    if (!r || !f || column < 0 || column >= this.size) return;
    r[column] = dark;
    f[column] = true;
  }
  isReserved(row: number, column: number): boolean {
    return this.reserved[row]?.[column] ?? true;
  }
}

function drawFinder(grid: Grid, centreRow: number, centreColumn: number): void {
  for (let dr = -4; dr <= 4; dr += 1) {
    for (let dc = -4; dc <= 4; dc += 1) {
      const distance = Math.max(Math.abs(dr), Math.abs(dc));
      const row = centreRow + dr;
      const column = centreColumn + dc;
      if (row < 0 || column < 0 || row >= grid.size || column >= grid.size) continue;
      grid.set(row, column, distance !== 2 && distance !== 4);
    }
  }
}

function drawFunctionPatterns(grid: Grid, version: number): void {
  const { size } = grid;
  for (let i = 0; i < size; i += 1) {
    grid.set(6, i, i % 2 === 0);
    grid.set(i, 6, i % 2 === 0);
  }
  drawFinder(grid, 3, 3);
  drawFinder(grid, 3, size - 4);
  drawFinder(grid, size - 4, 3);
  const positions = alignmentPositions(version);
  const last = positions.length - 1;
  positions.forEach((row, i) =>
    positions.forEach((column, j) => {
      // The three corners with finders have no alignment pattern.
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dr = -2; dr <= 2; dr += 1) {
        for (let dc = -2; dc <= 2; dc += 1)
          grid.set(row + dr, column + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1);
      }
    }),
  );
  drawFormat(grid, 0); // reserves the format areas; drawn again with the chosen mask
  if (version >= 7) drawVersion(grid, version);
}

/** 15 format bits: level and mask, a BCH(15,5) check, masked with 101010000010010. */
export function formatBits(mask: number): number {
  const data = (LEVEL_M_BITS << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i += 1) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | (rem & 0x3ff)) ^ 0x5412;
}

function drawFormat(grid: Grid, mask: number): void {
  const bits = formatBits(mask);
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  const { size } = grid;
  // Around the top-left finder…
  for (let i = 0; i <= 5; i += 1) grid.set(i, 8, bit(i));
  grid.set(7, 8, bit(6));
  grid.set(8, 8, bit(7));
  grid.set(8, 7, bit(8));
  for (let i = 9; i < 15; i += 1) grid.set(8, 14 - i, bit(i));
  // …and split between the other two.
  for (let i = 0; i < 8; i += 1) grid.set(8, size - 1 - i, bit(i));
  for (let i = 8; i < 15; i += 1) grid.set(size - 15 + i, 8, bit(i));
  grid.set(size - 8, 8, true); // the dark module
}

function drawVersion(grid: Grid, version: number): void {
  let rem = version;
  for (let i = 0; i < 12; i += 1) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  const bits = (version << 12) | (rem & 0xfff);
  for (let i = 0; i < 18; i += 1) {
    const dark = ((bits >>> i) & 1) === 1;
    const a = grid.size - 11 + (i % 3);
    const b = Math.floor(i / 3);
    grid.set(b, a, dark);
    grid.set(a, b, dark);
  }
}

function placeData(grid: Grid, data: readonly number[]): void {
  const { size } = grid;
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing pattern is skipped
    const upward = ((right + 1) & 2) === 0;
    for (let vert = 0; vert < size; vert += 1) {
      const row = upward ? size - 1 - vert : vert;
      for (let j = 0; j < 2; j += 1) {
        const column = right - j;
        if (grid.isReserved(row, column)) continue;
        const byte = data[i >>> 3];
        const dark = byte !== undefined && ((byte >>> (7 - (i & 7))) & 1) === 1;
        (grid.modules[row] as boolean[])[column] = dark;
        i += 1;
      }
    }
  }
}

export function maskApplies(mask: number, row: number, column: number): boolean {
  switch (mask) {
    case 0:
      return (row + column) % 2 === 0;
    case 1:
      return row % 2 === 0;
    case 2:
      return column % 3 === 0;
    case 3:
      return (row + column) % 3 === 0;
    case 4:
      return (Math.floor(row / 2) + Math.floor(column / 3)) % 2 === 0;
    case 5:
      return ((row * column) % 2) + ((row * column) % 3) === 0;
    case 6:
      return (((row * column) % 2) + ((row * column) % 3)) % 2 === 0;
    default:
      return (((row + column) % 2) + ((row * column) % 3)) % 2 === 0;
  }
}

function applyMask(grid: Grid, mask: number): void {
  for (let row = 0; row < grid.size; row += 1) {
    for (let column = 0; column < grid.size; column += 1) {
      if (!grid.isReserved(row, column) && maskApplies(mask, row, column)) {
        const line = grid.modules[row] as boolean[];
        line[column] = !line[column];
      }
    }
  }
}

/** The standard penalty: long runs, 2×2 blocks, finder-like patterns, and an unbalanced dark share. */
export function penalty(modules: readonly (readonly boolean[])[]): number {
  const size = modules.length;
  const at = (row: number, column: number) => modules[row]?.[column] ?? false;
  let score = 0;
  const finderLike = [true, false, true, true, true, false, true];
  for (let pass = 0; pass < 2; pass += 1) {
    for (let a = 0; a < size; a += 1) {
      const cell = (b: number) => (pass === 0 ? at(a, b) : at(b, a));
      let run = 1;
      for (let b = 1; b <= size; b += 1) {
        if (b < size && cell(b) === cell(b - 1)) run += 1;
        else {
          if (run >= 5) score += 3 + (run - 5);
          run = 1;
        }
      }
      for (let b = 0; b + 7 <= size; b += 1) {
        if (!finderLike.every((dark, k) => cell(b + k) === dark)) continue;
        const lightBefore = [1, 2, 3, 4].every((k) => b - k < 0 || !cell(b - k));
        const lightAfter = [0, 1, 2, 3].every((k) => b + 7 + k >= size || !cell(b + 7 + k));
        if (lightBefore) score += 40;
        if (lightAfter) score += 40;
      }
    }
  }
  let dark = 0;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      if (at(row, column)) dark += 1;
      if (row + 1 < size && column + 1 < size) {
        const c = at(row, column);
        if (c === at(row + 1, column) && c === at(row, column + 1) && c === at(row + 1, column + 1))
          score += 3;
      }
    }
  }
  const total = size * size;
  score += Math.floor(Math.abs(dark * 20 - total * 10) / total) * 10;
  return score;
}

/** The smallest version that holds the text, or null if even version 40 cannot. */
export function versionFor(byteLength: number): number | null {
  for (let version = 1; version <= MAX_VERSION; version += 1) {
    if (byteLength <= byteCapacity(version)) return version;
  }
  return null;
}

/** Encodes text (as UTF-8) at level M; null when it is too long for any QR code. */
export function encodeQr(text: string, forceMask?: number): QrCode | null {
  const bytes = new TextEncoder().encode(text);
  const version = versionFor(bytes.length);
  if (version === null) return null;
  const data = codewords(bytes, version);
  let best: QrCode | null = null;
  let bestScore = Infinity;
  for (let mask = 0; mask < 8; mask += 1) {
    if (forceMask !== undefined && mask !== forceMask) continue;
    const grid = new Grid(sizeOf(version));
    drawFunctionPatterns(grid, version);
    placeData(grid, data);
    applyMask(grid, mask);
    drawFormat(grid, mask);
    const score = penalty(grid.modules);
    if (score < bestScore) {
      bestScore = score;
      best = { version, size: grid.size, mask, modules: grid.modules };
    }
  }
  return best;
}

/** One SVG path for the dark modules, in module units, offset by the quiet zone. */
export function qrPath(code: QrCode, quietZone = 4): string {
  const parts: string[] = [];
  code.modules.forEach((line, row) =>
    line.forEach((dark, column) => {
      if (dark) parts.push(`M${column + quietZone} ${row + quietZone}h1v1h-1z`);
    }),
  );
  return parts.join('');
}

/** A standalone SVG file: black on white, whatever the page's colours, so any camera can read it. */
export function qrSvg(code: QrCode, title: string, quietZone = 4): string {
  const extent = code.size + quietZone * 2;
  const escaped = title.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${extent} ${extent}" width="${extent * 8}" height="${extent * 8}" shape-rendering="crispEdges"><title>${escaped}</title><rect width="${extent}" height="${extent}" fill="#fff"/><path fill="#000" d="${qrPath(code, quietZone)}"/></svg>`;
}
