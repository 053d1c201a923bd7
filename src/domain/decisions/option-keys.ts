/**
 * Options keyed as the papers write them: "3", "2a", "A", "ii". They are listed numbers first
 * (2 before 2a before 10), a set of roman numerals by value, and anything else alphabetically.
 */
import { z } from 'zod';

const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$/i;

export const OptionKey = z
  .string()
  .regex(
    /^(?:[0-9]{1,2}[a-z]?|[A-Za-z]|[ivx]{1,5}|[IVX]{1,5})$/,
    'write the option as the papers do: a number (3), a number and letter (2a), a letter (A) or a roman numeral (ii)',
  )
  .describe('The option as the papers write it: "3", "2a", "A" or "ii"');

function romanValue(key: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  const digits = key
    .toLowerCase()
    .split('')
    .map((c) => values[c] ?? 0);
  return digits.reduce((sum, value, index) => sum + (value < (digits[index + 1] ?? 0) ? -value : value), 0);
}

/** The keys in the order a reader expects. */
export function sortOptionKeys(keys: readonly string[]): string[] {
  if (keys.length > 0 && keys.every((key) => ROMAN.test(key)))
    return [...keys].sort((a, b) => romanValue(a) - romanValue(b));
  const numbered = (key: string) => /^([0-9]+)([a-z]?)$/.exec(key);
  return [...keys].sort((a, b) => {
    const [na, nb] = [numbered(a), numbered(b)];
    if (na && nb) return Number(na[1]) - Number(nb[1]) || na[2]!.localeCompare(nb[2]!);
    if (na || nb) return na ? -1 : 1;
    return a.localeCompare(b);
  });
}
