/**
 * `npm run atlas -- <command>`: the command line over the same engine as the app (DESIGN §4).
 * Each command lives in its own module under ./commands and is loaded on demand.
 */
import { checkFlags, CliInputError, parseArgs, type CliArgs } from './args';
import { commandList, COMMANDS, helpText } from './commands-spec';

export type Command = (args: CliArgs) => Promise<number | void>;

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const [first, second] = args.positionals;
  const help = args.flags.has('help') || first === 'help';
  const key = first === 'analyze' ? `analyze ${second ?? ''}`.trim() : first === 'help' ? '' : first ?? '';
  const entry = COMMANDS[key];
  if (!entry) {
    const analyze = key === 'analyze';
    const list = commandList(analyze ? 'analyze ' : '');
    // Asked for: the list on stdout, exit 0. A command missing or unknown is bad input: exit 2.
    if (help && (key === '' || analyze)) {
      process.stdout.write(`${list}\n`);
      return 0;
    }
    const reason = analyze ? 'analyze: which analysis?' : key ? `Unknown command: ${first === 'analyze' ? `analyze ${second}` : key}` : 'No command given.';
    process.stderr.write(`${reason}\n${list}\n`);
    return 2;
  }
  const rest: CliArgs = { ...args, positionals: args.positionals.slice(first === 'analyze' ? 2 : 1) };
  if (help) {
    process.stdout.write(`${helpText(key)}\n`);
    return 0;
  }
  try {
    checkFlags(rest, entry.flags.map((f) => f.name), key, entry);
    const module = (await import(entry.module)) as { default: Command };
    return (await module.default(rest)) ?? 0;
  } catch (error) {
    if (error instanceof CliInputError) {
      // A flag's message says which command it is for, as "needs a value" and "unknown flag" do.
      process.stderr.write(`${error.message.startsWith('--') ? `${key}: ` : ''}${error.message}\n`);
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
