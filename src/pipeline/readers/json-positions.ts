// Walks JSON text to find where values start (JSON.parse reports neither lines nor reliable positions).

export type JsonPath = readonly (string | number)[];

/** Deeper nesting than any real record is refused with a named error rather than walked. */
export const MAX_DEPTH = 1000;

export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    problem: string,
  ) {
    super(problem);
  }
}

/** A literal or a number where a value starts (sticky: read at `lastIndex`, however long the number). */
const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Validates JSON syntax and calls `onValue(path, offset)` at the start of every value.
 * The path array is reused between calls: copy it to keep it.
 */
export function scanJson(text: string, onValue: (path: JsonPath, offset: number) => void): void {
  let position = 0;
  const path: (string | number)[] = [];

  const fail = (problem: string): never => {
    throw new JsonSyntaxError(position, problem);
  };
  const skipSpace = () => {
    while (position < text.length && ' \t\n\r'.includes(text.charAt(position))) position += 1;
  };
  const expect = (char: string) => {
    skipSpace();
    if (text[position] !== char) fail(`expected "${char}"`);
    position += 1;
  };
  const readString = (): string => {
    const start = position;
    position += 1;
    for (;;) {
      const code = text.charCodeAt(position);
      if (Number.isNaN(code)) fail('unterminated string');
      if (code < 0x20) fail('unescaped line break or control character in string');
      if (code === 0x22) break;
      if (code === 0x5c) {
        const escape = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(position, position + 6));
        if (!escape) fail('invalid escape in string');
        position += escape?.[0].length ?? 0;
      } else position += 1;
    }
    position += 1;
    const raw = text.slice(start, position);
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  const startProperty = () => {
    skipSpace();
    if (text[position] !== '"') fail('expected a property name in double quotes');
    path.push(readString());
    expect(':');
  };
  // Iterative, with an explicit stack of open containers: deeply nested input cannot overflow the call stack.
  const readValue = () => {
    const open: ('{' | '[')[] = [];
    let needValue = true;
    for (;;) {
      if (needValue) {
        needValue = false;
        skipSpace();
        onValue(path, position);
        const char = text[position];
        if (char === '{' || char === '[') {
          if (open.length >= MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
          position += 1;
          skipSpace();
          if (text[position] === (char === '{' ? '}' : ']')) position += 1;
          else {
            open.push(char);
            if (char === '{') startProperty();
            else path.push(0);
            needValue = true;
            continue;
          }
        } else if (char === '"') readString();
        else {
          LITERAL.lastIndex = position;
          const literal = LITERAL.exec(text);
          if (!literal) fail('expected a JSON value');
          position += literal?.[0].length ?? 0;
        }
      }
      // A value ended inside the innermost open container: its next element or property, or its end.
      const container = open.at(-1);
      if (container === undefined) return;
      skipSpace();
      const char = text[position];
      if (char === ',') {
        position += 1;
        const last = path.pop();
        if (container === '{') startProperty();
        else path.push((last as number) + 1);
        needValue = true;
      } else if (char === (container === '{' ? '}' : ']')) {
        position += 1;
        path.pop();
        open.pop();
      } else {
        fail(
          container === '{'
            ? 'expected "," or "}" after a property value'
            : 'expected "," or "]" after an array element',
        );
      }
    }
  };

  readValue();
  skipSpace();
  if (position < text.length) fail('unexpected text after the JSON value');
}
