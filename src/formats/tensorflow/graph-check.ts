import type { FindingInput } from '../../core/types.js';
import {
  TF_CHECKPOINT_OPS,
  TF_PRINT_STREAMS,
  TF_PROTO_DESCRIPTOR_SOURCES,
  TF_RISKY_OPS,
  TF_STANDARD_OPS,
} from '../../policy/tensorflow-ops.js';
import type { TfAttrValue, TfGraphDef, TfNodeDef } from './proto.js';

/**
 * Checks every node of a graph and of every function in its library against
 * the op policy (src/policy/tensorflow-ops.ts). TF2 models keep their real
 * computation in the function library, so both are walked.
 */

export interface GraphCheckOptions {
  /** "saved_model.pb meta graph 0", for messages. */
  where: string;
  /** The TF1 saver's filename node (SaverDef.filename_tensor_name): a constant path there is normal. */
  saverFilenameNode?: string;
  report(finding: FindingInput): void;
}

/** Walks a GraphDef and its function library; returns the number of nodes seen. */
export function checkGraph(graph: TfGraphDef, options: GraphCheckOptions): number {
  const functions = graph.library?.function ?? [];
  const functionNames = new Set(functions.map((f) => f.signature?.name ?? '').filter(Boolean));
  let nodes = checkScope(graph.node ?? [], `the graph of ${options.where}`, functionNames, options);
  for (const fn of functions) {
    nodes += checkScope(fn.node_def ?? [], `function "${fn.signature?.name ?? '?'}" of ${options.where}`, functionNames, options);
  }
  return nodes;
}

function checkScope(nodes: TfNodeDef[], scope: string, functionNames: Set<string>, options: GraphCheckOptions): number {
  const byName = new Map(nodes.map((n) => [n.name ?? '', n]));
  for (const node of nodes) {
    const op = node.op ?? '';
    const where = `node "${node.name ?? '?'}" in ${scope}`;
    const risk = TF_RISKY_OPS.get(op);
    if (risk) {
      const paths = constantInputs(node, risk.pathInputs ?? [], byName);
      const attrs = attributeStrings(node);
      const severity = risk.severity === 'medium' && paths.length > 0 ? 'high' : risk.severity;
      options.report({
        ruleId: risk.ruleId,
        severity,
        callable: op,
        message: `The model graph contains ${op} (${where}), which ${risk.effect}${paths.length > 0 ? `: ${paths.map((p) => `"${p}"`).join(', ')}` : ''}.`,
        ...(paths.length + attrs.length > 0 ? { args: [...paths, ...attrs].slice(0, 8) } : {}),
      });
      continue;
    }
    const checkpointInputs = TF_CHECKPOINT_OPS.get(op);
    if (checkpointInputs) {
      checkCheckpointPath(node, checkpointInputs, byName, where, options);
      continue;
    }
    checkAttributes(node, op, where, options);
    if (!TF_STANDARD_OPS.has(op) && !functionNames.has(op)) {
      options.report({
        ruleId: 'tensorflow/unknown-op',
        callable: op,
        message: `The model graph uses the op "${op}" (${where}), which is not a standard TensorFlow op: it is native code from a custom op library.`,
      });
    }
  }
  return nodes.length;
}

/** Checkpoint ops are normal; a hard-coded path (not the saver's fed filename) reads or writes a fixed file. */
function checkCheckpointPath(node: TfNodeDef, inputs: readonly number[], byName: Map<string, TfNodeDef>, where: string, options: GraphCheckOptions): void {
  const fed = options.saverFilenameNode;
  const fixed = inputs.filter((i) => sourceNode(node.input?.[i], byName)?.name !== fed || fed === undefined);
  const paths = constantInputs(node, fixed, byName);
  if (paths.length === 0) return;
  options.report({
    ruleId: 'tensorflow/file-access-op',
    severity: 'high',
    callable: node.op ?? '',
    args: paths,
    message: `The checkpoint op ${node.op} (${where}) reads or writes the hard-coded path ${paths.map((p) => `"${p}"`).join(', ')} instead of the path the loader passes in.`,
  });
}

/** Standard ops whose attributes can still point at files: PrintV2 output_stream, DecodeProtoV2 descriptor_source. */
function checkAttributes(node: TfNodeDef, op: string, where: string, options: GraphCheckOptions): void {
  const attr = node.attr ?? {};
  let target: string | undefined;
  if (op === 'PrintV2') {
    const stream = text(attr.output_stream?.s);
    if (stream !== undefined && !TF_PRINT_STREAMS.has(stream)) target = stream;
  } else if (op === 'DecodeProtoV2' || op === 'EncodeProto') {
    const source = text(attr.descriptor_source?.s);
    if (source !== undefined && !TF_PROTO_DESCRIPTOR_SOURCES.has(source)) target = source;
  }
  if (target === undefined) return;
  options.report({
    ruleId: 'tensorflow/file-access-op',
    severity: 'high',
    callable: op,
    args: [target.slice(0, 200)],
    message: `The model graph contains ${op} (${where}) pointed at "${target.slice(0, 200)}", so running the model touches that file.`,
  });
}

/** String values of the Const nodes feeding the given inputs (through Identity nodes). */
function constantInputs(node: TfNodeDef, inputs: readonly number[], byName: Map<string, TfNodeDef>): string[] {
  const out: string[] = [];
  for (const index of inputs) {
    const source = sourceNode(node.input?.[index], byName);
    if (source?.op !== 'Const') continue;
    for (const value of source.attr?.value?.tensor?.string_val ?? []) out.push(text(value)!.slice(0, 200));
  }
  return out;
}

/** The node an input refers to ("name", "name:1", "^name", "name:output:0" in functions), skipping Identity hops. */
function sourceNode(input: string | undefined, byName: Map<string, TfNodeDef>): TfNodeDef | undefined {
  let name = input?.replace(/^\^/, '').split(':')[0];
  for (let hops = 0; name !== undefined && hops < 8; hops++) {
    const node = byName.get(name);
    if (node?.op !== 'Identity') return node;
    name = node.input?.[0]?.replace(/^\^/, '').split(':')[0];
  }
  return undefined;
}

/** File-like attribute values of risky ops (ImmutableConst memory_region_name, debug_urls, dump_root). */
function attributeStrings(node: TfNodeDef): string[] {
  const out: string[] = [];
  const attr: Record<string, TfAttrValue> = node.attr ?? {};
  for (const key of ['memory_region_name', 'dump_root', 'debug_urls', 'output_stream', 'filename', 'file_pattern']) {
    const value = attr[key];
    if (!value) continue;
    const single = text(value.s);
    if (single) out.push(single.slice(0, 200));
    for (const s of value.list?.s ?? []) out.push(text(s)!.slice(0, 200));
  }
  return out;
}

function text(bytes: Uint8Array | null | undefined): string | undefined {
  return bytes == null ? undefined : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}
