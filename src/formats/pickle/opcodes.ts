/**
 * Pickle opcodes, protocols 0–5 (the byte values CPython's Lib/pickle.py defines).
 * Only the names are here; what each one does is in machine.ts.
 */
export const enum Op {
  MARK = 0x28, // (
  STOP = 0x2e, // .
  POP = 0x30, // 0
  POP_MARK = 0x31, // 1
  DUP = 0x32, // 2
  FLOAT = 0x46, // F  float as text line
  INT = 0x49, // I  int as text line (I01/I00 are True/False)
  BININT = 0x4a, // J  4-byte signed
  BININT1 = 0x4b, // K  1-byte unsigned
  LONG = 0x4c, // L  long as text line
  BININT2 = 0x4d, // M  2-byte unsigned
  NONE = 0x4e, // N
  PERSID = 0x50, // P  persistent id as text line
  BINPERSID = 0x51, // Q
  REDUCE = 0x52, // R
  STRING = 0x53, // S  quoted repr line
  BINSTRING = 0x54, // T  4-byte signed length
  SHORT_BINSTRING = 0x55, // U
  UNICODE = 0x56, // V  raw-unicode-escape line
  BINUNICODE = 0x58, // X  4-byte length
  APPEND = 0x61, // a
  BUILD = 0x62, // b
  GLOBAL = 0x63, // c  module line, name line
  DICT = 0x64, // d
  APPENDS = 0x65, // e
  GET = 0x67, // g
  BINGET = 0x68, // h
  INST = 0x69, // i  module line, name line, args since MARK
  LONG_BINGET = 0x6a, // j
  LIST = 0x6c, // l
  OBJ = 0x6f, // o
  PUT = 0x70, // p
  BINPUT = 0x71, // q
  LONG_BINPUT = 0x72, // r
  SETITEM = 0x73, // s
  TUPLE = 0x74, // t
  SETITEMS = 0x75, // u
  EMPTY_DICT = 0x7d, // }
  EMPTY_LIST = 0x5d, // ]
  EMPTY_TUPLE = 0x29, // )
  BINFLOAT = 0x47, // G  8-byte big-endian double
  // protocol 2
  PROTO = 0x80,
  NEWOBJ = 0x81,
  EXT1 = 0x82,
  EXT2 = 0x83,
  EXT4 = 0x84,
  TUPLE1 = 0x85,
  TUPLE2 = 0x86,
  TUPLE3 = 0x87,
  NEWTRUE = 0x88,
  NEWFALSE = 0x89,
  LONG1 = 0x8a,
  LONG4 = 0x8b,
  // protocol 3
  BINBYTES = 0x42, // B
  SHORT_BINBYTES = 0x43, // C
  // protocol 4
  SHORT_BINUNICODE = 0x8c,
  BINUNICODE8 = 0x8d,
  BINBYTES8 = 0x8e,
  EMPTY_SET = 0x8f,
  ADDITEMS = 0x90,
  FROZENSET = 0x91,
  NEWOBJ_EX = 0x92,
  STACK_GLOBAL = 0x93,
  MEMOIZE = 0x94,
  FRAME = 0x95,
  // protocol 5
  BYTEARRAY8 = 0x96,
  NEXT_BUFFER = 0x97,
  READONLY_BUFFER = 0x98,
}

export const HIGHEST_PROTOCOL = 5;

const NAMES: Record<number, string> = {
  0x28: 'MARK', 0x2e: 'STOP', 0x30: 'POP', 0x31: 'POP_MARK', 0x32: 'DUP', 0x46: 'FLOAT', 0x49: 'INT', 0x4a: 'BININT',
  0x4b: 'BININT1', 0x4c: 'LONG', 0x4d: 'BININT2', 0x4e: 'NONE', 0x50: 'PERSID', 0x51: 'BINPERSID', 0x52: 'REDUCE',
  0x53: 'STRING', 0x54: 'BINSTRING', 0x55: 'SHORT_BINSTRING', 0x56: 'UNICODE', 0x58: 'BINUNICODE', 0x61: 'APPEND',
  0x62: 'BUILD', 0x63: 'GLOBAL', 0x64: 'DICT', 0x65: 'APPENDS', 0x67: 'GET', 0x68: 'BINGET', 0x69: 'INST',
  0x6a: 'LONG_BINGET', 0x6c: 'LIST', 0x6f: 'OBJ', 0x70: 'PUT', 0x71: 'BINPUT', 0x72: 'LONG_BINPUT', 0x73: 'SETITEM',
  0x74: 'TUPLE', 0x75: 'SETITEMS', 0x7d: 'EMPTY_DICT', 0x5d: 'EMPTY_LIST', 0x29: 'EMPTY_TUPLE', 0x47: 'BINFLOAT',
  0x80: 'PROTO', 0x81: 'NEWOBJ', 0x82: 'EXT1', 0x83: 'EXT2', 0x84: 'EXT4', 0x85: 'TUPLE1', 0x86: 'TUPLE2',
  0x87: 'TUPLE3', 0x88: 'NEWTRUE', 0x89: 'NEWFALSE', 0x8a: 'LONG1', 0x8b: 'LONG4', 0x42: 'BINBYTES',
  0x43: 'SHORT_BINBYTES', 0x8c: 'SHORT_BINUNICODE', 0x8d: 'BINUNICODE8', 0x8e: 'BINBYTES8', 0x8f: 'EMPTY_SET',
  0x90: 'ADDITEMS', 0x91: 'FROZENSET', 0x92: 'NEWOBJ_EX', 0x93: 'STACK_GLOBAL', 0x94: 'MEMOIZE', 0x95: 'FRAME',
  0x96: 'BYTEARRAY8', 0x97: 'NEXT_BUFFER', 0x98: 'READONLY_BUFFER',
};

/** A lookup table: is this byte an opcode at all? (Used by sniffing and resync.) */
export const IS_OPCODE: Uint8Array = (() => {
  const table = new Uint8Array(256);
  for (const key of Object.keys(NAMES)) table[Number(key)] = 1;
  return table;
})();

export function opName(op: number): string {
  return NAMES[op] ?? `0x${op.toString(16).padStart(2, '0')}`;
}
