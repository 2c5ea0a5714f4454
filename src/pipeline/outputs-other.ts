/**
 * The non-SSB outputs: trafficking (US TIP, UNODC GLOTIP, KOM), organised crime (GI-TOC), homicide (UNODC, Kripos)
 * and contract violence. Knows which raw files feed them and what the manifest says; the work is in the modules it calls.
 */
import {buildContractViolence} from './contract-violence.ts';
import {buildGitoc} from './gitoc.ts';
import {readGitocEdition} from './gitoc-workbook.ts';
import {readWorkbook} from './xlsx-workbook.ts';
import {buildHomicideRates, buildKriposHomicide} from './homicide.ts';
import {buildKomTrafficking} from './kom-trafficking.ts';
import type {DerivedFile} from './manifest.ts';
import type {RawFiles} from './raw-reader.ts';
import {formatRows} from './serialize.ts';
import {licences, publications, raw} from './sources.ts';
import {buildTipReports, checkAgainstKelleyHeiss} from './tip-reports.ts';
import {buildUnodcTrafficking} from './unodc-trafficking.ts';
import type {DerivedFileSet} from '../lib/derived-names.ts';

type Described = Omit<DerivedFile, 'content' | 'rowCount'>;

function file(rows: readonly object[], d: Described): DerivedFile {
  return {...d, content: formatRows(rows), rowCount: rows.length};
}

/**
 * `buildOtherOutputs(files, names)` returns the seven trafficking, organised-crime, homicide and contract-violence
 * files.
 */
