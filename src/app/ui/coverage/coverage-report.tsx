// The coverage report for sponsors: countries, population within reach, gaps and a trial comparison, all from
// the current filters.
import { useMemo } from 'react';
import { siteCountClasses } from '../../../core/coverage/classes';
import type { CoverageSummary, DatasetInfo } from '../../data/site-engine';
import { useFormats, useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import { latest, useEngineLoadable } from '../../state/use-engine-query';
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
  /** The engine's figures for the current filters (the last ones while new ones compute: then `busy`). */
  coverage: CoverageSummary;
  info: DatasetInfo;
  busy: boolean;
}

export function CoverageReport({ coverage: computed, info, busy }: CoverageReportProps) {
  const filters = useAppStore((state) => state.filters);
  const setFilters = useAppStore((state) => state.setFilters);
  const radiusKm = useAppStore((state) => state.coverageRadiusKm);
  const setRadiusKm = useAppStore((state) => state.setCoverageRadiusKm);
  const t = useT();
  const formats = useFormats();
  const csvLabels = useCoverageCsvLabels();
  const contextWords = useContextWords();
  // Country names in the language shown, for the table, its sorting and the CSV.
  const coverage = useMemo(
    () => ({
      ...computed.byCountry,
      rows: computed.byCountry.rows.map((row) => ({ ...row, name: formats.country(row.country) })),
    }),
    [computed, formats],
  );
  const classes = useMemo(
    () => siteCountClasses(Math.max(0, ...coverage.rows.map((r) => r.sites))),
    [coverage],
  );
  const [reachAnswer, retryReach] = useEngineLoadable(
    (engine) => engine.reach(filters, radiusKm),
    [filters, radiusKm, info],
  );
  const figures = latest(reachAnswer);
  const reach = figures?.reach ?? null;

  function selectCountry(country: string) {
    const alone = filters.countries.length === 1 && filters.countries[0] === country;
    setFilters({ countries: alone ? [] : [country] });
  }

  return (
    <article className="coverage-report" aria-labelledby="coverage-title" aria-busy={busy}>
      <header className="coverage-report-header">
        <div>
          <h2 id="coverage-title">{t('coverage.title')}</h2>
          <CoverageScope info={info} filters={filters} sites={coverage.total.sites} />
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
            <CoverageLegend classes={classes} ringsKm={radiusKm} locations={computed.points.lat.length} />
          </div>
        )}
      </section>

      <section aria-labelledby="coverage-reach" className="coverage-part">
        <h3 id="coverage-reach">{t('coverage.reachTitle')}</h3>
        <RadiusChoice radiusKm={radiusKm} onRadiusChange={setRadiusKm} />
        {reachAnswer.status === 'loading' && !figures ? (
          <p className="coverage-empty" role="status">
            {t('coverage.populationsLoading')}
          </p>
        ) : null}
        {reachAnswer.status === 'error' ? (
          <div className="coverage-error" role="alert">
            <p>{t('coverage.populationsFailed', { message: reachAnswer.message })}</p>
            <button type="button" className="coverage-button" onClick={retryReach}>
              {t('load.retry')}
            </button>
          </div>
        ) : null}
        {figures ? <ReachPanel reach={figures.reach} attribution={figures.attribution} /> : null}
      </section>

      {figures ? (
        <section aria-labelledby="coverage-gaps" className="coverage-part">
          <h3 id="coverage-gaps">{t('coverage.gapsTitle')}</h3>
          <GapsList
            gaps={figures.gaps}
            radiusKm={figures.reach.radiusKm}
            minPopulation={figures.minPopulation}
          />
        </section>
      ) : null}

      <section aria-labelledby="coverage-compare" className="coverage-part">
        <h3 id="coverage-compare">{t('coverage.compareTitle')}</h3>
        <CompareTrials info={info} initial={filters.trials} />
      </section>
    </article>
  );
}
