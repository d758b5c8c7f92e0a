import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ScanContext } from '../../core/scanner.js';
import { dangerousPython } from './python-patterns.js';

/** Referenced modules above this are not read (modeling files are tens of KB). */
const MAX_PYTHON_BYTES = 4 * 1024 * 1024;

interface ModuleReference {
  /** "modeling_x" or "org/repo--modeling_x". */
  module: string;
  repo: string | undefined;
  /** Auto classes that map to it ("AutoModel", …). */
  autoClasses: string[];
}

/**
 * `auto_map` → the Python modules transformers imports with
 * trust_remote_code=True. Modules beside the config are read and checked for
 * obviously dangerous calls; others (another repo, or missing) are named only.
 */
export function reportRemoteCode(ctx: ScanContext, autoMap: Record<string, unknown>, configName: string): void {
  for (const ref of moduleReferences(autoMap)) {
    const where = `\`${ref.module}\` (${ref.autoClasses.join(', ')})`;
    const file = ref.repo === undefined ? localModule(ctx, ref.module) : undefined;
    const hits = file ? dangerousPython(file.text) : [];
    const origin =
      ref.repo !== undefined
        ? `it is downloaded from the repository "${ref.repo}" at load time, so it was not checked`
        : file
          ? hits.length > 0
            ? `${file.name} ${hits.map((h) => `${h.label} at line ${h.line}`).join('; ')}`
            : `${file.name} is beside the config; no obviously dangerous call was found in it, but it runs with full privileges`
          : 'the module file is not beside the config (it would be fetched from the Hub), so it was not checked';
    ctx.report({
      ruleId: 'hf/remote-code',
      severity: hits.length > 0 ? 'high' : 'medium',
      message: `${configName} maps ${where} to Python code that loading with trust_remote_code=True runs: ${origin}.`,
      callable: ref.repo ? `${ref.repo}--${ref.module}` : ref.module,
      properties: { autoClasses: ref.autoClasses, ...(hits.length ? { dangerousCalls: hits } : {}) },
    });
  }
}

function moduleReferences(autoMap: Record<string, unknown>): ModuleReference[] {
  const byModule = new Map<string, ModuleReference>();
  for (const [autoClass, value] of Object.entries(autoMap)) {
    // Tokenizers map to [slow, fast]; either may be null.
    const targets = Array.isArray(value) ? value : [value];
    for (const target of targets) {
      if (typeof target !== 'string' || !target.includes('.')) continue;
      const [repo, path] = target.includes('--') ? (target.split('--', 2) as [string, string]) : [undefined, target];
      const module = path.slice(0, path.lastIndexOf('.'));
      const key = `${repo ?? ''}\u0000${module}`;
      const ref = byModule.get(key) ?? { module, repo, autoClasses: [] };
      if (!ref.autoClasses.includes(autoClass)) ref.autoClasses.push(autoClass);
      byModule.set(key, ref);
    }
  }
  return [...byModule.values()];
}

/** The module's source when it sits beside the config on disk (dots are packages). */
function localModule(ctx: ScanContext, module: string): { name: string; text: string } | undefined {
  if (!ctx.absolutePath || !/^[A-Za-z0-9_.]+$/.test(module)) return undefined;
  const name = `${module.split('.').join('/')}.py`;
  const path = join(dirname(ctx.absolutePath), name);
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    if (stat.size > MAX_PYTHON_BYTES) {
      ctx.incomplete(`${name} is larger than ${MAX_PYTHON_BYTES} bytes and was not checked`);
      return undefined;
    }
    return { name, text: readFileSync(path, 'utf8') };
  } catch {
    return undefined;
  }
}
