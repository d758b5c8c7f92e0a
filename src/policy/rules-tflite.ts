import type { Rule } from './rules.js';

/**
 * Rules of the TensorFlow Lite scanner. Flex ops (TensorFlow ops run by the
 * Select-TF-ops delegate) are reported with the TensorFlow rules
 * (`tensorflow/python-op`, `tensorflow/file-access-op`, `tensorflow/unknown-op`);
 * these cover what only TFLite files have.
 */
export const TFLITE_RULES: Rule[] = [
  {
    id: 'tflite/custom-op',
    name: 'TFLiteCustomOp',
    severity: 'low',
    short: 'The TensorFlow Lite model uses a custom operator: the application must supply its native kernel.',
    full:
      'A custom operator (not a builtin and not a Flex op) is looked up by name among the kernels the application registered with its op ' +
      'resolver. The file carries no code for it, so loading runs only what the application itself links in; a model that needs a kernel ' +
      'nobody registered fails to load. Reported for inventory: which native code the model expects.',
    help:
      'Check that the custom op is one your application registers on purpose (for example `TFLite_Detection_PostProcess` from the ' +
      'object-detection API). Nothing to do otherwise; suppress the finding in the scanner configuration with a reason if it is noise.',
    tags: ['security', 'tflite'],
    precision: 'high',
  },
  {
    id: 'tflite/flex-op-mismatch',
    name: 'TFLiteFlexOpMismatch',
    severity: 'high',
    short: 'A TensorFlow Lite Flex operator is declared as one TensorFlow op but its options run another.',
    full:
      'The Flex delegate takes an operator because its custom code starts with `Flex`, then runs the TensorFlow op named in the ' +
      'operator\'s custom options (a FlexBuffer holding the op name and a serialized NodeDef). The converter always writes the same name ' +
      'in all three places; a file where they differ was edited to show tools one op while TensorFlow runs another. Every name is judged ' +
      'on its own as well.',
    help:
      '**Do not load this model with the full TensorFlow interpreter** (which links the Flex delegate). Re-convert it from its source ' +
      'model, or find out who edited it.',
    tags: ['security', 'tflite', 'evasion'],
    precision: 'high',
  },
  {
    id: 'tflite/polyglot',
    name: 'TFLitePolyglot',
    severity: 'high',
    short: 'The TensorFlow Lite file is also a Python pickle stream.',
    full:
      'The bytes before the flatbuffer\'s identifier parse as the start of a pickle that a pickle loader would run, while the TFLite ' +
      'runtime reads the model at the offset those same bytes give. A file built to be both is made to pass one check and hit another ' +
      'loader; the pickle is scanned as well and its findings are listed with this one.',
    help:
      '**Do not load this file** with pickle, torch.load or joblib. Re-convert the model from its source, and find out where the file came from.',
    tags: ['security', 'tflite', 'polyglot', 'evasion'],
    precision: 'high',
  },
];
