import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { makeProbe } from '../../core/route.js';
import { SliceSource } from '../../core/source.js';
import {
  TFLITE_BUILTIN_CUSTOM,
  TFLITE_FLEX_PATH_ATTRS,
  TFLITE_FLEX_PREFIX,
  TFLITE_SCHEMA_VERSION,
  isStandardFlexOp,
  tfliteFlexRisk,
} from '../../policy/tflite-ops.js';
import { pickleClaim } from '../pickle/claim.js';
import type { TfGraphDef, TfNodeDef } from '../tensorflow/proto.js';
import { encodeVarint } from '../onnx/wire.js';
import { hasIdentifier, tfliteClaim } from './claim.js';
import { FlatReader, FlatbufferError, latin1, utf8 } from './flatbuffer.js';
import { FlexbufferError, readFlexOpOptions } from './flexbuffer.js';
import { type FlexOperator, type OperatorCode, TFLITE_LIMITS, type TfliteModel, walkModel } from './model.js';

/**
 * TensorFlow Lite (`.tflite`): a flatbuffer of operator codes, subgraphs and
 * buffers, read by a bounded reader of our own (tensor data is never read).
 * Builtin ops are fixed kernels: nothing to report. Ordinary custom ops run a
 * kernel the application registers: reported low, for inventory. Flex ops
 * (`Flex<Op>`) run full TensorFlow ops through the Select-TF-ops delegate:
 * the op named in each operator's custom options is judged with the TensorFlow
 * op policy, like a SavedModel node. Metadata buffers are scanned as nested files.
 */
export const tfliteScanner: FormatScanner = {
  ...tfliteClaim,
  scan: scanTflite,
};

async function scanTflite(ctx: ScanContext): Promise<void> {
  const source = ctx.source;
  const identified = hasIdentifier(source.read(0, 12));
  const model: TfliteModel = { opcodes: [], flexOperators: [], flexOperatorsSkipped: 0, metadata: [] };
  let failure: FlatbufferError | undefined;
  try {
    walkModel(new FlatReader(source), model, isFlexCode, () => ctx.checkBudget());
  } catch (error) {
    if (!(error instanceof FlatbufferError)) throw error;
    failure = error;
  }
  // What was read before a failure is judged all the same.
  reportCustomOps(ctx, model);
  await reportFlexOps(ctx, model);
  if (failure) {
    const what = identified ? 'the TensorFlow Lite flatbuffer is malformed' : 'no "TFL3" identifier, and the bytes do not parse as a TensorFlow Lite model';
    ctx.incomplete(`${what}: ${failure.message}`, failure.offset);
  } else {
    checkModel(ctx, model);
  }
  await checkPolyglot(ctx);
  await scanMetadata(ctx, model);
}

/** An operator code the interpreter resolves by name: CUSTOM in the current field or the deprecated one older runtimes read. */
function isCustomCode(code: OperatorCode): boolean {
  return code.builtin === TFLITE_BUILTIN_CUSTOM || code.deprecatedBuiltin === TFLITE_BUILTIN_CUSTOM;
}

/** `IsFlexOp`: a custom op whose name starts with "Flex" (compared as a C string). */
function isFlexCode(code: OperatorCode): boolean {
  return isCustomCode(code) && code.custom !== undefined && latin1(code.custom.subarray(0, 4)) === TFLITE_FLEX_PREFIX;
}

function customName(code: OperatorCode): string {
  const name = utf8(code.custom ?? new Uint8Array(0));
  return code.customLength > TFLITE_LIMITS.nameBytes ? `${name}...` : name;
}

function usage(code: OperatorCode): string {
  if (code.uses === 0) return 'declared, used by no operator';
  const [s, o] = code.firstUse!;
  return `${code.uses} operator${code.uses === 1 ? '' : 's'}, first operator ${o} of subgraph ${s}`;
}

function reportCustomOps(ctx: ScanContext, model: TfliteModel): void {
  for (const code of model.opcodes) {
    if (!isCustomCode(code) || code.custom === undefined || isFlexCode(code)) continue;
    const name = customName(code);
    ctx.report({
      ruleId: 'tflite/custom-op',
      callable: name,
      offset: code.offset,
      message:
        `The model uses the custom op "${name}" (${usage(code)}): the application must register a native kernel under that name, ` +
        'and the file carries no code for it.',
      properties: { operators: code.uses },
    });
  }
}

/** A TensorFlow op the Flex delegate would run, with where it comes from. */
interface FlexRun {
  customCodes: Set<string>;
  operators: number;
  where: string;
  offset: number;
  attrs: string[];
}

