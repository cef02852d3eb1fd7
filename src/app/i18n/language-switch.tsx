// The language menu: each language named in itself, so a person finds theirs whatever is shown now.
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../core/languages';
import { useAppStore } from '../state/store';
import { useT } from './i18n-store';
import './language-switch.css';

export function LanguageSwitch() {
  const t = useT();
  const language = useAppStore((state) => state.language);
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={language}
        onChange={(event) => {
          const chosen = event.target.value;
          if (isLanguage(chosen)) useAppStore.getState().chooseLanguage(chosen);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
