import type { FileResult } from '../core/types.js';

/**
 * Progress of a long scan, on stderr (stdout stays the report):
 * - on a terminal, one live line redrawn at most every `ttyIntervalMs` and cleared at the end;
 * - elsewhere (CI logs), one plain line every `logIntervalMs`, so a long job shows it is alive.
 *   Scans shorter than that print nothing.
 * Never throws; never prints file contents (only counts and sizes).
 */
export interface ProgressOptions {
  /** Files to scan (for "n/total"). */
  total: number;
  write: (text: string) => void;
  /** Live line (terminal) or periodic lines (logs). */
  tty: boolean;
  /** Prefix of log lines, e.g. the tool name. */
  label?: string;
  now?: () => number;
  ttyIntervalMs?: number;
  logIntervalMs?: number;
  /** Terminal width, to keep the live line on one row. */
  columns?: number;
}

export class Progress {
  private done = 0;
  private bytes = 0;
  private findings = 0;
  private readonly started: number;
  private lastDraw: number;
  private drawn = false;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => Date.now());
    this.started = this.now();
    this.lastDraw = this.started;
  }

  /** Pass as ScanOptions.onFile. */
  readonly onFile = (result: FileResult): void => {
    this.done++;
    this.bytes += result.size;
    this.findings += result.findings.length;
    const now = this.now();
    const { tty, ttyIntervalMs = 100, logIntervalMs = 10_000 } = this.options;
    if (now - this.lastDraw < (tty ? ttyIntervalMs : logIntervalMs)) return;
    this.lastDraw = now;
    if (tty) {
      const line = this.line(now);
      const width = Math.max(20, (this.options.columns ?? 80) - 1);
      this.options.write(`\r\x1b[2K${line.length > width ? line.slice(0, width) : line}`);
      this.drawn = true;
    } else {
      this.options.write(`${this.options.label ? `${this.options.label}: ` : ''}${this.line(now)}\n`);
    }
  };

  /** Clears the live line (terminal); a no-op for logs. */
  finish(): void {
    if (this.drawn) this.options.write('\r\x1b[2K');
    this.drawn = false;
  }

  private line(now: number): string {
    const { total } = this.options;
    const pct = total > 0 ? ` (${Math.floor((this.done / total) * 100)}%)` : '';
    const findings = this.findings === 1 ? '1 finding' : `${this.findings} findings`;
    return `scanned ${this.done}/${total} files${pct}, ${formatBytes(this.bytes)}, ${findings}, ${formatSeconds(now - this.started)}`;
  }
}

export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

function formatSeconds(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
