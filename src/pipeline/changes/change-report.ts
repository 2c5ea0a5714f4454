/**
 * Writes the data change report (reports/data-changes.md) as Markdown from the diffs, unit changes and figure
 * changes: a summary first, then the details, each list capped so a large refresh stays readable. Knows nothing
 * about how the differences were found or where the text goes.
 */
import type {Cell, RowDiff} from './diff-rows.ts';
import type {FigureChange} from './figure-impact.ts';
import type {UnitChange} from './renames.ts';

/** Longest list printed per file and section before "… and N more". */
export const listLimit = 40;

const show = (cell: Cell): string =>
  cell === null ? 'null' : typeof cell === 'string' ? JSON.stringify(cell) : String(cell);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function capped<T>(items: readonly T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, listLimit).map(line);
  if (items.length > listLimit) lines.push(`- … and ${items.length - listLimit} more`);
  return lines;
}

/**
 * `changeReport(diffs, units, figures)` returns the report text, ending in a newline. Files without any difference
 * are left out; with no difference at all the report says so in one line.
 */
export function changeReport(
  diffs: readonly RowDiff[],
  units: readonly UnitChange[],
  figures: readonly FigureChange[]
): string {
  const changed = diffs.filter((d) => d.added.length + d.removed.length + d.changed.length > 0 || d.renamedFrom);
  // A file a new year renamed is shown under its new name with the name it replaces.
  const named = (d: RowDiff) => `\`${d.file}\`${d.renamedFrom ? ` (was \`${d.renamedFrom}\`)` : ''}`;
  const out = ['# Data changes', '', 'New derived data compared with the files in data/derived/ before this run.', ''];
  if (changed.length === 0 && units.length === 0 && figures.length === 0) {
    return `${[...out, 'No derived file changed.'].join('\n')}\n`;
  }
  out.push('## Summary', '');
  for (const d of changed) {
    const parts = [
      plural(d.added.length, 'row') + ' added',
      plural(d.removed.length, 'row') + ' removed',
      plural(d.changed.length, 'value') + ' changed'
    ];
    const span = d.gained.length ? `; gained ${d.gained.join(', ')}` : '';
    const lost = d.lost.length ? `; lost ${d.lost.join(', ')}` : '';
    out.push(`- ${named(d)}: ${parts.join(', ')}${span}${lost}`);
  }
  out.push(`- municipalities or districts renamed or re-mapped: ${units.length}`);
  out.push(`- ${plural(figures.length, 'figure')} in the stories print differently`, '');

  const gained = changed.filter((d) => d.gained.length > 0);
  if (gained.length) {
    out.push('## Series that gained a year', '', ...gained.map((d) => `- ${named(d)}: ${d.gained.join(', ')}`), '');
  }
  for (const [title, pick] of [
    ['Rows added', (d: RowDiff) => d.added],
    ['Rows removed', (d: RowDiff) => d.removed]
  ] as const) {
    const files = changed.filter((d) => pick(d).length > 0);
    if (!files.length) continue;
    out.push(`## ${title}`, '');
    for (const d of files) out.push(`### ${named(d)}`, '', ...capped(pick(d), (k) => `- ${k}`), '');
  }
  const valued = changed.filter((d) => d.changed.length > 0);
  if (valued.length) {
    out.push('## Values changed (old → new)', '');
    for (const d of valued) {
      out.push(
        `### ${named(d)}`,
        '',
        ...capped(d.changed, (c) => `- ${c.key} · ${c.field}: ${show(c.before)} → ${show(c.after)}`),
        ''
      );
    }
  }
  if (units.length) {
    out.push('## Municipalities and districts renamed or re-mapped', '');
    out.push(...units.map((u) => `- ${u.id} ${u.kind}: ${u.before} → ${u.after}`), '');
  }
  if (figures.length) {
    out.push('## Figures in the stories that change', '');
    for (const slug of [...new Set(figures.map((f) => f.slug))]) {
      out.push(`### ${slug}`, '');
      for (const f of figures.filter((x) => x.slug === slug)) {
        const after = f.after ?? `no longer resolves (${f.error ?? 'unknown reason'})`;
        const use = f.use ? ` (${f.use}: reread its sentence)` : '';
        out.push(`- line ${f.line}, \`${f.id}\`${use}: ${f.before ?? 'did not resolve'} → ${after}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
