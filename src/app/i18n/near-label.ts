// How the near-me location is named: worded when shown, from what was chosen (the person's position, a point on
// the map, a place from the place list), so a change of language re-words it.
import { placeLabelIn } from '../../core/place-search';
import type { NearLocation } from '../state/location-slice';
import { useAppStore } from '../state/store';
import type { Formats } from './formats';
import { useFormats, useT } from './i18n-store';
import type { Translate } from './translator';

/** "Warszawa (Warsaw)": the name the person typed first, when it is not the place list's own. */
export function placeNameIn(name: string, alias: string | null | undefined, t: Translate): string {
  return alias && alias !== name ? t('places.alias', { alias, name }) : name;
}

export function nearLabelIn(near: NearLocation, t: Translate, formats: Formats): string {
  if (near.kind === 'device') return t('nearMe.yourLocation');
  if (near.kind === 'point')
    return t('nearMap.point', { lat: near.lat.toFixed(3), lon: near.lon.toFixed(3) });
  const { place } = near;
  if (place?.admin1 === undefined) return near.label;
  const name = placeNameIn(place.city, place.alias, t);
  return placeLabelIn({ name, admin1: place.admin1, country: place.country }, formats.country);
}

/** The near-me location's name in the language shown; '' when none is set. */
export function useNearLabel(): string {
  const near = useAppStore((state) => state.near);
  const t = useT();
  const formats = useFormats();
  return near ? nearLabelIn(near, t, formats) : '';
}
