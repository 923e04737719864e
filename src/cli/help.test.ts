/**
 * `--help`: every command says each flag it takes with the default the engine really uses;
 * asking for help is exit 0 on stdout, a missing or unknown command exit 2 on stderr.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PARKING_PARAMS } from '../analysis/parking/params';
import { DEFAULT_ELEVATOR_PARAMS } from '../analysis/elevators/params';
import { DEFAULT_SERVICES_PARAMS } from '../analysis/services/params';
import { DEFAULT_PRIORITY_PARAMS } from '../analysis/priority/params';
import { BENCH_SEED } from './bench/dataset';
import { DEFAULT_AGAINST_ROUNDS, DEFAULT_BENCH_COMMUNITIES, DEFAULT_BENCH_RUNS } from './commands/bench';
import { COMMANDS, helpText } from './commands-spec';
import { runCli } from './run-cli.test-support';

afterEach(() => vi.restoreAllMocks());

const run = runCli;

/** The default a command's help gives for a flag. */
function helpDefault(command: string, name: string): string | undefined {
  const line = helpText(command).split('\n').find((l) => l.trimStart().startsWith(`--${name} `) || l.trim() === `--${name}`);
  return line?.match(/\(default: (.*)\)$/)?.[1];
}

describe('--help', () => {
  it.each(Object.keys(COMMANDS))('%s --help: exit 0, the usage and every flag on stdout', async (command) => {
    const { code, stdout, stderr } = await run(...command.split(' '), '--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith(`Usage: npm run atlas -- ${command}`)).toBe(true);
    for (const flag of COMMANDS[command].flags.filter((f) => !f.hidden)) expect(stdout).toContain(`--${flag.name}`);
  });

  it('says the engine\'s own defaults', () => {
    expect(helpDefault('analyze parking', 'mode')).toBe(DEFAULT_PARKING_PARAMS.mode);
    expect(Number(helpDefault('analyze parking', 'ratio'))).toBe(DEFAULT_PARKING_PARAMS.ratio);
    expect(Number(helpDefault('analyze parking', 'area-per-space'))).toBe(DEFAULT_PARKING_PARAMS.areaPerSpaceM2);
    expect(Number(helpDefault('analyze parking', 'walk'))).toBe(DEFAULT_PARKING_PARAMS.maxWalkM);
    expect(Number(helpDefault('analyze parking', 'levels'))).toBe(DEFAULT_PARKING_PARAMS.levels);
    expect(Number(helpDefault('analyze parking', 'min-spaces'))).toBe(DEFAULT_PARKING_PARAMS.minSpaces);
    expect(Number(helpDefault('analyze pooling', 'walk'))).toBe(DEFAULT_PARKING_PARAMS.maxWalkM);
    expect(Number(helpDefault('analyze elevators', 'min-floors'))).toBe(DEFAULT_ELEVATOR_PARAMS.minFloors);
    expect(helpDefault('analyze elevators', 'date')).toBe(DEFAULT_ELEVATOR_PARAMS.date);
    expect(Number(helpDefault('analyze elevators', 'required-hours'))).toBe(DEFAULT_ELEVATOR_PARAMS.requiredHours);
    expect(Number(helpDefault('analyze services', 'sites'))).toBe(DEFAULT_SERVICES_PARAMS.sites);
    expect(helpDefault('analyze services', 'mode')).toBe(DEFAULT_SERVICES_PARAMS.mode);
    expect(helpDefault('analyze services', 'distance')).toBe(DEFAULT_SERVICES_PARAMS.distance);
    expect(Number(helpDefault('analyze services', 'time-limit'))).toBe(DEFAULT_SERVICES_PARAMS.timeLimitS);
    expect(helpDefault('analyze services', 'radius')).toBe('by type: elderly_care 300, childcare 300, canteen 500, market 500, clinic 500, community_service 300');
    expect(Number(helpDefault('analyze priority', 'asked-share'))).toBe(DEFAULT_PRIORITY_PARAMS.askedShare);
    expect(helpDefault('analyze priority', 'weights')).toBe('parking=1,services=1,elevators=1,age=1,needs=1,willingToPay=0.5,votes=0.5');
    expect(Number(helpDefault('bench', 'communities'))).toBe(DEFAULT_BENCH_COMMUNITIES);
    expect(Number(helpDefault('bench', 'runs'))).toBe(DEFAULT_BENCH_RUNS);
    expect(Number(helpDefault('bench', 'rounds'))).toBe(DEFAULT_AGAINST_ROUNDS);
    expect(helpDefault('bench', 'seed')).toBe(BENCH_SEED);
  });

  it('atlas --help and atlas help list the commands on stdout, exit 0', async () => {
    for (const argv of [['--help'], ['help']]) {
      const { code, stdout, stderr } = await run(...argv);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      for (const command of Object.keys(COMMANDS)) expect(stdout).toContain(`  ${command} `);
    }
  });

  it('atlas analyze --help lists the analyses (it was "Unknown command: analyze", exit 2)', async () => {
    const { code, stdout } = await run('analyze', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('analyze parking --data DIR');
    expect(stdout).not.toContain('validate');
  });
});

describe('no command, or an unknown one', () => {
  it('is exit 2 with the list on stderr and nothing on stdout', async () => {
    for (const argv of [[], ['analyze'], ['analyze', 'parkin'], ['frobnicate']]) {
      const { code, stdout, stderr } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: npm run atlas --');
    }
    expect((await run('analyze')).stderr.split('\n')[0]).toBe('analyze: which analysis?');
    expect((await run('analyze', 'parkin')).stderr.split('\n')[0]).toBe('Unknown command: analyze parkin');
  });
});
