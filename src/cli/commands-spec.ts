/**
 * Every command of DESIGN §4: its flags (with the value each takes and its default, read from
 * src/model/standards.ts so `--help` cannot drift from what the engine does), its usage line
 * and its help text. main.ts dispatches on it; args.ts checks against it.
 */
import { SERVICE_TYPES } from '../model/codes';
import { ELEVATOR_DEFAULTS, PARKING_DEFAULTS, SERVICE_DEFAULTS, SERVICES_DEFAULTS } from '../model/standards';
import { CRITERIA, DEFAULT_PRIORITY_PARAMS, DEFAULT_PRIORITY_WEIGHTS } from '../analysis/priority/params';
import { DEFAULT_DEMO_COMMUNITIES, DEFAULT_DEMO_SEED } from './demo';

export interface FlagSpec {
  name: string;
  /** What the value looks like (DIR, FILE, self|district|cross); none for a switch. */
  value?: string;
  /** A switch that may carry a value inline only (`--fix=a,b`). */
  inlineValue?: boolean;
  required?: boolean;
  /** May be given more than once. */
  repeat?: boolean;
  help: string;
  /** The default, as the help says it. */
  default?: string;
  /** Left out of the usage line (said in the help only). */
  hidden?: boolean;
}

export interface CommandSpec {
  module: string;
  summary: string;
  /** The positional arguments it takes (FILE...), if any. */
  positionals?: string;
  flags: FlagSpec[];
  /** A usage line of its own where the generated one cannot say it (bench's two forms). */
  usage?: string;
}

const DATA: FlagSpec = { name: 'data', value: 'DIR', required: true, help: 'the folder holding the layer files of DESIGN §2 (communities.geojson, …)' };
const OUT: FlagSpec = { name: 'out', value: 'FILE', help: 'write the JSON result to FILE (made whole or not at all)', default: 'stdout' };
const MODES = 'self|district|cross';
const DISTANCES = 'euclidean|network';
const PARKING_FLAGS: FlagSpec[] = [
  { name: 'ratio', value: 'R', help: 'spaces wanted per household (demand = ceil(households × R))', default: String(PARKING_DEFAULTS.ratio.value) },
  { name: 'area-per-space', value: 'M2', help: 'ground area one space takes, m²', default: String(PARKING_DEFAULTS.areaPerSpaceM2.value) },
  { name: 'walk', value: 'M', help: 'walking limit between a community and a parcel, m', default: String(PARKING_DEFAULTS.maxWalkM.value) },
  { name: 'levels', value: 'N', help: 'levels of a parking structure, a whole number ≥ 1 (multiplies the capacity)', default: String(PARKING_DEFAULTS.levels.value) },
  { name: 'min-spaces', value: 'N', help: 'parcels holding fewer spaces drop out', default: String(PARKING_DEFAULTS.minSpaces.value) },
];
const radii = SERVICE_TYPES.map((type) => `${type} ${SERVICE_DEFAULTS[type].radiusM.value}`).join(', ');
const IMPORT_FLAGS: FlagSpec[] = [
  { name: 'role', value: 'FILE=ROLE', repeat: true, help: 'the layer or table a file holds, where its name does not say (ROLE: districts, communities, buildings, idleLand, facilities, roads, protected, surveys, elevatorVotes)', default: 'from the file name, geometry and columns' },
  { name: 'crs', value: 'EPSG:NNNN', help: 'the coordinate system of files without a .prj (e.g. EPSG:4549)', default: 'from the .prj; WGS84 for GeoJSON' },
  { name: 'gcj02', help: 'convert GCJ-02 (Mars) coordinates to WGS84' },
  { name: 'bd09', help: 'convert BD-09 (Baidu) coordinates to WGS84' },
  { name: 'fix', inlineValue: true, help: 'apply repairs: all, or --fix=closeRings,removeDuplicateVertices,rewind,selfIntersections', default: 'none' },
];

