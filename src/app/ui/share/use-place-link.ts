// Opens the place a link names ("place=naples-it"): once the place list is in, the Location box shows it by
// name and Near me answers for it, as it did for the person who shared the link.
import { useEffect } from 'react';
import { placeKey, findPlaceByKey } from '../../../core/place-key';
import { placeLabelIn, type PlaceIndex } from '../../../core/place-search';
import { shownValue } from '../../../core/url-codec/notices';
import { placeIndexOnce } from '../../data/load-gazetteer';
import { useI18n } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import { addLinkNotices } from '../../state/url-sync';

export function usePlaceLink(loadIndex: () => Promise<PlaceIndex> = placeIndexOnce): void {
  const key = useAppStore((state) => state.linkedPlace);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    loadIndex().then(
      ({ file }) => {
        if (!current || useAppStore.getState().linkedPlace !== key) return;
        const row = findPlaceByKey(file, key);
        if (row === -1) {
          useAppStore.setState({ linkedPlace: null });
          addLinkNotices([{ kind: 'unknown-place', value: shownValue(key) }]);
          return;
        }
        const { formats } = useI18n.getState();
        const place = { name: file.name[row]!, admin1: file.admin1[row]!, country: file.country[row]! };
        useAppStore.getState().setNear({
          lat: file.lat[row]!,
          lon: file.lon[row]!,
          label: placeLabelIn(place, formats.country),
          place: { city: place.name, country: place.country, key: placeKey(file, row), admin1: place.admin1 },
          // A link that fixed the map's view keeps it; one without opens around the place, as it was shown.
          keepView: useAppStore.getState().mapMoved,
        });
      },
      // The link keeps the place, so a reload once the connection is back opens it.
      () => current && addLinkNotices([{ kind: 'places-unavailable', value: shownValue(key) }]),
    );
    return () => {
      current = false;
    };
  }, [key, loadIndex]);
}
