import { findNodeAtLocation, type Node, type ParseError, parseTree, type Segment } from 'jsonc-parser';

/** A rule file read as strict JSON, with where each field is, so its errors can name a line. */
export interface LocatedJson {
  readonly value: unknown;
  /** 1-based line of the field at `path` (`rules[2].clauses[0].threshold`), else of its nearest parent. */
  readonly lineOf: (path: readonly Segment[]) => number | null;
}
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
}

/** `$comment` fields are the files' own notes: dropped before the schema, which would reject them. */
function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '$comment')
      .map(([key, item]) => [key, withoutComments(item)]),
  );
}

/**
 * Parses `source` (a leading BOM allowed) with jsonc-parser in strict JSON mode: no comments, no
 * trailing commas. The first syntax error is reported with its line and column.
 */
export function locateJson(source: string): LocatedJson | JsonSyntaxError {
  const text = source.replace(/^\uFEFF/, '');
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    lineStarts.push(index + 1);
  const lineAt = (offset: number): number => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? 0) <= offset) line += 1;
    return line + 1;
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const [first] = errors;
  if (first || !root) {
    const offset = first?.offset ?? text.length;
    const line = lineAt(offset);
    return { line, column: offset - (lineStarts[line - 1] ?? 0) + 1 };
  }
  // A field's line is its key's (the property node), an item's where the item starts.
  const startOf = (node: Node): number =>
    node.parent?.type === 'property' ? node.parent.offset : node.offset;
  const lineOf = (path: readonly Segment[]): number | null => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = findNodeAtLocation(root, path.slice(0, depth));
      if (node) return lineAt(startOf(node));
    }
    return null;
  };
  // The tree has proved the text strict JSON: the platform's parser gives its value.
  return { value: withoutComments(JSON.parse(text) as unknown), lineOf };
}
