/**
 * What makes Python code referenced by a config obviously dangerous. Plain
 * text patterns, deliberately few: a hit raises the severity of the
 * remote-code finding; no hit never means the code is safe.
 */
const PATTERNS: { label: string; pattern: RegExp }[] = [
  { label: 'runs shell commands (os.system / os.popen / os.exec* / os.spawn*)', pattern: /\b(os|posix|nt)\.(system|popen|exec[lv]p?e?|spawn[lv]p?e?)\s*\(/ },
  { label: 'starts processes (subprocess / pty)', pattern: /\bsubprocess\b|\bpty\.spawn\b/ },
  { label: 'evaluates code (eval / exec / __import__)', pattern: /(?<![.\w])(eval|exec|__import__)\s*\(/ },
  { label: 'deserializes code (marshal / pickle / dill loads)', pattern: /\b(marshal|pickle|dill|cloudpickle)\.loads?\s*\(/ },
  { label: 'opens network connections (socket)', pattern: /\bsocket\.(socket|create_connection)\s*\(/ },
  { label: 'downloads from the network (urllib / requests / http.client)', pattern: /\burlopen\s*\(|\burllib\.request\b|\brequests\.(get|post)\s*\(|\bhttp\.client\b/ },
  { label: 'loads native code (ctypes)', pattern: /\bctypes\b/ },
];

export interface PythonHit {
  label: string;
  line: number;
}

/** The first line (1-based) matching each pattern. */
export function dangerousPython(source: string): PythonHit[] {
  const lines = source.split(/\r?\n/);
  const hits: PythonHit[] = [];
  for (const { label, pattern } of PATTERNS) {
    const index = lines.findIndex((line) => pattern.test(line));
    if (index >= 0) hits.push({ label, line: index + 1 });
  }
  return hits;
}
