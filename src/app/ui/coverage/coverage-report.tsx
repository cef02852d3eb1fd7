// The coverage report for sponsors: countries, population within reach, gaps and a trial comparison, all from
// the current filters.
import { useDeferredValue, useMemo } from 'react';
import { coverageByCountry } from '../../../core/coverage/by-country';
import { siteCountClasses } from '../../../core/coverage/classes';
import {
  coverageGaps,
  DEFAULT_GAP_MIN_POPULATION,
  populationWithinReach,
} from '../../../core/coverage/reach';
import type { GazetteerFile } from '../../../core/gazetteer-format';
import { coveragePoints, coverageRows, type CoverageBase, type Loadable } from '../../state/coverage-data';
import { useFormats, useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import { CompareTrials } from './compare-trials';
import { downloadFile } from '../export/download-file';
import { coverageCsv, useCoverageCsvLabels } from './coverage-download';
import { exportFileName, withCsvContext } from '../../../core/export/context';
import { exportContext } from '../../state/freshness';
import { useContextWords } from '../freshness/context-words';
import { DataAsOf } from '../freshness/data-as-of';
import { CoverageLegend } from './coverage-legend';
import { CoverageScope } from './coverage-scope';
import { CoverageTable } from './coverage-table';
import { GapsList } from './gaps-list';
import { RadiusChoice, ReachPanel } from './reach-panel';

export interface CoverageReportProps {
  base: CoverageBase;
  gazetteer: Loadable<GazetteerFile>;
  onRetryGazetteer: () => void;
}

export function CoverageReport({ base, gazetteer, onRetryGazetteer }: CoverageReportProps) {
  const filters = useAppStore((state) => state.filters);
  const setFilters = useAppStore((state) => state.setFilters);
  const radiusKm = useAppStore((state) => state.coverageRadiusKm);
  const setRadiusKm = useAppStore((state) => state.setCoverageRadiusKm);
  // The radio answers at once; the figures follow as soon as they are computed.
  const shownRadius = useDeferredValue(radiusKm);
  const t = useT();
  const formats = useFormats();
  const csvLabels = useCoverageCsvLabels();
  const contextWords = useContextWords();
  const { table } = base;
  const rows = coverageRows(base, filters);
  const points = coveragePoints(base, rows);
  const computed = useMemo(() => coverageByCountry(table, rows), [table, rows]);
  // Country names in the language shown, for the table, its sorting and the CSV.
  const coverage = useMemo(
    () => ({
      ...computed,
      rows: computed.rows.map((row) => ({ ...row, name: formats.country(row.country) })),
    }),
    [computed, formats],
  );
  const classes = useMemo(
    () => siteCountClasses(Math.max(0, ...coverage.rows.map((r) => r.sites))),
    [coverage],
  );
  const places = gazetteer.status === 'ready' ? gazetteer.value : null;
  const reach = useMemo(
    () => (places ? populationWithinReach(table, rows, places, shownRadius, points) : null),
    [table, rows, places, shownRadius, points],
  );
  const gaps = useMemo(
    () => (places ? coverageGaps(table, rows, places, shownRadius, DEFAULT_GAP_MIN_POPULATION, points) : []),
    [table, rows, places, shownRadius, points],
  );

  function selectCountry(country: string) {
    const alone = filters.countries.length === 1 && filters.countries[0] === country;
    setFilters({ countries: alone ? [] : [country] });
  }

  return (
    <article className="coverage-report" aria-labelledby="coverage-title">
      <header className="coverage-report-header">
        <div>
          <h2 id="coverage-title">{t('coverage.title')}</h2>
          <CoverageScope table={table} filters={filters} sites={coverage.total.sites} />
          <DataAsOf />
        </div>
        <button
          type="button"
          className="coverage-button"
          disabled={coverage.rows.length === 0}
          onClick={() => {
            const { context } = exportContext(false);
            downloadFile(
              withCsvContext(coverageCsv(coverage, reach, csvLabels), context, contextWords),
              exportFileName('coverage', filters, context.dataDate, 'csv'),
              'text/csv;charset=utf-8',
            );
          }}
        >
          {t('coverage.download')}
        </button>
      </header>

      <section aria-labelledby="coverage-countries" className="coverage-part">
        <h3 id="coverage-countries">
          {t('results.sitesInCountries', {
            count: coverage.total.sites,
            countries: coverage.total.countries,
          })}
        </h3>
        {coverage.rows.length === 0 ? (
          <p className="coverage-empty">{t('coverage.none')}</p>
        ) : (
          <div className="coverage-countries">
            <CoverageTable
              coverage={coverage}
              selectedCountries={filters.countries}
              onSelectCountry={selectCountry}
            />
            <CoverageLegend classes={classes} ringsKm={radiusKm} locations={points.count} />
          </div>
        )}
      </section>

      <section aria-labelledby="coverage-reach" className="coverage-part">
        <h3 id="coverage-reach">{t('coverage.reachTitle')}</h3>
        <RadiusChoice radiusKm={radiusKm} onRadiusChange={setRadiusKm} />
        {gazetteer.status === 'loading' ? (
          <p className="coverage-empty">{t('coverage.populationsLoading')}</p>
        ) : null}
        {gazetteer.status === 'error' ? (
          <div className="coverage-error" role="alert">
            <p>{t('coverage.populationsFailed', { message: gazetteer.message })}</p>
            <button type="button" className="coverage-button" onClick={onRetryGazetteer}>
              {t('load.retry')}
            </button>
          </div>
        ) : null}
        {reach && places ? <ReachPanel reach={reach} attribution={places.attribution} /> : null}
      </section>

      {places ? (
        <section aria-labelledby="coverage-gaps" className="coverage-part">
          <h3 id="coverage-gaps">{t('coverage.gapsTitle')}</h3>
          <GapsList
            gaps={gaps}
            table={table}
            radiusKm={shownRadius}
            minPopulation={DEFAULT_GAP_MIN_POPULATION}
          />
        </section>
      ) : null}

      <section aria-labelledby="coverage-compare" className="coverage-part">
        <h3 id="coverage-compare">{t('coverage.compareTitle')}</h3>
        <CompareTrials table={table} initial={filters.trials} />
      </section>
    </article>
  );
}
