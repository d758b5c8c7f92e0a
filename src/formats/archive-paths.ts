import type { ScanContext } from '../core/scanner.js';

/**
 * Archive member names that write outside the folder an archive is unpacked
 * into ("zip slip"): absolute paths, drive and UNC paths, `..` that climbs
 * out, and tar links pointing out. Python's tarfile.extractall follows them
 * before 3.12 (CVE-2007-4559; the ONNX hub tar extraction, CVE-2024-5187;
 * NeMo and other `.tar`-based checkpoints are unpacked the same way), as do
 * many zip extractors. Nothing is ever extracted here: the names are only read.
 */
export function memberPathProblem(name: string): string | undefined {
  if (name.includes('\0')) return 'a NUL byte in the name';
  if (/^[\\/]{2}/.test(name)) return 'a UNC or network path';
  if (/^[A-Za-z]:/.test(name)) return 'a Windows drive path';
  if (/^[\\/]/.test(name)) return 'an absolute path';
  return climbsOut(name.split(/[\\/]+/), 0) ? 'a ".." that climbs out of the extraction folder' : undefined;
}

/** A symlink's target, relative to the folder of the link itself. */
export function linkTargetProblem(linkName: string, target: string): string | undefined {
  if (/^[\\/]/.test(target) || /^[A-Za-z]:/.test(target)) return `a link to the absolute path "${target.slice(0, 200)}"`;
  const depth = linkName.split(/[\\/]+/).filter((p) => p !== '' && p !== '.').length - 1;
  return climbsOut(target.split(/[\\/]+/), Math.max(0, depth)) ? `a link to "${target.slice(0, 200)}", outside the extraction folder` : undefined;
}

function climbsOut(parts: string[], start: number): boolean {
  let depth = start;
  for (const part of parts) {
    if (part === '..') depth--;
    else if (part !== '' && part !== '.') depth++;
    if (depth < 0) return true;
  }
  return false;
}

const MAX_LISTED = 20;

/** Collects unsafe names of one archive and reports them as one finding (one archive, one root cause). */
export class UnsafePaths {
  private readonly found: { name: string; problem: string }[] = [];
  private count = 0;

  add(name: string, problem: string | undefined): void {
    if (problem === undefined) return;
    if (this.found.length < MAX_LISTED) this.found.push({ name: name.slice(0, 300), problem });
    this.count++;
  }

  report(ctx: ScanContext, kind: string): void {
    if (this.count === 0) return;
    const first = this.found[0]!;
    const more = this.count > 1 ? ` and ${this.count - 1} more member${this.count > 2 ? 's' : ''}` : '';
    ctx.report({
      ruleId: 'archive/path-traversal',
      message:
        `The ${kind} member "${first.name}" has ${first.problem}${more}: unpacking the archive (${kind === 'tar' ? 'tarfile.extractall before Python 3.12' : 'many unzip tools and hand-written extractors'}) ` +
        'writes or links files outside the target folder, which can overwrite code that runs later.',
      properties: { members: this.found, count: this.count },
    });
  }
}
