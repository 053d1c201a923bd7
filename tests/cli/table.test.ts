/** The CLI's text tables wrap a long cell onto the lines below instead of cutting it ("Dr Tanya Richar..."). */
import { describe, expect, it } from 'vitest';
import { textTable, wrap } from '../../src/cli/commands/report/table.js';

describe('text tables', () => {
  it('wrap a long cell at word boundaries, keeping every word', () => {
    const owners = 'Julian Moss (gloucestershire-constabulary); Dr Tanya Richardson (gloucestershire-county-council)';
    const lines = wrap(owners, 40);
    expect(lines).toEqual([
      'Julian Moss',
      '(gloucestershire-constabulary); Dr Tanya',
      'Richardson',
      '(gloucestershire-county-council)',
    ]);
    expect(lines.join(' ')).toBe(owners);
    expect(wrap('short', 40)).toEqual(['short']);
  });

  it('put the wrapped lines under their column, the other columns blank', () => {
    const rows = [{ id: 'lg-2018-06-14-4-a', owners: 'Julian Moss; Dr Tanya Richardson' }];
    const lines = textTable(
      [
        { header: 'action', value: (r: (typeof rows)[number]) => r.id },
        { header: 'owners', value: (r) => r.owners, maxWidth: 20 },
      ],
      rows,
      '',
    );
    expect(lines).toEqual([
      'action             owners',
      '-----------------  ----------------',
      'lg-2018-06-14-4-a  Julian Moss; Dr',
      '                   Tanya Richardson',
    ]);
    expect(lines.join('\n')).not.toContain('…');
  });
});