async function reportFlexOps(ctx: ScanContext, model: TfliteModel): Promise<void> {
  const runs = new Map<string, FlexRun>();
  const note = (op: string, customCode: string, operators: number, where: string, offset: number, attrs: readonly string[] = []): void => {
    let run = runs.get(op);
    if (!run) runs.set(op, (run = { customCodes: new Set(), operators: 0, where, offset, attrs: [] }));
    run.customCodes.add(customCode);
    run.operators += operators;
    for (const a of attrs) if (run.attrs.length < 8 && !run.attrs.includes(a)) run.attrs.push(a);
  };
  for (const code of model.opcodes) {
    if (!isFlexCode(code)) continue;
    const name = customName(code);
    note(name.slice(TFLITE_FLEX_PREFIX.length), name, code.uses, `custom op "${name}", ${usage(code)}`, code.offset);
  }
  await readFlexOptions(ctx, model, note);
  for (const [op, run] of runs) judgeFlexOp(ctx, op, run);
  if (model.flexOperatorsSkipped > 0) {
    ctx.incomplete(`${model.flexOperatorsSkipped} Flex operators past the first ${TFLITE_LIMITS.flexOperators} were not examined`);
  }
}

type Note = (op: string, customCode: string, operators: number, where: string, offset: number, attrs?: readonly string[]) => void;

/**
 * Each Flex operator's custom options name the op TensorFlow actually runs
 * (and its NodeDef, whose op must be registered too): both are judged, and a
 * name that differs from the custom code is reported as a mismatch.
 */
async function readFlexOptions(ctx: ScanContext, model: TfliteModel, note: Note): Promise<void> {
  const problems: string[] = [];
  let problemCount = 0;
  let firstProblemOffset: number | undefined;
  const problem = (op: FlexOperator, text: string): void => {
    if (problemCount++ === 0) firstProblemOffset = op.offset;
    if (problems.length < 3) problems.push(`operator ${op.operator} of subgraph ${op.subgraph}: ${text}`);
  };
  let decode: ((bytes: Uint8Array) => Promise<TfNodeDef | undefined>) | undefined;
  for (const [i, op] of model.flexOperators.entries()) {
    if (i % 1024 === 0) ctx.checkBudget();
    const code = model.opcodes[op.opcode]!;
    const declaredCode = customName(code);
    const declared = declaredCode.slice(TFLITE_FLEX_PREFIX.length);
    const where = `operator ${op.operator} of subgraph ${op.subgraph}`;
    if (!op.options) continue; // no options: the delegate cannot build a NodeDef and runs nothing
    const { pos, length } = op.options;
    if (pos + length > ctx.source.size) {
      problem(op, `its custom options (${length} bytes at offset ${pos}) run past the end of the file`);
      continue;
    }
    if (length > TFLITE_LIMITS.customOptionsBytes) {
      problem(op, `its custom options are ${length} bytes, over the scanner's limit of ${TFLITE_LIMITS.customOptionsBytes}`);
      continue;
    }
    let parsed;
    try {
      parsed = readFlexOpOptions(ctx.source.read(pos, length));
    } catch (error) {
      if (!(error instanceof FlexbufferError)) throw error;
      problem(op, `its custom options are not the FlexBuffer the Flex delegate reads (${error.message})`);
      continue;
    }
    decode ??= await nodeDefDecoder();
    const node = await decode(parsed.nodeDef);
    if (!node) {
      problem(op, 'its NodeDef is not valid protobuf');
      continue;
    }
    const executed = utf8(parsed.opName);
    const nodeOp = node.op ?? '';
    const attrs = pathAttributes(node);
    if (executed !== declared || nodeOp !== executed) {
      ctx.report({
        ruleId: 'tflite/flex-op-mismatch',
        callable: executed,
        offset: op.offset,
        message:
          `Flex ${where} is declared as "${declaredCode}" but its custom options make TensorFlow run "${executed}"` +
          `${nodeOp !== executed ? ` (its NodeDef says "${nodeOp}")` : ''}: the names a converter writes always agree.`,
        properties: { customCode: declaredCode, op: executed, nodeDefOp: nodeOp },
      });
    }
    // The declared name already counts this operator (code.uses); the others count it where they differ.
    note(executed, declaredCode, executed === declared ? 0 : 1, `${where}, custom op "${declaredCode}"`, op.offset, attrs);
    if (nodeOp !== executed && nodeOp !== '') note(nodeOp, declaredCode, nodeOp === declared ? 0 : 1, `the NodeDef of ${where}`, op.offset);
  }
  if (problemCount > 0) {
    const more = problemCount > problems.length ? `, and ${problemCount - problems.length} more` : '';
    ctx.incomplete(`Flex operators could not be read: ${problems.join('; ')}${more}`, firstProblemOffset);
  }
}

