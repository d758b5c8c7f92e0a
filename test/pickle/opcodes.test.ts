import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../src/core/source.js';
import { render } from '../../src/formats/pickle/findings.js';
import { Collector, PickleMachine } from '../../src/formats/pickle/machine.js';
import { ByteReader, PickleError } from '../../src/formats/pickle/reader.js';
import { DEFAULT_PICKLE_POLICY } from '../../src/policy/pickle-globals.js';
import { bytes } from './helpers.js';

/** Runs one pickle and renders what STOP returns, Python-repr style. */
function value(data: Uint8Array): string {
  const source = new BufferSource(data);
  const m = new PickleMachine(new ByteReader(source, 0, data.length), DEFAULT_PICKLE_POLICY, { maxOpcodes: 1e6, maxStackDepth: 1e4, maxMemoEntries: 1e4 }, new Collector());
  const end = m.run();
  expect(end).toBe(data.length);
  return render(m.result, source, 0);
}

function error(data: Uint8Array): string {
  const m = new PickleMachine(new ByteReader(new BufferSource(data), 0, data.length), DEFAULT_PICKLE_POLICY, { maxOpcodes: 1e6, maxStackDepth: 1e4, maxMemoEntries: 1e4 }, new Collector());
  try {
    m.run();
  } catch (e) {
    if (e instanceof PickleError) return e.message;
    throw e;
  }
  return 'no error';
}

const le = (n: number, width: number) => Array.from({ length: width }, (_, i) => Number((BigInt(n) >> BigInt(8 * i)) & 0xffn));

