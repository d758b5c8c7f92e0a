import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs';
import { scanFile } from '../../src/core/scan.js';
import type { FileResult } from '../../src/core/types.js';
import { severityRank } from '../../src/core/severity.js';
import { duplicateKeys } from '../../src/formats/safetensors/duplicate-keys.js';
import { TENSORFLOW_PROTO } from '../../src/formats/tensorflow/proto.js';
import { byRule, scanFixture, serious } from '../keras/scan-fixture.js';
import { MALICIOUS_PICKLE, tempTree } from '../helpers/temp.js';
import { buildZip, enc } from '../zip/build.js';
import { linkTargetProblem, memberPathProblem } from '../../src/formats/archive-paths.js';

/**
 * Rows of ../shared/docs/threats.md that had no test, or only part of one
 * (see test/THREATS-COVERAGE.md): each test names its row.
 */

const summary = (r: FileResult) => r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.member ?? ''} ${f.callable ?? ''} ${f.message.slice(0, 120)}`).join('\n');
const highOrAbove = (r: FileResult) => r.findings.filter((f) => severityRank(f.severity) >= severityRank('high'));

async function scanTemp(name: string, content: string | Uint8Array): Promise<FileResult> {
  const root = tempTree({ [name]: content });
  return scanFile({ absolutePath: join(root, name), relativePath: name, explicit: true }, { root });
}

describe('A15/H7: GGUF polyglots (bytes after the last tensor)', () => {
  it.each([
    ['malicious_trailing_zip.gguf', 'pytorch-zip', 'trailing-data!/archive/data.pkl'],
    ['malicious_trailing_pickle.gguf', 'pickle', 'trailing-data'],
  ])('%s: the trailing %s is reported and scanned as a file of its own', async (name, format, member) => {
    const r = await scanFixture(`formats/gguf/${name}`);
    expect(byRule(r, 'gguf/trailing-data'), summary(r)).toEqual([
      expect.objectContaining({ severity: 'high', properties: expect.objectContaining({ trailingFormat: format }) }),
    ]);
    expect(r.findings.find((f) => f.callable === 'os.system'), summary(r)).toMatchObject({ severity: 'critical', member });
    expect(r.status).toBe('complete');
  });

  it.each(['benign_llama3.gguf', 'benign_no_template.gguf', 'benign_named_templates.gguf'])(
    '%s: the last tensor padded to the alignment is the end; nothing trails',
    async (name) => {
      const r = await scanFixture(`formats/gguf/${name}`);
      expect(r.findings, summary(r)).toEqual([]);
    },
  );

  it('unrecognised trailing bytes are medium, never silent', async () => {
    const { readFileSync } = await import('node:fs');
    const base = readFileSync(join(import.meta.dirname, '../fixtures/formats/gguf/benign_no_template.gguf'));
    const r = await scanTemp('m.gguf', Buffer.concat([base, Buffer.from('\x01\x02junk that is no format at all\xff', 'latin1')]));
    expect(byRule(r, 'gguf/trailing-data'), summary(r)).toEqual([expect.objectContaining({ severity: 'medium' })]);
  });
});

describe('H7: safetensors header with duplicate JSON keys (parser differential)', () => {
  it('reports a duplicate tensor name (spelt with an escape) and a duplicate data_offsets as high', async () => {
    const r = await scanFixture('formats/safetensors/malicious_duplicate_keys.safetensors');
    const dups = byRule(r, 'safetensors/malformed').filter((f) => f.properties?.technique === 'duplicate-json-key');
    expect(dups.map((f) => [f.severity, f.properties?.duplicateKey, f.properties?.object]), summary(r)).toEqual([
      ['high', 'linear.weight', '$'],
      ['high', 'data_offsets', '$.linear.weight'],
    ]);
  });

  it('finds duplicates at any depth, after decoding escapes, and nothing in ordinary headers', () => {
    expect(duplicateKeys('{"a":{"x":1,"y":[{"k":1,"k":2}]},"b":{"x":1},"\\u0061":3}')).toEqual([
      { path: '$.a.y[]', key: 'k' },
      { path: '$', key: 'a' },
    ]);
    expect(duplicateKeys('{"__metadata__":{"format":"pt"},"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}')).toEqual([]);
    expect(duplicateKeys('{"a":"{\\"a\\":1,\\"a\\":2}","b":"}"}')).toEqual([]);
  });

  it.each(['benign.safetensors', 'benign_empty.safetensors', 'benign_renamed.bin'])('%s: no duplicate-key finding', async (name) => {
    const r = await scanFixture(`formats/safetensors/${name}`);
    expect(r.findings, summary(r)).toEqual([]);
  });
});

describe('G8: every TensorFlow op the catalogue names is reported HIGH or above', () => {
  const root = protobuf.parse(TENSORFLOW_PROTO, { keepCase: true }).root;
  const SavedModel = root.lookupType('modelscan.tf.SavedModel');
  const str = (s: string) => ({ s: Buffer.from(s) });
  const constPath = { name: 'path', op: 'Const', attr: { value: { tensor: { dtype: 7, string_val: [Buffer.from('/etc/passwd')] } } } };
  const node = (op: string, attr: Record<string, unknown> = {}) => ({ name: `n_${op}`, op, input: ['path', 'path', 'path'], attr });

  // [op, attributes]: ops whose target is an attribute get it; the rest read the constant path from their inputs.
  const OPS: [string, Record<string, unknown>?][] = [
    ['PrintV2', { output_stream: str('file:///tmp/exfil.txt') }],
    ['Save'],
    ['SaveV2'],
    ['SaveSlices'],
    ['MergeV2Checkpoints'],
    ['RestoreV2'],
    ['MatchingFiles'],
    ['InitializeTableFromTextFile'],
    ['InitializeTableFromTextFileV2'],
    ['ImmutableConst', { memory_region_name: str('/etc/passwd') }],
    ['TFRecordDataset'],
    ['FixedLengthRecordDataset'],
    ['TextLineDataset'],
    ['WholeFileReader'],
    ['WholeFileReaderV2'],
    ['LoadAndRemapMatrix'],
    ['DebugIdentityV2', { dump_root: str('/tmp/dump') }],
    ['ReadFile'],
    ['WriteFile'],
    ['PyFunc'],
    ['EagerPyFunc'],
    ['PyFuncStateless'],
  ];

  it.each(OPS)('%s inside a library function', async (op, attr) => {
    const model = {
      saved_model_schema_version: 1,
      meta_graphs: [
        {
          meta_info_def: { tags: ['serve'] },
          graph_def: { node: [], library: { function: [{ signature: { name: '__inference_f_1' }, node_def: [constPath, node(op, attr)] }] } },
        },
      ],
    };
    const bytes = SavedModel.encode(SavedModel.fromObject(model)).finish();
    const r = await scanTemp('saved_model.pb', bytes);
    expect(r.formats).toEqual(['tensorflow']);
    const hit = highOrAbove(r).find((f) => f.callable === op);
    expect(hit, summary(r)).toBeDefined();
  });
});

describe('H8: Jinja evasions (the rows not already in chat-template.test.ts)', () => {
  it.each([
    ["{{ joiner.__init__.__globals__.os.popen('id').read() }}", '__globals__'],
    ["{{ lipsum['\\x5f\\x5fglobals\\x5f\\x5f']['os'].popen('id') }}", '__globals__'],
    ["{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}", '__globals__'],
    ["{{ (lipsum|attr('__glo' ~ 'bals__')).os.popen('id').read() }}", '__globals__'],
    ["{{ ''|attr('%s%sclass%s%s'|format('_','_','_','_')) }}", '__class__'],
    ["{% set g = lipsum|attr(('_'*2)~'globals'~('_'*2)) %}{{ g }}", '__globals__'],
    ['{{ cycler.next.__globals__ }}', '__globals__'],
    ["{{ namespace.__init__.__globals__.os.popen('id') }}", '__globals__'],
  ])('%s', async (template, reached) => {
    const r = await scanTemp('chat_template.jinja', template);
    const hit = byRule(r, 'chat-template/injection').find((f) => f.message.includes(`\`${reached}\``));
    expect(hit?.severity, summary(r)).toBe('critical');
  });

  // namespace() alone is left alone: real templates (DeepSeek, Qwen) use it for loop state; namespace.__init__ is high.
  it.each(['joiner', 'cycler', 'lipsum'])('the %s global alone is high', async (name) => {
    const r = await scanTemp('chat_template.jinja', `{{ ${name} }}`);
    expect(byRule(r, 'chat-template/injection').find((f) => f.message.includes(`\`${name}\``))?.severity, summary(r)).toBe('high');
  });
});

