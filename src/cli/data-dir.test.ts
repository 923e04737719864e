/** Reading a data folder's layer files: what a file too long for one string gets told. */
import { describe, expect, it } from 'vitest';
import { CliInputError } from './args';
import { readLayerText } from './data-dir';

/** What node's readFileSync throws when the text would pass V8's longest string. */
function tooLong(): never {
  throw Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
}

describe('readLayerText', () => {
  it('names the file and says it is too large, not malformed', () => {
    const read = () => readLayerText('/data/buildings.geojson', tooLong);
    expect(read).toThrow(CliInputError);
    expect(read).toThrow('/data/buildings.geojson: too large to read (more than 511 MB of text); clip it to the study area or drop unused properties');
  });

  it('names the file for any other read error too, and gives the text when it reads', () => {
    const denied = () => readLayerText('/data/roads.geojson', () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
    expect(denied).toThrow(CliInputError);
    expect(denied).toThrow('/data/roads.geojson: cannot be read (EACCES: permission denied)');
    expect(readLayerText('/data/roads.geojson', () => '{"type":"FeatureCollection","features":[]}')).toContain('FeatureCollection');
  });
});
