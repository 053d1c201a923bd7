/** The receipts CSV reader: quoted amounts, doubled quotes, comments, and rows it cannot read. */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/import/csv.js';

describe('readCsv', () => {
  it('reads quoted fields with commas and doubled quotes, skipping comments and blank lines', () => {
    expect(readCsv('# illustrative\n\ndate,amount,reference\r\n2016-11-30,"£10,000","SDC ""Q3"""\n')).toEqual({
      ok: true,
      lines: [
        { line: 3, fields: ['date', 'amount', 'reference'] },
        { line: 4, fields: ['2016-11-30', '£10,000', 'SDC "Q3"'] },
      ],
    });
  });

  it('keeps an empty last field', () => {
    expect(readCsv('a,b,\n')).toEqual({ ok: true, lines: [{ line: 1, fields: ['a', 'b', ''] }] });
  });

  it('names the line of a quoted field left open', () => {
    expect(readCsv('a,b\n1,"£10,000\n')).toEqual({
      ok: false,
      line: 2,
      message: 'a quoted field is not closed: end it with a double quote on the same line',
    });
  });

  it('refuses text after a closing quote', () => {
    expect(readCsv('"£10,000"x,b\n')).toEqual({
      ok: false,
      line: 1,
      message: 'a quoted field must be followed by a comma or the end of the line',
    });
  });
});