describe('J (dill/cloudpickle): a function pickled by value is one finding, its constructor calls related', () => {
  it.each([
    ['containers/malicious_dill.pkl', 'dill._dill._create_function', ['dill._dill._create_code']],
    ['containers/malicious_cloudpickle.pkl', 'cloudpickle.cloudpickle_fast._function_setstate', ['cloudpickle.cloudpickle._make_function', "cloudpickle.cloudpickle._builtin_type('CodeType')"]],
  ])('%s', async (name, root, related) => {
    const r = await scanFixture(name);
    const rebuilt = r.findings.filter((f) => /dill|cloudpickle/.test(f.callable ?? ''));
    expect(rebuilt.map((f) => [f.severity, f.callable]), summary(r)).toEqual([['critical', root]]);
    const rel = (rebuilt[0]!.properties?.related ?? []) as { callable: string; offset: number; decompiled: string }[];
    for (const c of related) expect(rel.map((x) => x.callable), c).toContainEqual(expect.stringMatching(new RegExp(`^${c.replace(/[.()[\]']/g, '\\$&')}`)));
    for (const x of rel) {
      expect(x.offset).toBeTypeOf('number');
      expect(x.decompiled).toBeTypeOf('string');
    }
    expect(rebuilt[0]!.message).toMatch(/one Python function rebuilt from raw bytecode/);
    // The payload the rebuilt function leads to stays a finding of its own.
    expect(r.findings.find((f) => f.callable === 'os.system')).toMatchObject({ severity: 'critical' });
  });

  it('dill and cloudpickle data (no functions) stays clean', async () => {
    for (const name of ['containers/dill_data.pkl', 'containers/cloudpickle_data.pkl', 'containers/dill_numpy.pkl']) {
      const r = await scanFixture(name);
      expect(serious(r), `${name}\n${summary(r)}`).toEqual([]);
    }
  });
});

