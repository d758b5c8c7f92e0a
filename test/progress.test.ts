import { describe, expect, it } from 'vitest';
import { Progress, formatBytes } from '../src/cli/progress.js';
import type { FileResult } from '../src/core/types.js';

const file = (size: number, findings = 0): FileResult => ({
  file: 'x.pkl',
  absolutePath: '/x.pkl',
  size,
  formats: ['pickle'],
  status: 'complete',
  reasons: [],
  findings: Array.from({ length: findings }, () => ({ ruleId: 'r', severity: 'high' as const, file: 'x.pkl', format: 'pickle', message: 'm' })),
  durationMs: 1,
});

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('progress', () => {
  it('on a terminal: one live line, throttled, cleared at the end', () => {
    const c = clock();
    let out = '';
    const p = new Progress({ total: 4, write: (s) => void (out += s), tty: true, now: c.now, ttyIntervalMs: 100 });
    p.onFile(file(1000));
    expect(out).toBe(''); // under the interval: nothing yet
    c.advance(150);
    p.onFile(file(2_500_000, 1));
    expect(out).toBe('\r\x1b[2Kscanned 2/4 files (50%), 2.5 MB, 1 finding, 0 s');
    c.advance(50);
    p.onFile(file(1));
    expect(out.split('\r\x1b[2K')).toHaveLength(2); // throttled
    p.finish();
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
    expect(out).not.toContain('\n');
  });

  it('in logs: a plain line per interval, nothing for short scans, nothing to clear', () => {
    const c = clock();
    const lines: string[] = [];
    const p = new Progress({ total: 3, write: (s) => void lines.push(s), tty: false, label: 'modelscan-action', now: c.now, logIntervalMs: 10_000 });
    p.onFile(file(10));
    c.advance(9_000);
    p.onFile(file(10));
    expect(lines).toEqual([]);
    c.advance(61_000);
    p.onFile(file(10));
    p.finish();
    expect(lines).toEqual(['modelscan-action: scanned 3/3 files (100%), 30 B, 0 findings, 1 min 10 s\n']);
  });

  it('keeps the live line within the terminal width', () => {
    const c = clock();
    let out = '';
    const p = new Progress({ total: 1, write: (s) => void (out = s), tty: true, now: c.now, columns: 30 });
    c.advance(1000);
    p.onFile(file(1));
    expect(out.replace('\r\x1b[2K', '').length).toBeLessThanOrEqual(29);
  });

  it('formats sizes', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(10_737_418_240)).toBe('10.7 GB');
  });
});