export const COMMANDS: Record<string, CommandSpec> = {
  'analyze summary': {
    module: './commands/analyze-summary.ts', summary: 'Per-district overview (概况): communities, buildings, households, idle land, renovation status.',
    flags: [DATA, OUT],
  },
  'analyze parking': {
    module: './commands/analyze-parking.ts', summary: 'Parking (停车挖潜): the exact allocation of idle land to the parking deficit (DESIGN §3.1).',
    flags: [DATA, { name: 'mode', value: MODES, help: 'pooling mode: inside the community, its district, or any district', default: PARKING_DEFAULTS.mode.value }, ...PARKING_FLAGS, OUT],
  },
  'analyze elevators': {
    module: './commands/analyze-elevators.ts', summary: 'Added elevators (加装电梯): a verdict per stairwell unit, sunlight before and after, consent (DESIGN §3.2).',
    flags: [
      DATA,
      { name: 'min-floors', value: 'N', help: 'least floors of a candidate building, a whole number ≥ 1', default: String(ELEVATOR_DEFAULTS.minFloors.value) },
      { name: 'date', value: 'YYYY-MM-DD', help: 'the day of the sunlight test (大寒日)', default: ELEVATOR_DEFAULTS.date.value },
      { name: 'required-hours', value: 'H', help: 'sunlight hours below which a loss is flagged, 0–24', default: String(ELEVATOR_DEFAULTS.requiredHours.value) },
      OUT,
    ],
  },
  'analyze services': {
    module: './commands/analyze-services.ts', summary: 'Community services (公共服务设施补短板): coverage and the siting of new facilities (DESIGN §3.3).',
    flags: [
      DATA,
      { name: 'type', value: 'TYPE', required: true, help: `the facility type: ${SERVICE_TYPES.join(', ')}` },
      { name: 'radius', value: 'M', help: 'service radius, m', default: `by type: ${radii}` },
      { name: 'sites', value: 'K', help: 'most new sites to choose, a whole number ≥ 0', default: String(SERVICES_DEFAULTS.sites.value) },
      { name: 'mode', value: MODES, help: 'pooling mode for the new sites', default: SERVICES_DEFAULTS.mode.value },
      { name: 'distance', value: DISTANCES, help: 'straight line, or walking along roads.geojson', default: SERVICES_DEFAULTS.distance.value },
      { name: 'time-limit', value: 'S', help: 'the MIP solver\'s time budget, seconds', default: String(SERVICES_DEFAULTS.timeLimitS.value) },
      OUT,
    ],
  },
  'analyze pooling': {
    module: './commands/analyze-pooling.ts', summary: 'District pooling (片区联动): per district, parking met inside, imported and exported (a cross run), and coverage (DESIGN §3.4).',
    flags: [
      DATA, ...PARKING_FLAGS,
      { name: 'distance', value: DISTANCES, help: 'distance of the coverage shares', default: SERVICES_DEFAULTS.distance.value },
      { name: 'mode', value: MODES, hidden: true, help: 'not taken: pooling always runs parking in cross mode' },
      OUT,
    ],
  },
  'analyze priority': {
    module: './commands/analyze-priority.ts', summary: 'Renovation priority (改造优先级): communities ranked by weighted need and what residents said (surveys.csv, elevator_votes.csv in DIR, or the same as Excel: surveys.xlsx, elevator_votes.xlsx).',
    flags: [
      DATA,
      { name: 'weights', value: 'NAME=W,...', help: `criterion weights ≥ 0 (NAME: ${CRITERIA.join(', ')}); the others keep theirs`, default: CRITERIA.map((c) => `${c}=${DEFAULT_PRIORITY_WEIGHTS[c]}`).join(',') },
      { name: 'asked-share', value: 'S', help: 'share of respondents from which an item counts as asked for, 0–1', default: String(DEFAULT_PRIORITY_PARAMS.askedShare) },
      OUT,
    ],
  },
  validate: {
    module: './commands/validate.ts', summary: 'Reads files as the importer does and prints the validation report; writes nothing.',
    positionals: 'FILE...', flags: IMPORT_FLAGS,
  },
  import: {
    module: './commands/import.ts', summary: 'The app\'s importer without the dialog: reads GeoJSON, zipped Shapefiles, CSV and Excel (.xlsx: the first sheet with data), maps fields, reprojects, and writes the layer files into DIR (nothing when a file has an error).',
    positionals: 'FILE...', flags: [{ name: 'out', value: 'DIR', required: true, help: 'the folder to write the layer files into' }, ...IMPORT_FLAGS],
  },
  demo: {
    module: './commands/demo.ts', summary: 'Writes the fictional demo district (示例数据) into DIR.',
    flags: [
      { name: 'out', value: 'DIR', required: true, help: 'the folder to write into' },
      { name: 'communities', value: 'N', help: 'how many communities, 1–20000', default: String(DEFAULT_DEMO_COMMUNITIES) },
      { name: 'seed', value: 'S', help: 'the random seed', default: DEFAULT_DEMO_SEED },
    ],
  },
  bench: {
    module: './commands/bench.ts', summary: 'Times the engine on generated demo data (README, Performance).',
    usage: 'bench [--communities N[,N...]] [--runs R] [--only NAME,...] [--cheap] [--json FILE] [--compare OLD.json [--max-ratio X]] [--seed S] [--no-warm-up] | bench --against DIR [--rounds N] [--only NAME,...] [--communities N,...] [--max-ratio X]',
    flags: [
      { name: 'communities', value: 'N[,N...]', help: 'scales to time at, 1–20000 each', default: '3000' },
      { name: 'runs', value: 'R', help: 'timed runs per entry', default: '5' },
      { name: 'only', value: 'NAME,...', help: 'entries to time (prefixes match)', default: 'all; with --against, suite.cold.core' },
      { name: 'cheap', help: 'only the cheap entries' },
      { name: 'json', value: 'FILE', help: 'write the figures as JSON' },
      { name: 'compare', value: 'OLD.json', help: 'compare with figures written before' },
      { name: 'max-ratio', value: 'X', help: 'exit 1 when a median is more than X times the old one' },
      { name: 'seed', value: 'S', help: 'the data\'s random seed', default: DEFAULT_DEMO_SEED },
      { name: 'no-warm-up', help: 'skip the untimed warm-up pass' },
      { name: 'against', value: 'DIR', help: 'time alternately against another checkout of the project' },
      { name: 'rounds', value: 'N', help: 'rounds with --against', default: '4' },
    ],
  },
};

