import { createRequire } from 'node:module';

/**
 * A Node built-in loaded synchronously the first time it is needed, so start-up pays only for the
 * built-ins a run uses (node:zlib, node:worker_threads, node:os). Node caches the module itself.
 */
export function builtin<T>(name: string): T {
  return createRequire(import.meta.url)(name) as T;
}
