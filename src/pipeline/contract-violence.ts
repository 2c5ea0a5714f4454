/**
 * Point statements on violence-for-hire ("vold som tjeneste") transcribed from news reports, 2024–2025. There is no
 * series; each row is one statement. Knows nothing about other crime data.
 */
import {z} from 'zod';
import {joinNotes, readAnnotatedNumber} from './annotated-number.ts';
import type {CsvTable} from './csv.ts';
import {optionalText, text} from './fields.ts';
import type {ContractViolenceRow} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';

const schema = z.object({
  published: text,
  period: text,
  indicator: text,
  value: text,
  unit: optionalText,
  geography: text,
  notes: optionalText,
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+$/, 'expected a URL'),
  source_quality: text
});

/**
 * `buildContractViolence(table)` returns the statements in source order. `value` is numeric only when the statement
 * gives one number ("~400" → 400 with `valueApprox`); other wording ("several", ranges, lists) is kept in `note`.
 */
export function buildContractViolence(table: CsvTable): ContractViolenceRow[] {
  return validateRows(table, schema).map(({row}) => {
    const v = readAnnotatedNumber(row.value);
    return {
      published: row.published,
      period: row.period,
      indicator: row.indicator,
      value: v.value,
      valueApprox: v.approx,
      unit: row.unit,
      geography: row.geography,
      note: joinNotes([row.notes, v.remark ? `value as published: ${v.remark}` : null]),
      url: row.url,
      sourceQuality: row.source_quality
    };
  });
}
