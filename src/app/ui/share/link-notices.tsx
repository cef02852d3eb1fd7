// Says what an opened link asked for that could not be used (unknown ids, out-of-range map, ...), as text.
import { useLinkState } from '../../state/url-sync';
import './share.css';

export function LinkNotices() {
  const notices = useLinkState((state) => state.notices);
  const dismiss = useLinkState((state) => state.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <section className="link-notices" role="status" aria-label="Link notice">
      <p>Parts of this link could not be used; the rest of the view is open.</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="button secondary" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
