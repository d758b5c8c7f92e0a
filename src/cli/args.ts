import { parseArgs } from 'node:util';

/**
 * Command-line parsing on Node's own `util.parseArgs` (no library to load at start-up),
 * plus what it lacks: sub-commands, variadic options (`-p a b c`), choices, defaults,
 * value parsers and the help text, all from one declarative table per command.
 */

export interface OptionSpec {
  /** Long name without dashes ("fail-on"); `no-x` names are plain booleans. */
  long: string;
  short?: string;
  /** Placeholder of the value ("<severity>", "<path...>"); absent for a boolean flag. */
  value?: string;
  /** The option may be given several times; values are collected in order. */
  repeatable?: boolean;
  choices?: readonly string[];
  default?: string;
  /** Turns the text into the flag's value; throws UsageError with a reason. */
  parse?: (text: string) => unknown;
  help: string;
}

export interface ArgumentSpec {
  name: string;
  variadic?: boolean;
  required?: boolean;
  default?: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  argument: ArgumentSpec;
  options: readonly OptionSpec[];
}

export interface ProgramSpec {
  name: string;
  version: string;
  description: string;
  commands: readonly CommandSpec[];
  /** Used when the first word is not a command name. */
  defaultCommand: string;
}

export type Parsed =
  | { kind: 'help'; text: string }
  | { kind: 'version'; text: string }
  | { kind: 'command'; command: string; args: string[]; flags: Record<string, unknown> };

/** A mistake on the command line: the message says what, the caller adds the hint. */
export class UsageError extends Error {}

/** camelCase key of a long option ("fail-on" → "failOn"; "no-color" → "color" = false). */
export function flagKey(long: string): string {
  const base = long.startsWith('no-') ? long.slice(3) : long;
  return base.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function parseCommandLine(program: ProgramSpec, argv: readonly string[]): Parsed {
  const first = argv[0];
  if (first === '-V' || first === '--version') return { kind: 'version', text: `${program.version}\n` };
  if (first === undefined || first === '-h' || first === '--help') return { kind: 'help', text: programHelp(program) };
  if (first === 'help') {
    const target = argv[1] === undefined ? undefined : program.commands.find((c) => c.name === argv[1]);
    return { kind: 'help', text: target ? commandHelp(program, target) : programHelp(program) };
  }
  const named = program.commands.find((c) => c.name === first);
  const command = named ?? program.commands.find((c) => c.name === program.defaultCommand)!;
  const rest = named ? argv.slice(1) : [...argv];
  if (rest.includes('-h') || rest.includes('--help')) {
    const end = rest.indexOf('--');
    const at = Math.max(rest.indexOf('-h'), rest.indexOf('--help'));
    if (end === -1 || at < end) return { kind: 'help', text: commandHelp(program, command) };
  }
  return { kind: 'command', command: command.name, ...parseCommand(command, rest) };
}

function parseCommand(command: CommandSpec, argv: string[]): { args: string[]; flags: Record<string, unknown> } {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const o of command.options) {
    config[o.long] = { type: o.value ? 'string' : 'boolean', multiple: Boolean(o.value && (o.repeatable || isVariadic(o))) };
    if (o.short) config[o.long]!.short = o.short;
  }
  let tokens;
  try {
    ({ tokens } = parseArgs({ args: argv, options: config, strict: true, allowPositionals: true, tokens: true }));
  } catch (error) {
    throw new UsageError(parseErrorText(error, command));
  }
  const values = new Map<OptionSpec, string[]>();
  const booleans = new Set<OptionSpec>();
  const args: string[] = [];
  // A variadic option takes the words that follow it, up to the next option (commander's `<x...>`).
  let variadic: OptionSpec | undefined;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      variadic = undefined;
      continue;
    }
    if (token.kind === 'positional') {
      if (variadic) values.get(variadic)!.push(token.value);
      else args.push(token.value);
      continue;
    }
    const spec = command.options.find((o) => o.long === token.name)!;
    variadic = isVariadic(spec) && token.inlineValue !== true ? spec : undefined;
    if (!spec.value) {
      booleans.add(spec);
      continue;
    }
    const list = values.get(spec) ?? [];
    list.push(token.value ?? '');
    values.set(spec, list);
  }
  const flags: Record<string, unknown> = {};
  for (const o of command.options) {
    const key = flagKey(o.long);
    if (!o.value) {
      if (booleans.has(o)) flags[key] = !o.long.startsWith('no-');
      continue;
    }
    const given = values.get(o);
    if (!given) {
      if (o.default !== undefined) flags[key] = o.default;
      continue;
    }
    const parsed = given.map((text) => optionValue(o, text));
    flags[key] = o.repeatable || isVariadic(o) ? parsed : parsed[parsed.length - 1];
  }
  const argument = command.argument;
  if (args.length === 0 && argument.default !== undefined) args.push(argument.default);
  if (argument.required && args.length === 0) throw new UsageError(`missing required argument '${argument.name}'`);
  if (!argument.variadic && args.length > 1) throw new UsageError(`too many arguments for '${command.name}': expected at most one ${argument.name}`);
  return { args, flags };
}

