import { describe, expect, it } from 'vitest';
import { type ProgramSpec, UsageError, parseCommandLine } from '../src/cli/args.js';

const PROGRAM: ProgramSpec = {
  name: 'tool',
  version: '1.2.3',
  description: 'A tool.',
  defaultCommand: 'scan',
  commands: [
    {
      name: 'scan',
      summary: 'Scan things.',
      argument: { name: 'paths', variadic: true, help: 'what to scan' },
      options: [
        { long: 'path', short: 'p', value: '<path...>', help: 'a path' },
        { long: 'exclude', short: 'e', value: '<glob...>', help: 'globs' },
        { long: 'fail-on', value: '<severity>', choices: ['high', 'low'], default: 'high', help: 'threshold' },
        { long: 'limit', value: '<name=value>', repeatable: true, help: 'a limit' },
        { long: 'count', value: '<n>', parse: (t) => { if (!/^\d+$/.test(t)) throw new Error('not a number'); return Number(t); }, help: 'n' },
        { long: 'quiet', short: 'q', help: 'quiet' },
        { long: 'no-color', help: 'no colour' },
      ],
    },
    { name: 'init', summary: 'Init.', argument: { name: 'file', default: 'x.yml', help: 'where' }, options: [] },
    { name: 'merge', summary: 'Merge.', argument: { name: 'inputs', variadic: true, required: true, help: 'inputs' }, options: [] },
  ],
};

const parse = (...argv: string[]) => parseCommandLine(PROGRAM, argv);
const command = (...argv: string[]) => {
  const parsed = parse(...argv);
  if (parsed.kind !== 'command') throw new Error(`expected a command, got ${parsed.kind}`);
  return parsed;
};

describe('command-line parsing', () => {
  it('uses the default command when the first word is not a command', () => {
    expect(command('a.pkl', '-q')).toEqual({ kind: 'command', command: 'scan', args: ['a.pkl'], flags: { quiet: true, failOn: 'high' } });
    expect(command('scan', 'a.pkl').args).toEqual(['a.pkl']);
  });

  it('lets a variadic option take the words up to the next option, like commander', () => {
    const r = command('scan', '-e', '*.tmp', '*.bak', '-p', 'x', 'y', '--quiet', 'z');
    expect(r.flags.exclude).toEqual(['*.tmp', '*.bak']);
    expect(r.flags.path).toEqual(['x', 'y']);
    expect(r.args).toEqual(['z']);
    // An inline value ends the option's list; `--` ends it too.
    expect(command('--exclude=*.tmp', 'a').args).toEqual(['a']);
    expect(command('-e', '*.tmp', '--', 'a').args).toEqual(['a']);
  });

  it('collects repeatable options, applies defaults, choices, parsers and negated booleans', () => {
    const r = command('--limit', 'a=1', '--limit', 'b=2', '--fail-on', 'low', '--count', '3', '--no-color', '.');
    expect(r.flags).toEqual({ limit: ['a=1', 'b=2'], failOn: 'low', count: 3, color: false });
    expect(() => parse('--fail-on', 'severe')).toThrow(/argument 'severe' is invalid. Allowed choices are high, low/);
    expect(() => parse('--count', 'x')).toThrow(/'--count <n>' argument 'x' is invalid. not a number/);
  });

  it('turns every command-line mistake into a UsageError with a short message', () => {
    expect(() => parse('--bogus')).toThrow(UsageError);
    expect(() => parse('--bogus')).toThrow("unknown option '--bogus'");
    expect(() => parse('--fail-on')).toThrow("option '--fail-on <severity>' argument missing");
    expect(() => parse('--quiet=yes')).toThrow(/does not take a value/);
    expect(() => parse('merge')).toThrow("missing required argument 'inputs'");
    expect(() => parse('init', 'a', 'b')).toThrow(/too many arguments/);
  });

  it('answers --version, --help and help <command>', () => {
    expect(parse('--version')).toEqual({ kind: 'version', text: '1.2.3\n' });
    const top = parse('--help');
    expect(top.kind).toBe('help');
    expect(top.kind === 'help' && top.text).toMatch(/Usage: tool \[options\] \[command\][\s\S]*scan \[options\] \[paths\.\.\.\][\s\S]*merge <inputs\.\.\.>/);
    const scan = parse('scan', '--help');
    expect(scan.kind === 'help' && scan.text).toMatch(/--fail-on <severity>\s+threshold \(choices: "high", "low", default: "high"\)/);
    expect(parse('help', 'init')).toEqual(parse('init', '-h'));
    expect(command('init').args).toEqual(['x.yml']);
    // After `--`, "--help" is a path.
    expect(command('--', '--help').args).toEqual(['--help']);
  });
});