/** A ustar archive, byte by byte: [name, type, data or link target]. */
function tar(members: [string, string, string | Uint8Array][]): Uint8Array {
  const blocks: Buffer[] = [];
  for (const [name, type, content] of members) {
    const h = Buffer.alloc(512);
    const data = type === '0' ? Buffer.from(content) : Buffer.alloc(0);
    h.write(name, 0, 100, 'utf8');
    h.write('0000644\0', 100, 'latin1');
    h.write('0000000\0', 108, 'latin1');
    h.write('0000000\0', 116, 'latin1');
    h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    h.write('00000000000\0', 136, 'latin1');
    h.write(type, 156, 'latin1');
    if (type !== '0') h.write(String(content), 157, 100, 'utf8');
    h.write('ustar\x0000', 257, 'latin1');
    h.write('        ', 148, 'latin1');
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

describe('H4 (and F8 tar checkpoints): archive members named or linked outside the extraction folder', () => {
  it('a tar with "../" names and a symlink to /etc/passwd is one high finding naming both', async () => {
    const r = await scanTemp('hub_model.tar', tar([
      ['../../.bashrc', '0', 'echo id\n'],
      ['model/link', '2', '/etc/passwd'],
      ['model/model.onnx', '0', 'x'],
    ]));
    expect(byRule(r, 'archive/path-traversal'), summary(r)).toEqual([
      expect.objectContaining({ severity: 'high', properties: expect.objectContaining({ count: 2 }) }),
    ]);
  });

  it('a zip member with an absolute or climbing name is high', async () => {
    const r = await scanTemp('m.zip', buildZip([{ name: 'ok/../../../tmp/evil.py', data: enc('import os') }, { name: 'fine.txt', data: enc('x') }]));
    expect(byRule(r, 'archive/path-traversal').map((f) => f.severity), summary(r)).toEqual(['high']);
  });

  it('what each name means', () => {
    expect(memberPathProblem('archive/data.pkl')).toBeUndefined();
    expect(memberPathProblem('a/../b/c')).toBeUndefined();
    expect(memberPathProblem('a/../../b')).toMatch(/climbs out/);
    expect(memberPathProblem('/etc/cron.d/x')).toMatch(/absolute/);
    expect(memberPathProblem('C:\\x')).toMatch(/drive/);
    expect(memberPathProblem('\\\\host\\share')).toMatch(/UNC/);
    expect(linkTargetProblem('model/weights', 'data/w.bin')).toBeUndefined();
    expect(linkTargetProblem('model/weights', '../other/w.bin')).toBeUndefined();
    expect(linkTargetProblem('model/weights', '../../w.bin')).toMatch(/outside/);
    expect(linkTargetProblem('weights', '/etc/passwd')).toMatch(/absolute/);
  });

  it.each(['containers/plain.tar', 'containers/torch_legacy.tar', 'models/torch_state_dict.pt', 'models/plain.zip', 'models/arrays.npz'])(
    '%s: ordinary archives have no unsafe names',
    async (name) => {
      const r = await scanFixture(name);
      expect(byRule(r, 'archive/path-traversal')).toEqual([]);
    },
  );
});

describe('A9/A15: routing by content inside archives and behind other headers', () => {
  it('A9: a protocol-0 pickle in a zip under a text name is scanned', async () => {
    const p0 = enc("cos\nsystem\n(S'id'\ntR.");
    const r = await scanTemp('bundle.zip', buildZip([{ name: 'weights/notes.txt', data: p0 }]));
    expect(r.findings.find((f) => f.callable === 'os.system'), summary(r)).toMatchObject({ severity: 'critical', member: 'weights/notes.txt' });
  });

  it('A15: a PNG with a PyTorch zip appended is read as the zip (found from its end)', async () => {
    const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), Buffer.alloc(17)]);
    const zip = buildZip([{ name: 'archive/data.pkl', data: MALICIOUS_PICKLE }, { name: 'archive/version', data: enc('3\n') }]);
    for (const name of ['model.bin', 'picture.png']) {
      const r = await scanTemp(name, Buffer.concat([png, zip]));
      expect(r.findings.find((f) => f.callable === 'posix.system' || f.callable === 'os.system'), `${name}\n${summary(r)}`).toMatchObject({ severity: 'critical' });
    }
  });
});

