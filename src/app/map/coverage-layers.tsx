// The coverage view's map layers (choropleth by site count and coverage rings), fed by the engine's figures for
// the current filters.
import { useMemo } from 'react';
import { siteCountClasses } from '../../core/coverage/classes';
import { useResults } from '../state/results';
import { useAppStore } from '../state/store';
import { latest, useEngineLoadable } from '../state/use-engine-query';
import { CoverageChoropleth } from './coverage-choropleth';
import { CoverageRings } from './coverage-rings';

/** Draws nothing outside the coverage view, so it can sit among the map's layers at all times. */
export function CoverageLayers() {
  const view = useAppStore((state) => state.view);
  return view === 'coverage' ? <CoverageMapLayers /> : null;
}

function CoverageMapLayers() {
  const filters = useAppStore((state) => state.filters);
  const radiusKm = useAppStore((state) => state.coverageRadiusKm);
  const info = useResults((state) => state.info);
  const [answer] = useEngineLoadable(info && ((engine) => engine.coverage(filters)), [filters, info]);
  // The last figures stay drawn while new ones compute.
  const coverage = latest(answer);
  const counts = useMemo(
    () => new Map(coverage?.byCountry.rows.map((row) => [row.country, row.sites])),
    [coverage],
  );
  const classes = useMemo(() => siteCountClasses(Math.max(0, ...counts.values())), [counts]);
  if (!coverage) return null;
  return (
    <>
      <CoverageChoropleth counts={counts} classes={classes} />
      <CoverageRings points={coverage.points} radiusKm={radiusKm} />
    </>
  );
}
