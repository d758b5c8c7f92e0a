/**
 * Resource bounds. Exceeding one is never silent: the scanner reports the file
 * as not fully scanned, naming the limit.
 *
 * Every limit can be changed by name: `--limit name=value` on the CLI, the
 * `limits` input of the action (one `name=value` a line), or `limits:` in
 * `.modelscan.yml`. All of them go through {@link parseLimits}.
 */
export interface Limits {
  /** Archive / nested payload depth (a zip inside a zip is depth 2). */
  maxDepth: number;
  /** Largest single member we inflate into memory, bytes. */
  maxMemberBytes: number;
  /** Total bytes inflated for one file on disk, all members and nesting levels together. */
  maxTotalInflatedBytes: number;
  /** Members examined per file on disk (all archives nested in it together). */
  maxMembers: number;
  /** Largest pickle stream walked, bytes. */
  maxPickleBytes: number;
  /** Opcodes executed symbolically per pickle stream. */
  maxPickleOpcodes: number;
  /** Symbolic stack depth and memo entries. */
  maxStackDepth: number;
  maxMemoEntries: number;
  /** Findings kept per file (the rest are counted). */
  maxFindingsPerFile: number;
  /** Largest JSON document parsed (Keras configs, side configs, safetensors headers), bytes. */
  maxJsonBytes: number;
  /** Deepest nesting of arrays and objects in a JSON document. */
  maxJsonDepth: number;
  /** Wall-clock time one file on disk may take, everything nested in it included, seconds. */
  maxFileSeconds: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 5,
  maxMemberBytes: 512 * 1024 * 1024,
  maxTotalInflatedBytes: 2 * 1024 * 1024 * 1024,
  maxMembers: 100_000,
  maxPickleBytes: 1024 * 1024 * 1024,
  maxPickleOpcodes: 50_000_000,
  maxStackDepth: 100_000,
  // Real pickles stay far below (one memo entry per object or string); the pickle engine keeps
  // memoized strings as source offsets (12 bytes each), so the bound stays affordable.
  maxMemoEntries: 16_000_000,
  maxFindingsPerFile: 1_000,
  // The safetensors reference loader refuses headers above 100 MB; nothing else comes close.
  maxJsonBytes: 100_000_000,
  // Python's json module gives up near its recursion limit (1000): deeper files do not load.
  maxJsonDepth: 1_000,
  maxFileSeconds: 300,
};

/** What each limit measures, for messages and `--help`. */
export const LIMIT_DESCRIPTIONS: Record<keyof Limits, string> = {
  maxDepth: 'archive / nested payload depth',
  maxMemberBytes: 'largest archive member or decompressed stream, bytes',
  maxTotalInflatedBytes: 'bytes decompressed per file on disk, all levels together',
  maxMembers: 'archive members examined per file on disk',
  maxPickleBytes: 'largest pickle stream walked, bytes',
  maxPickleOpcodes: 'pickle opcodes executed per stream',
  maxStackDepth: 'pickle stack depth',
  maxMemoEntries: 'pickle memo entries',
  maxFindingsPerFile: 'findings listed per file',
  maxJsonBytes: 'largest JSON document parsed, bytes',
  maxJsonDepth: 'deepest JSON nesting',
  maxFileSeconds: 'time budget per file on disk, seconds',
};

const BYTE_LIMITS = new Set<keyof Limits>(['maxMemberBytes', 'maxTotalInflatedBytes', 'maxPickleBytes', 'maxJsonBytes']);
const UNITS: Record<string, number> = {
  '': 1, b: 1,
  k: 1024, kb: 1000, kib: 1024,
  m: 1024 ** 2, mb: 1000 ** 2, mib: 1024 ** 2,
  g: 1024 ** 3, gb: 1000 ** 3, gib: 1024 ** 3,
};

export class LimitError extends Error {}

/**
 * Validates limits given by name (from a flag, an action input or a config
 * file). Values are positive integers (`1_000_000` and `1,000,000` are fine);
 * byte limits also take a unit (`512MiB`, `2GB`, `64k`). Throws a
 * {@link LimitError} naming the offending limit.
 */
export function parseLimits(record: Readonly<Record<string, unknown>>): Partial<Limits> {
  const out: Partial<Limits> = {};
  for (const [name, raw] of Object.entries(record)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, name)) {
      const near = Object.keys(DEFAULT_LIMITS).find((k) => k.toLowerCase() === name.toLowerCase().replace(/[-_]/g, ''));
      throw new LimitError(
        `unknown limit "${name}"${near ? ` (did you mean "${near}"?)` : ''}; known limits: ${Object.keys(DEFAULT_LIMITS).join(', ')}`,
      );
    }
    const key = name as keyof Limits;
    out[key] = parseLimitValue(key, raw);
  }
  return out;
}

function parseLimitValue(key: keyof Limits, raw: unknown): number {
  let value: number | undefined;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    const m = /^\s*([0-9][0-9_,]*)\s*([a-z]*)\s*$/i.exec(raw);
    const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
    if (m && unit !== undefined && (unit === 1 || BYTE_LIMITS.has(key))) value = Number(m[1]!.replace(/[_,]/g, '')) * unit;
  }
  if (value === undefined || !Number.isSafeInteger(value) || value < 1) {
    const units = BYTE_LIMITS.has(key) ? ' (a unit such as 512MiB or 2GB is accepted)' : '';
    throw new LimitError(`limit "${key}" (${LIMIT_DESCRIPTIONS[key]}) must be a positive integer${units}, not ${JSON.stringify(raw)}`);
  }
  return value;
}

/**
 * `name=value` lines (CLI `--limit`, the action's `limits` input) into a record
 * for {@link parseLimits}. Blank lines and `#` comments are skipped.
 */
export function parseLimitAssignments(lines: readonly string[]): Partial<Limits> {
  const record: Record<string, string> = {};
  for (const line of lines.flatMap((l) => l.split(/\r?\n/))) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const eq = text.indexOf('=');
    if (eq <= 0) throw new LimitError(`expected name=value (e.g. maxDepth=3), not "${text}"`);
    record[text.slice(0, eq).trim()] = text.slice(eq + 1).trim();
  }
  return parseLimits(record);
}
