import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A file to scan. */
export interface CandidateFile {
  absolutePath: string;
  /** POSIX path relative to the scan root (absolute when the file lies outside it). */
  relativePath: string;
  /** Named directly by the user: reported even when it is not a recognisable model. */
  explicit: boolean;
}

export interface Discovery {
  files: CandidateFile[];
  /** Inputs that do not exist or cannot be read. */
  errors: { path: string; message: string }[];
  /** Entries deliberately not followed (symlinks out of the root, special files). */
  skipped: { path: string; reason: string }[];
}

export interface DiscoverOptions {
  /** Absolute directory results are relative to; symlinks may not leave it. */
  root: string;
  /** Globs (relative to root) of files to leave out. */
  exclude?: readonly string[];
  /** Follow symlinks that point outside the root (off by default). */
  followExternalSymlinks?: boolean;
}

const SKIP_DIRS = new Set(['.git', '.hg', '.svn']);

/** The glob library, loaded when a run has globs or excludes (a plain scan of paths never needs it). */
async function loadPicomatch(): Promise<typeof import('picomatch')> {
  return (await import('picomatch')).default;
}

async function excludeMatcher(options: DiscoverOptions): Promise<(path: string) => boolean> {
  const exclude = (options.exclude ?? []).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
  if (exclude.length === 0) return () => false;
  return (await loadPicomatch())(exclude, { dot: true });
}

/**
 * CLI style: each path is a file or a folder (walked recursively).
 */
export async function discoverPaths(paths: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const walker = new Walker(options, await excludeMatcher(options));
  for (const input of paths) {
    const absolute = resolve(options.root, input);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      walker.errors.push({ path: input, message: describeFsError(error, input) });
      continue;
    }
    if (stat.isDirectory()) walker.walk(absolute, () => true, safeRealpath(absolute) ?? absolute);
    else if (stat.isFile()) walker.add(absolute, true);
    else walker.skipped.push({ path: input, reason: 'not a regular file' });
  }
  return walker.result();
}

/**
 * Action style: newline-separated globs relative to the root. A pattern without
 * glob characters that names a folder means everything below it.
 */
export async function discoverGlobs(patterns: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const picomatch = await loadPicomatch();
  const walker = new Walker(options, await excludeMatcher(options));
  const globs: string[] = [];
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (!pattern || pattern.startsWith('#')) continue;
    if (!picomatch.scan(pattern).isGlob) {
      const absolute = resolve(options.root, pattern);
      try {
        const stat = statSync(absolute);
        if (stat.isDirectory()) {
          globs.push(`${toPosix(relative(options.root, absolute)) || '.'}/**`.replace(/^\.\//, ''));
          continue;
        }
      } catch {
        // Not there: treated as a glob that matches nothing.
      }
    }
    globs.push(pattern.replace(/^\.\//, ''));
  }
  // Case-insensitive: MODEL.PKL is as dangerous as model.pkl.
  const matches = picomatch(globs.length ? globs : ['**'], { dot: true, nocase: true });
  walker.walk(options.root, (rel) => matches(rel), safeRealpath(options.root) ?? options.root);
  return walker.result();
}

class Walker {
  readonly files: CandidateFile[] = [];
  readonly errors: Discovery['errors'] = [];
  readonly skipped: Discovery['skipped'] = [];
  private readonly seen = new Set<string>();
  private readonly excluded: (path: string) => boolean;
  private readonly rootReal: string;

  constructor(
    private readonly options: DiscoverOptions,
    excluded: (path: string) => boolean,
  ) {
    this.excluded = excluded;
    this.rootReal = safeRealpath(options.root) ?? options.root;
  }

  /** `real`: the resolved path when the caller knows it (a plain file below a resolved folder). */
  add(absolute: string, explicit: boolean, real = safeRealpath(absolute) ?? absolute, relativePath = this.relativeOf(absolute)): void {
    if (this.seen.has(real)) return;
    if (this.excluded(relativePath)) return;
    this.seen.add(real);
    this.files.push({ absolutePath: absolute, relativePath, explicit });
  }

  /**
   * Walks `dir`, whose resolved path is `realDir`: plain files and folders below it
   * resolve to `realDir/name`, so only symbolic links cost a realpath (one per file
   * was most of the per-file overhead on folders of small models).
   */
  walk(dir: string, include: (relativePath: string) => boolean, realDir: string): void {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.errors.push({ path: this.relativeOf(dir), message: describeFsError(error, dir) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const relDir = this.relativeOf(dir);
    const prefix = relDir === '.' ? '' : relDir.endsWith('/') ? relDir : `${relDir}/`;
    // readdir paths are already normal: concatenate instead of path.join (measurable per file).
    const dirSep = dir.endsWith(sep) ? dir : dir + sep;
    const realSep = realDir.endsWith(sep) ? realDir : realDir + sep;
    for (const entry of entries) {
      const absolute = dirSep + entry.name;
      const rel = prefix + entry.name;
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name) || this.excluded(rel)) continue;
        this.walk(absolute, include, realSep + entry.name);
      } else if (entry.isFile()) {
        if (include(rel)) this.add(absolute, false, realSep + entry.name, rel);
      } else if (entry.isSymbolicLink()) {
        this.followLink(absolute, rel, include);
      }
    }
  }

  private followLink(absolute: string, rel: string, include: (relativePath: string) => boolean): void {
    const real = safeRealpath(absolute);
    if (!real) {
      if (include(rel)) this.skipped.push({ path: rel, reason: 'broken symbolic link' });
      return;
    }
    if (!this.options.followExternalSymlinks && !isInside(this.rootReal, real)) {
      if (include(rel)) this.skipped.push({ path: rel, reason: 'symbolic link to a path outside the scan root' });
      return;
    }
    const stat = lstatSync(real);
    if (stat.isDirectory()) {
      // Links to folders inside the root are reached by the walk anyway; following them risks loops.
      return;
    }
    if (stat.isFile() && include(rel)) this.add(absolute, false, real, rel);
  }

  private relativeOf(absolute: string): string {
    const rel = relative(this.options.root, absolute);
    if (!rel) return '.';
    if (rel.startsWith('..') || isAbsolute(rel)) return toPosix(absolute);
    return toPosix(rel);
  }

  result(): Discovery {
    return { files: this.files, errors: this.errors, skipped: this.skipped };
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `no such file or directory: ${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${path}`;
  return error instanceof Error ? error.message : String(error);
}
