/**
 * Reports saved compressed: gzip, made by the browser's CompressionStream, so a report is about a
 * tenth of its size and still a standard file any computer opens (double-click, `gunzip`). The
 * insights page reads a compressed report and a plain one alike: it looks at the file's first bytes,
 * not its name, because names change when files are emailed and saved again.
 *
 * A compressed file is unpacked no further than the reader's size limit, so a small file that unpacks
 * into gigabytes cannot fill the PMO's memory. No zod or record code here: the learner's share page
 * imports this to save a report.
 */
/** Every gzip file starts with these two bytes (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

export const COMPRESSED_SUFFIX = '.gz';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** The report's text as a gzip file. */
export function compressText(text: string, type = 'application/gzip'): Promise<Blob> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream, { headers: { 'Content-Type': type } }).blob();
}

export type FileText =
  | { ok: true; text: string }
  /** `damaged-compressed`: gzip that does not unpack (cut short, changed); `too-big`: unpacks too large. */
  | { ok: false; problem: 'damaged-compressed' }
  | { ok: false; problem: 'too-big'; bytes: number; limit: number };

/**
 * A file's text, unpacked first when it is gzip. Plain files are returned as they are, whatever
 * their size: the reader checks the size of the text. Never throws for a damaged file.
 */
export async function fileText(file: Blob, limit: number): Promise<FileText> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (!isGzip(head)) return { ok: true, text: await file.text() };
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > limit) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, problem: 'too-big', bytes, limit };
      }
      text += decoder.decode(value, { stream: true });
    }
    return { ok: true, text: text + decoder.decode() };
  } catch {
    return { ok: false, problem: 'damaged-compressed' };
  }
}
