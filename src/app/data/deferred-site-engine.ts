// The in-thread engine for browsers without module workers, loaded on first use so that it (and supercluster
// with it) stays out of the app shell that every other browser downloads.
import type { Dataset } from '../../core/schema';
import type { Filters } from '../../core/view-state';
import type { NearestRequest, NearFilter, SiteEngine } from './site-engine';

export class DeferredSiteEngine implements SiteEngine {
  private engine: Promise<SiteEngine> | null = null;

  private get ready(): Promise<SiteEngine> {
    this.engine ??= import('./local-site-engine').then(({ LocalSiteEngine }) => new LocalSiteEngine());
    return this.engine;
  }

  async load(dataset: Dataset) {
    return (await this.ready).load(dataset);
  }
  async setFilters(filters: Filters, near?: NearFilter | null) {
    return (await this.ready).setFilters(filters, near);
  }
  async clusters(bbox: [number, number, number, number], zoom: number) {
    return (await this.ready).clusters(bbox, zoom);
  }
  async expansionZoom(markerId: number) {
    return (await this.ready).expansionZoom(markerId);
  }
  async leaves(markerId: number, limit: number) {
    return (await this.ready).leaves(markerId, limit);
  }
  async rows(offset: number, limit: number) {
    return (await this.ready).rows(offset, limit);
  }
  async indexOf(siteId: string) {
    return (await this.ready).indexOf(siteId);
  }
  async site(siteId: string) {
    return (await this.ready).site(siteId);
  }
  async trial(trialId: string) {
    return (await this.ready).trial(trialId);
  }
  async nearest(request: NearestRequest) {
    return (await this.ready).nearest(request);
  }
  async exportSites(format: 'csv' | 'geojson') {
    return (await this.ready).exportSites(format);
  }
}
