// A text file read in pieces of a few megabytes, decoded as UTF-8 (a character cut between pieces is kept whole).
import { closeSync, openSync, readSync } from 'node:fs';

const PIECE_BYTES = 4 << 20;

/** The file's text in order, a piece at a time, without a leading byte order mark. */
export function* textPieces(file: string, pieceBytes = PIECE_BYTES): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
    const buffer = Buffer.alloc(pieceBytes);
    for (;;) {
      const count = readSync(fd, buffer, 0, buffer.byteLength, null);
      if (count === 0) break;
      const piece = decoder.decode(buffer.subarray(0, count), { stream: true });
      if (piece) yield piece;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** The first `bytes` bytes of the file as text (a character cut at the end is dropped). */
export function readHead(file: string, bytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const count = readSync(fd, buffer, 0, bytes, 0);
    return new TextDecoder().decode(buffer.subarray(0, count), { stream: true });
  } finally {
    closeSync(fd);
  }
}
