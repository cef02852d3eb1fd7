// "Near me": set a location (place name, the browser's position, or the map), choose a radius and units, and
// read the nearest enrolling site. The location stays in this browser: nothing here sends it anywhere.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { radiusOptionsKm, type DistanceUnit } from '../../../core/units';
import { currentPosition, GeolocationError, type GeolocationFailure } from '../../data/geolocation';
import type { PlaceIndex } from '../../../core/place-search';
import { TILE_TEMPLATE } from '../../data/tile-template';
import { useFormats, useT } from '../../i18n/i18n-store';
import { keyedParts } from '../../i18n/keyed-parts';
import { useNearLabel } from '../../i18n/near-label';
import type { MessageKey } from '../../i18n/translator';
import { useEngineQuery } from '../../state/use-engine-query';
import { useResults } from '../../state/results';
import { useAppStore } from '../../state/store';
import { AnswerCard, answerHeadline } from './answer-card';
import { PrintButton } from '../print/print-button';
import { PlaceCombobox } from './place-combobox';
import './near-me.css';

const ANSWER_SIZE = 5;

const GEOLOCATION_FAILURES: Record<GeolocationFailure, MessageKey> = {
  unsupported: 'geolocation.unsupported',
  denied: 'geolocation.denied',
  unavailable: 'geolocation.unavailable',
  timeout: 'geolocation.timeout',
};

function RadiusSelect() {
  const id = useId();
  const radiusKm = useAppStore((s) => s.radiusKm);
  const units = useAppStore((s) => s.units);
  const t = useT();
  const formats = useFormats();
  const options = radiusOptionsKm(units);
  // Links round the radius (25 mi is 40.234 km there), so a choice within 0.1 % is the same choice; a radius
  // from a link that is none of the choices stays selectable rather than hidden.
  let selected = radiusKm === null ? null : options.find((km) => Math.abs(km - radiusKm) <= radiusKm * 1e-3);
  if (radiusKm !== null && selected === undefined) options.push((selected = radiusKm));
  options.sort((a, b) => a - b);
  return (
    <div className="near-field">
      <label htmlFor={id}>{t('nearMe.distance')}</label>
      <select
        id={id}
        value={selected == null ? 'any' : String(selected)}
        onChange={(event) =>
          useAppStore.getState().setRadiusKm(event.target.value === 'any' ? null : Number(event.target.value))
        }
      >
        {options.map((km) => (
          <option key={km} value={String(km)}>
            {t('nearMe.within', { radius: formats.distance(km, units) })}
          </option>
        ))}
        <option value="any">{t('nearMe.anyDistance')}</option>
      </select>
    </div>
  );
}

