import { describe, expect, it } from 'vitest';
import { bytes, fixture, scanBytes, summary } from './helpers.js';

/** Findings other than scan/incomplete, as [rule, callable, args]. */
async function calls(data: Uint8Array, name = 'x.pkl') {
  const result = await scanBytes(data, name);
  return result.findings.filter((f) => f.ruleId !== 'scan/incomplete').map((f) => [f.ruleId, f.callable, f.args]);
}

const OS_SYSTEM = ['pickle/code-execution', 'os.system', ["'id'"]];

describe('parser differentials (threats B)', () => {
  it('B1 memo decoy: the memo holds what the stack held, not the previous argument', async () => {
    const data = bytes(
      [0x80, 4],
      [0x8c, 5], 'torch', [0x94],
      [0x8c, 11], 'LongStorage', [0x94],
      [0x8c, 2], 'os', [0x94],
      [0x8c, 6], 'system', [0x94],
      'h', [2], 'h', [3], [0x93],
      [0x8c, 2], 'id', [0x85], 'R.',
    );
    expect(await calls(data)).toEqual([OS_SYSTEM]);
  });

  it('B3 non-string STACK_GLOBAL operands are unresolved imports', async () => {
    // module = builtins.int('1'): not a name Python can import, and not one we can fold
    const data = bytes([0x80, 4], 'cbuiltins\nint\n', [0x8c, 1], '1', [0x85], 'R', [0x8c, 6], 'system', [0x93], [0x8c, 2], 'id', [0x85], 'R.');
    const result = await scanBytes(data);
    expect(summary(result)).toEqual([`critical pickle/unresolved-import <module computed by a call, name "system"> ["'id'"] @35`]);
    expect(result.findings[0]!.message).toMatch(/computed while loading/);
  });

  it('B3/B7 operands computed from constants are folded: builtins.str("os") is "os"', async () => {
    const data = bytes([0x80, 4], 'cbuiltins\nstr\n', [0x8c, 2], 'os', [0x85], 'R', [0x8c, 6], 'system', [0x93], [0x8c, 2], 'id', [0x85], 'R.');
    const result = await scanBytes(data);
    expect(summary(result)).toEqual([`critical pickle/code-execution os.system ["'id'"] @36`]);
    expect(result.findings[0]!.properties).toMatchObject({ computedName: 'str(…)', decompiled: "os.system('id')" });
  });

  it('B4 a GET of an unset memo key after the payload keeps the payload', async () => {
    const data = bytes(fixture('malicious/os-system-p2.pkl').subarray(0, -1), 'h', [9], '.');
    const result = await scanBytes(data);
    expect(summary(result)).toEqual([`critical pickle/code-execution os.system ["'id'"] @30`, 'medium scan/incomplete  [] @33']);
    expect(result.findings[1]!.message).toMatch(/memo key 9 is not set/);
  });

  it('B5 STACK_GLOBAL fed by protocol-0 STRING, BINSTRING and SHORT_BINSTRING', async () => {
    expect(await calls(bytes([0x80, 4], "S'os'\nS'system'\n", [0x93], "S'id'\n", [0x85], 'R.'))).toEqual([OS_SYSTEM]);
    expect(await calls(bytes([0x80, 4], 'T', [2, 0, 0, 0], 'osU', [6], 'system', [0x93], 'U', [2], 'id', [0x85], 'R.'))).toEqual([OS_SYSTEM]);
  });

  it('B6 BINUNICODE8 and BINUNICODE operands', async () => {
    const u8 = (s: string) => bytes([0x8d, s.length, 0, 0, 0, 0, 0, 0, 0], s);
    expect(await calls(bytes([0x80, 4], u8('os'), 'X', [6, 0, 0, 0], 'system', [0x93], u8('id'), [0x85], 'R.'))).toEqual([OS_SYSTEM]);
  });

  it('B8 an argument straddling its frame is flagged; what the C unpickler reads from a file is scanned', async () => {
    // The frame ends inside the string's bytes: linearly, BINBYTES at the end of `region` swallows the
    // payload; the C unpickler on a file drops the 5 framed bytes and reads the string after the frame.
    const payload = "cos\nsystem\n(S'id'\ntR";
    const region = bytes('A'.repeat(27), 'B', [payload.length, 0, 0, 0]);
    const data = bytes([0x80, 4, 0x95, 7, 0, 0, 0, 0, 0, 0, 0], [0x8c, 32], 'fffff', region, payload, '.');
    const result = await scanBytes(data);
    const rules = result.findings.map((f) => [f.ruleId, f.callable ?? '']);
    expect(rules).toContainEqual(['pickle/frame-tampering', '']);
    expect(rules).toContainEqual(['pickle/code-execution', 'os.system']);
    expect(result.findings.find((f) => f.callable === 'os.system')!.properties?.reading).toMatch(/unbuffered file/);
  });

  it('B8 a string whose frame holds only its opcode and length is the same string for every reader', async () => {
    const hidden = "cos\nsystem\n(S'id'\ntR.";
    const data = bytes([0x80, 4, 0x95, 2, 0, 0, 0, 0, 0, 0, 0], [0x8c, hidden.length], hidden, '.');
    const result = await scanBytes(data);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['pickle/frame-tampering']);
  });

  it('B8 a frame opened inside another frame is flagged', async () => {
    const data = bytes([0x80, 4, 0x95, 12, 0, 0, 0, 0, 0, 0, 0], 'N0', [0x95, 1, 0, 0, 0, 0, 0, 0, 0], 'N.');
    const result = await scanBytes(data);
    expect(result.findings.map((f) => f.ruleId)).toContain('pickle/frame-tampering');
  });

  it('B9 truncation at every offset of a malicious pickle reports the call or an incomplete scan, never clean', async () => {
    for (const name of ['os-system-p0.pkl', 'os-system-p2.pkl', 'os-system-p4.pkl', 'builtins-exec-p0.pkl', 'nested-pickle-loads.pkl']) {
      const full = fixture(`malicious/${name}`);
      for (let n = 1; n < full.length; n++) {
        const result = await scanBytes(full.subarray(0, n), 'cut.pkl');
        const flagged = result.findings.some((f) => f.ruleId === 'pickle/code-execution' || f.ruleId === 'scan/incomplete');
        expect(flagged, `${name} cut at ${n}: ${summary(result).join('; ')}`).toBe(true);
        expect(result.status).not.toBe('complete');
      }
    }
  });

  it('B10 a pickle hidden after a benign one and junk is found', async () => {
    const data = bytes(fixture('benign/plain-p2.pkl'), 'JUNK\x00\x01\x02 not a pickle', fixture('malicious/os-system-p2.pkl'));
    const result = await scanBytes(data);
    expect(summary(result)).toEqual([`critical pickle/code-execution os.system ["'id'"] @${705 + 20 + 30}`]);
  });

  it('B12 str arguments decode like the C unpickler: invalid UTF-8 breaks the stream, encoded surrogates pass', async () => {
    const bad = await scanBytes(bytes([0x80, 4], [0x8c, 2, 0xc0, 0xaf], '.'));
    expect(bad.findings.map((f) => f.message)).toEqual([expect.stringMatching(/not valid UTF-8/)]);
    const surrogate = await scanBytes(bytes([0x80, 4], [0x8c, 3, 0xed, 0xa0, 0x80], '.'));
    expect(surrogate.findings).toEqual([]);
    const global = await scanBytes(bytes("cos\nsys\xc0tem\n."));
    expect(global.findings.map((f) => f.message)).toEqual([expect.stringMatching(/GLOBAL argument is not valid UTF-8/)]);
  });

  it('B11 CRLF line ends in GLOBAL still resolve', async () => {
    expect(await calls(bytes("cos\r\nsystem\r\n(S'id'\ntR."))).toEqual([OS_SYSTEM]);
  });

  it('B13 an OBJ call discarded by POP is still reported', async () => {
    const data = bytes("(csmtplib\nSMTP\nS'127.0.0.1'\no0N.");
    expect(await calls(data)).toEqual([['pickle/system-access', 'smtplib.SMTP', ["'127.0.0.1'"]]]);
  });

  it('B13 NEWOBJ_EX calls are reported with their arguments', async () => {
    const data = bytes([0x80, 4], 'csubprocess\nPopen\n', [0x8c, 2], 'id', [0x85], '}', [0x92], '0N.');
    expect(await calls(data)).toEqual([['pickle/code-execution', 'subprocess.Popen', ["'id'"]]]);
  });

  it('B14 INST imports and calls in one opcode', async () => {
    expect(await calls(bytes("(S'id'\nios\nsystem\n."))).toEqual([OS_SYSTEM]);
  });

  it('B15 EXT1/EXT2/EXT4 are unresolved imports', async () => {
    for (const ext of [[0x82, 1], [0x83, 1, 0], [0x84, 1, 0, 0, 0]]) {
      const result = await scanBytes(bytes([0x80, 2], ext, "(S'id'\ntR."));
      expect(summary(result)).toEqual([`critical pickle/unresolved-import <extension code 1> ["'id'"] @${2 + ext.length + 8}`]);
    }
  });

  it('B16 resource limits end the scan with an incomplete finding', async () => {
    const many = bytes([0x80, 2], ']', '(', 'N'.repeat(5000), 'e.');
    const ops = await scanBytes(many, 'x.pkl', { maxPickleOpcodes: 100 });
    expect(ops.findings.map((f) => f.message)).toEqual([expect.stringMatching(/opcode limit/)]);
    const stack = await scanBytes(many, 'x.pkl', { maxStackDepth: 100 });
    expect(stack.findings.map((f) => f.message)).toEqual([expect.stringMatching(/stack depth limit/)]);
    const memo = await scanBytes(bytes([0x80, 2], 'N', ...Array.from({ length: 300 }, (_, i) => bytes('r', [i & 0xff, i >> 8, 0, 0])), '.'), 'x.pkl', { maxMemoEntries: 50 });
    expect(memo.findings.map((f) => f.message)).toEqual([expect.stringMatching(/memo limit/)]);
  });
});

