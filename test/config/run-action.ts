// Runs the action in-process (src/action/main.ts) with INPUT_* and GITHUB_* variables, capturing workflow commands.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, vi } from 'vitest';
import { run } from '../../src/action/main.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Runs the action in-process with INPUT_* variables; returns what it printed. */
export async function runAction(
  root: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<{ stdout: string; exitCode: number; outputs: string }> {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  const output = join(root, '.gh-output');
  writeFileSync(output, '');
  Object.assign(process.env, { GITHUB_WORKSPACE: root, GITHUB_OUTPUT: output, ...env });
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  await run();
  vi.restoreAllMocks();
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { stdout, exitCode, outputs: readFileSync(output, 'utf8') };
}

