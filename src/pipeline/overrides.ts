// Loads data/geocode-overrides.json: curated fixes for what a gazetteer cannot know, each with a reason.
import { readFileSync } from 'node:fs';
// Named imports: the lint rule meant for default imports also trips on `import * as z` outside core.
import { array, number, object, strictObject, string } from 'zod';
import type { GeocodeOverride } from './geocoder';
import { JsonSyntaxError, scanJson } from './readers/json-positions';
import { SourceError, lineAt } from './source-error';

const overridesSchema = object({
  overrides: array(
    strictObject({
      country: string().regex(/^[A-Z]{2}$/),
      city: string().min(1),
      facility: string().min(1).optional(),
      geonameId: number().int().positive(),
      reason: string().min(1),
    }),
  ),
});

export function readOverrides(file: string, displayPath = file): GeocodeOverride[] {
  const text = readFileSync(file, 'utf8');
  const entryLines: number[] = [];
  try {
    scanJson(text, (path, offset) => {
      if (path.length === 2 && path[0] === 'overrides') entryLines.push(lineAt(text, offset));
    });
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      throw new SourceError(displayPath, lineAt(text, error.offset), error.message);
    throw error;
  }
  const parsed = overridesSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const entry = issue?.path[0] === 'overrides' ? Number(issue.path[1]) : NaN;
    const line = Number.isInteger(entry) ? (entryLines[entry] ?? 1) : 1;
    throw new SourceError(
      displayPath,
      line,
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data.overrides;
}