/**
 * Section J, group by group: every callable the catalogue names (as the unpickler would import it: module, then
 * the attribute path), called with one string, is HIGH or above. Left out on purpose: dispatchers that are only
 * dangerous with a dangerous callable (functools.reduce, atexit.register, weakref.finalize, re.sub,
 * collections.defaultdict, _thread.start_new_thread: the D12 and E cases of the adversarial suite call them with
 * os.system), copyreg._reconstructor and torch.storage._load_from_bytes (ordinary pickles use them; their class or
 * payload is what is checked), and sysconfig (reads nothing).
 */
const J_CALLABLES = [
    'builtins:eval', 'builtins:exec', 'builtins:compile', 'builtins:open', 'builtins:__import__', 'builtins:getattr', 'builtins:setattr',
    'builtins:delattr', 'builtins:vars', 'builtins:globals', 'builtins:locals', 'builtins:breakpoint', 'builtins:input',
    '__builtin__:apply', '__builtin__:execfile', '__builtin__:reload', 'operator:attrgetter', 'operator:itemgetter',
    'operator:methodcaller', 'operator:call', '_operator:call', 'functools:partial', 'importlib:import_module', 'importlib:__import__',
    'importlib:reload', 'importlib.util:find_spec', 'importlib.util:module_from_spec', 'importlib.util:spec_from_file_location',
    'importlib.machinery:SourceFileLoader', 'importlib.machinery:SourcelessFileLoader', 'importlib.machinery:ExtensionFileLoader',
    '_frozen_importlib:BuiltinImporter', '_frozen_importlib_external:SourceFileLoader', '_imp:create_dynamic', 'imp:load_source',
    'imp:load_dynamic', 'zipimport:zipimporter', 'pkgutil:resolve_name', 'pkgutil:get_importer', 'pkgutil:walk_packages', 'pydoc:locate',
    'pydoc:pipepager', 'pydoc:pager', 'pydoc:tempfilepager', 'inspect:getattr_static', 'inspect:getmembers', 'types:CodeType',
    'types:FunctionType', 'types:MethodType', 'types:ModuleType', 'marshal:loads', 'marshal:load', 'codeop:compile_command',
    'codeop:CommandCompiler', 'code:InteractiveInterpreter', 'code:InteractiveConsole', 'code:interact', 'runpy:run_module',
    'runpy:run_path', 'runpy:_run_code', 'runpy:_run_module_code', 'cProfile:run', 'cProfile:runctx', 'profile:run', 'profile:runctx',
    'profile:Profile', 'trace:Trace', 'bdb:Bdb', 'pdb:run', 'pdb:runeval', 'pdb:runcall', 'pdb:post_mortem', 'timeit:timeit',
    'timeit:repeat', 'timeit:Timer', 'doctest:debug_script', 'doctest:debug_src', 'doctest:run_docstring_examples', 'doctest:testfile',
    '_interpreters:create', '_interpreters:run_string', '_interpreters:exec', '_xxsubinterpreters:create',
    'concurrent.interpreters:create', 'uuid:_get_command_stdout', 'uuid:_popen', '_osx_support:_read_output',
    '_osx_support:_find_build_tool', '_osx_support:_find_executable', '_aix_support:_read_cmd_output', 'imaplib:IMAP4_stream',
    '_pyrepl.pager:pipe_pager', '_pyrepl.pager:tempfile_pager', 'platform:popen', 'platform:_syscmd_ver', 'platform:_syscmd_file',
    'pipes:Template', 'ctypes.util:find_library', 'webbrowser:open', 'webbrowser:get', 'mailcap:findmatch',
    'multiprocessing.util:spawnv_passfds', 'multiprocessing:Process', 'multiprocessing:Pool', 'concurrent.futures:ProcessPoolExecutor',
    '_posixsubprocess:fork_exec', 'pty:spawn', 'posix:posix_spawn', 'posix:posix_spawnp', 'asyncio:create_subprocess_shell',
    'asyncio:create_subprocess_exec', 'asyncio.unix_events:_UnixSubprocessTransport._start', 'asyncio.subprocess:create_subprocess_shell',
    'pip:main', 'pip._internal.cli.main:main', 'ensurepip:_run_pip', 'ensurepip:bootstrap', 'venv:create', 'venv:EnvBuilder',
    'site:addsitedir', 'site:main', 'distutils.spawn:spawn', 'distutils.file_util:write_file', 'distutils.file_util:copy_file',
    'setuptools:setup', 'setuptools.sandbox:run_setup', 'ctypes:CDLL', 'ctypes:PyDLL', 'ctypes:cdll.LoadLibrary', 'ctypes:cast',
    'ctypes:memmove', '_ctypes:dlopen', 'cffi:FFI', 'mmap:mmap', 'numpy.ctypeslib:load_library', 'threading:Thread', 'threading:Timer',
    'signal:signal', 'sys:settrace', 'sys:setprofile', 'sys:addaudithook', 'sys:excepthook', 'concurrent.futures:Future',
    'logging.config:dictConfig', 'logging.config:fileConfig', 'logging.config:listen', 'pickle:loads', 'pickle:load', 'pickle:Unpickler',
    '_pickle:loads', '_pickle:Unpickler', 'shelve:open', 'dill:loads', 'dill._dill:_create_code', 'cloudpickle:loads',
    'cloudpickle.cloudpickle:_make_function', 'cloudpickle.cloudpickle:subimport', 'cloudpickle.cloudpickle:_builtin_type', 'joblib:load',
    'numpy:load', 'pandas:read_pickle', 'torch:load', 'torch.serialization:load', 'torch.utils._config_module:ConfigModule.load_config',
    'torch.utils.data.datapipes.utils.decoder:basichandlers', 'lib2to3.pgen2.grammar:Grammar.loads', 'yaml:unsafe_load', 'yaml:full_load',
    'yaml:load', 'jsonpickle:decode', 'keras.models:load_model', 'numpy.testing._private.utils:runstring',
    'numpy.f2py.crackfortran:getlincoef', 'numpy.f2py.crackfortran:_eval_length', 'numpy.f2py.crackfortran:_eval_scalar',
    'numpy.f2py:compile', 'numpy.distutils.exec_command:exec_command', 'numpy.lib.npyio:load', 'numpy:fromfile', 'numpy:memmap',
    'numpy:ndarray.tofile', 'torch.hub:load', 'torch.hub:load_state_dict_from_url', 'torch.hub:download_url_to_file',
    'torch._inductor.codecache:compile_file', 'torch._inductor.codecache:PyCodeCache.load', 'torch._dynamo.guards:GuardBuilder.get',
    'torch.fx.experimental.symbolic_shapes:ShapeEnv.evaluate_guards_expression', 'torch.fx.graph_module:_exec_with_source',
    'torch.fx.graph_module:_forward_from_src', 'torch.jit.unsupported_tensor_ops:execWrapper', 'torch.jit.annotations:parse_type_line',
    'torch.jit:load', 'torch.utils.bottleneck.__main__:run_cprofile', 'torch.utils.collect_env:run',
    'torch.utils.collect_env:get_pretty_env_info', 'torch.utils.cpp_extension:load', 'torch.utils.cpp_extension:load_inline',
    'torch.distributed.rpc:rpc_sync', 'torch.distributed.rpc:RemoteModule', 'torch:ops.load_library', 'torch:classes.load_library',
    'torch._ops:ops.load_library', 'keras.utils:get_file', 'keras.config:enable_unsafe_deserialization', 'keras.saving:load_model',
    'tensorflow.io:write_file', 'tensorflow.io:read_file', 'tensorflow.io.gfile:copy', 'tensorflow.io.gfile:remove',
    'tensorflow.saved_model:load', 'tensorflow:load_op_library', 'tensorflow:load_library', 'tensorflow:py_function',
    'tensorflow:numpy_function', 'mlflow.projects.backend.local:_run_entry_point', 'mlflow.pyfunc:load_model',
    'transformers:AutoModel.from_pretrained', 'hydra.utils:instantiate', 'hydra.utils:call', 'omegaconf:OmegaConf.register_new_resolver',
    'pandas:read_csv', 'pandas:read_html', 'pandas:read_json', 'pandas:read_sql', 'pandas:eval', 'pandas:DataFrame.query', 'sympy:sympify',
    'jinja2:Template', 'Cython:inline', 'numexpr:evaluate', 'io:open', 'io:FileIO', '_io:FileIO', 'pathlib:Path.write_text',
    'pathlib:Path.write_bytes', 'pathlib:Path.unlink', 'pathlib:Path.symlink_to', 'shutil:copy', 'shutil:rmtree', 'shutil:unpack_archive',
    'tempfile:mkstemp', 'tempfile:NamedTemporaryFile', 'tarfile:open', 'zipfile:ZipFile', 'gzip:open', 'bz2:open', 'lzma:open',
    'fileinput:input', 'glob:glob', 'linecache:getline', 'difflib:restore', 'filecmp:cmp', 'logging:FileHandler',
    'logging.handlers:RotatingFileHandler', 'dbm:open', 'sqlite3:connect', 'py_compile:compile', 'compileall:compile_dir',
    'xml.etree.ElementTree:parse', 'xml.dom.minidom:parse', 'plistlib:load', 'configparser:ConfigParser', 'socket:socket',
    'socket:create_connection', 'ssl:get_server_certificate', 'ssl:create_connection', 'http.client:HTTPConnection',
    'http.server:HTTPServer', 'socketserver:TCPServer', 'urllib.request:urlopen', 'urllib.request:urlretrieve', 'urllib2:urlopen',
    'httplib:HTTPConnection', 'requests:get', 'requests.api:request', 'aiohttp:ClientSession', 'smtplib:SMTP', 'imaplib:IMAP4',
    'poplib:POP3', 'ftplib:FTP', 'nntplib:NNTP', 'telnetlib:Telnet', 'xmlrpc.client:ServerProxy', 'xmlrpc.server:SimpleXMLRPCServer',
    'asyncio:open_connection', 'multiprocessing.connection:Client', 'gc:get_objects', 'gc:get_referrers', 'sys:modules', 'sys:_getframe',
    'inspect:currentframe', 'ctypes:py_object', 'resource:setrlimit', 'getpass:getuser', 'os:environ', 'os:getenv', 'antigravity:x',
    'this:x',
];

function callWithString(module: string, name: string): Uint8Array {
  const s = (x: string) => [0x8c, Buffer.byteLength(x), ...Buffer.from(x)];
  return Uint8Array.from([0x80, 4, ...s(module), ...s(name), 0x93, ...s('id'), 0x85, 0x52, 0x2e]);
}

describe('J: dangerous callables beyond os/subprocess/builtins', () => {
  it.each(J_CALLABLES)('%s', async (spec) => {
    const [module, name] = spec.split(':') as [string, string];
    const r = await scanTemp('j.pkl', callWithString(module, name));
    expect(highOrAbove(r).length, summary(r)).toBeGreaterThan(0);
  });
});
