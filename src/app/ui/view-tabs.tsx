// Switches between the views: on wide screens "Sites" and "Coverage" in the header; on phones a tab bar
// with Map, List and Coverage.
import type { View } from '../../core/view-state';
import { useT } from '../i18n/i18n-store';
import type { MessageKey } from '../i18n/translator';
import { useAppStore } from '../state/store';

interface Props {
  variant: 'header' | 'tab-bar';
  /** Offer the coverage view (it is only offered once something renders it). */
  coverage: boolean;
}

export function ViewTabs({ variant, coverage }: Props) {
  const view = useAppStore((s) => s.view);
  const t = useT();
  const tabs: { label: MessageKey; views: View[]; target: View }[] =
    variant === 'header'
      ? [{ label: 'views.sites', views: ['map', 'list'], target: 'map' }]
      : [
          { label: 'views.map', views: ['map'], target: 'map' },
          { label: 'views.list', views: ['list'], target: 'list' },
        ];
  if (coverage) tabs.push({ label: 'views.coverage', views: ['coverage'], target: 'coverage' });
  if (tabs.length < 2) return null;
  return (
    <nav className={variant === 'header' ? 'view-switch' : 'tab-bar'} aria-label={t('views.label')}>
      {tabs.map((tab) => (
        <button
          key={tab.label}
          type="button"
          aria-pressed={tab.views.includes(view)}
          onClick={() => useAppStore.getState().setView(tab.target)}
        >
          {t(tab.label)}
        </button>
      ))}
    </nav>
  );
}
