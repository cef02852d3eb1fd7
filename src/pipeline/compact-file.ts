// A compact site file (sites.bin, site-text.bin) written to disk section by section, so that neither its trial
// list nor its columns need to be in memory all at once (see core/compact/format.ts for the layout).
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import {
  align8,
  COMPACT_MAGIC,
  compactPrefix,
  type CompactMagic,
  type ColumnSection,
  type ColumnType,
  type Section,
  type SectionWriter,
  type UintArray,
} from '../core/compact/format';
import { crc32Bytes } from '../core/integrity';

export class CompactFileWriter implements SectionWriter {
  private readonly fd: number;
  private length = 0;

  /** Sections go to `bodyFile` until finish() puts the header and them together in the final file. */
  constructor(private readonly bodyFile: string) {
    this.fd = openSync(bodyFile, 'w+');
  }

  private add(bytes: Uint8Array): Section {
    const offset = this.length;
    writeAll(this.fd, bytes, offset);
    this.length = align8(offset + bytes.byteLength);
    return { offset, byteLength: bytes.byteLength };
  }

  column(type: ColumnType, values: UintArray | Float64Array): ColumnSection {
    return { type, ...this.add(new Uint8Array(values.buffer, values.byteOffset, values.byteLength)) };
  }

  json(value: unknown): Section {
    return this.add(Buffer.from(JSON.stringify(value)));
  }

  /**
   * Writes `file`: the header, the sections copied from the body file (which is closed), and the CRC-32, which
   * it returns.
   */
  finish(header: object, file: string, magic: CompactMagic = COMPACT_MAGIC): number {
    const out = openSync(file, 'w');
    try {
      const prefix = compactPrefix(header, magic);
      writeAll(out, prefix, 0);
      let crc = crc32Bytes(prefix);
      const buffer = Buffer.alloc(1 << 20);
      let offset = 0;
      while (offset < this.length) {
        const count = readSync(this.fd, buffer, 0, buffer.byteLength, offset);
        // Past the last section's bytes comes its padding, which was never written: zeros.
        const piece = count > 0 ? buffer.subarray(0, count) : new Uint8Array(this.length - offset);
        writeAll(out, piece, prefix.byteLength + offset);
        crc = crc32Bytes(piece, crc);
        offset += piece.byteLength;
      }
      const checksum = Buffer.alloc(4);
      checksum.writeUInt32LE(crc >>> 0, 0);
      writeAll(out, checksum, prefix.byteLength + this.length);
      return crc >>> 0;
    } finally {
      closeSync(out);
      closeSync(this.fd);
    }
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  let written = 0;
  while (written < bytes.byteLength)
    written += writeSync(fd, bytes, written, bytes.byteLength - written, position + written);
}
