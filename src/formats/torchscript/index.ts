import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { torchScriptCodeClaim } from './claim.js';

/**
 * TorchScript source in `torch.jit.save` archives (`<prefix>/code/**.py`, which
 * the zip scanner routes here by content). torch.jit.load compiles it; a
 * scripted or traced model only calls tensor operations (`torch.*`, `ops.prim.*`,
 * its own `__torch__` classes). The archive's pickles (data.pkl, constants.pkl,
 * *.debug_pkl) are scanned by the pickle engine.
 *
 * The check is a small, documented pattern set over the source text (comments
 * excluded), one finding per pattern per file:
 *   torch.ops.load_library / load_library(  loads a native library into the process
 *   os.<name>                               runs commands, touches files and processes
 *   subprocess                              runs commands
 *   eval( / exec( / compile(                evaluates Python source
 *   __import__ / importlib                  imports arbitrary modules
 *   open(                                   reads or writes files
 *   ctypes / socket / urllib / requests     native memory, network
 *   pickle.load(s) / marshal.load(s)        deserializes a second payload
 *   __builtins__ / builtins. / __globals__  reaches the interpreter's internals
 * TorchScript cannot compile most of these, which is the point: no exported
 * model contains them, so their presence means the archive was edited by hand.
 */

interface Pattern {
  label: string;
  re: RegExp;
  does: string;
}

export const TORCHSCRIPT_PATTERNS: readonly Pattern[] = [
  { label: 'torch.ops.load_library', re: /\bload_library\s*\(/, does: 'loads a native library into the process' },
  { label: 'os', re: /(?<![\w.])os\.\w+/, does: 'runs commands or touches files and processes' },
  { label: 'subprocess', re: /\bsubprocess\b/, does: 'runs commands' },
  { label: 'eval', re: /(?<![\w.])eval\s*\(/, does: 'evaluates Python source' },
  { label: 'exec', re: /(?<![\w.])exec\s*\(/, does: 'executes Python source' },
  { label: 'compile', re: /(?<![\w.])compile\s*\(/, does: 'compiles Python source' },
  { label: '__import__', re: /__import__/, does: 'imports an arbitrary module' },
  { label: 'importlib', re: /\bimportlib\b/, does: 'imports an arbitrary module' },
  { label: 'open', re: /(?<![\w.])open\s*\(/, does: 'reads or writes files' },
  { label: 'ctypes', re: /\bctypes\b/, does: 'loads native code or writes raw memory' },
  { label: 'network', re: /\b(socket|urllib|requests|http\.client)\b/, does: 'opens network connections' },
  { label: 'pickle', re: /\b(pickle|marshal|dill|joblib)\.loads?\b/, does: 'deserializes a second payload' },
  { label: 'builtins', re: /__builtins__|(?<![\w.])builtins\.|__globals__|__subclasses__/, does: "reaches the interpreter's internals" },
];

const MAX_SOURCE = 16 * 1024 * 1024;


function scan(ctx: ScanContext): void {
  const { source } = ctx;
  if (source.size > MAX_SOURCE) ctx.incomplete(`TorchScript source larger than ${MAX_SOURCE} bytes: only the start was checked`);
  const text = Buffer.from(source.read(0, Math.min(source.size, MAX_SOURCE))).toString('utf8');
  const seen = new Set<string>();
  let offset = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.replace(/^\s*#.*$/, '');
    for (const p of TORCHSCRIPT_PATTERNS) {
      if (seen.has(p.label) || !p.re.test(line)) continue;
      seen.add(p.label);
      const shown = raw.trim().slice(0, 160);
      ctx.report({
        ruleId: 'torchscript/dangerous-code',
        callable: p.label,
        args: [shown],
        offset,
        message: `The TorchScript source ${p.does} (line ${i + 1}: \`${shown}\`); torch.jit.load compiles this code.`,
        properties: { line: i + 1 },
      });
    }
    offset += Buffer.byteLength(raw, 'utf8') + 1;
  }
}

export const torchScriptCodeScanner: FormatScanner = { ...torchScriptCodeClaim, scan };
