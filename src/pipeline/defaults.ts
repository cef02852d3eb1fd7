// Where the embedded dataset comes from and goes to (shared by the CLIs and the tests that check them).
export const DEFAULT_INPUTS = ['seeds', 'data/sources'];
export const OVERRIDES_FILE = 'data/geocode-overrides.json';
export const DEFAULT_REPORT = 'data/build-report.md';
export const DEFAULT_DATASET = 'public/data/default/dataset.json';
export const SCHEMA_FILE = 'data/dataset.schema.json';
