// Builds the two committed bundles: the action (dist/index.js) and the CLI (dist/cli/index.js),
// each with the licences of what it bundles. `dist/cli.js` is the documented CLI entry.
// tsc compiles src/ to lib/ (ESM) first: ncc's own TypeScript pass would emit CommonJS requires,
// which the ESM-only @actions/* packages refuse.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';

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
