// A credit line in the map's attribution control while a layer is drawn, worded in the language shown (the
// source's name stays as the source gives it).
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Shows `credit` (trusted HTML from the message files, never data) while it is not null. */
export function useMapCredit(credit: string | null): void {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    if (!credit || !control) return;
    control.addAttribution(credit);
    return () => {
      control.removeAttribution(credit);
    };
  }, [map, credit]);
}
