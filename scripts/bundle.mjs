// Builds the two committed bundles: the action (dist/index.js) and the CLI (dist/cli/index.js),
// each with the licences of what it bundles. `dist/cli.js` is the documented CLI entry.
// tsc compiles src/ to lib/ (ESM) first: ncc's own TypeScript pass would emit CommonJS requires,
// which the ESM-only @actions/* packages refuse.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (args) => execFileSync('npx', args, { stdio: 'inherit' });
const ncc = (entry, out) => {
  run(['ncc', 'build', entry, '-o', out, '--quiet']);
  execFileSync(process.execPath, ['scripts/licenses.mjs', `${out}/licenses.txt`], { stdio: 'inherit' });
};

rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
run(['tsc', '-p', 'tsconfig.build.json']);
ncc('lib/action/index.js', 'dist');
ncc('lib/cli/index.js', 'dist/cli');
// HDF5 runs in a thread of its own (see src/formats/keras/h5-isolated.ts); both bundles find it at dist/h5-worker/.
ncc('lib/formats/keras/h5-worker.js', 'dist/h5-worker');
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync('dist/cli.js', 0o755);

// Pure-ASCII bundles: a few typographic characters (–, …, ≤) would make V8 hold each bundle as a
// two-byte string and Node decode it on the slow path, a measurable part of start-up. An escape
// means the same character in a string, template, regular expression, identifier or comment.
// (Not dist/h5-worker: it holds h5wasm's binary as a latin-1 string, loaded only in the H5 reader thread.)
for (const dir of ['dist', 'dist/cli']) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    if (text.includes('String.raw')) throw new Error(`${path}: String.raw would change meaning under \\u escapes`);
    // An odd run of backslashes before the character is an identity escape (`\\é` is é): it gives way to the \\u escape.
    const ascii = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) =>
      `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    if (ascii !== text) {
      writeFileSync(path, ascii);
      execFileSync(process.execPath, ['--check', path], { stdio: 'inherit' });
    }
  }
}
