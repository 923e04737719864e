/**
 * Command-line arguments: positionals and `--name value` flags (a flag may repeat). A switch
 * (a flag that takes no value: --gcj02, --fix, --help …) is `true` and never takes the
 * argument after it; it carries a value only inline (`--fix=closeRings`). A flag that takes a
 * value but has none (last, or followed by another flag) is `true` too, and named in `bare`
 * so the command can refuse it.
 */
import { SWITCHES, type CommandSpec } from './commands-spec';

export interface CliArgs {
  positionals: string[];
  flags: Map<string, string[]>;
  /** Flags given without a value where one was expected. */
  bare?: Set<string>;
}

export function parseArgs(argv: readonly string[], switches: ReadonlySet<string> = SWITCHES): CliArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const bare = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token.startsWith('--')) {
      const [name, inline] = token.slice(2).split(/=(.*)/s, 2);
      let value = inline;
      if (value === undefined) {
        const next = argv[i + 1];
        if (!switches.has(name) && next !== undefined && !next.startsWith('--')) {
          value = next;
          i++;
        } else {
          value = 'true';
          if (!switches.has(name)) bare.add(name);
        }
      }
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else positionals.push(token);
  }
  return { positionals, flags, bare };
}

/** Bad input: exit 2 with one line naming file, feature and field (DESIGN §4). */
export class CliInputError extends Error {
  readonly exitCode = 2;
}

export function flag(args: CliArgs, name: string): string | undefined {
  const values = args.flags.get(name);
  return values?.[values.length - 1];
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function numberFlag(args: CliArgs, name: string): number | undefined {
  const raw = flag(args, name);
  if (raw === undefined) return undefined;
  // Decimal notation only: Number() also reads "" and " " as 0 and "0x10" as 16.
  const value = DECIMAL.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(value)) throw new CliInputError(`--${name}: "${raw}" is not a number`);
  return value;
}

export function requiredFlag(args: CliArgs, name: string): string {
  const value = flag(args, name);
  if (value === undefined || value === 'true') throw new CliInputError(`--${name} is required`);
  return value;
}

export function choiceFlag<T extends string>(args: CliArgs, name: string, choices: readonly T[]): T | undefined {
  const raw = flag(args, name);
  if (raw === undefined) return undefined;
  if (!(choices as readonly string[]).includes(raw)) throw new CliInputError(`--${name}: "${raw}" is not one of ${choices.join(', ')}`);
  return raw as T;
}

/** Edit distance (insertions, deletions, substitutions): how far a typo is from a known flag or file name. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** The known flag closest to `name`; one contained in it (--max-walk: --walk) wins a tie. */
export function closestFlag(name: string, known: readonly string[]): string | undefined {
  const score = (candidate: string) => editDistance(name, candidate) - (name.includes(candidate) || candidate.includes(name) ? 0.5 : 0);
  return [...known].sort((a, b) => score(a) - score(b))[0];
}

/**
 * Refuses what the command does not take: a flag it does not know (a typo, --max-walk for
 * --walk, silently ran with the default and gave a result that looked valid), a flag left
 * without its value (`--out` at the end wrote to stdout), a stray argument.
 */
export function checkFlags(args: CliArgs, known: readonly string[], command: string, spec?: CommandSpec): void {
  for (const name of args.flags.keys()) {
    if (known.includes(name)) continue;
    const closest = closestFlag(name, known);
    throw new CliInputError(`${command}: unknown flag --${name}${closest ? `; did you mean --${closest}?` : ' (it takes no flags)'}`);
  }
  if (!spec) return;
  for (const name of args.bare ?? []) {
    const value = spec.flags.find((f) => f.name === name)?.value;
    if (value) throw new CliInputError(`${command}: --${name} needs a value (${value})`);
  }
  if (!spec.positionals && args.positionals.length) {
    throw new CliInputError(`${command}: unexpected argument "${args.positionals[0]}" (${command} takes only flags)`);
  }
}
