/** writeFilesInto: all files or none, and what stops it is exit 2 naming the path. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliInputError } from './args';
import { writeFilesInto } from './write-files';

describe('writeFilesInto', () => {
  it('writes every file, with no .partial left', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'write-files-')), 'new', 'folder');
    expect(writeFilesInto(dir, [['a.geojson', '{}'], ['b.csv', new TextEncoder().encode('x\n')]])).toEqual([join(dir, 'a.geojson'), join(dir, 'b.csv')]);
    expect(readdirSync(dir).sort()).toEqual(['a.geojson', 'b.csv']);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe('x\n');
  });

  it('a folder that cannot be made is a CliInputError naming it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'write-files-')), 'a-file');
    writeFileSync(file, '');
    const dir = join(file, 'below-a-file');
    expect(() => writeFilesInto(dir, [['a.geojson', '{}']])).toThrow(CliInputError);
    expect(() => writeFilesInto(dir, [['a.geojson', '{}']])).toThrow(`${dir}: cannot be written`);
    expect(existsSync(dir)).toBe(false);
  });
});
