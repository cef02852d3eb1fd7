import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import gazetteer from '../fixtures/near-me/gazetteer.json';
import { PlaceCombobox, type ChosenPlace } from '../../src/app/ui/near-me/place-combobox';
import type { GazetteerFile } from '../../src/core/gazetteer-format';
import { buildPlaceIndex } from '../../src/core/place-search';

function setup() {
  const loadIndex = vi.fn(async () => buildPlaceIndex(gazetteer as GazetteerFile));
  const chosen: ChosenPlace[] = [];
  const user = userEvent.setup();
  render(<PlaceCombobox value="" onChoose={(place) => chosen.push(place)} loadIndex={loadIndex} />);
  const box = screen.getByRole('combobox', { name: 'Location' });
  return { user, box, chosen, loadIndex };
}

describe('the Location combobox', () => {
  it('loads the place list only when first used', async () => {
    const { user, box, loadIndex } = setup();
    expect(loadIndex).not.toHaveBeenCalled();
    await user.click(box);
    expect(loadIndex).toHaveBeenCalledTimes(1);
    await user.type(box, 'Mü');
    expect(loadIndex).toHaveBeenCalledTimes(1);
  });

  it('moves through the places with the arrow keys and chooses with Enter', async () => {
    const { user, box, chosen } = setup();
    await user.click(box);
    await user.type(box, 'mü');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Munich, Germany', 'Münster, Germany']);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowDown}'); // wraps round
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);

    await user.keyboard('{Enter}');
    expect(chosen).toEqual([
      {
        lat: 51.96236,
        lon: 7.62571,
        label: 'Münster, Germany',
        place: { city: 'Münster', country: 'DE', key: 'munster-de', admin1: '' },
      },
    ]);
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('chooses the first place with Enter when none is highlighted', async () => {
    const { user, box, chosen } = setup();
    await user.click(box);
    await user.type(box, 'Warszawa{Enter}');
    expect(chosen.map((place) => place.label)).toEqual(['Warszawa (Warsaw), Poland']);
  });

  it('shows the local name that matched first, the place list’s name beside it', async () => {
    const { user, box, chosen } = setup();
    await user.click(box);
    await user.type(box, 'München');
    expect(await screen.findByRole('option', { name: 'München (Munich), Germany' })).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(chosen).toEqual([
      {
        lat: 48.13743,
        lon: 11.57549,
        label: 'München (Munich), Germany',
        place: { city: 'Munich', country: 'DE', key: 'munich-de', admin1: '', alias: 'München' },
      },
    ]);
  });

  it('closes with Escape, then clears the box with a second Escape', async () => {
    const { user, box } = setup();
    await user.click(box);
    await user.type(box, 'Paris');
    await screen.findByRole('option', { name: 'Paris, France' });
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('Paris');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}{Escape}');
    expect(box).toHaveValue('');
  });

  it('replaces the chosen place when typing after focusing it', async () => {
    const user = userEvent.setup();
    const loadIndex = async () => buildPlaceIndex(gazetteer as GazetteerFile);
    render(<PlaceCombobox value="Munich, Germany" onChoose={() => {}} loadIndex={loadIndex} />);
    const box = screen.getByRole('combobox', { name: 'Location' });
    await user.click(box);
    await user.keyboard('Paris');
    expect(box).toHaveValue('Paris');
    expect(await screen.findByRole('option', { name: 'Paris, France' })).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    const { user, box } = setup();
    await user.click(box);
    await user.type(box, 'Atlantis');
    expect(
      await screen.findByText('No place found. Try another spelling or a nearby town.'),
    ).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('explains when the place list cannot be loaded', async () => {
    const user = userEvent.setup();
    const loadIndex = () => Promise.reject(new Error('The list of places could not be downloaded.'));
    render(<PlaceCombobox value="" onChoose={() => {}} loadIndex={loadIndex} />);
    await user.click(screen.getByRole('combobox', { name: 'Location' }));
    expect(
      await screen.findByText('The list of places could not be loaded. Reload the page to try again.'),
    ).toBeInTheDocument();
  });
});
