// The main views rendered in Polish and German hold no English interface text: every phrase of the English
// messages (trial data, which stays as registered, aside) is looked for in the page's text and in its
// accessible names.
import { act, screen, within } from '@testing-library/react';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLanguage } from '../../src/app/i18n/i18n-store';
import { useAppStore } from '../../src/app/state/store';
import { serveAppFiles } from './support/app-files';
import { renderApp, withLayout } from './support/render-app';

withLayout();
vi.setConfig({ testTimeout: 60_000 });

// Read as written: importing the files would give their parsed form.
const read = (language: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../src/app/i18n/messages/${language}.json`), 'utf8'),
  ) as Record<string, string>;
const en = read('en');

function literals(elements: MessageFormatElement[], found: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.literal) found.push(element.value);
    else if (element.type === TYPE.tag) literals(element.children, found);
    else if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) literals(option.value, found);
  }
  return found;
}

/** Interface phrases once written in English in the code itself: they must stay in the message files. */
const ONCE_HARD_CODED = [
  'Skip to map',
  'Skip to list',
  'Filters and sites',
  'Copy link',
  'and download',
  'Export sites',
  'Map of sites',
  'sites nearby',
  'Show details',
  'Nearest sites of any status',
  'What you can do',
  'Widen the distance',
  'Search at any distance',
  'Search from the map centre',
  'on ClinicalTrials.gov',
  'not on the map',
  'Site details',
  'Trial details',
  'Status reported for this site',
  'Placed at the',
  'Identifiers',
  'Interventions',
  'participants',
  'Show only this trial',
  'Not applicable',
];

/** The English phrases of at least two words that the other language's messages never use. */
function englishPhrases(other: Record<string, string>): string[] {
  const theirs = Object.values(other)
    .flatMap((message) => literals(parse(message)))
    .join('\n');
  const phrases = Object.values(en)
    .flatMap((message) => literals(parse(message)))
    .flatMap((text) => text.split(/[.:;()“”—·]/))
    .map((text) => text.trim().replace(/^[,\s]+|[,\s]+$/g, ''))
    .filter((text) => text.length >= 9 && /\w \w/.test(text) && !theirs.includes(text));
  return [...new Set([...phrases, ...ONCE_HARD_CODED])];
}

/** What a person reads or hears: the text, and the names given by aria-label and alt. */
function pageWords(): string {
  const names = [...document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')].map((element) =>
    ['aria-label', 'alt', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? '').join(' '),
  );
  return `${document.body.textContent ?? ''}\n${names.join('\n')}`;
}

beforeAll(() => {
  serveAppFiles();
});
afterAll(async () => {
  vi.unstubAllGlobals();
  useAppStore.setState({ language: 'en' });
  await loadLanguage('en');
});

describe.each([
  ['pl', /ośrod/],
  ['de', /Studienzentr/],
] as const)('the app in %s', (language, counted) => {
  const messages = read(language);
  const phrases = englishPhrases(messages);
  const leaks = () => phrases.filter((phrase) => pageWords().includes(phrase));

  it('knows enough English phrases to look for', () => {
    expect(phrases.length).toBeGreaterThan(150);
    expect(phrases).toContain('Nearest enrolling site');
  });

  it('shows the list, the near-me answer with its advice, and the details without English', async () => {
    const { user } = await renderApp();
    act(() => useAppStore.setState({ language, units: 'km' }));
    await screen.findByText(counted, { selector: '.result-count' }, { timeout: 20_000 });
    // No site within 100 km of Frankfurt is enrolling: the answer lists others and what to do.
    act(() => {
      useAppStore.getState().setNear({ lat: 50.1109, lon: 8.6821, label: 'Frankfurt am Main' });
      useAppStore.getState().setRadiusKm(100);
    });
    await vi.waitFor(() => expect(document.querySelector('.answer-steps')).not.toBeNull());
    expect(leaks()).toEqual([]);

    const list = await screen.findByRole('list', { name: messages['views.sites'] });
    // The rows' text comes from the engine a moment after the list: wait for a row that can be opened.
    const [first] = await within(list).findAllByRole('button', {}, { timeout: 10_000 });
    await user.click(first!);
    await screen.findByRole('region', { name: messages['details.siteRegion'] });
    expect(leaks()).toEqual([]);

    act(() => useAppStore.getState().selectTrial('EX-101'));
    await screen.findByRole('region', { name: messages['details.trialRegion'] });
    expect(leaks()).toEqual([]);
  });
});
