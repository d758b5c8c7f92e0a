import { readFileSync } from 'node:fs';
import type { Severity } from '../core/severity.js';

/** `.modelscan.yml`, as validated against schema/modelscan-config.schema.json. */
export interface ModelscanConfig {
  version?: 1;
  pickle?: {
    allow?: { module: string; name: string; reason?: string }[];
    deny?: { module: string; name?: string; severity: Severity; reason?: string }[];
  };
  /** Rule id -> severity. */
  severity?: Record<string, Severity>;
  /** Globs (relative to the scan root) of files to leave out. */
  ignore?: string[];
  suppressions?: Suppression[];
}

export interface Suppression {
  /** Path or glob relative to the scan root. */
  file: string;
  sha256?: string;
  rule: string;
  callable?: string;
  reason: string;
  /** YYYY-MM-DD: the suppression stops applying after this day (UTC). */
  expires?: string;
}

/** A configuration read from disk. */
export interface LoadedConfig {
  config: ModelscanConfig;
  /** Absolute path of the file. */
  path: string;
  /** The file as reports name it: POSIX, relative to the scan root (absolute outside it). */
  displayPath: string;
  size: number;
}

/** Bad configuration: `message` is one line naming the file and the key. */
/** Configuration files looked for at the scan root. */
export const CONFIG_FILE_NAMES = ['.modelscan.yml', '.modelscan.yaml'] as const;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads a user-named input file (baseline, checksum list); a failure is one ConfigError line, e.g. `baseline x: file not found`. */
export function readInputText(path: string, label: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${label}: ${code === 'ENOENT' ? 'file not found' : error instanceof Error ? error.message : String(error)}`);
  }
}