describe('name resolution (threats C)', () => {
  it('C1 dotted names are walked: pathlib.os.system is os.system', async () => {
    const data = bytes([0x80, 4], [0x8c, 7], 'pathlib', [0x8c, 9], 'os.system', [0x93], [0x8c, 2], 'id', [0x85], 'R.');
    const result = await scanBytes(data);
    expect(result.findings.map((f) => [f.ruleId, f.callable, f.args])).toEqual([['pickle/code-execution', 'pathlib.os.system', ["'id'"]]]);
  });

  it('C1 attribute walks through __builtins__ and torch.serialization.load are flagged', async () => {
    for (const [m, n] of [['numpy', '__builtins__.eval'], ['torch', 'serialization.load'], ['collections', 'OrderedDict.__init__.__globals__']]) {
      const data = bytes([0x80, 4], [0x8c, m!.length], m!, [0x8c, n!.length], n!, [0x93], '.');
      const result = await scanBytes(data);
      expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['pickle/code-execution', 'critical']]);
    }
  });

  it('C3 C-module aliases: posix, nt, _operator, _pickle, _io', async () => {
    const cases: [string, string, string][] = [
      ['posix', 'system', 'os.system'], ['nt', 'system', 'os.system'], ['_operator', 'attrgetter', 'operator.attrgetter'],
      ['_pickle', 'loads', 'pickle.loads'], ['_io', 'FileIO', 'io.FileIO'], ['_posixsubprocess', 'fork_exec', '_posixsubprocess.fork_exec'],
    ];
    for (const [m, n, canonical] of cases) {
      const result = await scanBytes(bytes(`c${m}\n${n}\n.`));
      expect(result.findings.map((f) => f.callable)).toEqual([canonical]);
      expect(result.findings[0]!.severity === 'critical' || result.findings[0]!.severity === 'high').toBe(true);
    }
  });

  it('C4 Python 2 names are mapped like fix_imports', async () => {
    const result = await scanBytes(bytes("c__builtin__\neval\n(S'1+1'\ntR."));
    expect(result.findings[0]).toMatchObject({ ruleId: 'pickle/code-execution', callable: 'builtins.eval', properties: { imported: '__builtin__.eval' } });
    const commands = await scanBytes(bytes("ccommands\ngetoutput\n(S'id'\ntR."));
    expect(commands.findings[0]).toMatchObject({ ruleId: 'pickle/code-execution', callable: 'subprocess.getoutput', message: "Loading this file runs the shell command `id` through subprocess.getoutput: `subprocess.getoutput('id')`." });
    // __builtin__.reduce is functools.reduce, a dispatcher: reported when it is fed a dangerous callable.
    const reduce = await scanBytes(bytes("c__builtin__\nreduce\n(c__builtin__\nexec\n(}lS'1'\ntR."));
    expect(reduce.findings[0]).toMatchObject({ callable: 'builtins.exec', severity: 'critical', properties: { technique: 'dispatcher' } });
  });

  it('C5 nothing is allowed by prefix: loaders and helpers inside torch and numpy are flagged', async () => {
    const cases: [string, string, string][] = [
      ['torch', 'load', 'critical'], ['torch.serialization', 'load', 'critical'], ['numpy', 'load', 'critical'],
      ['numpy.testing._private.utils', 'runstring', 'critical'], ['numpy.f2py.crackfortran', 'getlincoef', 'critical'],
      ['torch.hub', 'load', 'critical'], ['torch._inductor.codecache', 'compile_file', 'critical'],
      ['torch.utils.collect_env', 'run', 'critical'], ['numpy.core.multiarray', 'not_a_real_helper', 'medium'],
      ['sklearn.linear_model._base', 'make_dataset', 'medium'], ['sklearn.datasets._openml', 'OpenMLError', 'medium'],
      ['pandas.io.pytables', 'HDFStore', 'medium'], ['torch', 'nn', 'medium'],
    ];
    for (const [m, n, severity] of cases) {
      const result = await scanBytes(bytes(`c${m}\n${n}\n.`));
      expect(result.findings.map((f) => [f.callable, f.severity]), `${m}.${n}`).toEqual([[`${m}.${n}`, severity]]);
    }
  });

  it('allowlisted classes and families pass', async () => {
    for (const [m, n] of [
      ['torch._utils', '_rebuild_tensor_v2'], ['torch', 'FloatStorage'], ['numpy.core.multiarray', '_reconstruct'],
      ['numpy._core.multiarray', 'scalar'], ['sklearn.ensemble._forest', 'RandomForestClassifier'], ['sklearn.tree._tree', 'Tree'],
      ['pandas.core.frame', 'DataFrame'], ['torch.nn.modules.linear', 'Linear'], ['collections', 'OrderedDict'],
      ['ultralytics.nn.modules.conv', 'Conv'], ['transformers.training_args', 'TrainingArguments'], ['xgboost.sklearn', 'XGBClassifier'],
      ['transformers.models.bert.tokenization_bert_fast', 'BertTokenizerFast'], ['tokenizers', 'Tokenizer'], ['tokenizers.models', 'Model'],
      ['transformers.models.bert.configuration_bert', 'BertConfig'], ['lightgbm.sklearn', 'LGBMClassifier'], ['lightgbm.basic', 'Booster'],
    ]) {
      const result = await scanBytes(bytes(`c${m}\n${n}\n.`));
      expect(result.findings, `${m}.${n}`).toEqual([]);
    }
  });
});

