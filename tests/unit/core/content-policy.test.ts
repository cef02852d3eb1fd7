import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, securityHeaders } from '../../../src/core/content-policy';
import { DEFAULT_TILE_URL } from '../../../src/core/tile-source';

describe('contentSecurityPolicy', () => {
  const directive = (policy: string, name: string) =>
    policy
      .split('; ')
      .find((part) => part.startsWith(`${name} `))
      ?.split(' ')
      .slice(1);

  it('allows scripts, workers and data from the own origin only, and tiles from their server only', () => {
    const policy = contentSecurityPolicy(DEFAULT_TILE_URL);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'worker-src')).toEqual(["'self'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'https://tile.openstreetmap.org']);
    expect(directive(policy, 'img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe/);
  });

  it('names no tile server when tiles are off', () => {
    const policy = contentSecurityPolicy(null);
    expect(directive(policy, 'img-src')).toEqual(["'self'", 'data:']);
    expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
  });

  it('lets other sites frame the app only through the header (a <meta> policy cannot say it)', () => {
    expect(directive(contentSecurityPolicy(null), 'frame-ancestors')).toBeUndefined();
    expect(directive(securityHeaders(null)['Content-Security-Policy']!, 'frame-ancestors')).toEqual(['*']);
  });

  it('writes a headers file for every page with the policy, the referrer policy and nosniff', () => {
    const file = headersFile(DEFAULT_TILE_URL).split('\n');
    expect(file[1]).toBe('/*');
    expect(file).toContain(`  Content-Security-Policy: ${contentSecurityPolicy(DEFAULT_TILE_URL, true)}`);
    expect(file).toContain('  Referrer-Policy: strict-origin-when-cross-origin');
    expect(file).toContain('  X-Content-Type-Options: nosniff');
  });
});
