/**
 * Which files the PMO has given the insights page, from a drop, a file picker or a folder picker.
 * A dropped folder is read however deep (the File and Directory Entries API); from folders only
 * `.json` and `.json.gz` files are taken, since a folder of reports often holds other things too. Files already
 * chosen are not added twice. No framework here, so it is tested with fake entries in Node.
 */

/** The parts of a drop's DataTransfer read here. */
export interface Dropped {
  items: Iterable<{ kind: string; webkitGetAsEntry?: () => FileSystemEntry | null }>;
  files: Iterable<File>;
}

/** A report or record, plain (`.json`) or saved compressed (`.json.gz`, src/reports/compressed.ts). */
const isJson = (file: File) => /\.json(\.gz)?$/i.test(file.name);

/** Every file in an entry: the file itself, or every file in a folder and its folders. */
export async function filesOf(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (file) => resolve([file]),
        () => resolve([]),
      ),
    );
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries gives at most 100 entries a call: read until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (!batch.length) break;
    entries.push(...batch);
  }
  return (await Promise.all(entries.map(filesOf))).flat();
}

/** The files a drop holds: with a folder among them, every `.json` file inside; else the files. */
export async function droppedFiles(dropped: Dropped): Promise<File[]> {
  const entries = [...dropped.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  if (!entries.some((entry) => entry.isDirectory)) return [...dropped.files];
  return (await Promise.all(entries.map(filesOf))).flat().filter(isJson);
}

/** The same file chosen twice (by path in a picked folder, size and date) is one file. */
export function fileKey(file: File): string {
  return `${file.webkitRelativePath || file.name}|${file.size}|${file.lastModified}`;
}

/**
 * The files to read once `chosen` are added to `current`, or null when `chosen` holds no report.
 * Files picked one by one are all offered to the reader, which says why a file is not a report;
 * files from a picked folder (they have a relative path) must be `.json`.
 */
export function withChosenFiles(current: readonly File[], chosen: readonly File[]): File[] | null {
  const reports = chosen.filter((file) => !file.webkitRelativePath || isJson(file));
  if (!reports.length) return null;
  const seen = new Set(current.map(fileKey));
  return [...current, ...reports.filter((file) => !seen.has(fileKey(file)))];
}
