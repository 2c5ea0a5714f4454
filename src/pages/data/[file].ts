import type {APIContext} from 'astro';
import {readDerivedText, readManifestText} from '../../lib/derived-data.ts';
import {csvName} from '../../lib/derived-names.ts';
import {derivedFileNames} from '../../lib/derived-files.ts';
import {isFlatRows, recordsToCsv} from '../../lib/csv.ts';

/**
 * Downloads: every derived file exactly as committed, a CSV twin for each tabular one, and the manifest.
 */
export function getStaticPaths() {
  const paths = [
    {
      params: {file: 'manifest.json'},
      props: {body: readManifestText(), type: 'application/json'}
    }
  ];
  for (const name of derivedFileNames()) {
    const text = readDerivedText(name);
    paths.push({params: {file: name}, props: {body: text, type: 'application/json'}});
    const parsed: unknown = JSON.parse(text);
    if (isFlatRows(parsed))
      paths.push({params: {file: csvName(name)}, props: {body: recordsToCsv(parsed), type: 'text/csv'}});
  }
  return paths;
}

export function GET({props}: APIContext) {
  const {body, type} = props as {body: string; type: string};
  return new Response(body, {headers: {'Content-Type': `${type}; charset=utf-8`}});
}
