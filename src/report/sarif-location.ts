import type { ArtifactLocation } from 'sarif';

/** The base id GitHub (and CodeQL) use for "relative to the repository root". */
export const SRCROOT = '%SRCROOT%';

/**
 * Percent-encodes one path segment. Encodes everything a URI treats
 * specially (space, `#`, `?`, `%`, `:`) and every non-ASCII character (as UTF-8).
 */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment);
}

function encodePath(posixPath: string): string {
  return posixPath.split('/').map(encodeSegment).join('/');
}

function isWindowsAbsolute(path: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(path);
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || isWindowsAbsolute(path);
}

/** True when a report path cannot be expressed relative to the root. */
function isOutsideRoot(file: string): boolean {
  return isAbsolutePath(file) || file === '..' || file.startsWith('../');
}

/** `file://` URI for an absolute path (POSIX or Windows). */
export function fileUri(absolutePath: string): string {
  // Already a URL (files scanned from the Hugging Face Hub).
  if (/^https?:\/\//i.test(absolutePath)) return absolutePath;
  const posix = absolutePath.replace(/\\/g, '/');
  if (isWindowsAbsolute(absolutePath)) {
    const [drive, ...rest] = posix.split('/');
    return `file:///${drive}/${encodePath(rest.join('/'))}`;
  }
  return `file://${encodePath(posix)}`;
}

/** `file://` URI of a directory, ending with '/' as SARIF requires for base URIs. */
export function directoryUri(absolutePath: string): string {
  const uri = fileUri(absolutePath);
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/**
 * Where a file lives, for SARIF: relative to %SRCROOT% when it is under the
 * root (what code scanning needs to show it), an absolute `file://` URI otherwise.
 */
export function artifactLocationFor(file: string, absolutePath: string): ArtifactLocation {
  if (isOutsideRoot(file)) return { uri: fileUri(isAbsolutePath(absolutePath) ? absolutePath : file) };
  return { uri: encodePath(file), uriBaseId: SRCROOT };
}
