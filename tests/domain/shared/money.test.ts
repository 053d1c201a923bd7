import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPence,
  MAX_AMOUNT_PENCE,
  parsePounds,
  pence,
  PoundsAmount,
  sumPence,
  toPoundsDecimal,
} from '../../../src/domain/shared/money.js';

describe('parsePounds', () => {
  it.each([
    ['£10,000', 1_000_000],
    ['£35,000', 3_500_000],
    ['£35,000.50', 3_500_050],
    ['£220,000', 22_000_000],
    ['£10000', 1_000_000],
    ['£0.01', 1],
    ['  £1,234,567.89 ', 123_456_789],
  ])('reads %s as %i pence', (text, expected) => {
    expect(parsePounds(text)).toEqual({ ok: true, pence: expected });
  });

  it.each([
    [10000, 'write pounds with a £ sign, e.g. "£10,000"'],
    ['10000', 'write pounds with a £ sign, e.g. "£10,000"'],
    ['10,000', 'write pounds with a £ sign, e.g. "£10,000"'],
    ['$10,000', 'write pounds with a £ sign, e.g. "£10,000"'],
    ['£10,00', 'put commas between groups of three digits'],
    ['£1,0000', 'put commas between groups of three digits'],
    ['£10.5', 'write pence with two digits'],
    ['£10.', 'write pence with two digits'],
    ['£10.505', 'write pence with two digits'],
    ['-£10', 'amounts are positive'],
    ['£-10', 'amounts are positive'],
    ['£', 'write an amount in pounds such as'],
    ['£ten', 'write an amount in pounds such as'],
    ['£1e6', 'write an amount in pounds such as'],
    ['£99999999999999999', 'at most £1,000,000,000 in one amount'],
  ])('rejects %j with a message saying how to write it', (input, message) => {
    const parsed = parsePounds(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe('PoundsAmount (money in commands)', () => {
  it('keeps the pounds text as written', () => {
    expect(PoundsAmount.parse('£35,000.50')).toBe('£35,000.50');
  });

  it.each([
    [10000, 'write pounds with a £ sign, e.g. "£10,000"'],
    ['£0', 'more than £0.00'],
    ['£0.00', 'more than £0.00'],
    ['£10.5', 'two digits'],
  ])('rejects %j', (input, message) => {
    const result = PoundsAmount.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe('formatting pence', () => {
  it.each([
    [1_000_000, '£10,000.00', '10000.00'],
    [3_500_050, '£35,000.50', '35000.50'],
    [22_000_000, '£220,000.00', '220000.00'],
    [5, '£0.05', '0.05'],
    [0, '£0.00', '0.00'],
    [-550, '-£5.50', '-5.50'],
    [123_456_789, '£1,234,567.89', '1234567.89'],
  ])('%i pence is %s, and %s in CSV', (amount, forPeople, forCsv) => {
    expect(formatPence(pence(amount))).toBe(forPeople);
    expect(toPoundsDecimal(pence(amount))).toBe(forCsv);
  });

  it('reads back what it formats, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_PENCE }), (amount) => {
        expect(parsePounds(formatPence(pence(amount)))).toEqual({ ok: true, pence: amount });
      }),
    );
  });
});

describe('pence arithmetic', () => {
  it('refuses a fractional number of pence, which would be a bug', () => {
    expect(() => pence(10.5)).toThrow(/not a whole number of pence/);
  });

  it('sums exactly where floating-point pounds would drift', () => {
    const tenPence = Array.from({ length: 10 }, () => pence(10));
    expect(sumPence(tenPence)).toBe(100);
    expect(Array.from({ length: 10 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(1);
  });
});
