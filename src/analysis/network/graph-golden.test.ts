/**
 * The walking network of a generated city, byte for byte as the build before its typed-array
 * rewrite made it (hashes recorded from that version): plain, with every third line nudged by
 * up to 0.3 m (merges and T-junctions), and with far copies of some lines added (short parts
 * that are dropped). Node numbering, edge order, lengths and adjacency all enter the hash.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../cli/demo';
import { LAYER_FILES, LAYER_NAMES } from '../../model/layers';
import type { LayerSet } from '../../model/types';
import type { Point } from '../geometry/planar';
import { prepareLayers } from '../prepare';
import { buildWalkingNetwork, roadLines } from './index';

function digest(lines: Point[][]): string {
  const network = buildWalkingNetwork(lines);
  const hash = createHash('sha256');
  for (const a of [network.from, network.to, network.length, network.ax, network.ay, network.bx, network.by, network.adjacencyStart, network.adjacencyEdge]) {
    hash.update(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }
  return `${network.nodeCount} ${network.edgeCount} ${JSON.stringify(network.stats)} ${hash.digest('hex')}`;
}

describe('walking network golden', () => {
  it('builds the same network as before', () => {
    const output = generateDemo({ communities: 400, seed: 'network-golden' });
    const layers = Object.fromEntries(LAYER_NAMES.map((name) => [name, JSON.parse(output.files[LAYER_FILES[name]])])) as LayerSet;
    const lines = roadLines(prepareLayers(layers));
    const nudged = lines.map((line, i) => (i % 3 === 0 ? line.map(([x, y], k): Point => [x + 0.3 * Math.sin(i + k), y + 0.3 * Math.cos(i * k)]) : line));
    const islands = [...nudged, ...lines.filter((_, i) => i % 50 === 0).map((line) => line.map(([x, y]): Point => [x + 20000, y]))];
    expect(digest(lines)).toBe(
      '3783 6370 {"lines":6309,"tJunctions":61,"components":1,"droppedComponents":0,"droppedLengthM":0,"keptLengthM":430496.7985169232} f0262bbb35e110858a4b777f6c989d11b6e186f80de55bd84836bc34515d4a01',
    );
    expect(digest(nudged)).toBe(
      '3773 13369 {"lines":6309,"tJunctions":7060,"components":1,"droppedComponents":0,"droppedLengthM":0,"keptLengthM":430153.8324900572} 38c2abd56726a39d3d6ad5dcd8e98fc13157ec9a84fa4076b6a4b74180b49521',
    );
    expect(digest(islands)).toBe(
      '3773 13369 {"lines":6436,"tJunctions":7060,"components":126,"droppedComponents":125,"droppedLengthM":8578.527939464631,"keptLengthM":430153.8324900572} 38c2abd56726a39d3d6ad5dcd8e98fc13157ec9a84fa4076b6a4b74180b49521',
    );
  }, 30_000);
});