function judgeFlexOp(ctx: ScanContext, op: string, run: FlexRun): void {
  const codes = [...run.customCodes].map((c) => `"${c}"`).join(', ');
  const where = `${run.where}${run.customCodes.size > 1 ? `; custom codes ${codes}` : ''}`;
  const risk = tfliteFlexRisk(op);
  const properties = { customCodes: [...run.customCodes], operators: run.operators };
  if (risk) {
    const targets = run.attrs.length > 0 ? `: ${run.attrs.map((a) => `"${a}"`).join(', ')}` : '';
    ctx.report({
      ruleId: risk.ruleId,
      severity: risk.severity,
      callable: op,
      offset: run.offset,
      message: `The TFLite model runs the TensorFlow op ${op} through the Flex delegate (${where}), which ${risk.effect}${targets}.`,
      ...(run.attrs.length > 0 ? { args: run.attrs } : {}),
      properties,
    });
    return;
  }
  if (isStandardFlexOp(op)) return;
  ctx.report({
    ruleId: 'tensorflow/unknown-op',
    callable: op,
    offset: run.offset,
    message:
      `The TFLite model runs the op "${op}" through the Flex delegate (${where}), which is neither a standard TensorFlow op nor on ` +
      'TensorFlow Lite\'s Select-TF-ops allowlist: it is native code from a custom op library, or the file was edited.',
    properties,
  });
}

/** File names, URLs and output streams in a NodeDef's attributes (PrintV2 output_stream, ImmutableConst memory_region_name, …). */
function pathAttributes(node: TfNodeDef): string[] {
  const out: string[] = [];
  for (const key of TFLITE_FLEX_PATH_ATTRS) {
    const value = node.attr?.[key];
    if (!value) continue;
    for (const s of [value.s, ...(value.list?.s ?? [])]) if (s && s.length > 0) out.push(utf8(s).slice(0, 200));
  }
  return out.slice(0, 8);
}

/** NodeDef bytes decoded as the one node of a GraphDef (field 1), with the SavedModel scanner's schema (protobufjs, loaded here). */
async function nodeDefDecoder(): Promise<(bytes: Uint8Array) => Promise<TfNodeDef | undefined>> {
  const { decodeTf } = await import('../tensorflow/decode.js');
  return async (bytes) => {
    const wrapped = new Uint8Array([0x0a, ...encodeVarint(bytes.length), ...bytes]);
    try {
      const graph = await decodeTf<TfGraphDef>('GraphDef', wrapped);
      return graph.node?.[0] ?? {};
    } catch {
      return undefined;
    }
  };
}

/** What the interpreter refuses or cannot resolve: a model it would not load as read, never passed as clean. */
function checkModel(ctx: ScanContext, model: TfliteModel): void {
  if (model.version !== TFLITE_SCHEMA_VERSION) {
    ctx.incomplete(`the model declares schema version ${model.version}; TensorFlow Lite reads only version ${TFLITE_SCHEMA_VERSION}`, 0);
  }
  const bad = model.badOpcodeIndex;
  if (bad) {
    ctx.incomplete(
      `operator ${bad.operator} of subgraph ${bad.subgraph} uses operator code ${bad.index}, but the model declares ${model.opcodes.length}`,
      bad.offset,
    );
  }
}

/**
 * The four bytes before "TFL3" are the root table's offset, and they can also
 * start a pickle stream that a pickle loader would run: such a file is both.
 */
async function checkPolyglot(ctx: ScanContext): Promise<void> {
  if ((await pickleClaim.claim(makeProbe(ctx.source, ''))) !== 'magic') return;
  ctx.report({
    ruleId: 'tflite/polyglot',
    offset: 0,
    message: 'The TFLite file also parses as a pickle stream from its first byte: a pickle loader given this file would run it. The pickle is scanned too.',
  });
  const { scanPickle } = await import('../pickle/index.js');
  await scanPickle(ctx);
}

/** Metadata buffers (tflite-support metadata, min_runtime_version, …) are data: scanned as nested files, never parsed here. */
async function scanMetadata(ctx: ScanContext, model: TfliteModel): Promise<void> {
  for (const [i, entry] of model.metadata.entries()) {
    if (!entry.data) continue;
    const { pos, length } = entry.data;
    const label = entry.name || `#${i}`;
    if (pos + length > ctx.source.size) {
      ctx.incomplete(`metadata "${label}" (${length} bytes at offset ${pos}) runs past the end of the file`, entry.offset);
      continue;
    }
    if (length > ctx.limits.maxMemberBytes) {
      ctx.incomplete(`metadata "${label}" is ${length} bytes, over maxMemberBytes (${ctx.limits.maxMemberBytes})`, entry.offset);
      continue;
    }
    await ctx.scanNested(new SliceSource(ctx.source, pos, length), `metadata/${label}`);
  }
}
