/**
 * `{% cached key1, key2 %}...{% endcached %}`: renders its body once per distinct key and reuses
 * the HTML. GOV.UK Frontend's macros are slow in nunjucks (a select of a hundred bodies took
 * longer than the rest of the register page), and most of what they draw (the header, the date
 * control, a filter's options) is the same from one request to the next. The keys must name
 * everything the body shows: the body is not rendered again when only something else changed.
 * The cache keeps the most recently used fragments, up to a bound, so it cannot grow without end.
 */
import nunjucks from 'nunjucks';

const MAX_FRAGMENTS = 500;

interface Parser {
  nextToken(): { value: string };
  parseSignature(tolerant: null, noParens: boolean): unknown;
  advanceAfterBlockEnd(name?: string): void;
  parseUntilBlocks(...names: string[]): unknown;
}

interface Nodes {
  CallExtension: new (extension: object, method: string, args: unknown, contentArgs: unknown[]) => unknown;
}

export class CachedFragments {
  readonly tags = ['cached'];
  private readonly fragments = new Map<string, nunjucks.runtime.SafeString>();

  parse(parser: Parser, nodes: Nodes): unknown {
    const token = parser.nextToken();
    const args = parser.parseSignature(null, true);
    parser.advanceAfterBlockEnd(token.value);
    const body = parser.parseUntilBlocks('endcached');
    parser.advanceAfterBlockEnd();
    return new nodes.CallExtension(this, 'run', args, [body]);
  }

  run(_context: unknown, ...args: unknown[]): nunjucks.runtime.SafeString {
    const body = args.pop() as () => string;
    const key = JSON.stringify(args);
    const found = this.fragments.get(key);
    if (found !== undefined) {
      this.fragments.delete(key);
      this.fragments.set(key, found);
      return found;
    }
    const html = new nunjucks.runtime.SafeString(body());
    this.fragments.set(key, html);
    if (this.fragments.size > MAX_FRAGMENTS) this.fragments.delete(this.fragments.keys().next().value as string);
    return html;
  }
}