describe('opcode arguments', () => {
  it.each([
    ['NONE/NEWTRUE/NEWFALSE', bytes([0x80, 2], 'N', [0x88, 0x89, 0x87], '.'), '(None, True, False)'],
    ['INT text, bools, LONG text', bytes('(I42\nI-7\nI01\nI00\nL123456789012345678901234567890L\nI0x10\nt.'), '(42, -7, True, False, 123456789012345678901234567890, 16)'],
    ['BININT, BININT1, BININT2', bytes('(J', le(-2, 4), 'K', [255], 'M', [0xff, 0xff], 't.'), '(-2, 255, 65535)'],
    ['LONG1/LONG4 two\'s complement', bytes('(', [0x8a, 1, 0xff], [0x8a, 2, 0xff, 0x00], [0x8a, 0], [0x8b, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80], 't.'), '(-1, 255, 0, -2361183241434822606848)'],
    ['FLOAT text and BINFLOAT', bytes('(F1.5\nFinf\nF-1e-3\nG', [0x3f, 0xf8, 0, 0, 0, 0, 0, 0], 't.'), '(1.5, Infinity, -0.001, 1.5)'],
    ['STRING escapes', bytes("(S'a\\nb\\x41\\101\\''\nS\"q\"\nt."), `("a\\nbAA'", 'q')`],
    ['UNICODE raw-unicode-escape', bytes('V\\u263a \\\\u0041 caf\xe9\n.'), "'☺ \\\\\\\\u0041 café'"],
    ['BINUNICODE/SHORT_BINUNICODE/BINUNICODE8', bytes('(X', le(3, 4), '\xe2\x98\x83', [0x8c, 1], 'a', [0x8d], le(2, 8), 'bc', 't.'), "('☃', 'a', 'bc')"],
    ['BINSTRING/SHORT_BINSTRING', bytes('(T', le(2, 4), 'hiU', [1], '!', 't.'), "('hi', '!')"],
    ['BINBYTES/SHORT_BINBYTES/BINBYTES8/BYTEARRAY8', bytes('(B', le(2, 4), '\x00\x01C', [1], 'z', [0x8e], le(1, 8), 'y', [0x96], le(2, 8), 'ab', 't.'), "(b'\\x00\\x01', b'z', b'y', bytearray(b'ab'))"],
    ['lists: EMPTY_LIST, APPEND, APPENDS, LIST', bytes(']K', [1], 'a(K', [2], 'K', [3], 'e(K', [4], 'l', 'a.'), '[1, 2, 3, [4]]'],
    ['dicts: EMPTY_DICT, SETITEM, SETITEMS, DICT', bytes('}K', [1], 'K', [2], 's(K', [3], '(K', [4], 'K', [5], 'du.'), '{1: 2, 3: {4: 5}}'],
    ['sets: EMPTY_SET, ADDITEMS, FROZENSET', bytes([0x8f], '(K', [1], 'K', [2], [0x90], '(', [0x91], [0x86], '.'), '({1, 2}, frozenset({}))'],
    ['tuples: EMPTY_TUPLE, TUPLE1-3, TUPLE', bytes(')K', [1], [0x85], 'K', [1], 'K', [2], [0x86], 'NNN', [0x87], '(t', [0x87], '.'), '((1, 2), (None, None, None), ())'],
    ['memo: PUT/GET, BINPUT/BINGET, LONG_BINPUT/LONG_BINGET, MEMOIZE', bytes('(K', [7], 'p5\n0g5\nq', [9], '0h', [9], 'r', le(70000, 4), '0j', le(70000, 4), [0x94], '0h', [3], 't.'), '(7,)'],
    ['DUP, POP, POP_MARK', bytes('(K', [1], '2', 'K', [9], '0', '(N(1', '1t.'), '(1, 1)'],
    ['POP removes an empty MARK like CPython', bytes('K', [5], '(0.'), '5'],
    ['PERSID/BINPERSID', bytes('(P12\nK', [3], 'Qt.'), '(<persistent object>, <persistent object>)'],
    ['NEXT_BUFFER/READONLY_BUFFER', bytes([0x80, 5, 0x97, 0x98], '.'), '<out-of-band buffer>'],
    ['FRAME', bytes([0x80, 4, 0x95], le(3, 8), 'K', [1], '.'), '1'],
    ['GLOBAL/REDUCE/NEWOBJ/BUILD as symbolic values', bytes('ccollections\nOrderedDict\n)R}b', [0x80, 2], 'ctorch\nSize\n)', [0x81], [0x86], '.'), '(collections.OrderedDict(), torch.Size())'],
  ])('%s', (_name, data, expected) => {
    expect(value(data)).toBe(expected);
  });

  it('keeps only the first items of huge containers', () => {
    const data = bytes(']', '(', 'K\x01'.repeat(1000), 'e.');
    expect(value(data)).toMatch(/^\[1, 1, 1, 1, 1, 1, 1, 1, …\]$/);
  });

  it('skips big payloads without reading them into values', () => {
    const n = 1 << 20;
    const data = bytes('B', le(n, 4), new Uint8Array(n), '.');
    expect(value(data)).toMatch(/^b'\\x00.*… \(1048576 bytes\)$/);
  });
});

describe('malformed streams', () => {
  it.each([
    ['unknown opcode', bytes('\xff'), 'unknown opcode 0xff at offset 0'],
    ['stack underflow', bytes('R.'), 'stack underflow at offset 0'],
    ['underflow below a MARK', bytes('N(0.'), 'no error'],
    ['items under a MARK are fenced', bytes('N(R.'), 'stack underflow at offset 2'],
    ['missing MARK', bytes('t.'), 'MARK expected but not found at offset 0'],
    ['unset memo key', bytes('h\x03.'), 'memo key 3 is not set at offset 0'],
    ['unquoted STRING', bytes('Sabc\n.'), 'STRING argument is not quoted at offset 0'],
    ['bad INT', bytes('Iabc\n.'), 'invalid integer argument "abc" at offset 0'],
    ['negative BINSTRING', bytes('T\xff\xff\xff\xff.'), 'BINSTRING with negative length at offset 0'],
    ['protocol 6', bytes('\x80\x06N.'), 'unsupported pickle protocol 6 at offset 0'],
    ['no STOP', bytes('N'), 'data ends at offset 1 before the STOP opcode'],
    ['truncated argument', bytes('X\x10\x00\x00\x00abc'), 'data ends inside a 16-byte argument at offset 5'],
    ['truncated text line', bytes('cos\nsys'), 'data ends inside a text argument at offset 4'],
    ['huge frame', bytes('\x80\x04\x95\xff\x00\x00\x00\x00\x00\x00\x00N.'), 'FRAME at offset 2 declares 255 bytes but the data ends first'],
  ])('%s', (_name, data, message) => {
    expect(error(data)).toBe(message);
  });
});
