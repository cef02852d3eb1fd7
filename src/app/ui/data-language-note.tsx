// "Trial information is shown as registered, in English": said where trial data appears, in every language but
// English, since titles, conditions and contacts stay as their registry wrote them.
import { DEFAULT_LANGUAGE } from '../../core/languages';
import { useI18n } from '../i18n/i18n-store';
import './data-language-note.css';

export function DataLanguageNote() {
  const language = useI18n((state) => state.language);
  const t = useI18n((state) => state.t);
  if (language === null || language === DEFAULT_LANGUAGE) return null;
  return <p className="data-language-note">{t('dataLanguage.note')}</p>;
}
