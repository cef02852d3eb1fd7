// Walks JSON text to find where values start (JSON.parse reports neither lines nor reliable positions).

export type JsonPath = readonly (string | number)[];

export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    problem: string,
  ) {
    super(problem);
  }
}

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
  const readValue = () => {
    skipSpace();
    onValue(path, position);
    const char = text[position];
    if (char === '{') {
      position += 1;
      skipSpace();
      if (text[position] === '}') return void (position += 1);
      for (;;) {
        skipSpace();
        if (text[position] !== '"') fail('expected a property name in double quotes');
        path.push(readString());
        expect(':');
        readValue();
        path.pop();
        skipSpace();
        if (text[position] === ',') position += 1;
        else if (text[position] === '}') return void (position += 1);
        else fail('expected "," or "}" after a property value');
      }
    }
    if (char === '[') {
      position += 1;
      skipSpace();
      if (text[position] === ']') return void (position += 1);
      for (let index = 0; ; index += 1) {
        path.push(index);
        readValue();
        path.pop();
        skipSpace();
        if (text[position] === ',') position += 1;
        else if (text[position] === ']') return void (position += 1);
        else fail('expected "," or "]" after an array element');
      }
    }
    if (char === '"') return void readString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(position, position + 40),
    );
    if (!literal) fail('expected a JSON value');
    position += literal?.[0].length ?? 0;
  };

  readValue();
  skipSpace();
  if (position < text.length) fail('unexpected text after the JSON value');
}
