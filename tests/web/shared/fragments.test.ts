/**
 * The register's speed-ups must not change what a page says: cached fragments per key, and a trim that strips what
 * nunjucks' does.
 */
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { CachedFragments } from '../../../src/web/shared/cached-fragment.js';
import { trim } from '../../../src/web/shared/trim.js';

function environment() {
  const env = new nunjucks.Environment();
  env.addExtension('CachedFragments', new CachedFragments());
  return env;
}

describe('cached fragments', () => {
  it('render the body once per key and again for a different key', () => {
    const env = environment();
    let calls = 0;
    env.addGlobal('count', () => ++calls);
    const template = '{% cached "select", chosen %}<option selected>{{ chosen }}</option> {{ count() }}{% endcached %}';
    expect(env.renderString(template, { chosen: 'stroud' })).toBe('<option selected>stroud</option> 1');
    expect(env.renderString(template, { chosen: 'stroud' })).toBe('<option selected>stroud</option> 1');
    expect(env.renderString(template, { chosen: 'gloucester' })).toBe('<option selected>gloucester</option> 2');
    expect(env.renderString(template, { chosen: { id: 'stroud' } })).toBe(
      '<option selected>[object Object]</option> 3',
    );
  });

  it('keep their HTML unescaped inside an autoescaped page', () => {
    const env = new nunjucks.Environment(null, { autoescape: true });
    env.addExtension('CachedFragments', new CachedFragments());
    expect(env.renderString('{% cached "x" %}<b>{{ name }}</b>{% endcached %}', { name: 'A & B' })).toBe(
      '<b>A &amp; B</b>',
    );
  });

  it('forget the least recently used fragment past their bound, so the cache cannot grow without end', () => {
    const env = environment();
    let calls = 0;
    env.addGlobal('count', () => ++calls);
    const template = '{% cached n %}{{ count() }}{% endcached %}';
    for (let n = 0; n <= 500; n++) env.renderString(template, { n });
    expect(calls).toBe(501);
    env.renderString(template, { n: 500 });
    expect(calls).toBe(501);
    env.renderString(template, { n: 0 });
    expect(calls).toBe(502);
  });
});

describe('trim', () => {
  const nunjucksTrim = (value: string) => value.replace(/^\s*|\s*$/g, '');
  it.each(['', '   ', '\n\t x y \n', '\u00a0\u2003a\ufeff', 'a\u2028', '<p>\n  text\n</p>\n\n'])(
    'strips what nunjucks strips from %j',
    (value) => {
      expect(trim(value)).toBe(nunjucksTrim(value));
    },
  );

  it('keeps a string marked safe marked safe', () => {
    const trimmed = trim(new nunjucks.runtime.SafeString('  <b>x</b> '));
    expect(trimmed).toBeInstanceOf(nunjucks.runtime.SafeString);
    expect(String(trimmed)).toBe('<b>x</b>');
  });
});
