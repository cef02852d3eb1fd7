import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_URL, tileSource, tileTemplate } from '../../../src/core/tile-source';

describe('tileTemplate', () => {
  it('draws OpenStreetMap by default, another template when set, and none when off', () => {
    expect(tileTemplate(undefined)).toBe(DEFAULT_TILE_URL);
    expect(tileTemplate('https://tiles.example.org/{z}/{x}/{y}.png')).toBe(
      'https://tiles.example.org/{z}/{x}/{y}.png',
    );
    expect(tileTemplate('off')).toBeNull();
    expect(tileTemplate(' OFF ')).toBeNull();
    expect(tileTemplate('')).toBeNull();
  });
});

describe('tileSource', () => {
  it('names the scheme and host, a {s} subdomain as a wildcard, nothing for the own server', () => {
    expect(tileSource(DEFAULT_TILE_URL)).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.Tiles.example.org:8443/{z}/{x}/{y}.png?key=1')).toBe(
      'https://*.tiles.example.org:8443',
    );
    expect(tileSource('http://127.0.0.1:8080/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8080');
    expect(tileSource('/tiles/{z}/{x}/{y}.png')).toBeNull();
  });

  it('refuses a template a policy cannot name, so a typo fails the build', () => {
    for (const bad of [
      'tiles/{z}/{x}/{y}.png',
      'javascript:alert(1)',
      "https://a.org; script-src 'unsafe-inline'",
    ]) {
      expect(() => tileSource(bad)).toThrow(/VITE_TILE_URL/);
    }
  });
});
