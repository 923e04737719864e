/**
 * Integration on the demo district (data/demo, made by the generator): the tables read
 * through the io CSV reader, join without strays, votes judged consistently with art. 278,
 * and the ranking obeys its invariants. Checks invariants only: the demo is regenerated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../io/read/csv';
import { LAYER_FILES, LAYER_NAMES } from '../../model/layers';
import type { LayerSet } from '../../model/types';
import { parseElevatorVotes, parseSurveys, type ResidentTables } from '../residents';
import { runPriority, DEFAULT_PRIORITY_WEIGHTS, type PriorityOutput } from './index';

const DIR = 'data/demo';

function loadDataDir(dir: string): LayerSet {
  const layers: LayerSet = {};
  for (const name of LAYER_NAMES) {
    const path = join(dir, LAYER_FILES[name]);
    if (existsSync(path)) (layers as Record<string, unknown>)[name] = JSON.parse(readFileSync(path, 'utf8'));
  }
  return layers;
}

/** Through the io CSV reader, as the CLI and the import dialog read them. */
async function readResidentTables(dir: string): Promise<ResidentTables> {
  const rows = async (file: string) => {
    const read = await readCsv({ name: file, bytes: new Uint8Array(readFileSync(join(dir, file))) });
    if (!read.ok) throw new Error(read.error[0].message);
    return { rows: read.value.features.map((f) => f.properties), columns: read.value.columns };
  };
  const surveys = await rows('surveys.csv');
  const votes = await rows('elevator_votes.csv');
  const parsedSurveys = parseSurveys(surveys.rows, { columns: surveys.columns });
  const parsedVotes = parseElevatorVotes(votes.rows, { columns: votes.columns });
  if (!parsedSurveys.ok) throw new Error(parsedSurveys.error[0].message);
  if (!parsedVotes.ok) throw new Error(parsedVotes.error[0].message);
  return { surveys: parsedSurveys.value.records, elevatorVotes: parsedVotes.value };
}

async function demo(weights: Record<string, number> = {}): Promise<PriorityOutput> {
  const layers = loadDataDir(DIR);
  const tables = await readResidentTables(DIR);
  const result = await runPriority(layers, tables, { weights });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('priority on the demo district', () => {
  it('joins every survey and vote row, and judges every vote by art. 278', async () => {
    const out = await demo();
    const residents = out.residents;
    expect(out.voice).toEqual({ surveys: true, elevatorVotes: true });
    expect(residents.unmatched).toEqual({ surveys: [], elevatorVotes: [] });
    expect(residents.totals.surveyRows).toBeGreaterThan(0);
    expect(residents.totals.surveyed).toBe(residents.totals.surveyRows);
    expect(residents.totals.voteRows).toBeGreaterThan(0);
    // The generator makes votes that pass and votes short on turnout or on agreement.
    expect(residents.totals.buildingsReached).toBeGreaterThan(0);
    expect(residents.totals.buildingsShort).toBeGreaterThan(0);
    let units = 0;
    for (const building of residents.buildings) {
      for (const vote of building.votes) {
        units += 1;
        const h = vote.households ?? 0;
        const passes = 3 * vote.takingPart >= 2 * h && 4 * vote.agreed >= 3 * vote.takingPart;
        expect(vote.status).toBe(vote.takingPart === 0 ? 'none' : passes ? 'reached' : 'short');
        expect(vote.missingHouseholds > 0).toBe(vote.status === 'short');
      }
      if (building.status === 'short') expect(building.missingHouseholds).toBeGreaterThan(0);
    }
    expect(units).toBe(residents.totals.voteRows);
  });

  it('ranks every community once, within [0, Σ weights], with the default weights', async () => {
    const out = await demo();
    const layers = loadDataDir(DIR);
    expect(out.communities).toHaveLength(layers.communities?.features.length ?? -1);
    expect(out.params.weights).toEqual(DEFAULT_PRIORITY_WEIGHTS);
    expect(out.communities.map((c) => c.rank)).toEqual(out.communities.map((_, i) => i + 1));
    for (const row of out.communities) {
      expect(row.score).toBeGreaterThanOrEqual(0);
      expect(row.score).toBeLessThanOrEqual(out.weightTotal + 1e-5);
    }
    // Every criterion varies across the demo, so each has a real range.
    for (const criterion of out.criteria) expect(criterion.max).not.toBe(criterion.min);
  });

  it('raising a weight never moves down the community that leads on it', async () => {
    const before = await demo();
    const leader = [...before.communities].sort((a, b) => b.criteria.elevators.normalised - a.criteria.elevators.normalised)[0];
    const after = await demo({ elevators: 5 });
    const rankAfter = after.communities.find((c) => c.id === leader.id)?.rank ?? Infinity;
    expect(rankAfter).toBeLessThanOrEqual(leader.rank);
    expect(after.communities[0].criteria.elevators.normalised).toBeGreaterThan(0.5);
  });
});
