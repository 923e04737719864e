/**
 * The command line against DESIGN §4's own words, on the demo district (data/demo): every
 * command and flag DESIGN names exists and takes the value DESIGN writes; each analysis
 * prints JSON and only JSON on stdout, carrying at least the fields §4 lists, nested as it
 * nests them, with the input's ids, finite numbers, metres and hours in range, and footprints
 * that are valid GeoJSON Polygons in [lon, lat].
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { REASONS } from '../../src/analysis/elevators/params';
import { COMMANDS, usageLine } from '../../src/cli/commands-spec';
import { SERVICE_TYPES } from '../../src/model/codes';
import { designCommands, designDrift, designResults, DESIGN_PATH, type Shape } from './design-text';
import { runCli } from '../../src/cli/run-cli.test-support';

const DEMO = join(import.meta.dirname, '../../data/demo');
type Json = Record<string, unknown>;

afterEach(() => vi.restoreAllMocks());

const run = runCli;

const ids: Record<string, Set<unknown>> = {};
let bbox = [Infinity, Infinity, -Infinity, -Infinity];
beforeAll(() => {
  for (const layer of ['communities', 'buildings', 'idle_land', 'districts', 'facilities', 'roads', 'protected']) {
    const collection = JSON.parse(readFileSync(join(DEMO, `${layer}.geojson`), 'utf8')) as { features: { properties: Json; geometry: unknown }[] };
    ids[layer] = new Set(collection.features.map((f) => f.properties.id));
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') bbox = [Math.min(bbox[0], c[0]), Math.min(bbox[1], c[1] as number), Math.max(bbox[2], c[0]), Math.max(bbox[3], c[1] as number)];
      else if (Array.isArray(c)) c.forEach(walk);
    };
    for (const f of collection.features) walk((f.geometry as { coordinates: unknown }).coordinates);
  }
});

/** Which input ids a field of a result must be one of. */
const ID_LAYER: Record<string, Record<string, string>> = {
  parking: { 'communities.id': 'communities', 'parcels.id': 'idle_land', 'flows.communityId': 'communities', 'flows.parcelId': 'idle_land' },
  elevators: { 'units.buildingId': 'buildings', 'units.communityId': 'communities', 'units.sunlight.buildingId': 'buildings', 'buildings.id': 'buildings', 'buildings.communityId': 'communities' },
  services: { 'communities.id': 'communities', 'sites.id': 'idle_land' },
  pooling: { 'districts.id': 'districts' },
};

/** What is wrong with `value` against the shape DESIGN gives for it; `path` names the place. */
function check(command: string, value: unknown, shape: Shape, path: string, problems: string[]): void {
  const bad = (what: string) => problems.length < 20 && problems.push(`${command}: ${path || 'result'} ${what}: ${JSON.stringify(value)?.slice(0, 80)}`);
  const name = path.split('.').at(-1) ?? '';
  const fieldPath = path.replace(/\[\d+\]/g, '');
  if (shape.kind === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return void bad('is not an object');
    for (const [key, inner] of Object.entries(shape.fields)) {
      if (!(key in value)) problems.push(`${command}: ${path ? `${path}.` : ''}${key} is missing`);
      else check(command, (value as Json)[key], inner, path ? `${path}.${key}` : key, problems);
    }
  } else if (shape.kind === 'array') {
    if (!Array.isArray(value)) return void bad('is not an array');
    value.forEach((element, i) => check(command, element, shape.of, `${path}[${i}]`, problems));
  } else if (shape.kind === 'shares') {
    if (typeof value !== 'object' || value === null) return void bad('is not an object');
    if (Object.keys(value).sort().join() !== [...SERVICE_TYPES].sort().join()) bad('does not have one share per service type');
    for (const share of Object.values(value)) if (share !== null && !(typeof share === 'number' && share >= 0 && share <= 1)) bad('has a share outside 0–1');
  } else if (shape.kind === 'polygon') {
    const polygon = value as { type?: unknown; coordinates?: unknown };
    if (polygon?.type !== 'Polygon' || !Array.isArray(polygon.coordinates) || polygon.coordinates.length === 0) return void bad('is not a GeoJSON Polygon');
    const [west, south, east, north] = bbox;
    for (const ring of polygon.coordinates as number[][][]) {
      if (!Array.isArray(ring) || ring.length < 4) return void bad('has a ring of fewer than 4 positions');
      if (ring[0][0] !== ring.at(-1)![0] || ring[0][1] !== ring.at(-1)![1]) bad('has a ring that is not closed');
      for (const p of ring) {
        if (p.length !== 2 || !p.every(Number.isFinite)) return void bad('has a position that is not two finite numbers');
        // [lon, lat]: inside the data's box (with 0.01° to spare), which [lat, lon] is not.
        if (p[0] < west - 0.01 || p[0] > east + 0.01 || p[1] < south - 0.01 || p[1] > north + 0.01) return void bad('has a position outside the data, or not [lon, lat]');
      }
    }
  } else {
    const layer = ID_LAYER[command]?.[fieldPath];
    if (layer) {
      // A building in no community has communityId null (§3.6).
      if (!ids[layer].has(value) && !(value === null && name === 'communityId')) bad(`is not an id of ${layer}.geojson`);
    } else if (name === 'id' || name.endsWith('Id')) {
      if (!(value === null || typeof value === 'string' || typeof value === 'number')) bad('is not an id');
    } else if (/M2?$/.test(name)) {
      // Metres and square metres; distanceM is null where no path connects (§3.6).
      if (!(value === null && name === 'distanceM') && !(typeof value === 'number' && Number.isFinite(value) && value >= 0)) bad('is not a length or area ≥ 0');
    } else if (/^hours/.test(name)) {
      if (!(typeof value === 'number' && value >= 0 && value <= 24)) bad('is not hours of a day');
    } else if (['retained', 'covered', 'coveredAfter'].includes(name) && !fieldPath.startsWith('totals.')) {
      if (typeof value !== 'boolean') bad('is not true or false');
    } else if (name === 'reasons') {
      if (!Array.isArray(value) || !value.every((r) => (REASONS as readonly string[]).includes(r))) bad(`is not a list of ${REASONS.join(', ')}`);
    } else if (name === 'status') {
      const allowed = command === 'elevators' ? ['feasible', 'conditional', 'infeasible'] : ['optimal', 'feasible', 'time_limit', 'infeasible', 'error'];
      if (typeof value !== 'string' || (command === 'elevators' && !allowed.includes(value))) bad('is not a status');
    } else if (name === 'gap' || name === 'objective') {
      if (!(value === null || (typeof value === 'number' && Number.isFinite(value)))) bad('is not a finite number or null');
    } else if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0)) bad('is not a count ≥ 0');
  }
}

