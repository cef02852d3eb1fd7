// The coverage table as a CSV file, written with the site export's CSV rules, headed in the report's language.
import { useMemo } from 'react';
import type { CoverageByCountry } from '../../../core/coverage/by-country';
import { coverageCsvCells, type CoverageCsvLabels } from '../../../core/coverage/csv';
import type { PopulationReach } from '../../../core/coverage/reach';
import { STATUS_GROUPS } from '../../../core/status';
import { toCsv } from '../../../core/export/csv';
import { useFormats, useT } from '../../i18n/i18n-store';
import { STATUS_GROUP_KEYS } from '../../i18n/label-keys';

export function coverageCsv(
  coverage: CoverageByCountry,
  reach: PopulationReach | null,
  labels?: CoverageCsvLabels,
): string {
  const { header, rows } = coverageCsvCells(coverage, reach, labels);
  return toCsv(header, rows);
}

/** The CSV's headings in the language shown. */
export function useCoverageCsvLabels(): CoverageCsvLabels {
  const t = useT();
  const formats = useFormats();
  return useMemo(
    () => ({
      countryCode: t('csv.countryCode'),
      country: t('coverageTable.country'),
      sites: t('coverageTable.sites'),
      groups: Object.fromEntries(
        STATUS_GROUPS.map((group) => [group, t(STATUS_GROUP_KEYS[group])]),
      ) as CoverageCsvLabels['groups'],
      share: t('csv.share'),
      trials: t('coverageTable.trials'),
      populationWithin: (radiusKm) => t('csv.reachWithin', { radius: formats.distance(radiusKm, 'km') }),
      listedPopulation: t('reach.listed'),
      populationShare: t('csv.reachShare'),
      total: (count) => t('coverageTable.total', { count }),
    }),
    [t, formats],
  );
}
