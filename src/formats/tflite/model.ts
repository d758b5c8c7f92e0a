import { type FbString, type FlatReader, FlatbufferError, type Table, cString } from './flatbuffer.js';

/**
 * Walks the parts of a TFLite model (tensorflow/lite/schema/schema.fbs,
 * `root_type Model`, `file_identifier "TFL3"`) that decide which code runs:
 * the operator codes, which operators use them, and the Flex operators'
 * custom options. Tensors and their buffers are never read; of the buffers,
 * only the ones `Model.metadata` points to are located.
 *
 * Field ids (declaration order in the schema):
 *   Model:        0 version:uint, 1 operator_codes:[OperatorCode], 2 subgraphs:[SubGraph],
 *                 3 description:string, 4 buffers:[Buffer], 5 metadata_buffer:[int],
 *                 6 metadata:[Metadata], 7 signature_defs:[SignatureDef]
 *   OperatorCode: 0 deprecated_builtin_code:byte, 1 custom_code:string, 2 version:int = 1,
 *                 3 builtin_code:BuiltinOperator (int32)
 *   SubGraph:     0 tensors, 1 inputs, 2 outputs, 3 operators:[Operator], 4 name:string
 *   Operator:     0 opcode_index:uint, 1 inputs, 2 outputs, 3-4 builtin_options (union),
 *                 5 custom_options:[ubyte], 6 custom_options_format:byte (0 = FLEXBUFFERS),
 *                 7 mutating_variable_inputs, 8 intermediates,
 *                 9 large_custom_options_offset:ulong, 10 large_custom_options_size:ulong
 *   Buffer:       0 data:[ubyte], 1 offset:ulong, 2 size:ulong (models over 2 GB: data outside the flatbuffer)
 *   Metadata:     0 name:string, 1 buffer:uint
 */

/** Bounds on what a model may declare (real models stay far below; going over is reported as not fully scanned). */
export const TFLITE_LIMITS = {
  operatorCodes: 100_000,
  subgraphs: 100_000,
  /** Operators over all subgraphs. */
  operators: 20_000_000,
  /** Flex operators whose options are read. */
  flexOperators: 100_000,
  metadata: 10_000,
  /** Bytes of a name kept (custom codes, metadata names); longer names are judged by these bytes. */
  nameBytes: 1024,
  /** Custom options of one Flex operator. */
  customOptionsBytes: 16 * 1024 * 1024,
} as const;

export interface OperatorCode {
  index: number;
  /** max(builtin_code, deprecated_builtin_code): what the interpreter uses (schema_utils.cc GetBuiltinCode). */
  builtin: number;
  deprecatedBuiltin: number;
  /** custom_code up to its first NUL (what the op resolver looks up), or undefined. */
  custom: Uint8Array | undefined;
  /** Stored length of custom_code, for names longer than what was read. */
  customLength: number;
  version: number;
  offset: number;
  /** Operators that use this code, over all subgraphs. */
  uses: number;
  /** First operator using it: [subgraph, operator]. */
  firstUse?: [number, number];
}

/** Where a Flex operator's custom options are: inside the flatbuffer or past it (models over 2 GB). */
export interface FlexOperator {
  opcode: number;
  subgraph: number;
  operator: number;
  offset: number;
  options?: { pos: number; length: number };
}

export interface MetadataEntry {
  name: string;
  buffer: number;
  offset: number;
  /** The buffer's bytes, when it has any. */
  data?: { pos: number; length: number };
}

export interface TfliteModel {
  version?: number;
  opcodes: OperatorCode[];
  flexOperators: FlexOperator[];
  /** Flex operators past TFLITE_LIMITS.flexOperators (counted, options not read). */
  flexOperatorsSkipped: number;
  metadata: MetadataEntry[];
  /** Operators whose opcode_index names no operator code. */
  badOpcodeIndex?: { subgraph: number; operator: number; index: number; offset: number };
}

/** Which operator codes go to the Flex delegate: decided by the caller (policy). */
export type IsFlex = (code: OperatorCode) => boolean;

/**
 * Fills `model` as it reads, so that what was read before a FlatbufferError
 * is still there for the caller to judge. `check` is called every few
 * thousand operators (the scan's time budget).
 */
export function walkModel(r: FlatReader, model: TfliteModel, isFlex: IsFlex, check: () => void): void {
  const root = r.table(r.deref(0, 'the root table offset'), 'the Model table');
  model.version = r.fieldU32(root, 0, 0, 'Model.version');
  readOperatorCodes(r, root, model);
  readSubgraphs(r, root, model, isFlex, check);
  const description = r.fieldString(root, 3, 0, 'Model.description');
  void description; // checked for bounds; its text is not used
  readMetadata(r, root, model);
}

