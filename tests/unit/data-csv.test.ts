import {describe, expect, it} from 'vitest';
import {z} from 'zod';
import {parseCsv} from '../../src/pipeline/csv.ts';
import {dataError} from './data-error-of.ts';
import {count, municipalityNumber, optionalCount, suppressibleCount} from '../../src/pipeline/fields.ts';
import {validateRows} from '../../src/pipeline/validate-rows.ts';

/** Runs `fn`, expects a DataError, and returns it for field checks. */
const schema = z.object({kommunenummer: municipalityNumber, antall: count});

describe('parseCsv(text, file)', () => {
  it('returns rows keyed by header with the line each record starts on', () => {
    const t = parseCsv('a,b\n1,"two\nlines"\n3,4\n', 'x.csv');
    expect(t.columns).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      {a: '1', b: 'two\nlines'},
      {a: '3', b: '4'}
    ]);
    expect(t.lines).toEqual([2, 4]);
  });

  it('accepts CRLF line ends and trailing blank lines', () => {
    expect(parseCsv('a,b\r\n1,2\r\n\r\n', 'x.csv').rows).toEqual([{a: '1', b: '2'}]);
  });

  it('rejects an empty file', () => {
    const e = dataError(() => parseCsv('  \n', 'empty.csv'));
    expect([e.file, e.line, e.field]).toEqual(['empty.csv', 1, '(file)']);
    expect(e.message).toMatch(
      /^empty\.csv:1 field \(file\): expected a header row and data rows, found an empty file$/
    );
  });

  it('rejects a header-only file', () => {
    expect(dataError(() => parseCsv('a,b\n', 'h.csv')).reason).toMatch(
      /^expected data rows after the header, found none$/
    );
  });

  it('rejects a byte-order mark', () => {
    const e = dataError(() => parseCsv('\uFEFFa,b\n1,2\n', 'bom.csv'));
    expect([e.file, e.line]).toEqual(['bom.csv', 1]);
    expect(e.reason).toMatch(/byte-order mark/);
  });

  it('rejects malformed CSV: an unclosed quote, with the line it opens on', () => {
    const e = dataError(() => parseCsv('a,b\n1,2\n3,"oops\n5,6\n', 'bad.csv'));
    expect([e.line, e.field]).toEqual([3, 'b']);
    expect(e.reason).toMatch(/expected a closing quote .* found the end of the file/);
  });

  it('reports an unclosed quote at its opening line even when a later quote closes it by accident', () => {
    const e = dataError(() => parseCsv('a,b\n1,2\n3,"oops\n5,6\n7,8\n9,"x"\n', 'stray.csv'));
    expect([e.file, e.line, e.field]).toEqual(['stray.csv', 3, 'b']);
    expect(e.reason).toMatch(/found "x" on line 6/);
  });

  it('accepts quoted fields with escaped quotes, commas and newlines, and a quote inside an unquoted field', () => {
    const t = parseCsv('a,b\n"x ""y"", z",2\n"p\nq",3\nin"ch,4\n', 'ok.csv');
    expect(t.rows.map((r) => r.a)).toEqual(['x "y", z', 'p\nq', 'in"ch']);
    expect(t.lines).toEqual([2, 3, 5]);
  });

  it('rejects malformed CSV: a record with too few fields, naming the first missing column', () => {
    const e = dataError(() => parseCsv('a,b,c\n1,2,3\n4,5\n', 'ragged.csv'));
    expect([e.line, e.field]).toEqual([3, 'c']);
  });

  it('counts lines after a quoted newline correctly in errors', () => {
    const e = dataError(() => parseCsv('a,b\n1,"x\ny"\n2\n', 'q.csv'));
    expect(e.line).toBe(4);
  });

  it('rejects duplicate header cells', () => {
    expect(dataError(() => parseCsv('a,a\n1,2\n', 'd.csv')).field).toBe('a');
  });
});

describe('validateRows(table, schema)', () => {
  it('parses typed rows and keeps their lines', () => {
    const rows = validateRows(parseCsv('kommunenummer,antall\n301,12\n', 'p.csv'), schema);
    expect(rows).toEqual([{row: {kommunenummer: '0301', antall: 12}, line: 2}]);
  });

  it('rejects a missing column, naming it', () => {
    const e = dataError(() => validateRows(parseCsv('kommunenummer,count\n0301,1\n', 'm.csv'), schema));
    expect([e.file, e.line, e.field]).toEqual(['m.csv', 1, 'antall']);
    expect(e.reason).toMatch(/^expected a column named antall, found the header kommunenummer, count$/);
  });

  it('rejects a non-numeric count with file, line, field and value', () => {
    const e = dataError(() => validateRows(parseCsv('kommunenummer,antall\n0301,1\n0302,12a\n', 'n.csv'), schema));
    expect(e.message).toBe('n.csv:3 field antall: expected a non-negative whole number, found "12a"');
  });

  it('rejects a negative count', () => {
    const e = dataError(() => validateRows(parseCsv('kommunenummer,antall\n0301,-4\n', 'neg.csv'), schema));
    expect([e.line, e.field]).toEqual([2, 'antall']);
    expect(e.reason).toMatch(/non-negative/);
  });
});

describe('cell schemas', () => {
  it('suppressibleCount turns NA and empty into null, never 0', () => {
    expect(['NA', '', '0', '7'].map((s) => suppressibleCount.parse(s))).toEqual([null, null, 0, 7]);
  });

  it('optionalCount rejects words', () => {
    expect(optionalCount.safeParse('about 5').success).toBe(false);
  });
});