function optionValue(o: OptionSpec, text: string): unknown {
  if (o.choices && !o.choices.includes(text)) {
    throw new UsageError(`option '${label(o)}' argument '${text}' is invalid. Allowed choices are ${o.choices.join(', ')}.`);
  }
  if (!o.parse) return text;
  try {
    return o.parse(text);
  } catch (error) {
    throw new UsageError(`option '${label(o)}' argument '${text}' is invalid. ${error instanceof Error ? error.message : String(error)}`);
  }
}

function isVariadic(o: OptionSpec): boolean {
  return o.value?.endsWith('...>') ?? false;
}

function label(o: OptionSpec): string {
  return `${o.short ? `-${o.short}, ` : ''}--${o.long}${o.value ? ` ${o.value}` : ''}`;
}

/** util.parseArgs messages carry advice about `--` meant for other programs: keep the first sentence's facts. */
function parseErrorText(error: unknown, command: CommandSpec): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${quoted}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const o = command.options.find((x) => quoted.includes(`--${x.long}`));
    return o?.value ? `option '${label(o)}' argument missing` : `option '${o ? label(o) : quoted}' does not take a value`;
  }
  return message.split('. ')[0] ?? message;
}

const WIDTH = 80;

function programHelp(program: ProgramSpec): string {
  const rows: [string, string][] = program.commands.map((c) => [
    `${c.name}${c.options.length ? ' [options]' : ''} ${argumentUsage(c.argument)}`,
    c.summary,
  ]);
  rows.push(['help [command]', 'display help for command']);
  return [
    `Usage: ${program.name} [options] [command]`,
    '',
    wrap(program.description, WIDTH, 0),
    '',
    'Options:',
    table([
      ['-V, --version', 'output the version number'],
      ['-h, --help', 'display help for command'],
    ]),
    '',
    'Commands:',
    table(rows),
    '',
  ].join('\n');
}

function commandHelp(program: ProgramSpec, command: CommandSpec): string {
  const a = command.argument;
  const options: [string, string][] = command.options.map((o) => [label(o), optionHelp(o)]);
  options.push(['-h, --help', 'display help for command']);
  return [
    `Usage: ${program.name} ${command.name} [options] ${argumentUsage(a)}`,
    '',
    wrap(command.summary, WIDTH, 0),
    '',
    'Arguments:',
    table([[a.name, a.default !== undefined ? `${a.help} (default: "${a.default}")` : a.help]]),
    '',
    'Options:',
    table(options),
    '',
  ].join('\n');
}

function optionHelp(o: OptionSpec): string {
  const extra: string[] = [];
  if (o.choices) extra.push(`choices: ${o.choices.map((c) => `"${c}"`).join(', ')}`);
  if (o.default !== undefined) extra.push(`default: "${o.default}"`);
  return extra.length ? `${o.help} (${extra.join(', ')})` : o.help;
}

function argumentUsage(a: ArgumentSpec): string {
  const inner = `${a.name}${a.variadic ? '...' : ''}`;
  return a.required ? `<${inner}>` : `[${inner}]`;
}

function table(rows: [string, string][]): string {
  const left = Math.max(...rows.map(([l]) => l.length)) + 2;
  return rows.map(([l, r]) => `  ${l.padEnd(left)}${wrap(r, WIDTH - 2 - left, 2 + left)}`).join('\n');
}

function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}
