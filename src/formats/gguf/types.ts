/** GGUF metadata value types (gguf.md, `gguf_metadata_value_type`). */
export const ValueType = {
  U8: 0,
  I8: 1,
  U16: 2,
  I16: 3,
  U32: 4,
  I32: 5,
  F32: 6,
  BOOL: 7,
  STRING: 8,
  ARRAY: 9,
  U64: 10,
  I64: 11,
  F64: 12,
} as const;

/** Byte size of the fixed-size value types; STRING and ARRAY are variable. */
export const FIXED_VALUE_SIZE: ReadonlyMap<number, number> = new Map([
  [ValueType.U8, 1], [ValueType.I8, 1], [ValueType.BOOL, 1],
  [ValueType.U16, 2], [ValueType.I16, 2],
  [ValueType.U32, 4], [ValueType.I32, 4], [ValueType.F32, 4],
  [ValueType.U64, 8], [ValueType.I64, 8], [ValueType.F64, 8],
]);

/**
 * ggml tensor types: elements per block and bytes per block (ggml.c
 * `type_traits`). Used only to check that a tensor's bytes fit the file.
 */
export const GGML_TYPE_LAYOUT: ReadonlyMap<number, { block: number; bytes: number; name: string }> = new Map([
  [0, { block: 1, bytes: 4, name: 'F32' }],
  [1, { block: 1, bytes: 2, name: 'F16' }],
  [2, { block: 32, bytes: 18, name: 'Q4_0' }],
  [3, { block: 32, bytes: 20, name: 'Q4_1' }],
  [6, { block: 32, bytes: 22, name: 'Q5_0' }],
  [7, { block: 32, bytes: 24, name: 'Q5_1' }],
  [8, { block: 32, bytes: 34, name: 'Q8_0' }],
  [9, { block: 32, bytes: 36, name: 'Q8_1' }],
  [10, { block: 256, bytes: 84, name: 'Q2_K' }],
  [11, { block: 256, bytes: 110, name: 'Q3_K' }],
  [12, { block: 256, bytes: 144, name: 'Q4_K' }],
  [13, { block: 256, bytes: 176, name: 'Q5_K' }],
  [14, { block: 256, bytes: 210, name: 'Q6_K' }],
  [15, { block: 256, bytes: 292, name: 'Q8_K' }],
  [16, { block: 256, bytes: 66, name: 'IQ2_XXS' }],
  [17, { block: 256, bytes: 74, name: 'IQ2_XS' }],
  [18, { block: 256, bytes: 98, name: 'IQ3_XXS' }],
  [19, { block: 256, bytes: 50, name: 'IQ1_S' }],
  [20, { block: 32, bytes: 18, name: 'IQ4_NL' }],
  [21, { block: 256, bytes: 110, name: 'IQ3_S' }],
  [22, { block: 256, bytes: 82, name: 'IQ2_S' }],
  [23, { block: 256, bytes: 136, name: 'IQ4_XS' }],
  [24, { block: 1, bytes: 1, name: 'I8' }],
  [25, { block: 1, bytes: 2, name: 'I16' }],
  [26, { block: 1, bytes: 4, name: 'I32' }],
  [27, { block: 1, bytes: 8, name: 'I64' }],
  [28, { block: 1, bytes: 8, name: 'F64' }],
  [29, { block: 256, bytes: 56, name: 'IQ1_M' }],
  [30, { block: 1, bytes: 2, name: 'BF16' }],
  [34, { block: 256, bytes: 54, name: 'TQ1_0' }],
  [35, { block: 256, bytes: 66, name: 'TQ2_0' }],
  [39, { block: 32, bytes: 17, name: 'MXFP4' }],
]);

/** llama.cpp's GGML_MAX_DIMS. */
export const MAX_TENSOR_DIMS = 4;
export const DEFAULT_ALIGNMENT = 32;
