// h5wasm's Node glue does `const{createRequire}=await import("module")`; inside an ncc bundle the dynamic
// import of a builtin becomes a namespace without function properties, and h5wasm fails with
// "createRequire is not a function". Taking `.default` works bundled and unbundled.
// Runs on postinstall; fails loudly if an h5wasm upgrade changes the pattern.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// h5wasm's exports map hides its files from require.resolve; it sits in this project's node_modules.
const file = fileURLToPath(new URL('../node_modules/h5wasm/dist/node/hdf5_util.js', import.meta.url));
const BROKEN = 'const{createRequire}=await import("module")';
const FIXED = 'const{createRequire}=(await import("module")).default';
const text = readFileSync(file, 'utf8');
const broken = text.split(BROKEN).length - 1;
const fixed = text.split(FIXED).length - 1;
if (broken === 0 && fixed === 1) process.exit(0);
if (broken !== 1 || fixed !== 0) {
  console.error(`patch-h5wasm: expected the createRequire pattern once in ${file}, found ${broken} (patched: ${fixed}); update scripts/patch-h5wasm.mjs`);
  process.exit(1);
}
writeFileSync(file, text.replace(BROKEN, FIXED));
console.log('patch-h5wasm: patched h5wasm createRequire for bundling');
