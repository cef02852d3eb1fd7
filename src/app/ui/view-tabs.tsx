// Switches between the views: on wide screens "Sites" and "Coverage" in the header; on phones a tab bar
// with Map, List and Coverage.
import type { View } from '../../core/view-state';
import { useAppStore } from '../state/store';

interface Props {
  variant: 'header' | 'tab-bar';
  /** Offer the coverage view (it is only offered once something renders it). */
  coverage: boolean;
}

export function ViewTabs({ variant, coverage }: Props) {
  const view = useAppStore((s) => s.view);
  const tabs: { label: string; views: View[]; target: View }[] =
    variant === 'header'
      ? [{ label: 'Sites', views: ['map', 'list'], target: 'map' }]
      : [
          { label: 'Map', views: ['map'], target: 'map' },
          { label: 'List', views: ['list'], target: 'list' },
        ];
  if (coverage) tabs.push({ label: 'Coverage', views: ['coverage'], target: 'coverage' });
  if (tabs.length < 2) return null;
  return (
    <nav className={variant === 'header' ? 'view-switch' : 'tab-bar'} aria-label="Views">
      {tabs.map((tab) => (
        <button
          key={tab.label}
          type="button"
          aria-pressed={tab.views.includes(view)}
          onClick={() => useAppStore.getState().setView(tab.target)}
        >
          {tab.label}
        </button>
      ))}
    </nav>
  );
}
