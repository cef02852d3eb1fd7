// A build's studies set aside on disk as they are read (one JSON text each), so that memory holds only where
// each one is; the build reads them back one at a time, in trial id order.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { SourceStudy } from './readers/source-study';

export type Spilled = { offset: number; length: number };

export class StudySpill {
  private readonly dir: string;
  private readonly fd: number;
  private length = 0;

  /** A spill in a new folder under `parent` (on the build's own disk, not in memory). */
  constructor(parent: string) {
    this.dir = mkdtempSync(path.join(parent, '.build-'));
    this.fd = openSync(path.join(this.dir, 'studies.jsonl'), 'w+');
  }

  add(study: SourceStudy): Spilled {
    const bytes = Buffer.from(`${JSON.stringify(study)}\n`);
    const spilled = { offset: this.length, length: bytes.byteLength };
    let written = 0;
    while (written < bytes.byteLength)
      written += writeSync(this.fd, bytes, written, undefined, this.length + written);
    this.length += bytes.byteLength;
    return spilled;
  }

  read({ offset, length }: Spilled): SourceStudy {
    const bytes = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const count = readSync(this.fd, bytes, read, length - read, offset + read);
      if (count === 0) throw new Error(`the build's spill file ends early at byte ${offset + read}`);
      read += count;
    }
    return JSON.parse(bytes.toString('utf8')) as SourceStudy;
  }

  /** Deletes the spill; call it however the build ends. */
  remove(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
