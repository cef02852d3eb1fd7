// Text search over facility, city and trial title or identifiers; filters as the person types (debounced).
import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';

export function SearchBox() {
  const id = useId();
  const q = useAppStore((s) => s.filters.q);
  const [text, setText] = useState(q);
  // Follow the store when it changes from elsewhere (Clear all, a link).
  const [seen, setSeen] = useState(q);
  const t = useT();
  if (q !== seen) {
    setSeen(q);
    setText(q);
  }
  useEffect(() => {
    if (text === useAppStore.getState().filters.q) return;
    const timer = setTimeout(() => useAppStore.getState().setQuery(text), 200);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div className="search-box">
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') useAppStore.getState().setQuery(text);
        }}
      />
    </div>
  );
}
