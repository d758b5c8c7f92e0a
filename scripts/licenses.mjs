// Writes the licences of every production dependency (what the bundles can contain) next to a bundle.
// ncc's own --license output misses packages that ship no license field it recognises.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/licenses.mjs <output file>');

const tree = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--all', '--json', '--long'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
const packages = new Map();
(function collect(deps) {
  for (const [name, info] of Object.entries(deps ?? {})) {
    if (!info.path || packages.has(`${name}@${info.version}`)) continue;
    packages.set(`${name}@${info.version}`, { name, version: info.version, license: info.license, path: info.path });
    collect(info.dependencies);
  }
})(tree.dependencies);

const sections = [...packages.values()]
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1))
  .map(({ name, version, license, path }) => {
    const file = readdirSync(path).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file && existsSync(join(path, file)) ? readFileSync(join(path, file), 'utf8').trim() : '(no licence file shipped)';
    return `${name}@${version}\nlicense: ${typeof license === 'string' ? license : JSON.stringify(license)}\n\n${text}\n`;
  });
writeFileSync(out, `${sections.join('\n--------------------------------------------------------------------------------\n\n')}`);
