// The Condition group: the trials' conditions (folded: one option per condition whatever its case or accents)
// with faceted counts; a registry's many conditions are cut to those with the most sites, and the chosen ones.
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n-store';
import { useResults } from '../../state/results';
import { useAppStore } from '../../state/store';
import { FacetGroup, type FacetOption } from './facet-group';
import { topByCount } from '../../../core/top-by-count';

/** Conditions drawn at once. */
export const SHOWN_CONDITIONS = 30;

const onToggle = (key: string) => useAppStore.getState().toggleCondition(key);

export function ConditionFilter() {
  const t = useT();
  const conditions = useResults((r) => r.info?.conditions);
  const counts = useResults((r) => r.summary?.facets.conditions);
  const selected = useAppStore((s) => s.filters.conditions);
  const options = useMemo<FacetOption[]>(() => {
    if (!conditions) return [];
    const chosen = new Set(selected);
    const keep = conditions.keys.flatMap((key, i) => (chosen.has(key) ? [i] : []));
    return topByCount(conditions.keys.length, counts, keep, SHOWN_CONDITIONS).map((i) => ({
      value: conditions.keys[i]!,
      label: conditions.labels[i]!,
      count: counts?.[i] ?? 0,
      checked: chosen.has(conditions.keys[i]!),
    }));
  }, [conditions, counts, selected]);
  if (!conditions || conditions.keys.length === 0) return null;
  const note =
    options.length < conditions.keys.length
      ? t('filters.topConditions', { shown: SHOWN_CONDITIONS, total: conditions.keys.length })
      : undefined;
  return <FacetGroup legend={t('filters.condition')} options={options} onToggle={onToggle} note={note} />;
}
