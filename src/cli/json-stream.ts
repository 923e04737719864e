/**
 * JSON written as it is made: the same bytes as `JSON.stringify(value, null, 2) + '\n'`,
 * without ever holding the whole text. A province's elevator result (≈550k units, each with
 * its footprint) is ≈520 MB of JSON, 3 % under the longest string V8 can make (2^29 − 24
 * characters): at 13,000 communities (568 MB) one string failed with "RangeError: Invalid
 * string length" after the whole analysis had run, and below that the text and its encoded
 * copy took gigabytes.
 *
 * Long arrays and the top levels of objects are walked (see `walked`); the values within are
 * stringified whole (JSON.stringify's own speed) and re-indented to their depth, which is
 * exact because a JSON text has newlines only between tokens, never inside a string. A
 * `lazyArray` is written as the array it stands for, each element made when its turn comes.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

const INDENT = '  ';
/** Arrays with fewer elements than this are stringified in one call. */
const LEAF_BELOW = 64;
/** Plain objects are walked down to this depth (0: the top level). */
const OBJECT_DEPTH = 1;
/**
 * Text is written in chunks of about this many characters: at most 32 kB even as two-byte
 * text (Chinese names), well under V8's large-object size, so a chunk dies young.
 */
const CHUNK_CHARS = 1 << 14;

/** An array made element by element when it is written (JSON.stringify sees the whole array). */
export class LazyArray<T> {
  constructor(
    readonly length: number,
    readonly at: (index: number) => T,
  ) {}

  toJSON(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

export const lazyArray = <T>(length: number, at: (index: number) => T) => new LazyArray(length, at);

/** Whether JSON.stringify would write this key's value (it drops undefined, functions and symbols in objects). */
const written = (value: unknown) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/** The text of `value` as JSON.stringify(…, null, 2) writes it nested at `depth` (undefined where JSON.stringify gives none). */
function leafText(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || depth === 0 ? text : text.replaceAll('\n', `\n${INDENT.repeat(depth)}`);
}

/**
 * What the walk descends into: lazy arrays, arrays of LEAF_BELOW elements or more, and plain
 * objects down to OBJECT_DEPTH (a result's top level and its direct parts, where the long
 * lists are). The rest is stringified whole.
 */
function walked(value: unknown, depth: number): value is unknown[] | LazyArray<unknown> | Record<string, unknown> {
  if (value instanceof LazyArray) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.length >= LEAF_BELOW;
  // Anything with its own toJSON (Date, …) or not a plain object is left to JSON.stringify.
  const prototype = Object.getPrototypeOf(value) as unknown;
  return depth <= OBJECT_DEPTH && (prototype === Object.prototype || prototype === null) && !('toJSON' in value);
}

/** The text of `value` at `depth`, in pieces (a generator: the writer pauses between pieces while the stream drains). */
function* pieces(value: unknown, depth: number): Generator<string> {
  if (!walked(value, depth)) {
    yield leafText(value, depth) ?? 'null';
    return;
  }
  const inner = `\n${INDENT.repeat(depth + 1)}`;
  if (value instanceof LazyArray || Array.isArray(value)) {
    const at = value instanceof LazyArray ? value.at : (i: number) => value[i];
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[${inner}` : `,${inner}`;
      // JSON.stringify writes null for what an array cannot hold.
      const element = at(i);
      yield* pieces(written(element) ? element : null, depth + 1);
    }
    yield `\n${INDENT.repeat(depth)}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (!written(field)) continue;
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(field, depth + 1);
  }
  yield first ? '{}' : `\n${INDENT.repeat(depth)}}`;
}

/** The pieces of `value`'s text and its closing newline, joined into chunks of about CHUNK_CHARS. */
function* chunks(value: unknown): Generator<string> {
  let pending: string[] = [];
  let pendingChars = 0;
  for (const piece of pieces(value, 0)) {
    pending.push(piece);
    pendingChars += piece.length;
    if (pendingChars >= CHUNK_CHARS) {
      yield pending.join('');
      pending = [];
      pendingChars = 0;
    }
  }
  pending.push('\n');
  yield pending.join('');
}

/**
 * Writes `value` and a newline to `stream` as `JSON.stringify(value, null, 2) + '\n'` would
 * read, in chunks, waiting for the stream to drain; resolves once the stream has taken the
 * last chunk. (A top-level undefined, which JSON.stringify turns into no text, is written as null.)
 */
export async function writeJsonTo(stream: Writable, value: unknown): Promise<void> {
  let last: Promise<void> = Promise.resolve();
  for (const chunk of chunks(value)) {
    // A write's callback runs once its chunk is handed on, so the last one's means all are.
    last = new Promise((resolve, reject) => stream.write(chunk, (error) => (error ? reject(error) : resolve())));
    if (stream.writableNeedDrain) await once(stream, 'drain');
  }
  await last;
}

/**
 * Writes `value` as JSON to the file `path`, as writeJsonTo does (synchronously: the CLI waits
 * for it anyway). The text goes to a sibling file first, renamed over `path` once complete,
 * so a failure half way leaves any earlier result as it was, not a truncated one.
 */
export function writeJsonFile(path: string, value: unknown): void {
  const partial = `${path}.partial`;
  const descriptor = openSync(partial, 'w');
  try {
    for (const chunk of chunks(value)) writeSync(descriptor, chunk);
  } catch (error) {
    closeSync(descriptor);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(descriptor);
  try {
    renameSync(partial, path);
  } catch (error) {
    // path is a folder, or cannot be replaced: no stray .partial is left beside it.
    rmSync(partial, { force: true });
    throw error;
  }
}
