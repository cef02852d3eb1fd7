// The answer to "where is the nearest site that can still take me, and how far is it?", and when no site in
// reach is enrolling, the nearest sites of any status and what to do next.
import { labelText } from '../../../core/display-text';
import type { DistanceUnit } from '../../../core/units';
import type { NearbySiteSummary, NearestResult } from '../../data/site-engine';
import type { Formats } from '../../i18n/formats';
import { useFormats, useT } from '../../i18n/i18n-store';
import { STATUS_GROUP_KEYS } from '../../i18n/label-keys';
import { siteNameIn } from '../../i18n/site-name';
import type { Translate } from '../../i18n/translator';
import { useAppStore } from '../../state/store';
import { useEngineQuery } from '../../state/use-engine-query';
import { SiteContacts } from '../details/site-contacts';
import { whoCanJoinText } from '../who-can-join';
import { AnswerAdvice } from './answer-advice';
import { StaleMark } from '../freshness/stale-mark';

const NEXT_FEW = 3;

function place(site: NearbySiteSummary, t: Translate, formats: Formats): string {
  return labelText(`${siteNameIn(site, t)}, ${site.city}, ${formats.country(site.country)}`);
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
  const t = useT();
  const formats = useFormats();
  return (
    <button
      type="button"
      className="near-site"
      onClick={() => useAppStore.getState().selectSite(site.id, 'list')}
    >
      <bdi className="near-site-place">{place(site, t, formats)}</bdi>
      <span className="near-site-distance">
        {' — '}
        {formats.distance(site.distanceKm, units)}
        {withStatus && ` · ${t(STATUS_GROUP_KEYS[site.group])}`}
        <StaleMark statusVerifiedDate={site.statusVerifiedDate} separator />
      </span>
      <span className="near-site-who">{whoCanJoinText(t, site.eligibility)}</span>
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
export function answerHeadline(
  t: Translate,
  formats: Formats,
  answer: NearestResult,
  radiusKm: number | null,
  units: DistanceUnit,
): string {
  const first = answer.enrolling[0];
  if (first)
    return t('answer.nearest', {
      place: place(first, t, formats),
      distance: formats.distance(first.distanceKm, units),
    });
  if (answer.others.length === 0 && !answer.nearestBeyond) return t('answer.noneMatch');
  return radiusKm === null
    ? t('answer.noneEnrolling')
    : t('answer.noneEnrollingWithin', { radius: formats.distance(radiusKm, units) });
}

export function AnswerCard({ answer, units }: { answer: NearestResult; units: DistanceUnit }) {
  const t = useT();
  const formats = useFormats();
  const radiusKm = useAppStore((s) => s.radiusKm);
  const [first, ...next] = answer.enrolling;
  if (first) {
    return (
      <div className="answer-card">
        <p className="answer-headline">
          {t('answer.nearestLabel')}{' '}
          <strong>
            {place(first, t, formats)} — {formats.distance(first.distanceKm, units)}
          </strong>
          <StaleMark statusVerifiedDate={first.statusVerifiedDate} verbose block />
        </p>
        <button
          type="button"
          className="link-button"
          onClick={() => useAppStore.getState().selectSite(first.id, 'list')}
        >
          {t('answer.showDetails')}
        </button>
        <p className="answer-sub">{t('who.line', { who: whoCanJoinText(t, first.eligibility) })}</p>
        <AnswerContact siteId={first.id} />
        {next.length > 0 && (
          <>
            <p className="answer-sub">{t('answer.next')}</p>
            <SiteItems sites={next.slice(0, NEXT_FEW)} units={units} />
          </>
        )}
      </div>
    );
  }

  const nearestAny = answer.others[0] ?? answer.nearestBeyond;
  return (
    <div className="answer-card none">
      <p className="answer-headline">{answerHeadline(t, formats, answer, radiusKm, units)}</p>
      {answer.others.length > 0 && (
        <>
          <p className="answer-sub">{t('answer.anyStatus')}</p>
          <SiteItems sites={answer.others.slice(0, NEXT_FEW + 1)} units={units} withStatus />
        </>
      )}
      {answer.others.length === 0 && answer.nearestBeyond && (
        <p className="answer-sub">
          {t(radiusKm === null ? 'answer.nearestBeyond' : 'answer.nearestBeyondWithin', {
            radius: radiusKm === null ? '' : formats.distance(radiusKm, units),
            place: place(answer.nearestBeyond, t, formats),
            distance: formats.distance(answer.nearestBeyond.distanceKm, units),
            status: t(STATUS_GROUP_KEYS[answer.nearestBeyond.group]),
          })}
        </p>
      )}
      {radiusKm !== null && !answer.enrollingBeyond && nearestAny && (
        <p className="answer-sub">{t('answer.noneFarther')}</p>
      )}
      {nearestAny && <AnswerAdvice answer={answer} units={units} />}
    </div>
  );
}
