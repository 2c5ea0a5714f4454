/**
 * Shared inputs of the map tests: the real derived files, read straight from data/derived (not through the code
 * under test), so expectations come from the data.
 */
import {readFileSync} from 'node:fs';
import type {DistrictOffenceRow, MunicipalityOffenceRow} from '../../src/lib/derived-types.ts';
import type {MapTopology} from '../../src/lib/map/topology.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';

const read = (file: string) => JSON.parse(readFileSync(`data/derived/${file}`, 'utf8'));

/** police-districts-2024.topo.json */
export const topology = read(derivedFiles.districtMap) as MapTopology;
/** offences-by-district-2020-2024.json */
export const districtRows = read(derivedFiles.offencesByDistrict) as DistrictOffenceRow[];
/** offences-by-municipality-2020-2024.json */
export const municipalityRows = read(derivedFiles.offencesByMunicipality) as MunicipalityOffenceRow[];
