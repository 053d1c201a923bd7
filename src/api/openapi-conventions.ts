/**
 * The OpenAPI document's house rules, applied to every route in one place so that no route can
 * forget them and `redocly lint` (recommended rules) finds nothing to report: a stable operationId
 * (the route's own, or one derived from its method and path), a declared security requirement
 * (public reads say `security: []`), at least one 4xx response (any URL can be malformed: 400), a
 * server and a licence, and no component that nothing refers to.
 */
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { Problem } from './problem.js';

type RouteSchema = Parameters<typeof jsonSchemaTransform>[0]['schema'] & {
  operationId?: string;
  security?: unknown[];
  response?: Record<string | number, unknown>;
};

/** `GET /reports/decisions/:proposal/:resolution` becomes `getReportsDecisionsByProposalByResolution`. */
export function derivedOperationId(method: string, url: string): string {
  const words = url
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/)))
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((word) => word[0]!.toUpperCase() + word.slice(1))].join('');
}

const hasClientError = (response: Record<string | number, unknown> | undefined) =>
  Object.keys(response ?? {}).some((status) => /^4\d\d$/.test(status) || status === '4xx');

export function openApiTransform(options: { readonly readsNeedToken: boolean }): SwaggerTransform {
  return (input) => {
    const schema = input.schema as RouteSchema;
    if (schema.hide) return jsonSchemaTransform(input);
    const method = Array.isArray(input.route.method) ? String(input.route.method[0]) : String(input.route.method);
    const conventional: RouteSchema = {
      ...schema,
      operationId: schema.operationId ?? derivedOperationId(method, input.url),
      security: schema.security ?? (options.readsNeedToken ? [{ bearer: [] }] : []),
      response: hasClientError(schema.response) ? schema.response : { ...schema.response, 400: Problem },
    };
    return jsonSchemaTransform({ ...input, schema: conventional });
  };
}

/** Drops the components no operation or other component refers to (zod's input twins, mostly). */
export const openApiTransformObject: SwaggerTransformObject = (document) => {
  const transformed = jsonSchemaTransformObject(document) as { components?: { schemas?: Record<string, unknown> } };
  const schemas = transformed.components?.schemas;
  if (!schemas) return transformed as ReturnType<SwaggerTransformObject>;
  const { components, ...rest } = transformed;
  let kept = { ...schemas };
  for (;;) {
    const referenced = JSON.stringify([rest, Object.values(kept)]);
    const next = Object.fromEntries(
      Object.entries(kept).filter(([name]) => referenced.includes(`"#/components/schemas/${name}"`)),
    );
    if (Object.keys(next).length === Object.keys(kept).length) break;
    kept = next;
  }
  return { ...transformed, components: { ...components, schemas: kept } } as ReturnType<SwaggerTransformObject>;
};
