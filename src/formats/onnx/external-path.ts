/**
 * Why an external-data `location` escapes the model's folder, or undefined
 * when it is a plain relative path below it. Mirrors what ONNX ≥ 1.17 refuses
 * (CVE-2022-25882, CVE-2024-27318 `sub/../../x`, CVE-2025-51480) and adds the
 * Windows forms, which onnx's POSIX-minded checks historically missed.
 */
export function externalPathProblem(location: string): string | undefined {
  if (location.includes('\0')) return 'it contains a NUL byte, which truncates the path in C code';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(location)) return 'it is a URL';
  if (/^[\\/]{2}/.test(location)) return 'it is a UNC or network path';
  if (/^[A-Za-z]:/.test(location)) return 'it is a Windows drive path';
  if (/^[\\/]/.test(location)) return 'it is an absolute path';
  const parts = location.split(/[\\/]+/);
  let depth = 0;
  for (const part of parts) {
    if (part === '..') depth--;
    else if (part !== '' && part !== '.') depth++;
    if (depth < 0) return 'it climbs out of the model\'s folder with ".."';
  }
  if (parts.includes('..')) return 'it contains a ".." component';
  return undefined;
}
