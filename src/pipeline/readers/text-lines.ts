// Plain-text documents as numbered, trimmed, non-empty lines, and sections split at known headings.

export type Line = { text: string; number: number };

export function nonEmptyLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.replace(/\s+/g, ' ').trim();
    if (trimmed !== '') lines.push({ text: trimmed, number: index + 1 });
  });
  return lines;
}

export type Section = { heading: Line; lines: Line[] };

/** Splits lines into sections at lines that are exactly one of the headings (in document order). */
export function splitSections(lines: readonly Line[], headings: ReadonlySet<string>): Section[] {
  const sections: Section[] = [];
  for (const line of lines) {
    if (headings.has(line.text)) sections.push({ heading: line, lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections;
}

/** The first line after `heading` up to the next heading in `lines` (for "Key\nValue" layouts). */
export function lineAfter(lines: readonly Line[], heading: string | RegExp): Line | null {
  const index = lines.findIndex((line) =>
    typeof heading === 'string' ? line.text === heading : heading.test(line.text),
  );
  return index === -1 ? null : (lines[index + 1] ?? null);
}
