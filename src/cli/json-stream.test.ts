/**
 * The streamed JSON writer: byte for byte JSON.stringify(value, null, 2) + '\n', whatever the
 * value, and written in pieces as it is made (a lazy list is not made whole first).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyArray, writeJsonFile, writeJsonTo } from './json-stream';

/** A stream that keeps what it is given; `slow` makes every write report a full buffer (drain on the next tick). */
function collector(slow = false) {
  const writes: string[] = [];
  const stream = new Writable({
    highWaterMark: slow ? 1 : 1 << 30,
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString('utf8'));
      setImmediate(done);
    },
  });
  return { stream, writes, text: () => writes.join('') };
}

async function streamed(value: unknown): Promise<string> {
  const sink = collector();
  await writeJsonTo(sink.stream, value);
  return sink.text();
}

const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Long enough to be walked element by element (LEAF_BELOW is 64). */
const long = <T>(make: (i: number) => T, length = 150) => Array.from({ length }, (_, i) => make(i));

describe('writeJsonTo', () => {
  it('writes small values as JSON.stringify does', async () => {
    for (const value of [null, 0, -0, 1.5e-7, 'a "quoted"\nline', true, [], {}, [[]], { a: {} }, { a: [1, { b: 'x' }] }]) {
      expect(await streamed(value)).toBe(expected(value));
    }
  });

  it('walks long arrays and the top levels, with JSON.stringify\'s indentation at every depth', async () => {
    const value = {
      totals: { a: 1, b: 2 },
      rows: long((i) => ({ id: `r${i}`, list: long((j) => [j, { k: j / 3 }], i % 3 === 0 ? 70 : 2), nested: { deep: [[i]] } })),
      empty: [],
      emptyObject: {},
    };
    expect(await streamed(value)).toBe(expected(value));
  });

  it('drops what JSON.stringify drops: undefined, functions and symbols in objects, null for them in arrays', async () => {
    const value = {
      kept: 1,
      gone: undefined,
      fn: () => 1,
      sym: Symbol('s'),
      list: long((i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? () => i : i)),
      onlyDropped: { gone: undefined },
    };
    expect(await streamed(value)).toBe(expected(value));
  });

  it('leaves toJSON, typed arrays, Maps and class instances to JSON.stringify', async () => {
    class Point {
      constructor(readonly x: number) {}
    }
    const value = { date: new Date(Date.UTC(2025, 0, 20)), typed: new Float64Array([1.5, 2]), map: new Map([[1, 2]]), point: new Point(3), rows: long((i) => new Point(i)) };
    expect(await streamed(value)).toBe(expected(value));
  });

  it('writes a lazy array as the array it stands for', async () => {
    const make = (i: number) => ({ unit: i, footprint: [[i, i + 0.5]] });
    const value = { units: lazyArray(130, make), few: lazyArray(2, make), none: lazyArray(0, make) };
    expect(await streamed(value)).toBe(expected({ units: long(make, 130), few: long(make, 2), none: [] }));
    // JSON.stringify of a lazy array (toJSON) gives the same text.
    expect(expected(value)).toBe(expected({ units: long(make, 130), few: long(make, 2), none: [] }));
  });

  it('makes a lazy array\'s elements as it writes, waiting for a slow stream to drain', async () => {
    let made = 0;
    const sink = collector(true);
    const madeAtWrite: number[] = [];
    const original = sink.stream.write.bind(sink.stream);
    sink.stream.write = ((...args: Parameters<typeof original>) => (madeAtWrite.push(made), original(...args))) as typeof sink.stream.write;
    const elements = 20_000;
    const value = { header: { note: 'x' }, units: lazyArray(elements, (i) => (made++, { i, text: 'y'.repeat(40) })) };
    await writeJsonTo(sink.stream, value);
    expect(made).toBe(elements);
    expect(madeAtWrite.length).toBeGreaterThan(10);
    // The first piece went out long before the last element was made.
    expect(madeAtWrite[0]).toBeLessThan(elements / 10);
    expect(sink.text()).toBe(expected(value));
  });

  it('gives JSON.stringify\'s text for any JSON value, walked or not', async () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const value = fc.oneof(json, fc.array(json, { minLength: 60, maxLength: 90 }), fc.dictionary(fc.string(), fc.array(json, { minLength: 0, maxLength: 80 })));
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        expect(await streamed(v)).toBe(expected(v));
      }),
      { numRuns: 150 },
    );
  });
});

describe('writeJsonFile', () => {
  it('writes the file as writeJsonTo writes the stream', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'json-stream-')), 'out.json');
    const value = { rows: lazyArray(3000, (i) => ({ id: i, name: `行 ${i}` })) };
    writeJsonFile(path, value);
    expect(readFileSync(path, 'utf8')).toBe(expected(value));
    expect(readFileSync(path, 'utf8')).toBe(await streamed(value));
  });

  it('leaves the earlier file as it was when writing fails half way', () => {
    const folder = mkdtempSync(join(tmpdir(), 'json-stream-'));
    const path = join(folder, 'out.json');
    writeJsonFile(path, { before: true });
    const failing = { rows: lazyArray(5000, (i) => {
      if (i === 4000) throw new Error('row 4000 failed');
      return { i, text: 'z'.repeat(30) };
    }) };
    expect(() => writeJsonFile(path, failing)).toThrow('row 4000 failed');
    expect(readFileSync(path, 'utf8')).toBe(expected({ before: true }));
    expect(readdirSync(folder)).toEqual(['out.json']);
  });

  it('leaves no .partial beside a path it cannot rename onto (a folder)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'json-stream-'));
    mkdirSync(join(folder, 'taken'));
    expect(() => writeJsonFile(join(folder, 'taken'), { a: 1 })).toThrow(/EISDIR|EPERM|ENOTEMPTY|EEXIST/);
    expect(readdirSync(folder)).toEqual(['taken']);
  });

  it('throws on a path it cannot open', () => {
    expect(() => writeJsonFile(join(tmpdir(), 'no-such-folder-json-stream', 'x', 'out.json'), {})).toThrow(/ENOENT/);
  });
});
