// A link notice (core/url-codec/notices.ts) in the language shown.
import { LANGUAGES } from '../../core/languages';
import { MAX_PERSON_AGE } from '../../core/eligibility';
import type { InvalidParam, LinkNotice } from '../../core/url-codec/notices';
import type { MessageKey, Translate } from './translator';

const INVALID_KEYS: Record<InvalidParam, MessageKey> = {
  dataset: 'linkNotices.invalid.dataset',
  map: 'linkNotices.invalid.map',
  age: 'linkNotices.invalid.age',
  sex: 'linkNotices.invalid.sex',
  view: 'linkNotices.invalid.view',
  place: 'linkNotices.invalid.place',
  near: 'linkNotices.invalid.near',
  radius: 'linkNotices.invalid.radius',
  embed: 'linkNotices.invalid.embed',
  lang: 'linkNotices.invalid.lang',
};

const RANGE_KEYS: Record<Extract<LinkNotice, { kind: 'out-of-range' }>['param'], MessageKey> = {
  zoom: 'linkNotices.range.zoom',
  lat: 'linkNotices.range.lat',
  radius: 'linkNotices.range.radius',
};

export function linkNoticeText(t: Translate, notice: LinkNotice): string {
  const quoted = (value: string) => t('linkNotices.quoted', { value });
  const list = (values: string[], more: number) => {
    const shown = values.map(quoted).join(', ');
    return more > 0 ? t('linkNotices.andMore', { values: shown, count: more }) : shown;
  };
  switch (notice.kind) {
    case 'repeated':
      return t('linkNotices.repeated', { param: notice.param, extra: notice.extra });
    case 'unknown-codes':
    case 'not-in-dataset':
      return t(notice.kind === 'unknown-codes' ? 'linkNotices.unknownCodes' : 'linkNotices.notInDataset', {
        param: notice.param,
        count: notice.values.length + notice.more,
        values: list(notice.values, notice.more),
      });
    case 'invalid':
      return t(INVALID_KEYS[notice.param], {
        value: quoted(notice.value),
        max: MAX_PERSON_AGE,
        languages: LANGUAGES.join(', '),
      });
    case 'out-of-range':
      return t(RANGE_KEYS[notice.param], { value: notice.value, used: notice.used });
    case 'query-cut':
      return t('linkNotices.queryCut', { max: notice.max });
    case 'unknown-param':
      return t('linkNotices.unknownParam', { value: quoted(notice.value) });
    case 'unreadable':
      return t('linkNotices.unreadable');
    case 'unknown-place':
      return t('linkNotices.unknownPlace', { place: notice.value });
    case 'places-unavailable':
      return t('linkNotices.placesUnavailable', { place: notice.value });
  }
}
