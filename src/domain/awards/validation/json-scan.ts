/** JSON value as parsed from a user's file: nothing is trusted until the schema has checked it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Scanned {
  readonly value: Json;
  /** Field path (`rules[2].clauses[0].threshold`) → 1-based line where that field or item starts. */
  readonly lines: ReadonlyMap<string, number>;
}
export interface ScanError {
  readonly line: number;
  readonly column: number;
}

/**
 * A strict JSON reader that remembers the line of every field, so that a rule file's errors point at
 * a line. Tokens are decoded by JSON.parse itself; only the structure is walked here.
 */
export function scanJson(source: string): Scanned | ScanError {
  const text = source.replace(/^\uFEFF/, '');
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  class Fail extends Error {}
  const fail = (): never => {
    throw new Fail();
  };
  const skip = (): void => {
    while (pos < text.length) {
      const ch = text[pos];
      if (ch === '\n') {
        line += 1;
        lineStart = pos + 1;
      } else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return;
      pos += 1;
    }
  };
  const token = (pattern: RegExp): string => {
    pattern.lastIndex = pos;
    const match = pattern.exec(text);
    if (!match || match.index !== pos) return fail();
    pos += match[0].length;
    return match[0];
  };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings.
  const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const LITERAL = /true|false|null/y;
  const value = (path: string): Json => {
    skip();
    lines.set(path, line);
    const ch = text[pos];
    if (ch === '{') return object(path);
    if (ch === '[') return array(path);
    if (ch === '"') return JSON.parse(token(STRING)) as string;
    if (ch === 't' || ch === 'f' || ch === 'n') return JSON.parse(token(LITERAL)) as Json;
    return JSON.parse(token(NUMBER)) as number;
  };
  const expect = (ch: string): void => {
    skip();
    if (text[pos] !== ch) fail();
    pos += 1;
  };
  const object = (path: string): Json => {
    const out: { [key: string]: Json } = {};
    pos += 1;
    skip();
    if (text[pos] === '}') {
      pos += 1;
      return out;
    }
    for (;;) {
      skip();
      const keyLine = line;
      const key = JSON.parse(token(STRING)) as string;
      const child = path === '' ? key : `${path}.${key}`;
      expect(':');
      out[key] = value(child);
      lines.set(child, keyLine);
      skip();
      if (text[pos] === ',') pos += 1;
      else if (text[pos] === '}') {
        pos += 1;
        return out;
      } else fail();
    }
  };
  const array = (path: string): Json => {
    const out: Json[] = [];
    pos += 1;
    skip();
    if (text[pos] === ']') {
      pos += 1;
      return out;
    }
    for (;;) {
      out.push(value(`${path}[${out.length}]`));
      skip();
      if (text[pos] === ',') pos += 1;
      else if (text[pos] === ']') {
        pos += 1;
        return out;
      } else fail();
    }
  };
  try {
    const result = value('');
    skip();
    if (pos !== text.length) fail();
    return { value: result, lines };
  } catch (error) {
    if (error instanceof Fail || error instanceof SyntaxError) return { line, column: pos - lineStart + 1 };
    throw error;
  }
}
