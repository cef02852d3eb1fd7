// Generic browser helpers for end-to-end tests: keep a page offline except for the app's own server,
// record what was blocked, and save screenshots outside the repository.
import type { Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';

const SCREENS = 'node_modules/.cache/screens';

/** Aborts every request that does not go to the local test server; returns the blocked URLs. Routes added
 * before it still answer the requests they match. */
export async function blockExternalNetwork(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:') {
      return route.fallback(); // to routes a test set up before, else to the network
    }
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  return blocked;
}

/** Fails the test on uncaught page errors (they would otherwise pass silently). */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/**
 * Turns each Content-Security-Policy violation into a page error, so a test that checks for none also
 * checks that the policy blocked nothing the app needs.
 */
export async function reportPolicyViolations(page: Page): Promise<void> {
  await page.addInitScript(`
    document.addEventListener('securitypolicyviolation', (event) => {
      setTimeout(() => {
        throw new Error('Content-Security-Policy blocked ' + event.blockedURI + ' (' + event.effectiveDirective + ')');
      });
    });
  `);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENS, { recursive: true });
  const path = `${SCREENS}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/**
 * Waits until every skip link's target is in the page: the side panel is drawn in a render of its own after the
 * sites arrive, and an audit in between would find a link to nothing (the links themselves wait for it).
 */
export async function skipTargetsDrawn(page: Page): Promise<void> {
  // A function, not a string: Playwright polls a string predicate with eval in the page, which the app's
  // Content-Security-Policy refuses (the wait then failed whenever the targets were not in at the first look).
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as {
      document: {
        querySelectorAll(selector: string): ArrayLike<{ hash: string }>;
        getElementById(id: string): unknown;
      };
    };
    return Array.from(document.querySelectorAll('a.skip-link')).every((link) =>
      document.getElementById(decodeURIComponent(link.hash.slice(1))),
    );
  });
}

/** axe's violations on the page (or inside one part of it), one readable line each; [] when clean. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await skipTargetsDrawn(page);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  // target-size (WCAG 2.2 AA) is off in axe by default: the map's markers are held to it too.
  const builder = new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}
