import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReport, type Results } from '../../../bench/report';
import { sections, withKeptSections } from '../../../bench/report-sections';

describe('BENCHMARKS.md', () => {
  it('keeps the sections other benchmarks write when npm run bench regenerates it', () => {
    const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results;
    const previous = readFileSync('BENCHMARKS.md', 'utf8');
    const generated = renderReport(results);
    const merged = withKeptSections(generated, previous);
    const headings = sections(merged).map((section) => section.heading);
    // Each section once: the generator's own, then the others as they were.
    expect(new Set(headings).size).toBe(headings.length);
    expect(merged.startsWith(generated.trimEnd())).toBe(true);
    const own = new Set(sections(generated).map((section) => section.heading));
    const others = sections(previous).filter((section) => !own.has(section.heading));
    expect(others.map((section) => section.heading)).toEqual(
      expect.arrayContaining(['Building from a registry-sized fetch', 'Geocoder speed on real sites']),
    );
    for (const section of others) expect(merged).toContain(section.text.trimEnd());
    // Regenerating twice changes nothing more.
    expect(withKeptSections(generated, merged)).toBe(merged);
  });

  it('reads a heading inside a code block as code, not as a section', () => {
    const text = '## A\none\n```\n## not a heading\n```\n## B\ntwo';
    expect(sections(text).map((section) => section.heading)).toEqual(['A', 'B']);
  });
});
