/**
 * SVG text does not wrap or shrink. A role name set in content/site.yaml ("Senior Responsible
 * Owner") can be longer than the box drawn for "Sponsor", so a label that would overflow is squeezed
 * to the width it has instead of running over the edge. The estimate is generous (bold system sans).
 */
export function fit(
  label: string,
  width: number,
  fontSize: number,
  bold = false,
): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  const estimate = label.length * fontSize * (bold ? 0.7 : 0.6);
  return estimate > width ? { textLength: width, lengthAdjust: 'spacingAndGlyphs' } : {};
}
