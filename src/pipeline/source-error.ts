// An error in an input document, located by file and 1-based line so the author can fix it.
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}

/** Several malformed input files, reported together so that one run shows them all. */
export class SourceErrors extends Error {
  readonly errors: readonly SourceError[];

  constructor(errors: readonly SourceError[]) {
    super(
      errors.length === 1
        ? (errors[0]?.message ?? '')
        : `${errors.length} malformed files:\n${errors.map((error) => `  ${error.message}`).join('\n')}`,
    );
    this.name = 'SourceErrors';
    this.errors = errors;
  }
}

/** 1-based line number of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  return lineLocator(text)(offset);
}

/** A fast offset → 1-based line lookup for many offsets in one text. */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
