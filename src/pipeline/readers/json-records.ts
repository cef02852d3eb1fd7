// Splits a JSON document, read piece by piece, into its records without holding the whole text: the elements of
// a top-level array (a website download, `[study, …]`), the elements of a page's "studies" array
// (`{"studies": […], …}`), or else the document itself. Each record comes with its first line and the lines
// of the elements of its `contactsLocationsModule.locations` array (what a site's sourceLine points at).
// The walk follows brackets, strings and punctuation only; a record's own syntax is checked where it is
// parsed (parseRecord), and a page's other members when the document ends.
import { SourceError, lineAt } from '../source-error';
import { JsonSyntaxError, MAX_DEPTH, scanJson } from './json-positions';

export type JsonRecord = {
  /** The record's JSON text. */
  text: string;
  /** 1-based line of the record's first character in the file. */
  line: number;
  /** 0-based position among the file's records. */
  index: number;
  /** Line of each element of the record's contactsLocationsModule.locations array, in order. */
  locationLines: number[];
};

/** The records of the JSON text given in pieces (cut anywhere, even inside a string); throws SourceError. */
export function* jsonRecords(pieces: Iterable<string>, file: string): Generator<JsonRecord> {
  const walk = new RecordWalk(file);
  for (const piece of pieces) yield* walk.push(piece);
  yield* walk.end();
}

/** The record's value, or a SourceError naming the file and the line of the first syntax error in it. */
export function parseRecord(record: Pick<JsonRecord, 'text' | 'line'>, file: string): unknown {
  try {
    return JSON.parse(record.text);
  } catch {
    throw syntaxError(record.text, file, (offset) => record.line + lineAt(record.text, offset) - 1);
  }
}

function syntaxError(text: string, file: string, lineOf: (offset: number) => number): SourceError {
  try {
    scanJson(text, () => {});
  } catch (syntax) {
    if (syntax instanceof JsonSyntaxError)
      return new SourceError(file, lineOf(syntax.offset), syntax.message);
    throw syntax;
  }
  return new SourceError(file, lineOf(0), 'invalid JSON');
}

// Keys the walk tells apart (any other key is OTHER), and the kinds of container.
const OTHER = 0;
const CONTACTS_LOCATIONS = 1;
const LOCATIONS = 2;
const STUDIES = 3;
const OBJECT = 1;
const ARRAY = 2;
const enum Next {
  Value,
  Key,
  Colon,
  After,
}

function keyCode(text: string, start: number, end: number): number {
  const length = end - start;
  if (length === 23 && text.startsWith('contactsLocationsModule', start)) return CONTACTS_LOCATIONS;
  if (length === 9 && text.startsWith('locations', start)) return LOCATIONS;
  if (length === 7 && text.startsWith('studies', start)) return STUDIES;
  return OTHER;
}

function isDelimiter(code: number): boolean {
  return code === 0x2c || code === 0x5d || code === 0x7d || code === 0x3a || code <= 0x20;
}

class RecordWalk {
  private text = '';
  private i = 0;
  private line = 1;
  private readonly kind = new Uint8Array(MAX_DEPTH + 2);
  private readonly key = new Uint8Array(MAX_DEPTH + 2);
  private depth = 0;
  private next = Next.Value;
  /** Just after an opening bracket, where its closing one may come. */
  private opened = false;
  private ended = false;
  /** Depth of the container whose elements are records (0: the document is the record). */
  private recordDepth = 0;
  private recordStart = -1;
  private recordLine = 0;
  private recordIndex = 0;
  private locationLines: number[] = [];
  private locationsDepth = -1;
  // A page: the text before its "studies" array, and where the text after it starts (kept to the end).
  private page: { head: string; headLine: number; tailStart: number; tailLine: number } | null = null;
  private inStudies = false;
  private readonly records: JsonRecord[] = [];

  constructor(private readonly file: string) {}

  push(piece: string): JsonRecord[] {
    // Keep only what the record being read (or a page's tail) still needs of the text before this piece.
    const tail = this.page && this.page.tailStart >= 0 ? this.page.tailStart : -1;
    const keep = this.recordStart >= 0 ? this.recordStart : tail >= 0 ? tail : this.i;
    this.text = this.text.slice(keep) + piece;
    this.i -= keep;
    if (this.recordStart >= 0) this.recordStart -= keep;
    if (this.page && tail >= 0) this.page.tailStart -= keep;
    this.walk(false);
    return this.records.splice(0);
  }

  end(): JsonRecord[] {
    this.walk(true);
    if (!this.ended) {
      if (this.recordStart >= 0) parseRecord(this.record(this.text.length), this.file);
      this.fail(this.depth > 0 ? 'the JSON text ends early' : 'expected a JSON value');
    }
    if (this.page) this.checkPage(this.page);
    return this.records.splice(0);
  }

