import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverGlobs, discoverPaths } from '../src/core/discover.js';
import { defaultModelGlobs } from '../src/policy/model-extensions.js';
import { BENIGN_PICKLE, tempTree } from './helpers/temp.js';

describe('discoverPaths (CLI)', () => {
  it('walks folders recursively, in a stable order, with POSIX paths relative to the root', async () => {
    const root = tempTree({ 'b/model.pkl': BENIGN_PICKLE, 'a.pt': BENIGN_PICKLE, 'b/c/readme.md': '# hi' });
    const d = await discoverPaths(['.'], { root });
    expect(d.files.map((f) => f.relativePath)).toEqual(['a.pt', 'b/c/readme.md', 'b/model.pkl']);
    expect(d.files.every((f) => !f.explicit)).toBe(true);
    expect(d.errors).toEqual([]);
  });

  it('reports a path that does not exist and goes on with the rest', async () => {
    const root = tempTree({ 'x.pkl': BENIGN_PICKLE });
    const d = await discoverPaths(['missing.pkl', 'x.pkl'], { root });
    expect(d.errors).toEqual([{ path: 'missing.pkl', message: expect.stringContaining('no such file or directory') }]);
    expect(d.files).toEqual([expect.objectContaining({ relativePath: 'x.pkl', explicit: true })]);
  });

  it('does not follow symlinks out of the root, and reports that it did not', async () => {
    const outside = tempTree({ 'secret.pkl': BENIGN_PICKLE });
    const root = tempTree({ 'in.pkl': BENIGN_PICKLE });
    symlinkSync(join(outside, 'secret.pkl'), join(root, 'link.pkl'));
    symlinkSync(outside, join(root, 'linkdir'));
    symlinkSync(join(root, 'in.pkl'), join(root, 'alias.pkl'));
    const d = await discoverPaths(['.'], { root });
    expect(d.files.map((f) => f.relativePath)).toEqual(['alias.pkl']); // in.pkl is the same file, seen once
    expect(d.skipped.map((s) => s.path).sort()).toEqual(['link.pkl', 'linkdir']);
    expect(d.skipped[0]?.reason).toMatch(/outside the scan root/);
  });

  it('skips .git and applies excludes', async () => {
    const root = tempTree({ '.git/objects/x.pkl': BENIGN_PICKLE, 'keep.pkl': BENIGN_PICKLE, 'vendor/skip.pkl': BENIGN_PICKLE });
    const d = await discoverPaths(['.'], { root, exclude: ['vendor/**'] });
    expect(d.files.map((f) => f.relativePath)).toEqual(['keep.pkl']);
  });

  // Root reads everything, so this case only exists for other users.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder instead of failing', async () => {
    const root = tempTree({ 'locked/x.pkl': BENIGN_PICKLE });
    chmodSync(join(root, 'locked'), 0o000);
    const d = await discoverPaths(['.'], { root });
    chmodSync(join(root, 'locked'), 0o755);
    expect(d.errors[0]?.message).toMatch(/permission denied/);
  });
});

describe('discoverGlobs (action)', () => {
  it('matches the default model glob case-insensitively and ignores other files', async () => {
    const root = tempTree({
      'm/MODEL.PKL': BENIGN_PICKLE,
      'm/w.safetensors': 'x',
      'm/config.json': '{}',
      'm/chat_template.jinja': '{{ x }}',
      'src/app.py': 'print(1)',
      'w.pt': BENIGN_PICKLE,
      'package.json': '{}',
    });
    const d = await discoverGlobs(defaultModelGlobs(), { root });
    expect(d.files.map((f) => f.relativePath)).toEqual(['m/MODEL.PKL', 'm/chat_template.jinja', 'm/config.json', 'm/w.safetensors', 'w.pt']);
  });

  it('treats a folder name as everything below it, and applies excludes', async () => {
    const root = tempTree({ 'models/a.bin': 'x', 'models/sub/b.txt': 'y', 'other/c.pkl': 'z' });
    mkdirSync(join(root, 'empty'));
    const d = await discoverGlobs(['models', 'empty/', '# a comment', ''], { root, exclude: ['models/sub/**'] });
    expect(d.files.map((f) => f.relativePath)).toEqual(['models/a.bin']);
  });
});
