/**
 * Which files the insights page reads, from fake File and Directory Entries: folders are read however
 * deep and however many batches readEntries takes, only `.json` files come from folders, unreadable
 * entries are passed over, and a file chosen twice is read once.
 */
import { describe, expect, it } from 'vitest';
import {
  droppedFiles,
  filesOf,
  fileKey,
  withChosenFiles,
  type Dropped,
} from '../../../src/insights/dropped-files';

function file(name: string, relativePath = ''): File {
  const made = new File(['{}'], name, { lastModified: 1 });
  // Node's File has no webkitRelativePath; browsers give '' for files not picked in a folder.
  Object.defineProperty(made, 'webkitRelativePath', { value: relativePath });
  return made;
}

function fileEntry(made: File, readable = true): FileSystemEntry {
  const entry = {
    isFile: true,
    isDirectory: false,
    file: (ok: (file: File) => void, failed: () => void) => (readable ? ok(made) : failed()),
  };
  return entry as unknown as FileSystemEntry;
}

/** A folder whose reader hands out its entries `perBatch` at a time, as browsers do (100). */
function folder(children: FileSystemEntry[], perBatch = 2, failAfter = Infinity): FileSystemEntry {
  const entry = {
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      let calls = 0;
      return {
        readEntries: (ok: (batch: FileSystemEntry[]) => void, failed: () => void) => {
          if (calls++ >= failAfter) return failed();
          ok(children.slice(at, at + perBatch));
          at += perBatch;
        },
      };
    },
  };
  return entry as unknown as FileSystemEntry;
}

const names = (files: readonly File[]) => files.map((made) => made.name);

describe('files in a dropped folder', () => {
  it('reads every file however deep, in batches, and passes over unreadable ones', async () => {
    const tree = folder([
      fileEntry(file('a.json')),
      fileEntry(file('b.txt')),
      fileEntry(file('lost.json'), false),
      folder([fileEntry(file('c.json')), folder([fileEntry(file('d.JSON'))])], 1),
      fileEntry(file('e.json')),
    ]);
    expect(names(await filesOf(tree))).toEqual(['a.json', 'b.txt', 'c.json', 'd.JSON', 'e.json']);
  });

  it('keeps what it read when a folder stops answering', async () => {
    const tree = folder([fileEntry(file('a.json')), fileEntry(file('b.json'))], 1, 1);
    expect(names(await filesOf(tree))).toEqual(['a.json']);
  });

  it('reads nothing from an entry that is neither a file nor a folder', async () => {
    const odd = { isFile: false, isDirectory: false } as unknown as FileSystemEntry;
    expect(await filesOf(odd)).toEqual([]);
  });
});

describe('what a drop holds', () => {
  const item = (entry: FileSystemEntry | null, kind = 'file') => ({
    kind,
    webkitGetAsEntry: () => entry,
  });

  it('takes only .json and .json.gz files when a folder is among the things dropped', async () => {
    const dropped: Dropped = {
      items: [
        item(fileEntry(file('loose.txt'))),
        item(
          folder([
            fileEntry(file('a.json')),
            fileEntry(file('b.json.gz')),
            fileEntry(file('notes.md')),
            fileEntry(file('photos.gz')),
          ]),
        ),
        item(null, 'string'),
      ],
      files: [file('ignored.json')],
    };
    expect(names(await droppedFiles(dropped))).toEqual(['a.json', 'b.json.gz']);
  });

  it('takes the dropped files as they are when there is no folder, or no entries at all', async () => {
    const files = [file('a.json'), file('b.txt')];
    expect(await droppedFiles({ items: [item(fileEntry(files[0]!))], files })).toEqual(files);
    // A browser without webkitGetAsEntry.
    expect(await droppedFiles({ items: [{ kind: 'file' }], files })).toEqual(files);
  });
});

describe('adding chosen files', () => {
  it('offers every file picked one by one, but only .json files from a picked folder', () => {
    const picked = [file('a.json'), file('b.txt')];
    expect(names(withChosenFiles([], picked)!)).toEqual(['a.json', 'b.txt']);
    const fromFolder = [file('a.json', 'reports/a.json'), file('b.txt', 'reports/b.txt')];
    expect(names(withChosenFiles([], fromFolder)!)).toEqual(['a.json']);
    expect(withChosenFiles([file('x.json')], [file('b.txt', 'reports/b.txt')])).toBeNull();
    expect(withChosenFiles([], [])).toBeNull();
  });

  it('adds a file already chosen only once, telling files apart by folder path, size and date', () => {
    const first = file('a.json');
    const again = file('a.json');
    const elsewhere = file('a.json', 'other/a.json');
    expect(fileKey(first)).toBe(fileKey(again));
    expect(fileKey(elsewhere)).not.toBe(fileKey(first));
    expect(withChosenFiles([first], [again, elsewhere])).toEqual([first, elsewhere]);
  });
});
