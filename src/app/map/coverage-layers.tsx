// The coverage view's map layers (choropleth by site count and coverage rings), fed from the current filters.
import { useMemo } from 'react';
import { coverageByCountry } from '../../core/coverage/by-country';
import { siteCountClasses } from '../../core/coverage/classes';
import { coveragePoints, coverageRows, loadCoverageBase, useLoadable } from '../state/coverage-data';
import { useAppStore } from '../state/store';
import { CoverageChoropleth } from './coverage-choropleth';
import { CoverageRings } from './coverage-rings';

/** Draws nothing outside the coverage view, so it can sit among the map's layers at all times. */
export function CoverageLayers() {
  const view = useAppStore((state) => state.view);
  return view === 'coverage' ? <CoverageMapLayers /> : null;
}

function CoverageMapLayers() {
  const name = useAppStore((state) => state.datasetName) ?? 'default';
  const filters = useAppStore((state) => state.filters);
  const radiusKm = useAppStore((state) => state.coverageRadiusKm);
  const [base] = useLoadable(name, loadCoverageBase);
  const ready = base.status === 'ready' ? base.value : null;
  const rows = ready ? coverageRows(ready, filters) : null;
  const points = ready && rows ? coveragePoints(ready, rows) : null;
  const counts = useMemo(
    () =>
      new Map(
        ready && rows ? coverageByCountry(ready.table, rows).rows.map((row) => [row.country, row.sites]) : [],
      ),
    [ready, rows],
  );
  const classes = useMemo(() => siteCountClasses(Math.max(0, ...counts.values())), [counts]);
  if (!points) return null;
  return (
    <>
      <CoverageChoropleth counts={counts} classes={classes} />
      <CoverageRings points={points} radiusKm={radiusKm} />
    </>
  );
}
