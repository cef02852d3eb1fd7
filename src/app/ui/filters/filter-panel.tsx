// The filters: text search, then Country, Status, Trial and Phase groups with faceted counts.
import { useMemo } from 'react';
import { PHASES, type Phase } from '../../../core/dataset-enums';
import { STATUS_GROUPS, type StatusGroup } from '../../../core/status';
import { useFormats, useT } from '../../i18n/i18n-store';
import { PHASE_KEYS, STATUS_GROUP_KEYS } from '../../i18n/label-keys';
import { useResults } from '../../state/results';
import { useAppStore } from '../../state/store';
import { StatusSymbol } from '../status-symbol';
import { FacetGroup, type FacetOption } from './facet-group';
import { SearchBox } from './search-box';
import { ConditionFilter } from './condition-filter';
import { TrialFilter } from './trial-filter';
import { WhoFilter } from './who-filter';

const STATUS_ICONS = Object.fromEntries(
  STATUS_GROUPS.map((group) => [group, <StatusSymbol key={group} group={group} />]),
) as Record<StatusGroup, React.ReactNode>;

// Stable handlers, so a memoised group does not re-render for a new function.
const NO_PHASES: readonly Phase[] = [];

const onCountry = (value: string) => useAppStore.getState().toggleCountry(value);
const onStatus = (value: string) => useAppStore.getState().toggleStatus(value as StatusGroup);
const onPhase = (value: string) => useAppStore.getState().togglePhase(value as Phase);

export function FilterPanel() {
  const info = useResults((r) => r.info);
  const facets = useResults((r) => r.summary?.facets);
  const checkedCountries = useAppStore((s) => s.filters.countries);
  const checkedStatuses = useAppStore((s) => s.filters.statuses);
  const checkedPhases = useAppStore((s) => s.filters.phases);
  const t = useT();
  const formats = useFormats();

  // The countries' names in the page's language, in its alphabetical order: once per dataset and language, not
  // at every filter change (a registry's 200-odd countries).
  const countryOrder = useMemo(() => {
    const codes = info?.countries ?? [];
    const labels = codes.map((code) => formats.country(code));
    const order = codes.map((_, i) => i).sort((a, b) => formats.collator.compare(labels[a]!, labels[b]!));
    return order.map((i) => ({ i, code: codes[i]!, label: labels[i]! }));
  }, [info, formats]);
  const countries = useMemo<FacetOption[]>(
    () =>
      countryOrder.map(({ i, code, label }) => ({
        value: code,
        label,
        count: facets?.countries[i] ?? 0,
        checked: checkedCountries.includes(code),
      })),
    [countryOrder, facets, checkedCountries],
  );
  const statuses = useMemo<FacetOption[]>(
    () =>
      STATUS_GROUPS.map((group, i) => ({
        value: group,
        label: t(STATUS_GROUP_KEYS[group]),
        count: facets?.groups[i] ?? 0,
        checked: checkedStatuses.includes(group),
        icon: STATUS_ICONS[group],
      })),
    [facets, checkedStatuses, t],
  );
  // Only the phases the dataset's trials have, so the group does not offer dead options.
  const offered = info?.phases ?? NO_PHASES;
  const phases = useMemo<FacetOption[]>(
    () =>
      offered.map((phase) => ({
        value: phase,
        label: t(PHASE_KEYS[phase]),
        count: facets?.phases[PHASES.indexOf(phase)] ?? 0,
        checked: checkedPhases.includes(phase),
      })),
    [offered, facets, checkedPhases, t],
  );

  return (
    <div className="filter-panel">
      <SearchBox />
      <FacetGroup legend={t('filters.country')} options={countries} onToggle={onCountry} columns={2} />
      <FacetGroup legend={t('filters.status')} options={statuses} onToggle={onStatus} />
      <WhoFilter />
      <ConditionFilter />
      <TrialFilter />
      {phases.length > 0 && (
        <FacetGroup legend={t('filters.phase')} options={phases} onToggle={onPhase} columns={2} />
      )}
    </div>
  );
}
