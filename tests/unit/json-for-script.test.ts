import {parseHTML} from 'linkedom';
import {describe, expect, test} from 'vitest';
import {jsonForScript} from '../../src/lib/json-for-script.ts';

/** Parses `<script type="application/json">…</script><p id="after">` as a browser would and returns what it finds. */
function inPage(json: string): {script: string; after: boolean} {
  const {document} = parseHTML(
    `<!doctype html><html><body><script type="application/json" id="data">${json}</script><p id="after">x</p></body></html>`
  );
  return {script: document.getElementById('data')?.textContent ?? '', after: document.getElementById('after') !== null};
}

describe('jsonForScript(value)', () => {
  const payloads = ['</script><script>alert(1)</script>', '<!--', '<!-- <script>', 'line\u2028separator\u2029'];

  test.each(payloads)('%j cannot end or change the script, and parses back to the same value', (text) => {
    const value = {name: text, nested: [text]};
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    const found = inPage(json);
    expect(found.after).toBe(true);
    expect(JSON.parse(found.script)).toEqual(value);
  });

  test('plain JSON.stringify would let "</script>" end the element early', () => {
    expect(inPage(JSON.stringify({name: '</script><p id="injected">'})).script).not.toMatch(/injected/);
  });
});
