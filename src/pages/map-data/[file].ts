import {municipalityLayerFile} from '../../lib/map/load.ts';

/**
 * The district maps' municipality layer: one content-hashed JSON file that every map page fetches on its first
 * drill-down (see src/lib/map/municipality-layer.ts).
 */
export function getStaticPaths() {
  return [{params: {file: municipalityLayerFile().fileName}}];
}

export function GET() {
  return new Response(municipalityLayerFile().json, {headers: {'Content-Type': 'application/json; charset=utf-8'}});
}
