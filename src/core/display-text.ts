// Text from the data, made fit to show: without the bidirectional controls that could reorder the text
// around it, and cut short where it is a label (a list row, an option, a marker's name).

// Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). Marks (LRM, RLM) stay: they
// only nudge neutral characters and cannot reorder a whole run.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** The text without bidirectional embedding, override and isolate controls. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Labels longer than this are cut: a title of any length then costs the same to lay out. */
export const LABEL_MAX = 160;

/** The text for a label: without bidi controls, and cut to `max` characters with an ellipsis. */
export function labelText(text: string, max = LABEL_MAX): string {
  const plain = withoutBidiControls(text);
  if (plain.length <= max) return plain;
  // Never cut a surrogate pair in two.
  const end = /[\ud800-\udbff]/.test(plain[max - 2] ?? '') ? max - 2 : max - 1;
  return `${plain.slice(0, end).trimEnd()}…`;
}
