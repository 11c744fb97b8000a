/**
 * A piece of a file name from a person's words: lower case, letters and digits joined by hyphens,
 * accents dropped ("Élan" is "elan", not "e-lan"), at most `max` characters. Empty when nothing is
 * left, so callers choose their own fallback.
 */
export function fileNamePart(text: string, max: number): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max)
    .replace(/-$/, '');
}
