import type { FormatScanner } from '../core/scanner.js';
import { pickleScanner } from './pickle/index.js';
import { chatTemplateScanner } from './jinja/index.js';
import { hfConfigScanner } from './hf-config/index.js';
import { onnxScanner } from './onnx/index.js';
import { kerasConfigJsonScanner, kerasH5Scanner } from './keras/index.js';
import { savedModelScanner } from './tensorflow/index.js';
import { ggufScanner } from './gguf/index.js';
import { safetensorsScanner } from './safetensors/index.js';
import { pytorchZipScanner, zipScanner } from './zip/index.js';
import { lfsPointerScanner } from './lfs/index.js';
import { numpyScanner } from './numpy/index.js';
import { compressedScanner } from './compressed/index.js';
import { tarScanner } from './tar/index.js';
import { torchLegacyScanner } from './torch-legacy/index.js';
import { torchScriptCodeScanner } from './torchscript/index.js';
import { sevenZipScanner } from './sevenzip/index.js';

/**
 * Every format scanner, in routing order: formats with strong signatures first,
 * pickle (which protocol 0/1 streams can only be recognised by structure) last.
 */
export const SCANNERS: readonly FormatScanner[] = [
  safetensorsScanner,
  ggufScanner,
  tarScanner,
  pytorchZipScanner,
  zipScanner,
  savedModelScanner,
  kerasH5Scanner,
  kerasConfigJsonScanner,
  onnxScanner,
  lfsPointerScanner,
  sevenZipScanner,
  numpyScanner,
  compressedScanner,
  torchLegacyScanner,
  torchScriptCodeScanner,
  pickleScanner,
  hfConfigScanner,
  chatTemplateScanner,
];