/** Flags that take no value: they never take the argument after them (`--gcj02 b.geojson`). */
export const SWITCHES: ReadonlySet<string> = new Set([
  'help',
  ...Object.values(COMMANDS).flatMap((c) => c.flags.filter((f) => f.value === undefined).map((f) => f.name)),
]);

function usageFlag(flag: FlagSpec): string {
  const text = `--${flag.name}${flag.value ? ` ${flag.value}` : flag.inlineValue ? '[=...]' : ''}${flag.repeat ? ' ...' : ''}`;
  return flag.required ? text : `[${text}]`;
}

/** `analyze parking --data DIR [--mode self|district|cross] …`, as DESIGN §4 writes it. */
export function usageLine(key: string): string {
  const spec = COMMANDS[key];
  if (spec.usage) return spec.usage;
  const required = spec.flags.filter((f) => f.required && !f.hidden);
  const optional = spec.flags.filter((f) => !f.required && !f.hidden);
  return [key, spec.positionals, ...required.map(usageFlag), ...optional.map(usageFlag)].filter(Boolean).join(' ');
}

/** What `atlas <command> --help` prints: the usage line, what it does, every flag with its default. */
export function helpText(key: string): string {
  const spec = COMMANDS[key];
  const shown = spec.flags.filter((f) => !f.hidden);
  const names = shown.map((f) => `--${f.name}${f.value ? ` ${f.value}` : f.inlineValue ? '[=...]' : ''}`);
  const width = Math.min(Math.max(...names.map((n) => n.length), 0) + 2, 34);
  const lines = shown.map((f, i) => {
    const tail = f.required ? ' (required)' : f.default !== undefined ? ` (default: ${f.default})` : '';
    return `  ${names[i].padEnd(width)}${f.help}${tail}`;
  });
  const exit = 'Exit status: 0 on success, 2 on bad input (one line on stderr naming the file, the feature and the field).';
  return [`Usage: npm run atlas -- ${usageLine(key)}`, '', spec.summary, '', ...(lines.length ? [...lines, ''] : []), exit].join('\n');
}

/** The list of commands (`atlas --help`), or of the analyses (`atlas analyze --help`). */
export function commandList(prefix = ''): string {
  const keys = Object.keys(COMMANDS).filter((key) => key.startsWith(prefix));
  return [`Usage: npm run atlas -- ${prefix ? `${prefix.trim()} ` : ''}<command>`, ...keys.map((key) => `  ${usageLine(key)}`), '', 'npm run atlas -- <command> --help says what each flag does and its default.'].join('\n');
}
