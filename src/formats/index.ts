import type { FormatScanner, ScanContext } from '../core/scanner.js';
import { safetensorsScanner } from './safetensors/index.js';
import { lfsPointerScanner } from './lfs/index.js';
import { compressedClaim } from './compressed/claim.js';
import { torchScriptCodeClaim } from './torchscript/claim.js';
import { sevenZipClaim } from './sevenzip/claim.js';
import { ggufClaim } from './gguf/claim.js';
import { tfliteClaim } from './tflite/claim.js';
import { tarClaim } from './tar/claim.js';
import { pytorchZipClaim, zipClaim } from './zip/claim.js';
import { savedModelClaim } from './tensorflow/claim.js';
import { kerasConfigJsonClaim, kerasH5Claim } from './keras/claim.js';
import { onnxClaim } from './onnx/claim.js';
import { numpyClaim } from './numpy/claim.js';
import { torchLegacyClaim } from './torch-legacy/claim.js';
import { pickleClaim } from './pickle/claim.js';
import { hfConfigClaim } from './hf-config/claim.js';
import { chatTemplateClaim } from './jinja/claim.js';
import { skopsClaim } from './skops/claim.js';
import { yamlConfigClaim } from './hydra-yaml/claim.js';

/**
 * A scanner whose claim (signatures, small sniffers) is loaded with the registry
 * and whose scan (parsers, policy tables, libraries) is loaded on first use:
 * start-up stays lean, and a run loads only what its files need.
 */
function lazy(info: Omit<FormatScanner, 'scan'>, load: () => Promise<FormatScanner>): FormatScanner {
  let loading: Promise<FormatScanner> | undefined;
  return {
    ...info,
    scan: async (ctx: ScanContext) => (await (loading ??= load())).scan(ctx),
  };
}

/**
 * Every format scanner, in routing order: formats with strong signatures first,
 * pickle (which protocol 0/1 streams can only be recognised by structure) last.
 */
export const SCANNERS: readonly FormatScanner[] = [
  safetensorsScanner,
  lazy(ggufClaim, async () => (await import('./gguf/index.js')).ggufScanner),
  lazy(tarClaim, async () => (await import('./tar/index.js')).tarScanner),
  lazy(pytorchZipClaim, async () => (await import('./zip/index.js')).pytorchZipScanner),
  lazy(zipClaim, async () => (await import('./zip/index.js')).zipScanner),
  // After the zip claims: tflite-support appends a zip of associated files, whose prefix is routed back here.
  lazy(tfliteClaim, async () => (await import('./tflite/index.js')).tfliteScanner),
  lazy(savedModelClaim, async () => (await import('./tensorflow/index.js')).savedModelScanner),
  lazy(kerasH5Claim, async () => (await import('./keras/h5.js')).kerasH5Scanner),
  // Before the Keras and side-file JSON claims: skops reads `schema.json` whatever keys come first.
  lazy(skopsClaim, async () => (await import('./skops/index.js')).skopsScanner),
  lazy(kerasConfigJsonClaim, async () => (await import('./keras/config-json.js')).kerasConfigJsonScanner),
  lazy(onnxClaim, async () => (await import('./onnx/index.js')).onnxScanner),
  lfsPointerScanner,
  lazy(sevenZipClaim, async () => (await import('./sevenzip/index.js')).sevenZipScanner),
  lazy(numpyClaim, async () => (await import('./numpy/index.js')).numpyScanner),
  lazy(compressedClaim, async () => (await import('./compressed/index.js')).compressedScanner),
  lazy(torchLegacyClaim, async () => (await import('./torch-legacy/index.js')).torchLegacyScanner),
  lazy(torchScriptCodeClaim, async () => (await import('./torchscript/index.js')).torchScriptCodeScanner),
  lazy(pickleClaim, async () => (await import('./pickle/index.js')).pickleScanner),
  lazy(hfConfigClaim, async () => (await import('./hf-config/index.js')).hfConfigScanner),
  lazy(chatTemplateClaim, async () => (await import('./jinja/index.js')).chatTemplateScanner),
  lazy(yamlConfigClaim, async () => (await import('./hydra-yaml/index.js')).yamlConfigScanner),
];
