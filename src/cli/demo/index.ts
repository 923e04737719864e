/**
 * The demo district generator (`npm run atlas -- demo`): a fictional stretch of Hangzhou's old
 * city, deterministic for a seed. Pure: it returns file names and their text; the command
 * writes them. Layout: districts of 4 × 4 blocks, one community per block, rows of slabs.
 */
import { createLocalProjection } from '../../analysis/geometry/projection';
import { LAYER_FILES, LAYER_NAMES, type LayerName } from '../../model/layers';
import { describeCommunity } from './attributes';
import { featureCollectionText, layerFeatures, LonLatWriter } from './geojson';
import { planCommunity } from './community-plan';
import { planGrid } from './layout';
import { NameBook } from './names';
import { planPublicBlock, planWorksYard } from './public-block';
import { createRandom, seedFromText } from './random';
import { planRoads } from './roads';
import { DemoSink } from './sink';
import { elevatorVotesCsv, surveysCsv } from './tables';

export const DEMO_GENERATOR = { name: 'renewal-atlas demo', version: '1.1.0' } as const;
export const DEFAULT_DEMO_COMMUNITIES = 40;
export const DEFAULT_DEMO_SEED = '20250120';
/** Around 120.14°E, 30.31°N: the old city north of West Lake, between the canal and the rail line. */
export const DEMO_CENTRE: [number, number] = [120.14, 30.31];
export const SURVEYS_FILE = 'surveys.csv';
export const ELEVATOR_VOTES_FILE = 'elevator_votes.csv';

export interface DemoOptions {
  communities?: number;
  seed?: string | number;
}

export interface DemoManifest {
  name: string;
  description: string;
  layers: Record<LayerName, { file: string; count: number }>;
  tables: { surveys: { file: string; rows: number }; elevatorVotes: { file: string; rows: number } };
  crs: 'EPSG:4326';
  generator: typeof DEMO_GENERATOR;
  seed: string | number;
  communities: number;
  bbox: [number, number, number, number];
}

export interface DemoOutput {
  /** File name → text, manifest.json included. */
  files: Record<string, string>;
  manifest: DemoManifest;
}

export function generateDemo(options: DemoOptions = {}): DemoOutput {
  const communityCount = Math.max(1, Math.floor(options.communities ?? DEFAULT_DEMO_COMMUNITIES));
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const random = createRandom(seedFromText(String(seed)));
  // Separate streams, so that a change in one part of the plan does not reshuffle the others.
  const names = new NameBook(random.fork());
  const grid = planGrid(communityCount, random.fork(), names);
  const layoutRandom = random.fork();
  const attributeRandom = random.fork();
  const tableRandom = random.fork();
  const sink = new DemoSink(random.fork());

  let communityNumber = 0;
  for (const district of grid.districts) {
    sink.districtId = district.id;
    for (const cell of district.cells) {
      if (cell.kind === 'community') {
        communityNumber++;
        planCommunity(cell, `C${String(communityNumber).padStart(4, '0')}`, names.community(), district.id, layoutRandom, sink, names);
      } else if (cell.worksYard) planWorksYard(cell, layoutRandom, sink);
      else planPublicBlock(cell, district.name.replace(/片区$/, ''), layoutRandom, sink, names);
    }
  }
  planRoads(grid, sink.lanes, sink);

  const communityProperties = sink.communities.map((c) => describeCommunity(c, attributeRandom));
  const surveys = surveysCsv(sink.communities, communityProperties, tableRandom);
  const votes = elevatorVotesCsv(sink.buildings, tableRandom);

  const writer = new LonLatWriter(createLocalProjection(DEMO_CENTRE[0], DEMO_CENTRE[1]));
  const layers = layerFeatures(grid, sink.communities, communityProperties, sink, writer);
  const files: Record<string, string> = {};
  for (const name of LAYER_NAMES) files[LAYER_FILES[name]] = featureCollectionText(layers[name]);
  files[SURVEYS_FILE] = surveys.text;
  files[ELEVATOR_VOTES_FILE] = votes.text;

  const manifest: DemoManifest = {
    name: '示例片区 Demo district',
    description:
      '示例数据为虚拟片区：仿杭州老城区的虚构小区、楼栋、道路、闲置资源与设施，名称与数据均为虚构，仅供演示。' +
      ' Fictional demo data: an invented district in the style of Hangzhou’s old city; every name and figure is made up, for demonstration only.',
    layers: Object.fromEntries(LAYER_NAMES.map((name) => [name, { file: LAYER_FILES[name], count: layers[name].length }])) as DemoManifest['layers'],
    tables: { surveys: { file: SURVEYS_FILE, rows: surveys.rows }, elevatorVotes: { file: ELEVATOR_VOTES_FILE, rows: votes.rows } },
    crs: 'EPSG:4326',
    generator: DEMO_GENERATOR,
    seed: typeof seed === 'string' && /^\d+$/.test(seed) ? Number(seed) : seed,
    communities: sink.communities.length,
    bbox: writer.bbox,
  };
  files['manifest.json'] = JSON.stringify(manifest, null, 2) + '\n';
  return { files, manifest };
}
