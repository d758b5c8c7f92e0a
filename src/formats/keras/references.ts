import type { Severity } from '../../core/severity.js';
import {
  CODE_EXECUTION_MODULES,
  DANGEROUS_PYTHON_NAMES,
  KERAS_GADGETS,
  KERAS_MODULE_ROOTS,
  NEUTRAL_MODULES,
  SYSTEM_ACCESS_MODULES,
} from '../../policy/keras.js';

/** The verdict on one `module` + name reference in a Keras config. */
export interface ReferenceVerdict {
  ruleId: 'keras/external-callable' | 'keras/unsafe-gadget';
  severity: Severity;
  /** "os.system", "keras.utils.get_file". */
  callable: string;
  /** Why, in words, for the message. */
  effect: string;
}

const DOTTED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** True when the string can be a Python module path (anything else is not importable). */
export function isModulePath(value: string): boolean {
  return value.length <= 256 && DOTTED_NAME.test(value);
}

/**
 * Judges a reference: Keras imports `module` and takes `name` from it
 * (serialization_lib._retrieve_class_or_fn). Returns undefined when it is an
 * ordinary Keras / TensorFlow name.
 */
export function judgeReference(module: string | undefined, name: string | undefined): ReferenceVerdict | undefined {
  const leaf = name?.split('.').pop();
  const callable = [module, name].filter(Boolean).join('.');
  const root = module?.split('.')[0];
  const external = module !== undefined && root !== undefined && !KERAS_MODULE_ROOTS.has(root) && !NEUTRAL_MODULES.has(module);
  if (external) {
    if (CODE_EXECUTION_MODULES.has(root) || (leaf !== undefined && DANGEROUS_PYTHON_NAMES.has(leaf))) {
      return { ruleId: 'keras/external-callable', severity: 'critical', callable, effect: 'can run code or commands' };
    }
    const effect = SYSTEM_ACCESS_MODULES.has(root)
      ? 'can read or write files or reach the network'
      : 'is imported from a module outside Keras and TensorFlow';
    return { ruleId: 'keras/external-callable', severity: 'high', callable, effect };
  }
  const gadget = leaf === undefined ? undefined : KERAS_GADGETS.get(leaf);
  if (gadget) {
    return { ruleId: 'keras/unsafe-gadget', severity: gadget.severity, callable, effect: `${gadget.effect} (${gadget.ref})` };
  }
  return undefined;
}
