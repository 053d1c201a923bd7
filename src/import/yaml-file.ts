/**
 * Reads a minutes YAML file into its documents, keeping the syntax tree so that any field a check
 * complains about can be traced back to the line the clerk wrote it on.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { ImportIssue } from './issues.js';

export type FieldPath = ReadonlyArray<string | number>;

export interface YamlDocument {
  /** 1-based position of the document in its file. */
  readonly index: number;
  /** The document as plain data; `undefined` for an empty document. */
  readonly value: unknown;
  /** The line of the deepest node on `path` that exists: the field itself, or the block missing it. */
  lineOf(path: FieldPath): number;
  /** Every scalar value written under `path` (itself included), in document order, with its line. */
  leavesUnder(path: FieldPath): readonly YamlLeaf[];
}

export interface YamlLeaf {
  readonly path: FieldPath;
  readonly value: string;
  readonly line: number;
}

export interface YamlFile {
  readonly documents: readonly YamlDocument[];
  readonly issues: readonly ImportIssue[];
}

export function readYamlFile(file: string, text: string): YamlFile {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
  // An empty file parses to an empty stream rather than a list of documents.
  if (!Array.isArray(parsed)) return { documents: [], issues: [] };
  const lineAt = (offset: number) => lines.linePos(offset).line;
  const documents: YamlDocument[] = [];
  const issues: ImportIssue[] = [];
  parsed.forEach((document, position) => {
    const index = position + 1;
    for (const error of document.errors) {
      const summary = identify(document);
      issues.push({
        file,
        document: { index, ...summary },
        line: lineAt(error.pos[0]),
        message: `this is not valid YAML: ${error.message}`,
      });
    }
    if (document.errors.length > 0) return;
    const value = plainValue(document);
    if (value instanceof Error) {
      issues.push({
        file,
        document: { index, ...identify(document) },
        line: lineAt(document.range[0]),
        message: value.message,
      });
      return;
    }
    documents.push({
      index,
      value,
      lineOf: (path) => lineAt(locate(document, path) ?? document.range[0]),
      leavesUnder: (path) => leavesOf(nodeAt(document, path), path, lineAt),
    });
  });
  return { documents, issues };
}

/**
 * The document as plain data. An alias (`*name`) expands to a copy of what it names, so a few lines
 * of aliases of aliases can expand to billions of nodes (an alias bomb); past 100 expansions the
 * document is refused with a sentence, not expanded.
 */
function plainValue(document: Document): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 }) ?? undefined;
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return new Error(
        'this document repeats its aliases (*name) too many times to expand: minutes never need ' +
          'more than a few; write the values out instead',
      );
    }
    throw error;
  }
}

/** The kind and id of a document that failed to parse, when enough of it was readable to say. */
function identify(document: Document): { kind?: string; id?: string } {
  const contents = document.contents;
  if (!isMap(contents)) return {};
  const text = (key: string) => {
    const value = contents.get(key);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const kind = text('kind');
  const id = text('id');
  return { ...(kind ? { kind } : {}), ...(id ? { id } : {}) };
}

/** The node at the path, or undefined when the path leads nowhere. */
function nodeAt(document: Document, path: FieldPath): Node | undefined {
  let node: Node | null | undefined = document.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      node = pair?.value as Node | null | undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment] as Node | undefined;
    } else return undefined;
  }
  return node ?? undefined;
}

function leavesOf(node: Node | undefined, path: FieldPath, lineAt: (offset: number) => number): YamlLeaf[] {
  if (isScalar(node)) {
    const { value } = node;
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    return text === undefined || node.range === undefined || node.range === null
      ? []
      : [{ path, value: text, line: lineAt(node.range[0]) }];
  }
  if (isMap(node))
    return node.items.flatMap((pair) =>
      isScalar(pair.key) ? leavesOf(pair.value as Node, [...path, String(pair.key.value)], lineAt) : [],
    );
  if (isSeq(node)) return node.items.flatMap((item, index) => leavesOf(item as Node, [...path, index], lineAt));
  return [];
}

/** The start offset of the deepest node on the path; map keys match by their text, so `1:` matches "1". */
function locate(document: Document, path: FieldPath): number | undefined {
  let node: Node | null | undefined = document.contents;
  let offset = node?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
    } else {
      break;
    }
    offset = node?.range?.[0] ?? offset;
  }
  return offset;
}
