import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding, ScanReport } from '../core/types.js';
import { ConfigError, readInputText } from '../config/types.js';
import { fileFor } from '../config/report-edit.js';
import { sha256File } from './hash.js';

export const CHECKSUM_RULE = 'integrity/checksum-mismatch';

export interface ChecksumEntry {
  sha256: string;
  /** As written in the list (relative to the list's folder). */
  path: string;
  /** 1-based line in the list. */
  line: number;
}

export interface ChecksumList {
  /** Absolute path of the list. */
  path: string;
  /** As given by the user. */
  name: string;
  entries: ChecksumEntry[];
}

/** `sha256sum` output: `<64 hex><space><space or *><path>`; blank lines and `#` comments are skipped. */
export function parseChecksums(text: string, name: string): ChecksumEntry[] {
  const entries: ChecksumEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trimEnd();
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    // GNU escapes names with backslashes or newlines by prefixing the line with '\'.
    const escaped = line.startsWith('\\');
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(escaped ? line.slice(1) : line);
    if (!m) throw new ConfigError(`checksums ${name}: line ${index + 1}: expected "<sha256>  <file>" (sha256sum format)`);
    const path = escaped ? m[2]!.replace(/\\(\\|n|r)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\')) : m[2]!;
    entries.push({ sha256: m[1]!.toLowerCase(), path, line: index + 1 });
  });
  return entries;
}

export function loadChecksums(root: string, name: string): ChecksumList {
  const path = resolve(root, name);
  const text = readInputText(path, `checksums ${name}`);
  return { path, name, entries: parseChecksums(text, name) };
}

/**
 * Verifies every listed file (paths relative to the list's folder, as
 * `sha256sum -c` run there expects). A mismatch is a finding on the file; a
 * missing file is a finding on the list. Mutates and returns the report;
 * digests computed here are recorded on scanned files.
 */
export function verifyChecksums(report: ScanReport, list: ChecksumList): ScanReport {
  const base = dirname(list.path);
  const listDisplay = displayOf(report.root, list.path);
  for (const entry of list.entries) {
    const absolute = resolve(base, entry.path);
    const display = displayOf(report.root, absolute);
    const scanned = report.files.find((f) => f.absolutePath === absolute || f.file === display);
    if (!existsSync(absolute) || !statSync(absolute).isFile()) {
      const finding: Finding = {
        ruleId: CHECKSUM_RULE,
        severity: 'high',
        file: listDisplay,
        format: 'checksums',
        message: `${entry.path} is listed in ${list.name} (line ${entry.line}) but does not exist.`,
        properties: { listed: entry.path, expected: entry.sha256, line: entry.line },
      };
      fileFor(report, listDisplay, list.path).findings.push(finding);
      continue;
    }
    const actual = scanned?.sha256 ?? sha256File(absolute);
    if (scanned && !scanned.sha256) scanned.sha256 = actual;
    if (actual === entry.sha256) continue;
    const target = scanned ?? fileFor(report, display, absolute, statSync(absolute).size);
    target.findings.push({
      ruleId: CHECKSUM_RULE,
      severity: 'high',
      file: target.file,
      format: 'checksums',
      message: `The SHA-256 of this file is ${actual}, but ${list.name} (line ${entry.line}) records ${entry.sha256}: the file changed after the list was made.`,
      properties: { expected: entry.sha256, actual, list: list.name, line: entry.line },
    });
  }
  return report;
}

/** Adds `sha256` to every file scanned from disk that lacks one. */
export function hashScannedFiles(report: ScanReport): ScanReport {
  for (const file of report.files) {
    if (file.sha256 || file.status === 'ignored' || file.status === 'error') continue;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file.absolutePath)) continue;
    try {
      file.sha256 = sha256File(file.absolutePath);
    } catch {
      // Unreadable now: the scan already said so.
    }
  }
  return report;
}

function displayOf(root: string, path: string): string {
  const rel = relative(root, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return path.split(sep).join('/');
  return rel.split(sep).join('/');
}
