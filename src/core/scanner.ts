import type { Limits } from './limits.js';
import type { FileBudget } from './budget.js';
import type { FindingInput } from './types.js';
import type { ByteSource } from './source.js';
import type { Policy } from '../policy/policy.js';

/** What a format scanner sees of a candidate before it claims it. */
export interface Probe {
  /** The first bytes (up to PROBE_HEAD_BYTES). */
  readonly head: Uint8Array;
  /** The last bytes (up to PROBE_TAIL_BYTES): zip directories live at the end. */
  readonly tail: Uint8Array;
  readonly size: number;
  /** Base name of the file or member, lower-cased: a hint, never a verdict. */
  readonly name: string;
  /** Extension of `name` including the dot (".pkl"), lower-cased, or "". */
  readonly extension: string;
  readonly source: ByteSource;
}

export const PROBE_HEAD_BYTES = 4096;
export const PROBE_TAIL_BYTES = 65_557; // max zip EOCD record + comment

/**
 * How sure a scanner is that the bytes are its format.
 * - `magic`: a signature or structure that identifies the format;
 * - `hint`: only the name suggests it (the scanner will report what it could not parse);
 * - false: not this format.
 */
export type Claim = 'magic' | 'hint' | false;

export interface ScanContext {
  readonly source: ByteSource;
  /** POSIX path of the file on disk, relative to the scan root. */
  readonly file: string;
  /** Path inside archives ("a.zip!/b/data.pkl"), undefined for the file itself. */
  readonly member: string | undefined;
  /**
   * Absolute path of the file on disk, set only when `source` is that whole file
   * (depth 0): for libraries that must open the file by path (h5wasm).
   */
  readonly absolutePath?: string;
  /** 0 for the file on disk, +1 per archive or nested payload level. */
  readonly depth: number;
  readonly limits: Limits;
  readonly policy: Policy;
  /**
   * Work shared by everything nested in this file on disk, whatever the format:
   * decompressed bytes, archive members, the time budget.
   */
  readonly budget: FileBudget;
  /**
   * Throws once the file's time budget (maxFileSeconds) is spent; the core
   * reports it as `scan/incomplete`. Long loops (opcodes, members, nodes) call
   * it every few thousand steps; let the error propagate.
   */
  checkBudget(): void;
  /** Adds a finding at this location (file/member/format filled in). */
  report(finding: FindingInput): void;
  /**
   * Marks the scan as not complete (parse error, limit): adds a `scan/incomplete`
   * finding. Findings reported before stay.
   */
  incomplete(reason: string, offset?: number): void;
  /**
   * Scans bytes found inside this one (archive member, embedded pickle),
   * routed by content. `name` is the member's path inside this container.
   * Resolves to the id of the scanner that took the bytes, or undefined when
   * none recognised them (or the depth limit stopped it).
   */
  scanNested(source: ByteSource, name: string): Promise<string | undefined>;
}

/** One format family. Add a folder under src/formats/ exporting one of these. */
export interface FormatScanner {
  /** Stable id, also the `format` of its findings ("pickle", "pytorch-zip"). */
  readonly id: string;
  /** Human name ("Python pickle"). */
  readonly name: string;
  /** Extensions (with dot) this format usually carries: used as routing hints and default globs. */
  readonly extensions: readonly string[];
  /** Synchronous for signatures; a promise when deciding needs a module loaded on first use. */
  claim(probe: Probe): Claim | Promise<Claim>;
  scan(ctx: ScanContext): void | Promise<void>;
}
