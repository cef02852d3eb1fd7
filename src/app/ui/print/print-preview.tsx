// The current result as a page to print or save as PDF for a doctor: the place and radius, the nearest sites (up
// to 50) with status, contacts, trial and who can join, the data's date and the link (and its QR code) that
// reopens this view. Shown on screen first, so the person sees what will print.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SiteDetail } from '../../data/site-engine';
import { useFormats, useT } from '../../i18n/i18n-store';
import { useNearLabel } from '../../i18n/near-label';
import { useEngine } from '../../state/engine-context';
import { useResults } from '../../state/results';
import { useAppStore } from '../../state/store';
import { currentLink, useLinkState } from '../../state/url-sync';
import { DataAsOf } from '../freshness/data-as-of';
import { PrintedSite } from './printed-site';
import { QrCode } from './qr-code';

/** As many sites as a doctor reads through (NCI prints up to 100 trials; a page holds about six sites). */
export const PRINTED_SITES = 50;

type Sheet = { status: 'loading' } | { status: 'ready'; sites: SiteDetail[] } | { status: 'error' };

function usePrintedSites(): Sheet {
  const engine = useEngine();
  const generation = useResults((r) => r.generation);
  const [sheet, setSheet] = useState<{ generation: number; sheet: Sheet }>({
    generation: -1,
    sheet: { status: 'loading' },
  });
  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const rows = await engine.rows(0, PRINTED_SITES);
        const details = await Promise.all(rows.map((row) => engine.site(row.id)));
        const sites = details.flatMap((site, i) =>
          site ? [{ ...site, distanceKm: rows[i]!.distanceKm }] : [],
        );
        if (current) setSheet({ generation, sheet: { status: 'ready', sites } });
      } catch {
        if (current) setSheet({ generation, sheet: { status: 'error' } });
      }
    })();
    return () => {
      current = false;
    };
  }, [engine, generation]);
  return sheet.generation === generation ? sheet.sheet : { status: 'loading' };
}

function Heading() {
  const t = useT();
  const formats = useFormats();
  const near = useAppStore((s) => s.near);
  const nearLabel = useNearLabel();
  const radiusKm = useAppStore((s) => s.radiusKm);
  const units = useAppStore((s) => s.units);
  const count = useResults((r) => r.summary?.count ?? 0);
  const shown = Math.min(count, PRINTED_SITES);
  const radius = radiusKm === null ? null : formats.distance(radiusKm, units);
  return (
    <>
      <h2 id="print-title" className="print-title" tabIndex={-1}>
        {near ? t('print.titleNear', { place: nearLabel }) : t('print.title')}
      </h2>
      <p className="print-scope">
        {near
          ? t(radius ? 'print.scopeNearWithin' : 'print.scopeNear', { count, shown, radius: radius ?? '' })
          : t('print.scope', { count, more: count > shown ? 'yes' : 'no' })}
      </p>
    </>
  );
}

function ReopenLink() {
  const t = useT();
  const privateLocation = useAppStore((s) => s.near !== null && !s.near.place);
  const includeLocation = useLinkState((s) => s.includeLocation);
  const link = currentLink(window.location, { includeLocation, embed: false });
  return (
    <section className="print-link" aria-label={t('print.linkRegion')}>
      <div>
        <p className="print-link-label">{t('print.linkLabel')}</p>
        <p className="print-link-url">{link}</p>
        {privateLocation && (
          <label className="print-link-option">
            <input
              type="checkbox"
              checked={includeLocation}
              onChange={(event) => useLinkState.getState().setIncludeLocation(event.target.checked)}
            />
            {t('print.includeLocation')}
          </label>
        )}
      </div>
      <QrCode text={link} label={t('print.qr')} />
    </section>
  );
}

export function PrintPreview({ onClose }: { onClose: () => void }) {
  const t = useT();
  const sheet = usePrintedSites();
  const units = useAppStore((s) => s.units);
  const hasNear = useAppStore((s) => s.near !== null);
  const dialog = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => dialog.current?.querySelector<HTMLElement>('.print-title')?.focus(), []);
  return createPortal(
    <div
      className="print-preview"
      role="dialog"
      aria-modal="true"
      aria-labelledby="print-title"
      ref={dialog}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <div className="print-actions">
        <button
          type="button"
          className="button"
          disabled={sheet.status !== 'ready'}
          onClick={() => window.print()}
        >
          {t('print.print')}
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          {t('print.close')}
        </button>
      </div>
      <article className="print-sheet">
        <p className="print-brand">Trial Atlas</p>
        <Heading />
        <DataAsOf />
        {sheet.status === 'loading' && <p>{t('print.preparing')}</p>}
        {sheet.status === 'error' && <p role="alert">{t('print.failed')}</p>}
        {sheet.status === 'ready' && (
          <ol className="print-sites">
            {sheet.sites.map((site) => (
              <PrintedSite key={site.id} site={site} units={hasNear ? units : null} />
            ))}
          </ol>
        )}
        <ReopenLink />
        <p className="print-note">{t('print.note')}</p>
      </article>
    </div>,
    document.body,
  );
}
