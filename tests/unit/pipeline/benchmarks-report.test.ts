import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReport, type Results } from '../../../bench/report';
import { sections, withKeptSections, withSection } from '../../../bench/report-sections';
import {
  LIGHTHOUSE_HEADING,
  lighthouseSection,
  lighthouseTarget,
  type LighthouseResults,
  type LighthouseRun,
} from '../../../bench/lighthouse-report';

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

  it('replaces one section in place, or adds it at the end, keeping what comes before the first', () => {
    const file = '# Benchmarks\n\nintro\n\n## A\none\n\n## B\ntwo\n';
    expect(withSection(file, 'A', '## A\nnew')).toBe('# Benchmarks\n\nintro\n\n## A\nnew\n\n## B\ntwo\n');
    expect(withSection(file, 'C', '## C\nthree')).toBe(`${file}\n## C\nthree\n`);
  });
});

describe('Lighthouse figures', () => {
  const run = (score: number, totalBlockingTimeMs: number): LighthouseRun => ({
    score,
    totalBlockingTimeMs,
    largestContentfulPaintMs: 2500,
    firstContentfulPaintMs: 1200,
    speedIndexMs: 2000,
    cumulativeLayoutShift: 0.01,
  });
  const results = (runs: LighthouseRun[]): LighthouseResults => ({
    command: 'npm run bench:lighthouse -- --runs 3',
    date: '2026-12-01T00:00:00.000Z',
    lighthouse: '12.8.2',
    runs,
  });

  it('reports the median of the runs, and meets the target only with both the score and the blocking time', () => {
    const section = lighthouseSection(results([run(60, 1000), run(70, 900), run(65, 950)]));
    expect(sections(section).map((s) => s.heading)).toEqual([LIGHTHOUSE_HEADING]);
    expect(section).toContain('| 65 | 950 ms | 2,500 ms | 1,200 ms | 2,000 ms | 0.010 |');
    expect(section).toContain('scores 60–70');
    expect(lighthouseTarget(results([run(60, 1000), run(70, 900), run(65, 950)]))).toMatch(
      /\| 65 \(blocking 950 ms\) \| \*\*missed\*\* \|$/,
    );
    expect(lighthouseTarget(results([run(92, 150), run(95, 120), run(91, 180)]))).toMatch(
      /\| 92 \(blocking 150 ms\) \| met \|$/,
    );
    expect(lighthouseTarget(results([run(95, 250), run(95, 260), run(95, 240)]))).toMatch(/\*\*missed\*\*/);
  });
});
