/**
 * The request generator behind the fuzz test (tests/api/fuzz.test.ts, fixed seed) and `npm run
 * bench:fuzz` (random seed): requests to every operation of /openapi.json, most of them malformed
 * on purpose (strings with NUL, lone surrogates, bidi overrides or nothing visible, wrong types,
 * huge numbers, impossible dates, junk ids, headers and parameters), the rest the operation's own
 * example. A malformed request must be refused with a 4xx and record nothing.
 */
import { seededRandom } from './seeded-random.js';

export interface FuzzRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload?: string;
  /** True when the request carries something no schema of the ledger accepts. */
  readonly malformed: boolean;
  /** What was broken, for a failure message. */
  readonly why: string;
}

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly schema?: { readonly format?: string; readonly pattern?: string; readonly enum?: readonly string[] };
}

interface Operation {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly parameters: readonly Parameter[];
  readonly example?: Record<string, unknown>;
}

export interface OpenApiDocument {
  readonly paths: Record<
    string,
    Record<
      string,
      { parameters?: Parameter[]; requestBody?: { content?: Record<string, { example?: Record<string, unknown> }> } }
    >
  >;
}

/** Strings no field, id or parameter of the ledger accepts. */
export const POISON_STRINGS: readonly string[] = [
  'a\u0000b',
  '\u0000',
  'Stroud\u0007District',
  'line\nbreak\r',
  '\u001b[31mred',
  'x\u007f',
  'x\u0085y',
  'lone \ud800 high',
  'lone \udfff low',
  '\udc00\ud800',
  '\u202eStroud',
  'a\u202ab',
  'x\u2066y\u2069',
  '\u2067',
  '\u200b',
  '\u200b\u200c\u200d\ufeff',
  ' \u00a0 ',
];

/**
 * The poison strings a query string can carry: a URL cannot hold a lone surrogate (it arrives as
 * U+FFFD, a real character), and a filter of invisible text is a search that finds nothing.
 */
const QUERY_POISON = POISON_STRINGS.filter((text) =>
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text),
);

/** Odd dates: impossible days, no offset, far out of range, not dates at all. */
export const ODD_DATES: readonly string[] = [
  '2016-02-30',
  '2017-02-29',
  '2016-13-01',
  '0000-00-00',
  '2016-10-32',
  '+275760-09-13',
  '-000001-01-01',
  '2016-10-27T25:00:00Z',
  '2016-10-27T10:00:00+25:00',
  '2016-1-1',
  '27/10/2016',
  '2016-10-27T10:00',
  'yesterday',
  '1e999',
];

/** Scalars of the wrong type; a field that holds text also gets arrays and objects. */
const WRONG_VALUES: readonly unknown[] = [
  0,
  -1,
  1e308,
  9_007_199_254_740_993,
  -9e307,
  true,
  false,
  null,
  [],
  ['a'],
  {},
  { a: 1 },
];
/** Values of another JSON type than the example's: 0 may be a fine count and `false` a fine flag. */
const wrongTypeFor = (example: unknown): readonly unknown[] =>
  WRONG_VALUES.filter((value) => typeof value !== typeof example);
const HUGE_AMOUNTS = [
  '£99,999,999,999,999,999,999',
  '£1000000000000000000000000.00',
  '£9007199254740993',
  '£1,000,000,000.01',
];
// No bare '..': a URL's dot segments are resolved before routing, so it names another route, not a bad id.
const JUNK_SEGMENTS = [
  '%00',
  'a%00b',
  '%E2%80%AE',
  '%ED%A0%80',
  '%2e%2e%2fetc',
  'UPPER',
  'x'.repeat(121),
  '__proto__',
  '%20',
];
const JUNK_HEADERS: Record<string, readonly string[]> = {
  'if-match': ['"1', '"-2"', 'W/', '"99999999999999999999999"', 'x'],
  'idempotency-key': ['k'.repeat(201), 'a b', 'key\u00e9'],
  authorization: ['Bearer', 'Basic YWRtaW46YWRtaW4=', 'Bearer pl_nope', 'Token x'],
};

function operations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => method === 'get' || method === 'post')
      .map(([method, operation]) => ({
        method: method.toUpperCase() as Operation['method'],
        path,
        parameters: operation.parameters ?? [],
        example: operation.requestBody?.content?.['application/json']?.example,
      })),
  );
}

