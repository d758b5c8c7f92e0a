/**
 * Operator domains that are part of ONNX or ONNX Runtime itself: their
 * operators are implemented by the runtime, not by code the model brings.
 */
const BUILT_IN_DOMAINS = new Set(['', 'ai.onnx', 'ai.onnx.ml', 'ai.onnx.training', 'ai.onnx.preview.training']);

export function isBuiltInDomain(domain: string): boolean {
  return BUILT_IN_DOMAINS.has(domain) || domain === 'com.microsoft' || domain.startsWith('com.microsoft.') || domain.startsWith('com.ms.internal.');
}

/**
 * Operators that call Python named by the model: ONNX Runtime's language
 * interop `PyOp`, ORTModule's `PythonOp`/`PythonOpGrad` (torch autograd
 * functions by name), and Python-defined ops of onnxruntime-extensions
 * (`ai.onnx.contrib`, the ones spelt Py*). Matched in any domain.
 */
export function isPythonOperator(opType: string, domain: string): boolean {
  if (/^Py(thon)?(Op|Func|Function)(Grad)?$/.test(opType)) return true;
  return domain === 'ai.onnx.contrib' && opType.startsWith('Py');
}

/** Module and function names that make a Python operator run commands or code. */
const DANGEROUS_PYTHON_NAMES = new Set([
  'os', 'posix', 'nt', 'subprocess', 'builtins', '__builtin__', 'eval', 'exec', 'system', 'popen', 'spawn', 'check_output',
  'pty', 'socket', 'importlib', '__import__', 'runpy', 'pickle', 'marshal', 'shutil', 'sys', 'ctypes', 'compile', 'code',
]);

/** The dangerous names spelt in an operator's string attributes (module, class_name, compute, func_name…). */
export function dangerousPythonNames(values: readonly string[]): string[] {
  const found = new Set<string>();
  for (const value of values) for (const part of value.split(/[^A-Za-z0-9_]+/)) if (DANGEROUS_PYTHON_NAMES.has(part)) found.add(part);
  return [...found].sort();
}