export async function buildOtherOutputs(files: RawFiles, names: DerivedFileSet): Promise<DerivedFile[]> {
  const tip = buildTipReports(files.csv(raw.tipReports), 2001, 2025);
  checkAgainstKelleyHeiss(tip, files.csv(raw.tipTiersKelleyHeiss), 'NOR');
  const sheets = await readWorkbook(files.bytes(raw.gitocGlobal), raw.gitocGlobal);
  const countries = {total: 193, continents: {Europe: 44}};
  const workbook = new Map([
    [2021, readGitocEdition(sheets, '2021_dataset', raw.gitocGlobal, countries)],
    [2023, readGitocEdition(sheets, '2023_dataset', raw.gitocGlobal, countries)]
  ]);
  return [
    file(tip, {
      name: names.tipTiers,
      rowCountBounds: {min: 25, max: 25},
      inputs: [raw.tipReports, raw.tipTiersKelleyHeiss],
      title: "US Trafficking in Persons report: Norway's tier and quoted figures, reports 2001–2025",
      description: 'One row per annual report (published in June; figures mostly refer to the previous calendar year).',
      sources: [publications.tip, publications.kelleyHeiss],
      licence: licences.tip,
      caveats: [
        'Transcribed from report texts; most law-enforcement figures could not be reached and are null.',
        'Figures that are not one annual count (cumulative, with asides) are null and kept verbatim in `note`.',
        'Tiers for 2001–2015 agree with the Kelley–Heiss coding (2001–2002: not ranked). Norway was downgraded from Tier 1 to Tier 2 in the 2021 report.'
      ]
    }),
    file(buildUnodcTrafficking(files.csv(raw.glotipNorway), 'NOR'), {
      name: names.unodcTrafficking,
      rowCountBounds: {min: 497, max: 2000},
      inputs: [raw.glotipNorway],
      title: 'UNODC GLOTIP trafficking data for Norway, 2003–2022',
      description:
        'Detected victims, persons prosecuted/convicted/brought into formal contact and offences, by the breakdowns UNODC publishes.',
      sources: [publications.unodcGlotip],
      licence: licences.unodc,
      caveats: [
        'UNODC shows small numbers as "<5": value null, belowFive true.',
        'Victim definitions change over time; some years are much narrower than KOM\'s "followed-up" totals (2012: KOM 349 vs GLOTIP 136).'
      ]
    }),
    file(buildKomTrafficking(files.csv(raw.kom)), {
      name: names.komTrafficking,
      rowCountBounds: {min: 6, max: 24},
      inputs: [raw.kom],
      title: 'KOM (coordination unit for victims of trafficking): selected years',
      description:
        'Possible victims followed up, first-time identified victims and trafficking reports to the police, where published.',
      sources: [publications.kom],
      licence: licences.news,
      caveats: [
        'Transcribed from news and police pages quoting KOM reports; years 2012, 2013, 2014, 2016, 2017, 2019 only.',
        '2013 victims (300) are derived by the collector from "324, 24 more than in 2013".',
        'KOM published no victim estimate 2017–2021.'
      ]
    }),
    file(buildGitoc(files.csv(raw.gitocNorway), workbook, 'Norway', 'Europe', raw.gitocGlobal), {
      name: names.gitoc,
      rowCountBounds: {min: 108, max: 150},
      inputs: [raw.gitocNorway, raw.gitocGlobal],
      title: 'Global Organized Crime Index: Norway 2021, 2023, 2025 with European and global averages',
      description: 'Scores 1–10 by indicator (criminality: higher = more crime; resilience: higher = stronger).',
      sources: [publications.gitoc],
      licence: licences.gitoc,
      caveats: [
        'Averages are our computation: arithmetic mean of the indicator over the 44 countries with Continent = Europe and over all 193 countries in the official workbook, rounded to 2 decimals.',
        '2025 is partial (transcribed from ocindex.net): overall criminality, synthetic drugs, cyber-dependent and financial crimes, all actors and resilience are null; no 2025 averages.',
        'Indicators new in 2023 (e.g. extortion, counterfeit goods, cyber-dependent and financial crimes, private-sector actors) are null for 2021.',
        'Rank rows of the source are not scores and are left out (2021: 153rd of 193; 2023: 161st).'
      ]
    }),
    file(buildHomicideRates(files.csv(raw.homicideRate), 1990, 2023), {
      name: names.homicideRate,
      rowCountBounds: {min: 34, max: 34},
      inputs: [raw.homicideRate],
      title: 'Victims of intentional homicide per 100 000 population, Norway 1990–2023 (UNODC)',
      description: 'Total rate 1990–2023 (none for 2003), female and male rates from 2000.',
      sources: [publications.unodcHomicide],
      licence: licences.unodc,
      caveats: [
        'Two UNODC releases are joined at 1999/2000 (CTS, then SDG 16.1.1); see `dataset`.',
        'UNODC uses UN population estimates and counts victims; 2011 includes the 77 victims of 22 July.',
        'Not comparable with Kripos case counts.'
      ]
    }),
    file(buildKriposHomicide(files.csv(raw.kriposHomicide)), {
      name: names.kriposHomicide,
      rowCountBounds: {min: 16, max: 64},
      inputs: [raw.kriposHomicide],
      title: 'Kripos homicide cases, victims and perpetrators, selected years',
      description: 'Kripos national homicide overview figures as reported in news and reference works.',
      sources: [publications.kripos],
      licence: licences.news,
      caveats: [
        '2023 appears twice: 35 cases/38 victims (January 2024) and 33/36 (March 2024).',
        'Selected years only (1991, 2002, 2003, 2011, 2013–2020, 2022–2024); 1991 has no count (wording in `note`), and some units are unclear (see `note`).'
      ]
    }),
    file(buildContractViolence(files.csv(raw.contractViolence)), {
      name: names.contractViolence,
      rowCountBounds: {min: 9, max: 40},
      inputs: [raw.contractViolence],
      title: 'Contract violence ("vold som tjeneste"): statements 2024–2025',
      description: 'Point statements from Kripos and the police as reported in news; no yearly series exists.',
      sources: [publications.contractViolence],
      licence: licences.news,
      caveats: ['Each row is one statement; check `sourceQuality` before use (two rows are marked low quality).']
    })
  ];
}
