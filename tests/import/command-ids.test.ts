/** Command ids carry the document, the place in it and a digest of the command, and read back the same. */
import { describe, expect, it } from 'vitest';
import { commandHash, commandIdOf, docKeyOf, parseCommandId } from '../../src/import/command-ids.js';

describe('import command ids', () => {
  const hash = commandHash('AllocateFunding', { fundId: 'laa-reward-grant', amount: '£35,000' });

  it('depend on the data, not on the order its fields were written in', () => {
    expect(commandHash('AllocateFunding', { amount: '£35,000', fundId: 'laa-reward-grant' })).toBe(hash);
    expect(commandHash('AllocateFunding', { fundId: 'laa-reward-grant', amount: '£40,000' })).not.toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
  });

  it('read back to what they were made from, including a receipt reference with awkward characters', () => {
    const docKey = docKeyOf('Receipt', 'stroud-district-council/SDC:REM#1');
    const id = commandIdOf({ docKey, path: 'contribution', hash });
    expect(id).toBe(`import:Receipt/stroud-district-council%2FSDC%3AREM%231:contribution#${hash}`);
    expect(parseCommandId(id)).toEqual({ docKey, path: 'contribution', hash });
  });

  it('ignore command ids the importer did not make', () => {
    expect(parseCommandId('01HZX-idempotency-key')).toBeUndefined();
    expect(parseCommandId('import:broken')).toBeUndefined();
  });
});
