// The filters: text search, then Country, Status, Trial and Phase groups with faceted counts.
import { useMemo } from 'react';
import { countryName } from '../../../core/countries';
import { PHASES, type Phase } from '../../../core/schema';
import { STATUS_GROUPS, STATUS_GROUP_LABELS, type StatusGroup } from '../../../core/status';
import { useResults } from '../../state/results';
import { useAppStore } from '../../state/store';
import { StatusSymbol } from '../status-symbol';
import { FacetGroup, type FacetOption } from './facet-group';
import { SearchBox } from './search-box';
import { TrialFilter } from './trial-filter';

export const PHASE_LABELS: Record<Phase, string> = {
  EARLY_PHASE1: 'Early phase 1',
  PHASE1: 'Phase 1',
  PHASE2: 'Phase 2',
  PHASE3: 'Phase 3',
  PHASE4: 'Phase 4',
  NA: 'Not applicable',
};

export function FilterPanel() {
  const info = useResults((r) => r.info);
  const facets = useResults((r) => r.summary?.facets);
  const filters = useAppStore((s) => s.filters);
  const { toggleCountry, toggleStatus, togglePhase } = useAppStore.getState();

  const countries = useMemo<FacetOption[]>(
    () =>
      (info?.countries ?? [])
        .map((code, i) => ({
          value: code,
          label: countryName(code),
          count: facets?.countries[i] ?? 0,
          checked: filters.countries.includes(code),
        }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    [info, facets, filters.countries],
  );
  const statuses: FacetOption[] = STATUS_GROUPS.map((group, i) => ({
    value: group,
    label: STATUS_GROUP_LABELS[group],
    count: facets?.groups[i] ?? 0,
    checked: filters.statuses.includes(group),
    icon: <StatusSymbol group={group} />,
  }));
  // Only the phases the dataset's trials have, so the group does not offer dead options.
  const phases: FacetOption[] = PHASES.filter((phase) =>
    info?.trials.some((t) => t.phases.includes(phase)),
  ).map((phase) => ({
    value: phase,
    label: PHASE_LABELS[phase],
    count: facets?.phases[PHASES.indexOf(phase)] ?? 0,
    checked: filters.phases.includes(phase),
  }));

  return (
    <div className="filter-panel">
      <SearchBox />
      <FacetGroup legend="Country" options={countries} onToggle={toggleCountry} columns={2} />
      <FacetGroup legend="Status" options={statuses} onToggle={(v) => toggleStatus(v as StatusGroup)} />
      <TrialFilter />
      {phases.length > 0 && (
        <FacetGroup legend="Phase" options={phases} onToggle={(v) => togglePhase(v as Phase)} columns={2} />
      )}
    </div>
  );
}
