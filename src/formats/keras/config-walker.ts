import type { FindingInput } from '../../core/types.js';
import { FILE_READING_KEYS, FILE_READING_LAYER, SAFE_MODE_KEYS } from '../../policy/keras.js';
import { codeStringsIn, inspectBase64Code, isBase64Code } from './lambda-code.js';
import { isModulePath, judgeReference } from './references.js';

/**
 * Walks a whole Keras config tree (model_config, training_config, config.json,
 * keras_metadata JSON) and reports every construct that makes loading run
 * code or touch the system. Every node is visited, whatever the nesting:
 * Sequential/Functional, nested models, wrappers (TimeDistributed,
 * Bidirectional), compile configs, any dict or list. Iterative, so a deeply
 * nested config cannot overflow the stack.
 */

export interface WalkOptions {
  /** Where the config came from, for messages ("model_config attribute", "config.json"); walk() may override it. */
  where: string;
  /** `keras_version` claimed by the file: reported, never trusted. */
  kerasVersion?: string;
  report(finding: FindingInput): void;
}

export interface WalkResult {
  /** Embedded payloads to scan as files of their own (TorchModuleWrapper's torch.save bytes). */
  payloads: { name: string; bytes: Uint8Array }[];
  nodes: number;
}

/** Most nodes walked in one config; a bigger config is reported as not fully scanned. */
export const MAX_CONFIG_NODES = 5_000_000;

interface Frame {
  value: unknown;
  /** Breadcrumb of layer names, e.g. "sequential > time_distributed > lambda". */
  trail: string;
  /** Nearest enclosing layer-like object (has class_name + config), for its arguments. */
  layer: Record<string, unknown> | undefined;
}

type JsonObject = Record<string, unknown>;

export class KerasConfigWalker {
  private readonly seenCode = new Set<string>();
  private readonly payloads: WalkResult['payloads'] = [];

  private where: string;

  constructor(private readonly options: WalkOptions) {
    this.where = options.where;
  }

