import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeToSiteTable } from '../../../src/core/compact/decode';
import { datasetSchema } from '../../../src/core/schema';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { readGeoNames } from '../../../src/pipeline/geonames';
import { synthesizeDataset } from '../../../src/pipeline/synth';
import { parseSynthArgs, publishSynthetic } from '../../../src/pipeline/synth-cli';

const places = readGeoNames();
const options = { sites: 5000, trials: 400, seed: 7, name: 'synth-test' };
const dataset = synthesizeDataset(options, places);

describe('synthetic datasets', () => {
  it('is a valid dataset of the requested size, the same for the same seed', () => {
    expect(() => datasetSchema.parse(dataset)).not.toThrow();
    expect(dataset.sites).toHaveLength(5000);
    expect(dataset.trials).toHaveLength(400);
    expect(synthesizeDataset(options, places)).toEqual(dataset);
    expect(synthesizeDataset({ ...options, seed: 8 }, places).sites).not.toEqual(dataset.sites);
  });

  it('is marked as synthetic everywhere a person could mistake it for real data', () => {
    for (const trial of dataset.trials) {
      expect(trial.title).toMatch(/^Synthetic trial \d{6}$/);
      expect(trial.nctId).toBeNull();
      expect(trial.source.kind).toBe('synthetic');
      expect(trial.source.file).toContain('data:synth');
    }
    for (const site of dataset.sites.slice(0, 200)) expect(site.facility).toMatch(/^Synthetic Research Site/);
  });

  it('places every site on a real GeoNames city of its country', () => {
    const byId = new Map(places.map((place) => [place.geonameId, place]));
    for (const site of dataset.sites) {
      const place = byId.get(site.geocode.geonameId ?? 0);
      expect(place).toBeDefined();
      expect([site.lat, site.lon, site.country, site.city]).toEqual([
        place!.lat,
        place!.lon,
        place!.country,
        place!.name,
      ]);
    }
  });

  it('has a US-heavy country mix, skewed sites per trial, and sites stacked on shared city points', () => {
    const byCountry = new Map<string, number>();
    for (const site of dataset.sites) byCountry.set(site.country, (byCountry.get(site.country) ?? 0) + 1);
    const us = (byCountry.get('US') ?? 0) / dataset.sites.length;
    expect(us).toBeGreaterThan(0.25);
    expect(us).toBeLessThan(0.45);
    expect(byCountry.size).toBeGreaterThan(40);
    const perTrial = new Map<string, number>();
    for (const site of dataset.sites) perTrial.set(site.trialId, (perTrial.get(site.trialId) ?? 0) + 1);
    const counts = [...perTrial.values()].sort((a, b) => a - b);
    expect(counts).toHaveLength(400); // every trial has a site
    const median = counts[200]!;
    expect(counts.at(-1)!).toBeGreaterThan(median * 8);
    const points = new Set(dataset.sites.map((s) => `${s.lat},${s.lon}`));
    expect(points.size).toBeLessThan(dataset.sites.length * 0.8);
    const statuses = new Set(dataset.sites.map((s) => s.status));
    expect(statuses.size).toBeGreaterThanOrEqual(6);
  });
});

describe('data:synth command', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'synth-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads its options and refuses bad names and counts', () => {
    expect(parseSynthArgs(['--sites', '100', '--seed', '3', '--name', 'synth-a'])).toEqual({
      sites: 100,
      trials: 10,
      seed: 3,
      name: 'synth-a',
      outDir: 'public/data',
    });
    expect(() => parseSynthArgs(['--sites', '10', '--name', '../x'])).toThrow(/letters, digits and dashes/);
    expect(() => parseSynthArgs(['--sites', 'many'])).toThrow(/--sites must be a whole number/);
  });

  it('publishes the canonical JSON and the compact files, which decode to the same sites', async () => {
    const small = synthesizeDataset({ ...options, sites: 300, trials: 30 }, places);
    const written = await publishSynthetic(small, dir);
    const { checksum, ...json } = datasetSchema.parse(JSON.parse(readFileSync(written.json, 'utf8')));
    expect(json).toEqual(small);
    expect(checksum).toMatch(/^crc32:[0-9a-f]{8}$/);
    const table = decodeToSiteTable({
      sites: new Uint8Array(readFileSync(written.compact)),
      text: new Uint8Array(readFileSync(written.text)),
    });
    expect(table).toEqual(siteTableFromDataset(small));
  });
});
