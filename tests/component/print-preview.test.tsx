// The print preview: what it lists, that its QR code reads back as the link it prints, and that closing it
// gives focus back to the button that opened it.
import { screen, waitFor, within } from '@testing-library/react';
import decodeQR from 'qr/decode.js';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/core/schema';
import { dataset, renderApp, withLayout } from './support/render-app';

withLayout();
vi.setConfig({ testTimeout: 60_000 });

/** The QR code's SVG drawn to pixels (4 per module, with a wide quiet zone) and read by a QR decoder. */
function readQr(svg: Element): string {
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const d = svg.querySelector('path')!.getAttribute('d')!;
  const scale = 4;
  const margin = 4 * scale;
  const width = size * scale + 2 * margin;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const at = ((margin + Number(y) * scale + dy) * width + margin + Number(x) * scale + dx) * 4;
        data[at] = data[at + 1] = data[at + 2] = 0;
      }
  }
  return decodeQR({ width, height: width, data });
}

/** The fixture with 60 more sites of its first trial, so the result is longer than a printed list. */
function withManySites(): Dataset {
  const first = dataset.sites[0]!;
  const more = Array.from({ length: 60 }, (_, i) => ({
    ...first,
    id: `${first.id}-extra-${i}`,
    facility: `Extra clinic ${String(i).padStart(2, '0')}`,
  }));
  return { ...dataset, sites: [...dataset.sites, ...more] };
}

async function openPreview(data: Dataset = dataset) {
  const { user, ready } = await renderApp(async () => data);
  await ready();
  const button = screen.getByRole('button', { name: 'Print or send to my doctor' });
  await user.click(button);
  // The preview's code (and its QR encoder) loads on the first click: on a busy machine that passes a second.
  const dialog = await screen.findByRole('dialog', { name: 'Clinical trial sites' }, { timeout: 20_000 });
  await waitFor(
    () => expect(within(dialog).getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled(),
    { timeout: 15_000 },
  );
  return { user, button, dialog };
}

describe('the print preview', () => {
  it('lists every site of a short result, and its QR code reads back as the printed link', async () => {
    const { dialog } = await openPreview();
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .filter((li) => li.parentElement?.tagName === 'OL'),
    ).toHaveLength(dataset.sites.length);
    expect(dialog).toHaveTextContent(`${dataset.sites.length} sites with the current filters.`);
    const link = dialog.querySelector('.print-link-url')!.textContent!;
    expect(link).toBe(window.location.href);
    expect(readQr(within(dialog).getByRole('img', { name: 'QR code of the link to this view' }))).toBe(link);
  });

  it('prints the first 50 of a longer result and says so', async () => {
    const { dialog } = await openPreview(withManySites());
    const total = dataset.sites.length + 60;
    expect(dialog).toHaveTextContent(
      `${total} sites with the current filters; the first 50 by country, city and name.`,
    );
    expect(dialog.querySelectorAll('.print-sites > li')).toHaveLength(50);
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const { user, button } = await openPreview();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });
});