  private walk(last: boolean): void {
    const text = this.text;
    const length = text.length;
    let i = this.i;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) {
        this.line += 1;
        i += 1;
        continue;
      }
      if (code === 0x20 || code === 0x09 || code === 0x0d) {
        i += 1;
        continue;
      }
      this.i = i;
      if (this.ended) this.fail('unexpected text after the JSON value');
      if (this.next === Next.Colon) {
        if (code !== 0x3a) this.failHere('expected ":" after a property name');
        this.next = Next.Value;
        i += 1;
        continue;
      }
      const closes = code === 0x5d || code === 0x7d;
      if (this.next === Next.After || (this.opened && closes)) {
        const container = this.kind[this.depth];
        if (code === 0x2c && !this.opened) {
          this.next = container === OBJECT ? Next.Key : Next.Value;
          i += 1;
          continue;
        }
        if (code !== (container === OBJECT ? 0x7d : 0x5d)) {
          this.failHere(
            container === OBJECT
              ? 'expected "," or "}" after a property value'
              : 'expected "," or "]" after an array element',
          );
        }
        this.opened = false;
        if (this.depth === this.locationsDepth) this.locationsDepth = -1;
        if (this.inStudies && this.depth === 2) this.endStudies(i + 1);
        this.depth -= 1;
        i += 1;
        this.valueEnded(i);
        continue;
      }
      this.opened = false;
      if (this.next === Next.Key && code !== 0x22) this.failHere('expected a property name in double quotes');
      if (code === 0x22) {
        // A string: up to its closing quote (one not escaped by an odd number of backslashes).
        let end = i;
        for (;;) {
          end = text.indexOf('"', end + 1);
          if (end < 0) break;
          let backslashes = 0;
          while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes += 1;
          if (backslashes % 2 === 0) break;
        }
        if (end < 0) {
          if (last) this.failHere('unterminated string');
          break; // it goes on in the next piece
        }
        if (this.next === Next.Key) {
          this.key[this.depth] = keyCode(text, i + 1, end);
          this.next = Next.Colon;
        } else {
          this.valueStarts(i);
          this.valueEnded(end + 1);
        }
        i = end + 1;
        continue;
      }
      if (code === 0x7b || code === 0x5b) {
        if (this.depth >= MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`);
        if (this.depth === 0 && code === 0x5b) this.recordDepth = 1;
        this.valueStarts(i);
        if (code === 0x5b && this.kind[this.depth] === OBJECT) {
          const key = this.key[this.depth];
          if (key === LOCATIONS && this.key[this.depth - 1] === CONTACTS_LOCATIONS)
            this.locationsDepth = this.depth + 1;
          if (this.depth === 1 && key === STUDIES && this.recordDepth === 0 && !this.page)
            this.startStudies(i);
        }
        this.depth += 1;
        this.kind[this.depth] = code === 0x7b ? OBJECT : ARRAY;
        this.key[this.depth] = OTHER;
        this.next = code === 0x7b ? Next.Key : Next.Value;
        this.opened = true;
        i += 1;
        continue;
      }
      // A number, true, false or null (checked where it is parsed): up to the next delimiter.
      let end = i + 1;
      while (end < length && !isDelimiter(text.charCodeAt(end))) end += 1;
      if (end === length && !last) break; // it may go on in the next piece
      this.valueStarts(i);
      this.valueEnded(end);
      i = end;
    }
    this.i = i;
  }

  private valueStarts(at: number): void {
    if (this.depth === this.recordDepth && this.recordStart < 0 && (this.depth !== 2 || this.inStudies)) {
      this.recordStart = at;
      this.recordLine = this.line;
      this.locationLines = [];
    }
    if (this.depth === this.locationsDepth) this.locationLines.push(this.line);
  }

  private valueEnded(end: number): void {
    this.next = Next.After;
    if (this.depth === 0) this.ended = true;
    if (this.recordStart >= 0 && this.depth === this.recordDepth && !(this.page && this.depth === 0)) {
      this.records.push(this.record(end));
      this.recordIndex += 1;
      this.recordStart = -1;
    }
  }

  private record(end: number): JsonRecord {
    return {
      text: this.text.slice(this.recordStart, end),
      line: this.recordLine,
      index: this.recordIndex,
      locationLines: this.locationLines,
    };
  }

  // "studies": [ at the top of an object: a page, whose array elements are the records.
  private startStudies(at: number): void {
    this.page = {
      head: this.text.slice(this.recordStart, at),
      headLine: this.recordLine,
      tailStart: -1,
      tailLine: 0,
    };
    this.recordStart = -1;
    this.recordDepth = 2;
    this.inStudies = true;
  }

  private endStudies(tailStart: number): void {
    this.inStudies = false;
    this.recordDepth = -1;
    if (this.page) Object.assign(this.page, { tailStart, tailLine: this.line });
  }

  /** A page's members other than its studies, checked as the page with an empty "studies" array. */
  private checkPage(page: NonNullable<RecordWalk['page']>): void {
    const tail = this.text.slice(page.tailStart);
    const whole = `${page.head}[]${tail}`;
    try {
      JSON.parse(whole);
    } catch {
      throw syntaxError(whole, this.file, (offset) =>
        offset < page.head.length
          ? page.headLine + lineAt(page.head, offset) - 1
          : page.tailLine + lineAt(tail, Math.max(0, offset - page.head.length - 2)) - 1,
      );
    }
  }

  private fail(problem: string): never {
    throw new SourceError(this.file, this.line, problem);
  }

  /** The walk found the text wrong here: inside a record, the record's own first syntax error is reported. */
  private failHere(problem: string): never {
    if (this.recordStart >= 0) parseRecord(this.record(Math.min(this.text.length, this.i + 1)), this.file);
    return this.fail(problem);
  }
}