function readOperatorCodes(r: FlatReader, root: Table, model: TfliteModel): void {
  const codes = r.fieldVector(root, 1, 4, TFLITE_LIMITS.operatorCodes, 'Model.operator_codes');
  if (!codes) return;
  for (let i = 0; i < codes.count; i++) {
    const what = `operator code ${i}`;
    const t = r.tableAt(codes, i, what);
    const deprecatedBuiltin = r.fieldI8(t, 0, 0, `${what}: deprecated_builtin_code`);
    const builtinCode = r.fieldI32(t, 3, 0, `${what}: builtin_code`);
    const custom: FbString | undefined = r.fieldString(t, 1, TFLITE_LIMITS.nameBytes, `${what}: custom_code`);
    model.opcodes.push({
      index: i,
      builtin: Math.max(builtinCode, deprecatedBuiltin),
      deprecatedBuiltin,
      custom: custom ? cString(custom.bytes) : undefined,
      customLength: custom?.length ?? 0,
      version: r.fieldI32(t, 2, 1, `${what}: version`),
      offset: t.pos,
      uses: 0,
    });
  }
}

function readSubgraphs(r: FlatReader, root: Table, model: TfliteModel, isFlex: IsFlex, check: () => void): void {
  const subgraphs = r.fieldVector(root, 2, 4, TFLITE_LIMITS.subgraphs, 'Model.subgraphs');
  if (!subgraphs) return;
  let total = 0;
  for (let s = 0; s < subgraphs.count; s++) {
    const subgraph = r.tableAt(subgraphs, s, `subgraph ${s}`);
    const operators = r.fieldVector(subgraph, 3, 4, TFLITE_LIMITS.operators, `subgraph ${s}: operators`);
    if (!operators) continue;
    total += operators.count;
    if (total > TFLITE_LIMITS.operators) {
      throw new FlatbufferError(`the subgraphs hold more than ${TFLITE_LIMITS.operators} operators, the scanner's limit`, operators.start);
    }
    for (let o = 0; o < operators.count; o++) {
      if (o % 4096 === 0) check();
      const what = `operator ${o} of subgraph ${s}`;
      const op = r.tableAt(operators, o, what);
      const index = r.fieldU32(op, 0, 0, `${what}: opcode_index`);
      const code = model.opcodes[index];
      if (!code) {
        model.badOpcodeIndex ??= { subgraph: s, operator: o, index, offset: op.pos };
        continue;
      }
      code.uses++;
      code.firstUse ??= [s, o];
      if (!isFlex(code)) continue;
      if (model.flexOperators.length >= TFLITE_LIMITS.flexOperators) {
        model.flexOperatorsSkipped++;
        continue;
      }
      model.flexOperators.push({ opcode: index, subgraph: s, operator: o, offset: op.pos, ...optionsOf(r, op, what) });
    }
  }
}

/**
 * custom_options, or (when absent) the bytes large_custom_options_offset/size
 * name, which the interpreter takes only when the offset is above 1.
 */
function optionsOf(r: FlatReader, op: Table, what: string): { options?: { pos: number; length: number } } {
  const inline = r.fieldVector(op, 5, 1, Number.MAX_SAFE_INTEGER, `${what}: custom_options`);
  if (inline) return { options: { pos: inline.start, length: inline.count } };
  const offset = r.fieldU64(op, 9, `${what}: large_custom_options_offset`);
  const size = r.fieldU64(op, 10, `${what}: large_custom_options_size`);
  if (offset <= 1n) return {};
  return { options: external(offset, size, `${what}: large custom options`, op.pos) };
}

/** A range outside the flatbuffer (offset/size fields): numbers, checked against the file by the caller. */
function external(offset: bigint, size: bigint, what: string, at: number): { pos: number; length: number } {
  if (offset > BigInt(Number.MAX_SAFE_INTEGER) || size > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new FlatbufferError(`${what} at offset ${offset} (${size} bytes) lies past any file`, at);
  }
  return { pos: Number(offset), length: Number(size) };
}

function readMetadata(r: FlatReader, root: Table, model: TfliteModel): void {
  const entries = r.fieldVector(root, 6, 4, TFLITE_LIMITS.metadata, 'Model.metadata');
  if (!entries) return;
  const buffers = r.fieldVector(root, 4, 4, Number.MAX_SAFE_INTEGER, 'Model.buffers');
  for (let i = 0; i < entries.count; i++) {
    const what = `metadata entry ${i}`;
    const t = r.tableAt(entries, i, what);
    const name = r.fieldString(t, 0, TFLITE_LIMITS.nameBytes, `${what}: name`);
    const buffer = r.fieldU32(t, 1, 0, `${what}: buffer`);
    const entry: MetadataEntry = { name: name ? Buffer.from(name.bytes).toString('utf8') : '', buffer, offset: t.pos };
    if (!buffers || buffer >= buffers.count) {
      throw new FlatbufferError(`${what} points to buffer ${buffer}, but the model has ${buffers?.count ?? 0}`, t.pos);
    }
    const b = r.tableAt(buffers, buffer, `buffer ${buffer}`);
    const data = r.fieldVector(b, 0, 1, Number.MAX_SAFE_INTEGER, `buffer ${buffer}: data`);
    if (data && data.count > 0) {
      entry.data = { pos: data.start, length: data.count };
    } else {
      const offset = r.fieldU64(b, 1, `buffer ${buffer}: offset`);
      const size = r.fieldU64(b, 2, `buffer ${buffer}: size`);
      if (offset > 1n && size > 0n) entry.data = external(offset, size, `buffer ${buffer}`, b.pos);
    }
    model.metadata.push(entry);
  }
}
