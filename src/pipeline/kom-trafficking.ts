/**
 * Figures of KOM, the Norwegian coordination unit for victims of trafficking, for the selected years transcribed.
 * Knows nothing about TIP or UNODC data.
 */
import {z} from 'zod';
import {joinNotes, readAnnotatedNumber} from './annotated-number.ts';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {optionalCount, optionalText, text, year} from './fields.ts';
import type {KomTraffickingRow} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';

const schema = z.object({
  aar: year,
  mulige_ofre_fulgt_opp: optionalCount,
  identifisert_forste_gang: z.string(),
  anmeldelser_menneskehandel: optionalCount,
  anmeldelser_seksuell_utnytting: optionalCount,
  anmeldelser_tvangsarbeid_tjenester: optionalCount,
  merknad: optionalText,
  kilde: text,
  url: text
});

/**
 * `buildKomTrafficking(table)` returns one row per year, ascending. Wording such as "just under 100" is kept in `note`
 * and the number is `null`. Throws a DataError for a repeated or out-of-order year.
 */
export function buildKomTrafficking(table: CsvTable): KomTraffickingRow[] {
  let previous = -Infinity;
  return validateRows(table, schema).map(({row, line}) => {
    if (row.aar <= previous)
      throw new DataError(
        table.file,
        line,
        'aar',
        `expected a year after ${previous} (one row per year, in order), found ${row.aar}`
      );
    previous = row.aar;
    const identified = readAnnotatedNumber(row.identifisert_forste_gang);
    return {
      year: row.aar,
      muligeOfreFulgtOpp: row.mulige_ofre_fulgt_opp,
      identifisertForsteGang: identified.remark ? null : identified.value,
      anmeldelserMenneskehandel: row.anmeldelser_menneskehandel,
      anmeldelserSeksuellUtnytting: row.anmeldelser_seksuell_utnytting,
      anmeldelserTvangsarbeidTjenester: row.anmeldelser_tvangsarbeid_tjenester,
      note: joinNotes([row.merknad, identified.remark ? `identified for the first time: ${identified.remark}` : null]),
      source: row.kilde,
      url: row.url
    };
  });
}
