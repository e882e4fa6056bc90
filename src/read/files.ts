/**
 * Reading from the file system and standard input: a file (format by extension, else
 * opts.format, else text), a directory (its article files, sorted by name, not recursive), or
 * '-' (stdin). A source that cannot be opened at all throws SourceError naming the reason; inside
 * a directory, a file that cannot be opened becomes a ReadFailed item so the others still come.
 *
 * @example
 * for await (const item of readPath('samples/', {}, readLimits())) console.log(item.origin);
 */
import { constants, createReadStream, type Stats } from 'node:fs';
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { htmlItem, jsonItem, textItem, tooLarge } from './formats.js';
import { jsonlItems } from './jsonl.js';
import { SourceError, type ReadItem, type ReadLimits, type ReadOptions } from './types.js';

type Format = NonNullable<ReadOptions['format']>;

const BY_EXT: Record<string, Format> = {
  '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The format of a file: its extension decides, else the forced format, else text. */
export function formatOf(path: string, forced?: Format): Format {
  return BY_EXT[extname(path).toLowerCase()] ?? forced ?? 'text';
}

/** True for files a directory read picks up. */
export function isArticleFile(name: string): boolean {
  return !name.startsWith('.') && extname(name).toLowerCase() in BY_EXT;
}

/** A short reason for a file system error ("no such file or directory", "permission denied"). */
export function fsReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return e?.code ? `cannot read (${e.code})` : `cannot read (${String(e?.message ?? e)})`;
  }
}

/** What a file that is no regular file is ("a FIFO (named pipe)"), for the skip message. */
export function specialKind(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** Reads at most `cap` + 1 bytes: enough to know whether the input is over the cap. */
async function readCapped(fh: FileHandle, cap: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(1 << 20, cap + 1 - total);
    if (want <= 0) break;
    const buf = Buffer.allocUnsafe(want);
    const { bytesRead } = await fh.read(buf, 0, want, null);
    if (!bytesRead) break;
    chunks.push(buf.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Opens `path` for reading. With `regularOnly` (files found in a folder) it opens without
 * blocking (O_NONBLOCK: opening a FIFO nobody writes to would wait forever) and refuses
 * anything that is not a regular file (FIFO, socket, device; also behind a symbolic link).
 */
async function openFile(path: string, regularOnly: boolean): Promise<FileHandle> {
  let fh: FileHandle;
  try {
    fh = await open(path, regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : 'r');
  } catch (err) {
    // a socket cannot be opened at all (ENXIO): say what it is
    const kind = regularOnly ? await stat(path).then(specialKind, () => null) : null;
    if (kind) throw new SourceError(path, `skipped: ${kind}, not a regular file`, 'not-a-file');
    throw new SourceError(path, fsReason(err));
  }
  if (regularOnly) {
    const kind = specialKind(await fh.stat().catch(async (err) => {
      await fh.close();
      throw new SourceError(path, fsReason(err));
    }));
    if (kind) {
      await fh.close();
      throw new SourceError(path, `skipped: ${kind}, not a regular file`, 'not-a-file');
    }
  }
  return fh;
}

/** The articles of one file (`regularOnly`: only a regular file, see openFile). */
export async function* readFile(path: string, opts: ReadOptions, limits: ReadLimits, regularOnly = false): AsyncGenerator<ReadItem> {
  const format = formatOf(path, opts.format);
  if (format === 'jsonl') {
    // open first, so that a missing file is a SourceError before any item
    const fh = await openFile(path, regularOnly);
    await fh.close();
    const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
    try {
      yield* jsonlItems(stream, path, limits);
    } catch (err) {
      if (err instanceof SourceError) throw err;
      throw new SourceError(path, fsReason(err));
    } finally {
      stream.destroy();
    }
    return;
  }
  const fh = await openFile(path, regularOnly);
  let buf: Buffer;
  const cap = format === 'text' ? limits.maxArticleBytes : limits.maxPageBytes;
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new SourceError(path, 'is a directory');
    // a regular file over the limit is refused without reading it
    if (st.isFile() && st.size > cap) {
      yield tooLarge(path, st.size, cap, format === 'text' ? 'article' : 'file');
      return;
    }
    buf = await readCapped(fh, cap);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError(path, fsReason(err));
  } finally {
    await fh.close();
  }
  if (buf.length > cap) {
    yield tooLarge(path, null, cap, format === 'text' ? 'article' : 'file');
    return;
  }
  if (format === 'html') yield htmlItem(buf, path, limits);
  else if (format === 'json') yield jsonItem(buf, path, limits);
  else yield textItem(buf, path, limits);
}

/** The article files of a directory, sorted by name; unreadable files become ReadFailed items. */
export async function* readDir(dir: string, opts: ReadOptions, limits: ReadLimits): AsyncGenerator<ReadItem> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    // special files too: openFile refuses them with a reason instead of skipping them silently
    names = entries.filter((e) => !e.isDirectory() && isArticleFile(e.name)).map((e) => e.name);
  } catch (err) {
    throw new SourceError(dir, fsReason(err));
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(dir, name);
    try {
      yield* readFile(path, { ...opts, format: undefined }, limits, true);
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      yield { error: { code: err.code, message: err.message }, origin: path };
    }
  }
}

/** A file or a directory. */
export async function* readPath(path: string, opts: ReadOptions, limits: ReadLimits): AsyncGenerator<ReadItem> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (err) {
    throw new SourceError(path, fsReason(err));
  }
  if (isDir) yield* readDir(path, opts, limits);
  else yield* readFile(path, opts, limits);
}

/** Standard input: opts.format says json, jsonl or html; text otherwise. */
export async function* readStdin(opts: ReadOptions, limits: ReadLimits): AsyncGenerator<ReadItem> {
  const stream = (opts.stdin ?? process.stdin) as NodeJS.ReadableStream & AsyncIterable<Buffer | string>;
  const format = opts.format ?? 'text';
  if (format === 'jsonl') {
    yield* jsonlItems(stream, '-', limits);
    return;
  }
  const cap = format === 'text' ? limits.maxArticleBytes : limits.maxPageBytes;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const raw of stream) {
      const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
      chunks.push(chunk);
      total += chunk.length;
      if (total > cap) break;
    }
  } catch (err) {
    throw new SourceError('-', `cannot read standard input (${(err as Error).message})`);
  }
  if (total > cap) {
    (stream as unknown as { destroy?: () => void }).destroy?.();
    yield tooLarge('-', null, cap, format === 'text' ? 'article' : 'input');
    return;
  }
  const buf = Buffer.concat(chunks, total);
  if (format === 'html') yield htmlItem(buf, '-', limits);
  else if (format === 'json') yield jsonItem(buf, '-', limits);
  else yield textItem(buf, '-', limits);
}