  /** Walks one config; `where` names it in messages (one walker can walk several configs of a file). */
  walk(root: unknown, where: string = this.options.where): WalkResult & { truncated: boolean } {
    this.where = where;
    this.payloads.length = 0;
    const stack: Frame[] = [{ value: root, trail: '', layer: undefined }];
    let nodes = 0;
    while (stack.length > 0) {
      if (++nodes > MAX_CONFIG_NODES) return { payloads: this.payloads, nodes, truncated: true };
      const { value, trail, layer } = stack.pop()!;
      if (typeof value === 'string') {
        this.checkString(value, trail, layer);
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], trail, layer });
      } else if (isObject(value)) {
        const here = this.enter(value, trail);
        const nextLayer = isLayerLike(value) ? value : layer;
        this.checkObject(value, here, nextLayer);
        const entries = Object.entries(value);
        for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], trail: here, layer: nextLayer });
      }
    }
    return { payloads: this.payloads, nodes, truncated: false };
  }

  /** Layers and models extend the breadcrumb with their name; other objects (initializers, functions) do not. */
  private enter(obj: JsonObject, trail: string): string {
    const inner = obj.config;
    if (typeof obj.class_name !== 'string' || !isObject(inner) || typeof inner.name !== 'string') return trail;
    return trail ? `${trail} > ${inner.name}` : inner.name;
  }

  private checkObject(obj: JsonObject, trail: string, layer: JsonObject | undefined): void {
    const className = typeof obj.class_name === 'string' ? obj.class_name : undefined;
    const inner = obj.config;
    if (className === 'Lambda' && isObject(inner)) this.checkKeras2Lambda(inner, trail, layer);
    if (className === '__lambda__' && isObject(inner)) this.checkBytecode(inner.value, trail, 'serialized lambda function');
    if ((className === 'TFOpLambda' || className === 'SlicingOpLambda') && isObject(inner) && typeof inner.function === 'string') {
      // tf-keras resolves these by TF API name ("math.add"); a gadget name is the attack.
      this.checkReference('tensorflow', inner.function, trail, layer);
    }
    if (className === 'TorchModuleWrapper') this.extractTorchModule(inner, trail);
    if (className !== undefined && isObject(inner) && FILE_READING_LAYER.test(className)) this.checkFileReadingLayer(className, inner, trail);
    this.checkModuleKeys(obj, className, trail, layer);
    for (const key of SAFE_MODE_KEYS) {
      if (obj[key] === false) {
        this.report(trail, {
          ruleId: 'keras/unsafe-gadget',
          severity: 'critical',
          callable: `${key}=False`,
          message: `The config at ${this.place(trail)} sets \`${key}\` to false, which turns Keras safe mode off so code in this or another model runs on load (CVE-2025-9906).`,
        });
      }
    }
  }

  /** `module` / `fn_module` keys: Keras imports the module and takes the named class or function from it. */
  private checkModuleKeys(obj: JsonObject, className: string | undefined, trail: string, layer: JsonObject | undefined): void {
    for (const key of ['module', 'fn_module', 'output_shape_module']) {
      const module = obj[key];
      if (typeof module !== 'string' || !isModulePath(module)) continue;
      let name: string | undefined;
      if (key === 'module' && className === 'function' && typeof obj.config === 'string') name = obj.config;
      else if (key === 'module' && className !== undefined && className !== 'Lambda') name = className;
      else if (key === 'fn_module' && typeof obj.fn === 'string') name = obj.fn;
      // A Keras 2 Lambda's `module` only seeds the globals of its function; still an import of that module.
      this.checkReference(module, name, trail, layer);
    }
    // A Keras-namespace class with no module (Keras 2 style) can still be a gadget.
    if (obj.module === undefined && className !== undefined && className !== 'function') this.checkReference(undefined, className, trail, layer);
    const registered = obj.registered_name;
    if (typeof obj.module !== 'string' && typeof registered === 'string' && !registered.includes('>') && registered !== className && isModulePath(registered)) {
      this.checkReference(undefined, registered, trail, layer);
    }
  }

  private checkKeras2Lambda(inner: JsonObject, trail: string, layer: JsonObject | undefined): void {
    const fn = inner.function;
    const type = inner.function_type;
    if (type === 'lambda' || codeStringsIn(fn).length > 0) {
      this.checkBytecode(fn, trail, 'Lambda layer');
    } else if (typeof fn === 'string') {
      // function_type "function": the name is looked up in the `module` globals / custom objects.
      const module = typeof inner.module === 'string' && isModulePath(inner.module) ? inner.module : undefined;
      this.checkReference(module, fn, trail, layer);
    }
    if (inner.output_shape_type === 'lambda') this.checkBytecode(inner.output_shape, trail, 'Lambda output_shape function');
  }

  /** A value that must hold base64 bytecode (Lambda function, `__lambda__` value). */
  private checkBytecode(value: unknown, trail: string, what: string): void {
    const codes = codeStringsIn(value);
    if (codes.length === 0) {
      // Keras will try func_load on it: anything we cannot read there is unknown code.
      const shown = typeof value === 'string' ? [value.slice(0, 80)] : undefined;
      this.report(trail, {
        ruleId: 'keras/lambda-layer',
        severity: 'critical',
        message: `The ${what} at ${this.place(trail)} holds Python bytecode that could not be decoded; Keras would run it on load.`,
        ...(shown ? { args: shown } : {}),
      });
      return;
    }
    for (const code of codes) this.reportCode(code, trail, what);
  }

  private reportCode(code: string, trail: string, what: string): void {
    if (this.seenCode.has(code)) return;
    this.seenCode.add(code);
    const info = inspectBase64Code(code);
    const severity = info.error || info.dangerous.length > 0 ? 'critical' : 'high';
    const refers = info.error
      ? ` The bytecode could not be decoded (${info.error}).`
      : info.names.length > 0
        ? ` It refers to: ${info.names.slice(0, 12).join(', ')}.`
        : '';
    const verdict =
      info.dangerous.length > 0
        ? `It uses ${info.dangerous.join(', ')}, which can run commands or code.`
        : 'The code cannot be verified and runs with full Python privileges.';
    this.report(trail, {
      ruleId: 'keras/lambda-layer',
      severity,
      message: `Loading this model runs the Python bytecode stored in the ${what} at ${this.place(trail)}. ${verdict}${refers}`,
      // No `callable`: bytecode is not one named function; what it uses is in the message and properties.
      ...(info.strings.length > 0 ? { args: info.strings.slice(0, 8) } : {}),
      properties: {
        names: info.names.slice(0, 50),
        ...(info.dangerous.length > 0 ? { dangerousNames: info.dangerous } : {}),
        ...(info.layout ? { pythonLayout: info.layout } : {}),
        ...(info.error ? { decodeError: info.error } : {}),
      },
    });
  }

  private checkReference(module: string | undefined, name: string | undefined, trail: string, layer: JsonObject | undefined): void {
    if (name === 'TorchModuleWrapper') return; // reported with its payload by extractTorchModule
    const verdict = judgeReference(module, name);
    if (!verdict) return;
    const args = argumentsOf(layer);
    const message =
      verdict.ruleId === 'keras/unsafe-gadget'
        ? `The config at ${this.place(trail)} calls \`${verdict.callable}\` on load, which ${verdict.effect}.`
        : `The config at ${this.place(trail)} makes Keras import and use \`${verdict.callable}\`, which ${verdict.effect} (CVE-2025-1550).`;
    this.report(trail, {
      ruleId: verdict.ruleId,
      severity: verdict.severity,
      callable: verdict.callable,
      message,
      ...(args.length > 0 ? { args } : {}),
    });
  }

  private checkString(value: string, trail: string, layer: JsonObject | undefined): void {
    // Bytecode anywhere (an initializer, a custom layer's config): Keras or the layer may func_load it.
    if (isBase64Code(value)) this.reportCode(value, trail, 'config value');
    else if (value.includes('enable_unsafe_deserialization')) {
      this.checkReference('keras.config', 'enable_unsafe_deserialization', trail, layer);
    }
  }

  private checkFileReadingLayer(className: string, inner: JsonObject, trail: string): void {
    for (const key of FILE_READING_KEYS) {
      const value = inner[key];
      if (typeof value !== 'string' || value.length === 0) continue;
      const remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
      this.report(trail, {
        ruleId: 'keras/external-file-reference',
        severity: 'high',
        callable: `${className}.${key}`,
        args: [value.slice(0, 200)],
        message: `The ${className} layer at ${this.place(trail)} reads its \`${key}\` from ${remote ? 'the URL' : 'the path'} "${value.slice(0, 200)}" when the model is loaded.`,
      });
    }
  }

  /** TorchModuleWrapper keeps `torch.save` bytes of a module: scan them as a file of their own. */
  private extractTorchModule(inner: unknown, trail: string): void {
    this.report(trail, {
      ruleId: 'keras/unsafe-gadget',
      severity: 'critical',
      callable: 'keras.layers.TorchModuleWrapper',
      message: `The TorchModuleWrapper layer at ${this.place(trail)} unpickles a PyTorch module on load (torch.load with weights_only=False, CVE-2025-49655).`,
    });
    const blob = isObject(inner) ? inner.module : undefined;
    const text = typeof blob === 'string' ? blob : isObject(blob) && isObject(blob.config) && typeof blob.config.value === 'string' ? blob.config.value : undefined;
    if (text && text.length > 0) {
      const bytes = /^[A-Za-z0-9+/=\s]+$/.test(text.slice(0, 4096)) ? Buffer.from(text, 'base64') : Buffer.from(text, 'latin1');
      this.payloads.push({ name: `${trail || 'TorchModuleWrapper'}/module`, bytes });
    }
  }

  private place(trail: string): string {
    return trail ? `"${trail}" in the ${this.where}` : `the top of the ${this.where}`;
  }

  private report(trail: string, finding: FindingInput): void {
    const properties: Record<string, unknown> = { ...finding.properties, configPath: trail, source: this.where };
    if (this.options.kerasVersion !== undefined) properties.kerasVersionClaimed = this.options.kerasVersion;
    this.options.report({ ...finding, properties });
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLayerLike(obj: JsonObject): boolean {
  return typeof obj.class_name === 'string' && isObject(obj.config);
}

/** String arguments a layer passes to its function (Lambda `arguments`, call kwargs in inbound_nodes): URLs, paths. */
function argumentsOf(layer: JsonObject | undefined): string[] {
  if (!layer) return [];
  const out: string[] = [];
  const inner = layer.config;
  const roots = [isObject(inner) ? inner.arguments : undefined, layer.inbound_nodes, isObject(inner) ? inner.inbound_nodes : undefined];
  const stack: unknown[] = roots.filter((r) => r !== undefined);
  let budget = 10_000;
  while (stack.length > 0 && out.length < 8 && budget-- > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.length > 0) out.push(v.slice(0, 200));
    } else if (Array.isArray(v)) stack.push(...v);
    else if (isObject(v)) stack.push(...Object.values(v));
  }
  return out;
}
