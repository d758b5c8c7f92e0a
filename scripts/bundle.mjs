// Builds the two committed bundles: the action (dist/index.js) and the CLI (dist/cli/index.js),
// each with the licences of what it bundles. `dist/cli.js` is the documented CLI entry.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';

const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
ncc('src/action/index.ts', 'dist');
ncc('src/cli/index.ts', 'dist/cli');
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync('dist/cli.js', 0o755);
chmodSync('dist/cli/index.js', 0o755);
