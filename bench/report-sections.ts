// BENCHMARKS.md has one owner per section: `npm run bench` writes the sections it measures, and the sections
// other benchmarks report (the registry-sized build, the geocoder) are kept as they are, in their order.

/** The file's `## ` sections (each with its heading), after whatever comes before the first. */
export function sections(markdown: string): { heading: string; text: string }[] {
  const found: { heading: string; text: string }[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    const heading = !inFence && /^## (.+)$/.exec(line)?.[1];
    if (heading) found.push({ heading: heading.trim(), text: line });
    else if (found.length > 0) found.at(-1)!.text += `\n${line}`;
  }
  return found;
}

/** The generated report followed by every section of the previous file that the generator does not write. */
export function withKeptSections(generated: string, previous: string): string {
  const own = new Set(sections(generated).map((section) => section.heading));
  const kept = sections(previous).filter((section) => !own.has(section.heading));
  if (kept.length === 0) return generated;
  return `${generated.trimEnd()}\n\n${kept.map((section) => section.text.trimEnd()).join('\n\n')}\n`;
}

/** The file with one section's text (its heading line included) replaced, or added at the end. */
export function withSection(markdown: string, heading: string, text: string): string {
  const found = sections(markdown).find((section) => section.heading === heading);
  if (found) return markdown.replace(found.text.trimEnd(), text.trimEnd());
  return `${markdown.trimEnd()}\n\n${text.trimEnd()}\n`;
}
