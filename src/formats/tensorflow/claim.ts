import type { FormatScanner } from '../../core/scanner.js';
import { looksLikeKerasMetadata, looksLikeSavedModel } from './detect.js';

const TF1_META_GRAPH = /\.ckpt[^/]*\.meta$/;

/** What routing needs of the TensorFlow scanner (index.ts adds the scan, loaded on first use). */
export const savedModelClaim = {
  id: 'tensorflow',
  name: 'TensorFlow SavedModel / GraphDef',
  extensions: ['.pb'],
  claim(probe) {
    if (looksLikeSavedModel(probe.head) || looksLikeKerasMetadata(probe.head)) return 'magic';
    return probe.extension === '.pb' || TF1_META_GRAPH.test(probe.name) ? 'hint' : false;
  },
} satisfies Omit<FormatScanner, 'scan'>;
