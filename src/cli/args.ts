/**
 * Command-line arguments: positionals and `--name value` flags (a flag may repeat;
 * a flag with no value, or followed by another flag, is `true`).
 */
export interface CliArgs {
  positionals: string[];
  flags: Map<string, string[]>;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token.startsWith('--')) {
      const [name, inline] = token.slice(2).split(/=(.*)/s, 2);
      let value = inline;
      if (value === undefined) {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          value = next;
          i++;
        } else value = 'true';
      }
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else positionals.push(token);
  }
  return { positionals, flags };
}

/** Bad input: exit 2 with one line naming file, feature and field (DESIGN §4). */
export class CliInputError extends Error {
  readonly exitCode = 2;
}

export function flag(args: CliArgs, name: string): string | undefined {
  const values = args.flags.get(name);
  return values?.[values.length - 1];
}

export function numberFlag(args: CliArgs, name: string): number | undefined {
  const raw = flag(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
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
