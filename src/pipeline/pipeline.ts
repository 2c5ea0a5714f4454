/**
 * The whole raw → derived build as one function over a raw-file reader: validates every input, builds every derived
 * file in memory and the manifest, and returns them for the caller to write. Knows nothing about directories, the
 * command line or how files are written; if it throws, nothing has been written.
 */
import {buildGeoOutputs} from './outputs-geo.ts';
import {buildNationalOutputs} from './outputs-national.ts';
import {buildOtherOutputs} from './outputs-other.ts';
import {DataError} from './data-error.ts';
import {readCoverage, type Coverage} from './coverage.ts';
import {buildManifest, formatManifest, type DerivedFile} from './manifest.ts';
import {summariseDistricts} from './districts.ts';
import {buildMunicipalities} from './municipalities.ts';
import {populationIn, readNationalPopulation} from './national-population.ts';
import {rawFiles, type ReadRaw} from './raw-reader.ts';
import {raw} from './sources.ts';
import {derivedFilesFor, handCollectedYears, type DerivedFileSet} from '../lib/derived-names.ts';
import {periodSpan} from '../lib/offence-periods.ts';

/** Everything `npm run data` writes: derived files (name → text) and the manifest text. */
export interface PipelineResult {
  files: DerivedFile[];
  manifest: string;
  /** The years the SSB raw files cover, which the SSB files are named after. */
  coverage: Coverage;
}

/**
 * `derivedNamesFor(coverage)` names the derived files for the years the raw files cover: the national series, the
 * offence groups and the 08487 files carry their years; the hand-collected sources keep the spans in handCollectedYears.
 * @example derivedNamesFor({nationalYears: {first: 1993, last: 2025}, …}).nationalOffences // 'offences-national-1993-2025.json'
 */
export function derivedNamesFor(coverage: Coverage): DerivedFileSet {
  const {nationalYears: n, groupYears: g, periods} = coverage;
  return derivedFilesFor({
    ...handCollectedYears,
    nationalOffences: `${n.first}-${n.last}`,
    offenceGroups: `${g[0]}-${g.at(-1)}`,
    offencesByArea: periodSpan(periods)
  });
}

/**
 * `checkRowCount(file)` throws a DataError naming the derived file's first input when its row count is outside the
 * bounds its builder states (they are recorded in the manifest as `rowCountBounds`).
 */
export function checkRowCount(file: DerivedFile): void {
  const {min, max} = file.rowCountBounds;
  if (file.rowCount >= min && file.rowCount <= max) return;
  const expected = min === max ? `${min}` : `${min}–${max}`;
  throw new DataError(
    file.inputs[0] ?? file.name,
    null,
    '(rows)',
    `expected ${expected} rows in derived ${file.name}, found ${file.rowCount}`,
    `derived ${file.name}`
  );
}

/**
 * `runPipeline(read)` builds all derived files from raw files returned by `read(name)`. Throws a DataError (file, line,
 * field) on the first bad input; no partial result is ever returned.
 */
export async function runPipeline(read: ReadRaw): Promise<PipelineResult> {
  const files = rawFiles(read);
  // The years come from the data; coverage.ts states the shape they must have.
  const coverage = readCoverage(
    files.csv(raw.nationalOffences),
    files.csv(raw.offenceGroups),
    files.csv(raw.offencesByMunicipality)
  );
  const names = derivedNamesFor(coverage);
  const population = readNationalPopulation(files.csv(raw.nationalPopulation));
  const register = buildMunicipalities(files.csv(raw.districtMapping), files.csv(raw.municipalityPopulation));
  const districts = summariseDistricts(
    register,
    files.csv(raw.districtPopulation),
    populationIn(population, 2024, raw.nationalPopulation)
  );
  // Cheap table checks first, the slow geometry last, so bad input is refused without waiting for mapshaper.
  const national = buildNationalOutputs(files, population, coverage, names);
  const other = await buildOtherOutputs(files, names);
  const geo = await buildGeoOutputs(files, register, districts, coverage.periods, names);
  const derived: DerivedFile[] = [...geo, ...national, ...other];
  const seen = new Set<string>();
  for (const f of derived) {
    if (seen.has(f.name)) throw new Error(`runPipeline: two outputs named ${f.name}`);
    seen.add(f.name);
  }
  for (const f of derived) checkRowCount(f);
  const manifest = buildManifest(derived, files.hashes);
  return {files: derived.sort((a, b) => (a.name < b.name ? -1 : 1)), manifest: formatManifest(manifest), coverage};
}