describe('DESIGN §4', () => {
  it('is the text this test reads (skipped with a message without ../shared/DESIGN.md)', (context) => {
    const drift = designDrift();
    if (!drift.present) {
      console.warn(`skipping the DESIGN.md drift check: ${DESIGN_PATH} is absent (the copy in design-text.ts is used)`);
      return context.skip();
    }
    expect(drift.missing).toEqual([]);
  });
});

describe('the checker', () => {
  it('finds a missing field, a field not nested as DESIGN nests it, [lat, lon], an open ring, a foreign id', () => {
    const [west, south] = bbox;
    const ring = [[west, south], [west + 1e-4, south], [west + 1e-4, south + 1e-4], [west, south]];
    const unit = { buildingId: [...ids.buildings][0], communityId: null, unit: 1, status: 'feasible', reasons: [], sunlight: [], footprint: { type: 'Polygon', coordinates: [ring] } };
    const good = { totals: { candidateBuildings: 1, candidateUnits: 1, feasible: 1, conditional: 0, infeasible: 0 }, units: [unit], buildings: [] };
    const problems = (value: unknown) => {
      const found: string[] = [];
      check('elevators', value, designResults().elevators, '', found);
      return found;
    };
    expect(problems(good)).toEqual([]);
    const { infeasible: _dropped, ...totals } = good.totals;
    expect(problems({ ...good, totals })).toEqual(['elevators: totals.infeasible is missing']);
    expect(problems({ ...good, units: { 0: unit } })[0]).toMatch(/units is not an array/);
    expect(problems({ ...good, units: [{ ...unit, footprint: { type: 'Polygon', coordinates: [ring.map(([x, y]) => [y, x])] } }] })[0]).toMatch(/not \[lon, lat\]/);
    expect(problems({ ...good, units: [{ ...unit, footprint: { type: 'Polygon', coordinates: [[...ring.slice(0, 3), ring[1]]] } }] })[0]).toMatch(/not closed/);
    expect(problems({ ...good, units: [{ ...unit, buildingId: 'nope' }] })[0]).toMatch(/not an id of buildings/);
  });
});

describe('commands and flags DESIGN names', () => {
  it.each(designCommands().map((c) => [c.command, c] as const))('%s', (command, { flags }) => {
    expect(COMMANDS[command], `no command ${command}`).toBeDefined();
    const usage = usageLine(command);
    for (const flag of flags) {
      const spec = COMMANDS[command].flags.find((f) => f.name === flag.name);
      expect(spec, `${command}: no flag --${flag.name}`).toBeDefined();
      expect(Boolean(spec!.required), `${command} --${flag.name}: required`).toBe(flag.required);
      // DESIGN's "--mode ..." leaves the values to the parking line.
      if (flag.value && flag.value !== '...') expect(spec!.value, `${command} --${flag.name}`).toBe(flag.value);
      expect(usage).toContain(`--${flag.name}${flag.value && flag.value !== '...' ? ` ${flag.value}` : ''}`);
    }
  });
});

describe('JSON of each analysis on the demo district (stdout, no --out)', () => {
  const results = designResults();
  const cases: [string, string[]][] = [
    ['parking', ['analyze', 'parking']],
    ['parking', ['analyze', 'parking', '--mode', 'self']],
    ['elevators', ['analyze', 'elevators']],
    ['services', ['analyze', 'services', '--type', 'elderly_care']],
    ['services', ['analyze', 'services', '--type', 'clinic', '--distance', 'network', '--mode', 'cross']],
    ['pooling', ['analyze', 'pooling']],
    ['summary', ['analyze', 'summary']],
    ['priority', ['analyze', 'priority']],
  ];
  it.each(cases)('%s: %s', async (command, argv) => {
    const { code, stdout, stderr } = await run(...argv, '--data', DEMO);
    expect(code, stderr).toBe(0);
    let json: Json;
    expect(() => (json = JSON.parse(stdout)), 'stdout is one JSON value and nothing else').not.toThrow();
    expect(stdout.endsWith('}\n')).toBe(true);
    const problems: string[] = [];
    if (results[command]) check(command, json!, results[command], '', problems);
    else {
      // DESIGN lists no fields for summary and priority: their ids must still be the input's.
      const rows = (command === 'summary' ? json!.districts : json!.communities) as Json[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) if (!ids[command === 'summary' ? 'districts' : 'communities'].has(row.id) && row.id !== null) problems.push(`${command}: id ${String(row.id)} is not in the input`);
    }
    expect(problems).toEqual([]);
    // Something to check in every list DESIGN names.
    if (command === 'elevators') expect((json!.units as Json[]).some((u) => (u.sunlight as unknown[]).length > 0)).toBe(true);
    if (command === 'parking') expect((json!.flows as unknown[]).length).toBeGreaterThan(0);
  });
});
