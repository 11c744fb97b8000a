/**
 * Where the author view draws each box and line of a scenario's map: decisions in columns by how
 * many choices it takes to reach them, then the end, then the endings in the order they are checked.
 * Pure geometry from analyseScenario's output, so the drawing is tested without a browser.
 */
import type { ScenarioAnalysis } from '../analysis';
import { END } from '../rules';

export interface MapBox {
  key: string;
  kind: 'node' | 'end' | 'ending';
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label, wrapped to fit the box. */
  lines: string[];
  /** The full label, for a tooltip when the lines had to be cut short. */
  full: string;
  /** For an ending: when it applies, such as "if acc >= 7" or "otherwise". */
  note?: string;
}

export interface MapLine {
  key: string;
  /** SVG path data from one box to the next. */
  d: string;
  conditional: boolean;
  /** Short text on the line, such as "2 choices" or "if risk >= 7". */
  label?: string;
  labelX: number;
  labelY: number;
  /** Everything the line stands for, one entry per choice or condition. */
  tooltip: string;
}

export interface MapLayout {
  width: number;
  height: number;
  boxes: MapBox[];
  lines: MapLine[];
}

const BOX = { width: 190, height: 64 };
const END_BOX = { width: 110, height: 44 };
const ENDING_BOX = { width: 300, height: 76 };
const COLUMN = 250;
const ROW = 92;
const MARGIN = 16;
const CHARS_PER_LINE = 24;

export function layoutScenarioMap(analysis: ScenarioAnalysis): MapLayout {
  const depth = depthsFrom(analysis);
  const deepest = Math.max(0, ...depth.values());
  const columns: string[][] = Array.from({ length: deepest + 1 }, () => []);
  for (const node of analysis.nodes) columns[depth.get(node.id) ?? deepest]!.push(node.id);

  const rows = Math.max(analysis.endings.length, ...columns.map((c) => c.length));
  const height = rows * ROW + MARGIN * 2;
  const boxes = new Map<string, MapBox>();
  const place = (
    key: string,
    kind: MapBox['kind'],
    column: number,
    row: number,
    count: number,
    text: string,
  ): MapBox => {
    const size = kind === 'end' ? END_BOX : kind === 'ending' ? ENDING_BOX : BOX;
    const top = (height - count * ROW) / 2;
    const box: MapBox = {
      key,
      kind,
      // Endings sit at the left of their (last) column; the rest are centred in theirs.
      x: MARGIN + column * COLUMN + (kind === 'ending' ? 0 : (BOX.width - size.width) / 2),
      y: top + row * ROW + (ROW - size.height) / 2,
      ...size,
      lines: wrap(text, kind === 'end' ? 14 : kind === 'ending' ? 34 : CHARS_PER_LINE),
      full: text,
    };
    boxes.set(key, box);
    return box;
  };
  const titles = new Map(analysis.nodes.map((n) => [n.id, n.title]));
  columns.forEach((ids, c) =>
    ids.forEach((id, r) => place(`node:${id}`, 'node', c, r, ids.length, titles.get(id) ?? id)),
  );
  place(END, 'end', deepest + 1, 0, 1, 'The end');
  analysis.endings.forEach((e, r) => {
    const paths = `${e.paths} ${e.paths === 1 ? 'path' : 'paths'}`;
    const label = `${e.title} (${paths})`;
    const box = place(`ending:${e.id}`, 'ending', deepest + 2, r, analysis.endings.length, label);
    box.note = e.when ? `if ${e.when}` : 'otherwise';
  });

  return {
    width: MARGIN * 2 + (deepest + 2) * COLUMN + ENDING_BOX.width,
    height,
    boxes: [...boxes.values()],
    lines: [...choiceLines(analysis, boxes), ...endingLines(analysis, boxes)],
  };
}

/** Columns by the fewest choices from the start; nodes no path reaches go in the last column. */
function depthsFrom(analysis: ScenarioAnalysis): Map<string, number> {
  const depth = new Map([[analysis.start, 0]]);
  const queue = [analysis.start];
  while (queue.length) {
    const from = queue.shift()!;
    for (const edge of analysis.edges) {
      if (edge.from !== from || edge.to === END || depth.has(edge.to)) continue;
      depth.set(edge.to, depth.get(from)! + 1);
      queue.push(edge.to);
    }
  }
  const deepest = Math.max(0, ...depth.values());
  for (const node of analysis.nodes) if (!depth.has(node.id)) depth.set(node.id, deepest + 1);
  return depth;
}

/** One line per pair of boxes (and per condition), however many choices it stands for. */
function choiceLines(analysis: ScenarioAnalysis, boxes: Map<string, MapBox>): MapLine[] {
  const grouped = new Map<
    string,
    { from: string; to: string; condition?: string; texts: string[] }
  >();
  for (const edge of analysis.edges) {
    const key = `${edge.from}>${edge.to}>${edge.if ?? ''}`;
    const group = grouped.get(key) ?? {
      from: edge.from,
      to: edge.to,
      ...(edge.if === undefined ? {} : { condition: edge.if }),
      texts: [],
    };
    group.texts.push(edge.if ? `${edge.text} (if ${edge.if})` : edge.text);
    grouped.set(key, group);
  }
  return [...grouped.entries()].flatMap(([key, group]) => {
    const from = boxes.get(`node:${group.from}`);
    const to = boxes.get(group.to === END ? END : `node:${group.to}`);
    if (!from || !to) return [];
    const label = group.condition
      ? `if ${group.condition}`
      : group.texts.length > 1
        ? `${group.texts.length} choices`
        : undefined;
    return [connect(key, from, to, group.condition !== undefined, label, group.texts.join('\n'))];
  });
}

/** The end fans out to every ending; each ending box says when it applies, so these lines are bare. */
function endingLines(analysis: ScenarioAnalysis, boxes: Map<string, MapBox>): MapLine[] {
  const end = boxes.get(END)!;
  return analysis.endings.flatMap((ending) => {
    const box = boxes.get(`ending:${ending.id}`);
    if (!box) return [];
    const when = ending.when ? `if ${ending.when}` : 'otherwise';
    return [
      connect(
        `end>${ending.id}`,
        end,
        box,
        ending.when !== undefined,
        undefined,
        `${ending.title}: ${when}`,
      ),
    ];
  });
}

function connect(
  key: string,
  from: MapBox,
  to: MapBox,
  conditional: boolean,
  label: string | undefined,
  tooltip: string,
): MapLine {
  const [x1, y1] = [from.x + from.width, from.y + from.height / 2];
  const [x2, y2] = [to.x, to.y + to.height / 2];
  let d: string;
  if (x2 > x1) {
    const bend = (x2 - x1) / 2;
    d = `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`;
  } else {
    // A line back to an earlier column loops under the boxes.
    const low = Math.max(from.y + from.height, to.y + to.height) + ROW / 3;
    d = `M ${x1} ${y1} C ${x1 + 60} ${low}, ${x2 - 60} ${low}, ${x2} ${y2}`;
  }
  const line: MapLine = {
    key,
    d,
    conditional,
    labelX: (x1 + x2) / 2,
    labelY: (y1 + y2) / 2 - 6,
    tooltip,
  };
  if (label) line.label = label;
  return line;
}

/** Up to two lines at word breaks; longer text ends in an ellipsis (the tooltip has it all). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && `${current} ${word}`.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  if (lines.length <= 2) return lines;
  const second = lines[1]!;
  return [lines[0]!, `${second.slice(0, width - 1)}…`];
}
