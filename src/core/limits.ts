/**
 * Resource bounds. Exceeding one is never silent: the scanner reports the file
 * as not fully scanned, naming the limit.
 */
export interface Limits {
  /** Archive / nested payload depth (a zip inside a zip is depth 2). */
  maxDepth: number;
  /** Largest single member we inflate into memory, bytes. */
  maxMemberBytes: number;
  /** Total bytes inflated for one file on disk, all members together. */
  maxTotalInflatedBytes: number;
  /** Members examined per archive. */
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
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 5,
  maxMemberBytes: 512 * 1024 * 1024,
  maxTotalInflatedBytes: 2 * 1024 * 1024 * 1024,
  maxMembers: 100_000,
  maxPickleBytes: 1024 * 1024 * 1024,
  maxPickleOpcodes: 50_000_000,
  maxStackDepth: 100_000,
  maxMemoEntries: 1_000_000,
  maxFindingsPerFile: 1_000,
};
