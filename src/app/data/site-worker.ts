// The site worker: the indexed engine off the main thread. It fetches the dataset itself, so a million sites
// never touch the main thread.
import { expose } from './engine-proxy';
import { IndexedSiteEngine } from './indexed-site-engine';

expose(new IndexedSiteEngine(), self as unknown as Parameters<typeof expose>[1]);
