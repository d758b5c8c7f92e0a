import type { FormatScanner, Probe } from '../../core/scanner.js';

function looksLikeTorchScript(text: string): boolean {
  return /__torch__\./.test(text) || /^op_version_set\s*=/m.test(text) || /^\s+__parameters__\s*=\s*\[/m.test(text);
}

/** What routing needs of the TorchScript source scanner (index.ts adds the scan, loaded on first use). */
export const torchScriptCodeClaim = {
  id: 'torchscript-code',
  name: 'TorchScript source',
  extensions: [],
  claim(probe: Probe): 'magic' | false {
    if (probe.extension !== '.py') return false;
    return looksLikeTorchScript(Buffer.from(probe.head).toString('utf8')) ? 'magic' : false;
  },
} satisfies Omit<FormatScanner, 'scan'>;