export interface FuzzOptions {
  readonly seed: number;
  /** Ids the ledger holds (slugs and stream names), so some requests reach real entities. */
  readonly ids: readonly string[];
  /** A token allowed to make every change. */
  readonly adminToken: string;
}

/** An endless supply of requests for the document's operations, reproducible from the seed. */
export function requestGenerator(document: OpenApiDocument, options: FuzzOptions): () => FuzzRequest {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const all = operations(document);
  let counter = 0;

  const goodId = () => pick(options.ids);
  const goodQuery = (parameter: Parameter): string | undefined => {
    if (parameter.schema?.enum) return pick(parameter.schema.enum);
    if (parameter.name === 'asAt') return pick(['2017-03-31', '2016-10-27T12:00:00Z', '2030-01-01']);
    if (parameter.name === 'financialYear') return '2016/17';
    if (parameter.name === 'q') return pick(['option 3', 'devolution', 'safety']);
    if (/on$|^from$|^to$/i.test(parameter.name)) return pick(['2016-10-27', '2018-09-01']);
    return goodId();
  };

  /** One change that the schema must refuse, to the body, a parameter, a header or the path. */
  function breakage(operation: Operation): { where: string; value: unknown; field?: string } {
    const fields = Object.keys(operation.example ?? {});
    const queries = operation.parameters.filter((p) => p.in === 'query');
    const paths = operation.parameters.filter((p) => p.in === 'path');
    const targets = [
      ...(fields.length > 0 ? ['body', 'body', 'body'] : []),
      ...(queries.length > 0 ? ['query', 'query'] : []),
      ...(paths.length > 0 ? ['path'] : []),
      'header',
    ];
    const where = pick(targets);
    if (where === 'body') {
      const field = pick(fields);
      const example = operation.example![field];
      const text = typeof example === 'string';
      if (text && /amount|perPartner|openingBalance/i.test(field) && chance(0.4))
        return { where, field, value: pick(HUGE_AMOUNTS) };
      if (text && /(On|At|Date)$|^date$/.test(field) && chance(0.5)) return { where, field, value: pick(ODD_DATES) };
      return { where, field, value: chance(0.5) ? pick(POISON_STRINGS) : pick(wrongTypeFor(example)) };
    }
    if (where === 'query') {
      const parameter = pick(queries);
      const dated = /asAt|On$|^from$|^to$/.test(parameter.name);
      return { where, field: parameter.name, value: dated && chance(0.6) ? pick(ODD_DATES) : pick(QUERY_POISON) };
    }
    if (where === 'path') return { where, field: pick(paths).name, value: pick(JUNK_SEGMENTS) };
    const header = pick(operation.method === 'POST' ? Object.keys(JUNK_HEADERS) : ['authorization']);
    return { where, field: header, value: pick(JUNK_HEADERS[header]!) };
  }

  return () => {
    const operation = pick(all);
    counter += 1;
    const broken = chance(0.85) ? breakage(operation) : undefined;
    const headers: Record<string, string> = {};
    if (operation.method === 'POST') {
      headers.authorization = `Bearer ${options.adminToken}`;
      headers['content-type'] = 'application/json';
      headers['idempotency-key'] = `fuzz-${options.seed}-${counter}`;
    }
    if (broken?.where === 'header') headers[broken.field!] = String(broken.value);
    let path = operation.path;
    for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
      const value =
        broken?.where === 'path' && broken.field === parameter.name
          ? String(broken.value)
          : encodeURIComponent(goodId());
      path = path.replace(`{${parameter.name}}`, value);
    }
    const query = new URLSearchParams();
    for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
      if (broken?.where === 'query' && broken.field === parameter.name) query.set(parameter.name, String(broken.value));
      else if (chance(0.3)) query.set(parameter.name, goodQuery(parameter)!);
    }
    const search = query.toString();
    const body = operation.example && {
      ...operation.example,
      ...(broken?.where === 'body' ? { [broken.field!]: broken.value } : {}),
    };
    // JSON.stringify writes a lone surrogate as the escape \udXXX, so the body stays valid UTF-8 and the server sees
    // the surrogate.
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return {
      method: operation.method,
      url: `${path}${search ? `?${search}` : ''}`,
      headers,
      ...(payload === undefined ? {} : { payload }),
      malformed: broken !== undefined,
      why: broken ? `${broken.where} ${broken.field ?? ''} = ${JSON.stringify(broken.value)}` : 'the example',
    };
  };
}
