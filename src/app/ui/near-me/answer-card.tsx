// The answer to "where is the nearest site that can still take me, and how far is it?", and when no site in
// reach is enrolling, the nearest sites of any status and what to do next.
import { countryName } from '../../../core/countries';
import { labelText } from '../../../core/display-text';
import { STATUS_GROUP_LABELS } from '../../../core/status';
import { formatDistance, formatRadius, type DistanceUnit } from '../../../core/units';
import type { NearbySiteSummary, NearestResult } from '../../data/site-engine';
import { useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import { useEngineQuery } from '../../state/use-engine-query';
import { SiteContacts } from '../details/site-contacts';
import { useWhoCanJoin } from '../who-can-join';
import { AnswerAdvice } from './answer-advice';
import { StaleMark } from '../freshness/stale-mark';

const NEXT_FEW = 3;

function place(site: NearbySiteSummary): string {
  return labelText(`${site.name}, ${site.city}, ${countryName(site.country)}`);
}

function SiteButton({
  site,
  units,
  withStatus,
}: {
  site: NearbySiteSummary;
  units: DistanceUnit;
  withStatus?: boolean;
}) {
  const whoCanJoin = useWhoCanJoin();
  return (
    <button
      type="button"
      className="near-site"
      onClick={() => useAppStore.getState().selectSite(site.id, 'list')}
    >
      <bdi className="near-site-place">{place(site)}</bdi>
      <span className="near-site-distance">
        {' — '}
        {formatDistance(site.distanceKm, units)}
        {withStatus && ` · ${STATUS_GROUP_LABELS[site.group]}`}
        <StaleMark statusVerifiedDate={site.statusVerifiedDate} separator />
      </span>
      <span className="near-site-who">{whoCanJoin(site.trialId)}</span>
    </button>
  );
}

function SiteItems({
  sites,
  units,
  withStatus,
}: {
  sites: NearbySiteSummary[];
  units: DistanceUnit;
  withStatus?: boolean;
}) {
  return (
    <ul className="near-list">
      {sites.map((site) => (
        <li key={site.id}>
          <SiteButton site={site} units={units} withStatus={withStatus} />
        </li>
      ))}
    </ul>
  );
}

/** Whom to call about the nearest enrolling site (its details come from the engine when it is shown). */
function AnswerContact({ siteId }: { siteId: string }) {
  const t = useT();
  const site = useEngineQuery((engine) => engine.site(siteId), [siteId]);
  if (!site) return null;
  return (
    <div className="answer-contact">
      <p className="answer-sub">{t('contact.answerTitle')}</p>
      <SiteContacts site={site} trial={site.trial} compact />
    </div>
  );
}

/** The answer in one sentence, for the live announcement. */
export function answerHeadline(answer: NearestResult, radiusKm: number | null, units: DistanceUnit): string {
  const first = answer.enrolling[0];
  if (first) return `Nearest enrolling site: ${place(first)} — ${formatDistance(first.distanceKm, units)}`;
  const within = radiusKm === null ? '' : ` within ${formatRadius(radiusKm, units)}`;
  return answer.others.length > 0 || answer.nearestBeyond
    ? `No site${within} is enrolling patients now.`
    : 'No site matches the current filters.';
}

export function AnswerCard({ answer, units }: { answer: NearestResult; units: DistanceUnit }) {
  const t = useT();
  const whoCanJoin = useWhoCanJoin();
  const radiusKm = useAppStore((s) => s.radiusKm);
  const [first, ...next] = answer.enrolling;
  if (first) {
    return (
      <div className="answer-card">
        <p className="answer-headline">
          Nearest enrolling site:{' '}
          <strong>
            {place(first)} — {formatDistance(first.distanceKm, units)}
          </strong>
          <StaleMark statusVerifiedDate={first.statusVerifiedDate} verbose block />
        </p>
        <button
          type="button"
          className="link-button"
          onClick={() => useAppStore.getState().selectSite(first.id, 'list')}
        >
          Show its details
        </button>
        <p className="answer-sub">{t('who.line', { who: whoCanJoin(first.trialId) })}</p>
        <AnswerContact siteId={first.id} />
        {next.length > 0 && (
          <>
            <p className="answer-sub">Next nearest enrolling sites:</p>
            <SiteItems sites={next.slice(0, NEXT_FEW)} units={units} />
          </>
        )}
      </div>
    );
  }

  const within = radiusKm === null ? '' : ` within ${formatRadius(radiusKm, units)}`;
  const nearestAny = answer.others[0] ?? answer.nearestBeyond;
  return (
    <div className="answer-card none">
      <p className="answer-headline">{answerHeadline(answer, radiusKm, units)}</p>
      {answer.others.length > 0 && (
        <>
          <p className="answer-sub">Nearest sites of any status:</p>
          <SiteItems sites={answer.others.slice(0, NEXT_FEW + 1)} units={units} withStatus />
        </>
      )}
      {answer.others.length === 0 && answer.nearestBeyond && (
        <p className="answer-sub">
          No site{within}. The nearest is {place(answer.nearestBeyond)} —{' '}
          {formatDistance(answer.nearestBeyond.distanceKm, units)} (
          {STATUS_GROUP_LABELS[answer.nearestBeyond.group]}
          ).
        </p>
      )}
      {radiusKm !== null && !answer.enrollingBeyond && nearestAny && (
        <p className="answer-sub">No site in the current results is enrolling farther away either.</p>
      )}
      {nearestAny && <AnswerAdvice answer={answer} units={units} />}
    </div>
  );
}
