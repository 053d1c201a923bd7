import { describe, expect, it } from 'vitest';
import {
  FinancialYear,
  financialYearEnd,
  financialYearOf,
  financialYearStart,
} from '../../../src/domain/shared/financial-year.js';

describe('financial years run 1 April to 31 March', () => {
  it.each([
    ['2017-03-31', '2016/17'],
    ['2016-04-01', '2016/17'],
    ['2016-10-27', '2016/17'],
    ['2016-03-31', '2015/16'],
    ['2018-06-14', '2018/19'],
    ['1999-12-31', '1999/00'],
    ['2017-03-31T23:30:00Z', '2016/17'],
    ['2017-04-01T00:10:00+01:00', '2017/18'],
  ])('%s falls in %s', (date, year) => {
    expect(financialYearOf(date)).toBe(year);
  });

  it.each([
    ['2016/17', '2016-04-01', '2017-03-31'],
    ['1999/00', '1999-04-01', '2000-03-31'],
  ])('%s starts on %s and ends on %s', (year, start, end) => {
    expect(financialYearStart(year)).toBe(start);
    expect(financialYearEnd(year)).toBe(end);
  });

  it.each(['2016/18', '2016-17', '16/17', '2016/2017', ''])('rejects %j as a financial year', (text) => {
    expect(FinancialYear.safeParse(text).success).toBe(false);
  });

  it('accepts a well-written year', () => {
    expect(FinancialYear.parse('2016/17')).toBe('2016/17');
  });
});
