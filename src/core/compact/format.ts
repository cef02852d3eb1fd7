// The byte layout of the compact site files (sites.bin, and site-text.bin beside it): a small JSON header, then
// 8-byte-aligned sections (typed-array columns or UTF-8 JSON), so a browser decodes a million sites with a few
// array views; last, the CRC-32 of every byte before it, so a damaged file is refused instead of read as other
// sites.
import { crc32Bytes } from '../integrity';

/** What a file holds, by its first four bytes: the sites (what the map and filters need), or their text. */
export const COMPACT_MAGIC = 'TASB';
export const TEXT_MAGIC = 'TAST';
export type CompactMagic = typeof COMPACT_MAGIC | typeof TEXT_MAGIC;
const FILE_KIND: Record<CompactMagic, string> = {
  TASB: 'a site file',
  TAST: "a file of the sites' text",
};
export const COMPACT_VERSION = 4;
/** magic (4) + version (u32) + header length (u32). */
const PREFIX_BYTES = 12;
/** The CRC-32 (u32) at the end. */
const CHECKSUM_BYTES = 4;

export type ColumnType = 'u8' | 'u16' | 'u32' | 'f64';

export interface Section {
  offset: number;
  byteLength: number;
}

export interface ColumnSection extends Section {
  type: ColumnType;
}

const BYTES: Record<ColumnType, number> = { u8: 1, u16: 2, u32: 4, f64: 8 };

export type UintArray = Uint8Array | Uint16Array | Uint32Array;

/** The narrowest unsigned column that holds every index below `count`. */
export function indexType(count: number): 'u8' | 'u16' | 'u32' {
  return count <= 0x100 ? 'u8' : count <= 0x10000 ? 'u16' : 'u32';
}

export function newColumn(type: 'u8' | 'u16' | 'u32', length: number): UintArray {
  return type === 'u8'
    ? new Uint8Array(length)
    : type === 'u16'
      ? new Uint16Array(length)
      : new Uint32Array(length);
}

export const align8 = (n: number) => (n + 7) & ~7;
const hex = (n: number) => n.toString(16).padStart(8, '0');

/** What comes before the sections: magic, version, the header's length and the header, padded to 8 bytes. */
export function compactPrefix(header: object, magic: CompactMagic = COMPACT_MAGIC): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(align8(PREFIX_BYTES + headerBytes.byteLength));
  out.set(new TextEncoder().encode(magic), 0);
  new DataView(out.buffer).setUint32(4, COMPACT_VERSION, true);
  new DataView(out.buffer).setUint32(8, headerBytes.byteLength, true);
  out.set(headerBytes, PREFIX_BYTES);
  return out;
}

/** Where an encoder puts its sections: in memory (CompactWriter), or a file the pipeline streams to. */
export interface SectionWriter {
  column(type: ColumnType, values: UintArray | Float64Array): ColumnSection;
  json(value: unknown): Section;
}

/** Collects sections, then lays them out after the header. */
export class CompactWriter implements SectionWriter {
  private readonly parts: Uint8Array[] = [];
  private length = 0;

  private add(bytes: Uint8Array): Section {
    const offset = this.length;
    this.parts.push(bytes);
    this.length = align8(offset + bytes.byteLength);
    return { offset, byteLength: bytes.byteLength };
  }

  column(type: ColumnType, values: UintArray | Float64Array): ColumnSection {
    const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    return { type, ...this.add(bytes) };
  }

  json(value: unknown): Section {
    return this.add(new TextEncoder().encode(JSON.stringify(value)));
  }

  /** Header first (its sections' offsets are relative to the end of the header). */
  finish(header: object, magic: CompactMagic = COMPACT_MAGIC): Uint8Array {
    const prefix = compactPrefix(header, magic);
    const out = new Uint8Array(prefix.byteLength + this.length + CHECKSUM_BYTES);
    const view = new DataView(out.buffer);
    out.set(prefix, 0);
    let offset = prefix.byteLength;
    for (const part of this.parts) {
      out.set(part, offset);
      offset = align8(offset + part.byteLength);
    }
    const content = out.byteLength - CHECKSUM_BYTES;
    view.setUint32(content, crc32Bytes(out.subarray(0, content)), true);
    return out;
  }
}