describe('indirection (threats D)', () => {
  it('a call on the result of getattr(__import__("os"), "system") is one finding with the resolved target', async () => {
    const data = bytes("cbuiltins\ngetattr\n(cbuiltins\n__import__\n(S'os'\ntRS'system'\ntR(S'id'\ntR.");
    const result = await scanBytes(data);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'pickle/code-execution',
      callable: "builtins.getattr(builtins.__import__('os'), 'system')",
      args: ["'id'"],
      properties: { resolved: 'os.system' },
    });
    expect(result.findings[0]!.message).toMatch(/computes `os\.system` at load time/);
  });

  it('a call on a computed value with no dangerous root is a dynamic call', async () => {
    const data = bytes("ccollections\nOrderedDict\n)R(S'id'\ntR.");
    const result = await scanBytes(data);
    expect(summary(result)).toEqual([`critical pickle/dynamic-call collections.OrderedDict() ["'id'"] @35`]);
  });

  it('D2/D3/D5/D6 universal resolvers are critical', async () => {
    for (const [m, n] of [['operator', 'attrgetter'], ['operator', 'methodcaller'], ['pkgutil', 'resolve_name'], ['pydoc', 'locate'],
      ['importlib', 'import_module'], ['inspect', 'getattr_static'], ['types', 'CodeType'], ['types', 'FunctionType'], ['marshal', 'loads'],
      ['codeop', 'compile_command'], ['runpy', '_run_code'], ['cProfile', 'run'], ['timeit', 'timeit'], ['bdb', 'Bdb.run'],
      ['pip', 'main'], ['ctypes', 'CDLL'], ['atexit', '_run_exitfuncs'], ['weakref', 'WeakMethod'], ['uuid', '_get_command_stdout'],
      ['cloudpickle.cloudpickle', '_make_function'], ['asyncio.unix_events', '_UnixSubprocessTransport._start'], ['venv', 'create']]) {
      const result = await scanBytes(bytes(`c${m}\n${n}\n.`));
      expect(result.findings.map((f) => [f.ruleId, f.severity]), `${m}.${n}`).toEqual([['pickle/code-execution', 'critical']]);
    }
  });

  it('D11 BUILD on a module-level function is a gadget', async () => {
    const data = bytes("cnumpy\nsize\n(dS'shape'\ncnumpy\n__builtins__\nsb.");
    const result = await scanBytes(data);
    const gadget = result.findings.find((f) => f.properties?.technique === 'build-on-global');
    expect(gadget).toMatchObject({ ruleId: 'pickle/code-execution', callable: 'numpy.size', offset: 44 });
    expect(result.findings.map((f) => f.callable)).toContain('numpy.__builtins__');
  });

  it('file, network and recon callables are high', async () => {
    for (const [m, n] of [['shutil', 'rmtree'], ['urllib.request', 'urlopen'], ['requests', 'get'], ['logging', 'FileHandler'],
      ['tempfile', 'mkstemp'], ['glob', 'glob'], ['getpass', 'getuser'], ['http.server', 'HTTPServer'], ['pathlib', 'Path.write_text'], ['pathlib', 'PosixPath.write_text'], ['pathlib', 'WindowsPath.unlink']]) {
      const result = await scanBytes(bytes(`c${m}\n${n}\n.`));
      expect(result.findings.map((f) => [f.ruleId, f.severity]), `${m}.${n}`).toEqual([['pickle/system-access', 'high']]);
    }
  });
});

describe('nested payloads', () => {
  it('scans base64-wrapped payloads passed to pickle.loads', async () => {
    const inner = Buffer.from(fixture('malicious/os-system-p2.pkl')).toString('base64');
    const data = bytes(`cpickle\nloads\n(cbase64\nb64decode\n(S'${inner}'\ntRtR.`);
    const result = await scanBytes(data);
    expect(result.findings.find((f) => f.member)).toMatchObject({ callable: 'os.system', args: ["'id'"], member: expect.stringMatching(/^<pickle\.loads@\d+>$/) });
  });
});