function UnitSwitch() {
  const units = useAppStore((s) => s.units);
  const t = useT();
  const choices: [DistanceUnit, string][] = [
    ['km', t('nearMe.kilometres')],
    ['mi', t('nearMe.miles')],
  ];
  return (
    <fieldset className="near-units">
      <legend>{t('nearMe.units')}</legend>
      {choices.map(([unit, label]) => (
        <label key={unit}>
          <input
            type="radio"
            name="near-units"
            value={unit}
            checked={units === unit}
            onChange={() => useAppStore.getState().setUnits(unit)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function UseMyLocation() {
  const [state, setState] = useState<
    { status: 'idle' | 'locating' } | { status: 'error'; reason: GeolocationFailure }
  >({ status: 'idle' });
  const t = useT();
  const locate = () => {
    setState({ status: 'locating' });
    currentPosition().then(
      ({ lat, lon }) => {
        useAppStore.getState().setNear({ lat, lon, label: t('nearMe.yourLocation'), kind: 'device' });
        setState({ status: 'idle' });
      },
      (error: unknown) =>
        setState({
          status: 'error',
          reason: error instanceof GeolocationError ? error.reason : 'unavailable',
        }),
    );
  };
  return (
    <div className="near-locate">
      <button
        type="button"
        className="button secondary"
        onClick={locate}
        disabled={state.status === 'locating'}
      >
        {state.status === 'locating' ? t('nearMe.locating') : t('nearMe.useMyLocation')}
      </button>
      {state.status === 'error' && (
        <p className="near-error" role="alert">
          {t(GEOLOCATION_FAILURES[state.reason])}
        </p>
      )}
    </div>
  );
}

function NearAnswer() {
  const near = useAppStore((s) => s.near);
  const radiusKm = useAppStore((s) => s.radiusKm);
  const crossBorders = useAppStore((s) => s.crossBorders);
  const units = useAppStore((s) => s.units);
  const generation = useResults((r) => r.generation);
  const t = useT();
  const formats = useFormats();
  const answer = useEngineQuery(
    near
      ? (engine) =>
          engine.nearest({ lat: near.lat, lon: near.lon, radiusKm, crossBorders, limit: ANSWER_SIZE })
      : null,
    [near, radiusKm, crossBorders, generation],
  );
  // A new location's answer may sit below the fold of the side panel: bring it into view once.
  const box = useRef<HTMLDivElement>(null);
  const shownFor = useRef<typeof near>(null);
  useEffect(() => {
    if (!answer || !near || shownFor.current === near) return;
    shownFor.current = near;
    box.current?.scrollIntoView?.({ block: 'nearest' });
    // …without hiding the control the person is using (the Location box they just chose in).
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused !== document.body)
      focused.scrollIntoView?.({ block: 'nearest' });
  }, [answer, near]);
  return (
    <div ref={box}>
      {/* Always present, so screen readers hear each new answer. */}
      <p className="visually-hidden" aria-live="polite">
        {near && answer ? answerHeadline(t, formats, answer, radiusKm, units) : ''}
      </p>
      {near && !answer && <p className="answer-card">{t('nearMe.looking')}</p>}
      {near && answer && <AnswerCard answer={answer} units={units} />}
    </div>
  );
}

export function NearMePanel({ loadPlaces }: { loadPlaces?: () => Promise<PlaceIndex> }) {
  const near = useAppStore((s) => s.near);
  const crossBorders = useAppStore((s) => s.crossBorders);
  const countryFilter = useAppStore((s) => s.filters.countries.length > 0);
  const nearLabel = useNearLabel();
  const t = useT();
  return (
    <section className="near-me" aria-labelledby="near-me-heading">
      <h2 id="near-me-heading" className="section-title">
        {t('nearMe.title')}
      </h2>
      <PlaceCombobox
        value={nearLabel}
        onChoose={(place) => useAppStore.getState().setNear(place)}
        loadIndex={loadPlaces}
      />
      <div className="near-actions">
        <UseMyLocation />
        {near && (
          <button type="button" className="link-button" onClick={() => useAppStore.getState().setNear(null)}>
            {t('nearMe.clear')}
          </button>
        )}
      </div>
      <div className="near-options">
        <RadiusSelect />
        <UnitSwitch />
      </div>
      <label className="near-borders">
        <input
          type="checkbox"
          checked={crossBorders}
          onChange={(event) => useAppStore.getState().setCrossBorders(event.target.checked)}
        />
        {t('nearMe.crossBorders')}
      </label>
      <p className="near-note">
        {crossBorders
          ? t(countryFilter ? 'nearMe.acrossBordersFiltered' : 'nearMe.acrossBorders')
          : t('nearMe.onlyTicked')}
      </p>
      <NearAnswer />
      <PrintButton />
      {near && <p className="near-note">{t('nearMe.cityCentre')}</p>}
      <p className="near-note">
        {keyedParts(
          t.rich<ReactNode>('nearMe.privacy', {
            link: (chunks) => (
              <a href="https://www.geonames.org/" target="_blank" rel="noreferrer">
                {chunks}
              </a>
            ),
          }),
        )}
        {TILE_TEMPLATE && ` ${t('nearMe.tilePrivacy')}`}
      </p>
    </section>
  );
}