export class CompactFormatError extends Error {
  constructor(
    message: string,
    /** 'version' when the file is sound but written by another version of the format. */
    readonly kind: 'malformed' | 'version' = 'malformed',
  ) {
    super(`Compact site file: ${message}`);
    this.name = 'CompactFormatError';
  }
}

/** The CRC-32 a compact file ends with (which site-text.bin names to say which sites.bin it belongs to). */
export function compactChecksum(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    bytes.byteLength - CHECKSUM_BYTES,
    true,
  );
}

/** Reads the header and hands out checked views of its sections. */
export class CompactReader {
  readonly header: unknown;
  /** The file's CRC-32, checked. */
  readonly checksum: number;
  private readonly base: number;
  /** The file without its checksum. */
  private readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array, expected: CompactMagic = COMPACT_MAGIC) {
    if (bytes.byteLength < PREFIX_BYTES + CHECKSUM_BYTES)
      throw new CompactFormatError(`file is too short to be ${FILE_KIND[expected]}`);
    const magic = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0, bytes[3] ?? 0);
    if (magic !== expected)
      throw new CompactFormatError(`not ${FILE_KIND[expected]} (expected "${expected}")`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = view.getUint32(4, true);
    if (version !== COMPACT_VERSION) {
      throw new CompactFormatError(
        `version ${version} is not supported (expected ${COMPACT_VERSION})`,
        'version',
      );
    }
    const content = bytes.byteLength - CHECKSUM_BYTES;
    const stored = view.getUint32(content, true);
    const actual = crc32Bytes(bytes.subarray(0, content));
    if (stored !== actual) {
      throw new CompactFormatError(
        `file is damaged: its content does not match its checksum (CRC-32 ${hex(actual)}, recorded ${hex(stored)})`,
      );
    }
    this.checksum = stored;
    this.bytes = bytes.subarray(0, content);
    const headerLength = view.getUint32(8, true);
    if (PREFIX_BYTES + headerLength > content) throw new CompactFormatError('header is truncated');
    try {
      this.header = JSON.parse(
        new TextDecoder().decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength)),
      );
    } catch {
      throw new CompactFormatError('header is not valid JSON');
    }
    this.base = align8(PREFIX_BYTES + headerLength);
  }

  private slice(section: Section, what: string): Uint8Array {
    const start = this.base + section.offset;
    const end = start + section.byteLength;
    if (!Number.isInteger(start) || section.byteLength < 0 || end > this.bytes.byteLength) {
      throw new CompactFormatError(`section "${what}" lies outside the file (truncated?)`);
    }
    return this.bytes.subarray(start, end);
  }

  column(section: ColumnSection, length: number, what: string): UintArray | Float64Array {
    const size = BYTES[section.type];
    if (!size) throw new CompactFormatError(`column "${what}" has unknown type ${String(section.type)}`);
    if (section.byteLength !== length * size) {
      throw new CompactFormatError(
        `column "${what}" holds ${section.byteLength / size} values, expected ${length}`,
      );
    }
    const slice = this.slice(section, what);
    // Copy when unaligned (a Uint8Array view into a larger buffer); aligned columns are zero-copy views.
    const aligned = slice.byteOffset % size === 0 ? slice : slice.slice();
    const { buffer, byteOffset } = aligned;
    if (section.type === 'u8') return new Uint8Array(buffer, byteOffset, length);
    if (section.type === 'u16') return new Uint16Array(buffer, byteOffset, length);
    if (section.type === 'u32') return new Uint32Array(buffer, byteOffset, length);
    return new Float64Array(buffer, byteOffset, length);
  }

  json(section: Section, what: string): unknown {
    const text = new TextDecoder().decode(this.slice(section, what));
    try {
      return JSON.parse(text);
    } catch {
      throw new CompactFormatError(`section "${what}" is not valid JSON`);
    }
  }
}
