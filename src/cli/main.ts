/**
 * `npm run atlas -- <command>`: the command line over the same engine as the app (DESIGN §4).
 * Each command lives in its own module under ./commands and is loaded on demand.
 */
import { checkFlags, CliInputError, parseArgs, type CliArgs } from './args';

export type Command = (args: CliArgs) => Promise<number | void>;

/** Each command's module, usage line and the flags it takes (any other is refused: a typo must not run with defaults). */
const COMMANDS: Record<string, { flags: readonly string[]; module: string; usage: string }> = {
  'analyze summary': { flags: ['data', 'out'], module: './commands/analyze-summary.ts', usage: 'analyze summary --data DIR [--out FILE]' },
  'analyze parking': { flags: ['data', 'mode', 'ratio', 'area-per-space', 'walk', 'levels', 'min-spaces', 'out'], module: './commands/analyze-parking.ts', usage: 'analyze parking --data DIR [--mode self|district|cross] [--ratio R] [--area-per-space M2] [--walk M] [--levels N] [--min-spaces N] [--out FILE]' },
  'analyze elevators': { flags: ['data', 'min-floors', 'date', 'required-hours', 'out'], module: './commands/analyze-elevators.ts', usage: 'analyze elevators --data DIR [--min-floors N] [--date YYYY-MM-DD] [--required-hours H] [--out FILE]' },
  'analyze services': { flags: ['data', 'type', 'radius', 'sites', 'mode', 'distance', 'time-limit', 'out'], module: './commands/analyze-services.ts', usage: 'analyze services --data DIR --type TYPE [--radius M] [--sites K] [--mode ...] [--distance euclidean|network] [--out FILE]' },
  'analyze pooling': { flags: ['data', 'ratio', 'area-per-space', 'walk', 'levels', 'min-spaces', 'distance', 'mode', 'out'], module: './commands/analyze-pooling.ts', usage: 'analyze pooling --data DIR [--ratio R] [--area-per-space M2] [--walk M] [--levels N] [--min-spaces N] [--distance euclidean|network] [--out FILE]' },
  'analyze priority': { flags: ['data', 'weights', 'asked-share', 'out'], module: './commands/analyze-priority.ts', usage: 'analyze priority --data DIR [--weights NAME=W,...] [--asked-share S] [--out FILE]' },
  validate: { flags: ['role', 'crs', 'gcj02', 'bd09', 'fix'], module: './commands/validate.ts', usage: 'validate FILE... [--role FILE=ROLE] [--crs EPSG:NNNN] [--gcj02|--bd09] [--fix[=a,b]]' },
  import: { flags: ['out', 'role', 'crs', 'gcj02', 'bd09', 'fix'], module: './commands/import.ts', usage: 'import FILE... --out DIR [--role FILE=ROLE ...] [--crs EPSG:NNNN] [--gcj02]' },
  demo: { flags: ['out', 'communities', 'seed'], module: './commands/demo.ts', usage: 'demo --out DIR [--communities N] [--seed S]' },
  bench: { flags: ['communities', 'runs', 'only', 'cheap', 'json', 'compare', 'max-ratio', 'seed', 'no-warm-up', 'against', 'rounds'], module: './commands/bench.ts', usage: 'bench [--communities N[,N...]] [--runs R] [--only NAME,...] [--cheap] [--json FILE] [--compare OLD.json [--max-ratio X]] [--seed S] [--no-warm-up] | bench --against DIR [--rounds N] [--only NAME,...] [--communities N,...] [--max-ratio X]' },
};

function usage(): string {
  return ['Usage: npm run atlas -- <command>', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const [first, second] = args.positionals;
  const key = first === 'analyze' ? `analyze ${second ?? ''}` : first ?? '';
  const entry = COMMANDS[key];
  if (!entry) {
    process.stderr.write(`${key ? `Unknown command: ${key}\n` : ''}${usage()}\n`);
    return key ? 2 : 0;
  }
  const rest: CliArgs = { ...args, positionals: args.positionals.slice(first === 'analyze' ? 2 : 1) };
  if (args.flags.has('help')) {
    process.stdout.write(`Usage: npm run atlas -- ${entry.usage}\n`);
    return 0;
  }
  try {
    checkFlags(rest, entry.flags, key);
    const module = (await import(entry.module)) as { default: Command };
    return (await module.default(rest)) ?? 0;
  } catch (error) {
    if (error instanceof CliInputError) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    // The reader of stdout went away (`| head -1`): nothing is wrong with the input.
    if ((error as NodeJS.ErrnoException)?.code === 'EPIPE') return 0;
    throw error;
  }
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isEntry) {
  // A closed pipe is reported as an 'error' event too; without a listener node prints a stack.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
}
