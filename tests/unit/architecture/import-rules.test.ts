// The layering the project promises (core pure; data ← state ← ui ← map; no cycles) holds only while ESLint
// can resolve the imports it checks: this runs the real configuration on small sources placed in each layer.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the import rules', () => {
  it('keep core pure and the pipeline and the app apart', async () => {
    expect(
      await ruleErrors('src/core/probe.ts', "export { useAppStore } from '../app/state/store';\n"),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleErrors('src/app/data/probe.ts', "export { buildDataset } from '../../pipeline/build';\n"),
    ).toContain('import-x/no-restricted-paths');
    // The browser decodes sites.bin; the encoder is the pipeline's.
    expect(
      await ruleErrors(
        'src/app/data/probe.ts',
        "export { encodeDataset } from '../../core/compact/encode';\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleErrors(
        'src/app/data/probe.ts',
        "export { decodeCompact } from '../../core/compact/decode';\n",
      ),
    ).toEqual([]);
  });

  it('let the map use the ui, and the ui only place the map', async () => {
    expect(
      await ruleErrors('src/app/ui/probe.ts', "export { MarkerSet } from '../map/marker-set';\n"),
    ).toContain('import-x/no-restricted-paths');
    expect(await ruleErrors('src/app/ui/probe.ts', "export { SiteMap } from '../map/site-map';\n")).toEqual(
      [],
    );
    expect(await ruleErrors('src/app/map/probe.ts', "export { DataText } from '../ui/data-text';\n")).toEqual(
      [],
    );
  });

  it('refuse an import cycle', async () => {
    // core/filter.ts imports core/status.ts: a status.ts that imported the filter would close a loop.
    expect(await ruleErrors('src/core/status.ts', "export { filterRows } from './filter';\n")).toContain(
      'import-x/no-cycle',
    );
    expect(await ruleErrors('src/core/probe.ts', "export { filterRows } from './filter';\n")).toEqual([]);
  });
});
