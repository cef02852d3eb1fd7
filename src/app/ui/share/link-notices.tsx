// Says what an opened link asked for that could not be used (unknown ids, out-of-range map, ...), as text.
import { noticeKey } from '../../../core/url-codec/notices';
import { useT } from '../../i18n/i18n-store';
import { linkNoticeText } from '../../i18n/link-notice-words';
import { useLinkState } from '../../state/url-sync';
import './share.css';

export function LinkNotices() {
  const notices = useLinkState((state) => state.notices);
  const dismiss = useLinkState((state) => state.dismissNotices);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <section className="link-notices" role="status" aria-label={t('linkNotices.region')}>
      <p>{t('linkNotices.intro')}</p>
      <ul>
        {notices.map((notice) => (
          <li key={noticeKey(notice)}>{linkNoticeText(t, notice)}</li>
        ))}
      </ul>
      <button type="button" className="button secondary" onClick={dismiss}>
        {t('linkNotices.dismiss')}
      </button>
    </section>
  );
}
