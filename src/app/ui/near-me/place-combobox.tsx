// The "Location" box: an ARIA 1.2 combobox with a list of places (arrow keys move, Enter chooses, Escape
// closes). The place list downloads on first focus or keystroke, not with the page.
import { useId, useRef, useState } from 'react';
import { placeIndexOnce } from '../../data/load-gazetteer';
import type { NamedPlace } from '../../state/location-slice';
import { placeKey } from '../../../core/place-key';
import { placeLabelIn, searchPlaces, type PlaceIndex, type PlaceMatch } from '../../../core/place-search';
import { useFormats, useT } from '../../i18n/i18n-store';
import { placeNameIn } from '../../i18n/near-label';

export interface ChosenPlace {
  lat: number;
  lon: number;
  label: string;
  place: NamedPlace;
}

interface Props {
  /** The label of the location now in use, shown when the box is not being edited. */
  value: string;
  onChoose: (place: ChosenPlace) => void;
  /** Tests pass their own index loader. */
  loadIndex?: () => Promise<PlaceIndex>;
}

type IndexState =
  { status: 'idle' | 'loading' } | { status: 'ready'; index: PlaceIndex } | { status: 'error' };

export function PlaceCombobox({ value, onChoose, loadIndex = placeIndexOnce }: Props) {
  const id = useId();
  const listId = `${id}-places`;
  const [text, setText] = useState<string | null>(null); // null: show `value`
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [indexState, setIndexState] = useState<IndexState>({ status: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const t = useT();
  const formats = useFormats();
  // The place list knows no language of its other names: the one the person typed leads ("Warszawa (Warsaw)").
  const label = (match: PlaceMatch) =>
    placeLabelIn({ ...match, name: placeNameIn(match.name, match.matchedName, t) }, formats.country);

  const ensureIndex = () => {
    if (indexState.status === 'ready' || indexState.status === 'loading') return;
    setIndexState({ status: 'loading' });
    loadIndex().then(
      (index) => setIndexState({ status: 'ready', index }),
      () => setIndexState({ status: 'error' }),
    );
  };

  const query = text ?? '';
  const matches =
    indexState.status === 'ready' && query.trim() ? searchPlaces(indexState.index, query, 8) : [];
  const expanded = open && matches.length > 0;

  const choose = (match: PlaceMatch) => {
    onChoose({
      lat: match.lat,
      lon: match.lon,
      label: label(match),
      place: {
        city: match.name,
        country: match.country,
        key: indexState.status === 'ready' ? placeKey(indexState.index.file, match.place) : undefined,
        admin1: match.admin1,
        ...(match.matchedName && { alias: match.matchedName }),
      },
    });
    setText(null);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        ensureIndex();
        if (!open) setOpen(true);
        else if (matches.length) setActive((i) => (i + 1) % matches.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (matches.length) setActive((i) => (i <= 0 ? matches.length - 1 : i - 1));
        break;
      case 'Enter': {
        const match = matches[active >= 0 ? active : 0];
        if (expanded && match) {
          event.preventDefault();
          choose(match);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) setOpen(false);
        else setText(''); // a second Escape clears the box, as the pattern suggests
        setActive(-1);
        break;
    }
  };

  const status =
    indexState.status === 'loading'
      ? t('places.loading')
      : indexState.status === 'error'
        ? t('places.failed')
        : indexState.status === 'ready' && query.trim() && open
          ? matches.length === 0
            ? t('places.none')
            : t('places.found', { count: matches.length })
          : '';

  return (
    <div className="place-combobox">
      <label htmlFor={`${id}-input`}>{t('places.label')}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('places.placeholder')}
        value={text ?? value}
        onFocus={(event) => {
          ensureIndex();
          // Typing then replaces the chosen place instead of appending to its label.
          if (text === null) event.target.select();
        }}
        onChange={(event) => {
          ensureIndex();
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('places.hint')}
      </span>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('places.list')}
        className="place-options"
        hidden={!expanded}
      >
        {expanded &&
          matches.map((match, index) => (
            <li
              key={match.geonameId}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'place-option active' : 'place-option'}
              // mousedown, not click: choosing must happen before the box loses focus and closes.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(match);
              }}
            >
              <span className="place-option-name">{label(match)}</span>
            </li>
          ))}
      </ul>
      <p className="place-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
