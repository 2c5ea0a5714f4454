import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fetchAnswersInto} from './fetch-recorded.ts';
import {synthesizedAnswers} from './fetch-synthesize.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
// The collected sources sit next to the repository on the build machine; elsewhere skip.
const sources = path.resolve(repoRoot, '../shared/sources');
let root = '';

function build(raw: string, out: string) {
  return spawnSync(
    process.execPath,
    [path.join(repoRoot, 'scripts/build-data.ts'), '--raw', raw, '--out', out, '--report', root],
    {cwd: repoRoot, encoding: 'utf8'}
  );
}

const fetchInto = (raw: string, answers: Map<string, string>) => fetchAnswersInto(raw, answers, sources);

describe.skipIf(!existsSync(sources))('data:fetch (online, full-size answers) → npm run data', () => {
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'fetch-pipeline-'));
  });
  afterAll(() => rmSync(root, {recursive: true, force: true}));

  it('rebuilds the committed derived files byte for byte, and the change report says nothing changed', async () => {
    const raw = path.join(root, 'raw');
    expect(await fetchInto(raw, synthesizedAnswers(sources))).toBe(0);
    const out = path.join(root, 'out');
    cpSync(path.join(repoRoot, 'data/derived'), path.join(out, 'derived'), {recursive: true});
    const result = build(raw, out);
    expect(result.status, result.stderr).toBe(0);
    for (const name of readdirSync(path.join(repoRoot, 'data/derived'))) {
      expect(readFileSync(path.join(out, 'derived', name), 'utf8'), name).toBe(
        readFileSync(path.join(repoRoot, 'data/derived', name), 'utf8')
      );
    }
    expect(readFileSync(path.join(root, 'data-changes.md'), 'utf8')).toContain('No derived file changed.');
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.rawFetch)).toHaveLength(9);
  }, 120_000);

  it('reports exactly what a revision by SSB changes, down to the story figures', async () => {
    const answers = synthesizedAnswers(sources);
    // A revised 2023-2024 violence figure for Oslo (synthetic, not SSB's): total and the violence group both +100.
    const t = JSON.parse(answers.get('/tables/08487/') as string);
    const at = (code: string, group: string) => {
      const [g, l, , p] = t.id.map((id: string) => t.dimension[id].category.index);
      const ids = [g[code], l[group], 0, p['2023-2024']];
      return ids.reduce((k: number, i: number, d: number) => k * t.size[d] + i, 0);
    };
    t.value[at('0301', '1AAAAA-9ZZZZz')] += 100;
    t.value[at('0301', '4AAAAA-4ZZZZz')] += 100;
    answers.set('/tables/08487/', JSON.stringify(t));
    const raw = path.join(root, 'raw-revised');
    await fetchInto(raw, answers);
    const out = path.join(root, 'out-revised');
    cpSync(path.join(repoRoot, 'data/derived'), path.join(out, 'derived'), {recursive: true});
    expect(build(raw, out).status).toBe(0);
    const report = readFileSync(path.join(root, 'data-changes.md'), 'utf8');
    const summary = report.slice(
      report.indexOf('## Summary'),
      report.indexOf('\n\n', report.indexOf('## Summary') + 12)
    );
    expect(summary.split('\n').filter((l) => l.startsWith('- `'))).toEqual([
      '- `offences-by-district-2020-2024.json`: 0 rows added, 0 rows removed, 4 values changed',
      '- `offences-by-municipality-2020-2024.json`: 0 rows added, 0 rows removed, 2 values changed'
    ]);
    expect(report).toMatch(/- period=2023-2024 municipalityId=0301 · violence: (\d+) → (\d+)/);
    const [, before, after] = /municipalityId=0301 · violence: (\d+) → (\d+)/.exec(report) ?? [];
    expect(Number(after) - Number(before)).toBe(100);
    // contract-violence cites Oslo's 2023-2024 violence rate.
    expect(report).toContain('`district.p01.2023-2024.violence.per1000`');
  }, 120_000);
});
