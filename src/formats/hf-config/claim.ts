import type { FormatScanner, Probe } from '../../core/scanner.js';

/** Side files that sit beside weights in Hugging Face / NeMo repositories. */
export const SIDE_FILE_NAMES = [
  'config.json', 'tokenizer_config.json', 'processor_config.json', 'preprocessor_config.json', 'chat_template.json',
  'model_config.json', 'feature_extractor_config.json', 'image_processor_config.json',
];
const NAMES = new Set(SIDE_FILE_NAMES);
const KEYS_IN_HEAD = /"(auto_map|chat_template|_target_)"\s*:/;

function claimSideFile(probe: Probe): 'hint' | false {
  if (probe.extension !== '.json') return false;
  const head = new TextDecoder().decode(probe.head).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('{')) return false;
  return NAMES.has(probe.name) || KEYS_IN_HEAD.test(head) ? 'hint' : false;
}

/** What routing needs of the side-file scanner (index.ts adds the scan, loaded on first use). */
export const hfConfigClaim = {
  id: 'hf-config',
  name: 'Model repository config (JSON)',
  extensions: [],
  claim: claimSideFile,
} satisfies Omit<FormatScanner, 'scan'>;
