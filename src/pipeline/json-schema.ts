// The dataset contract as JSON Schema text, generated from the zod schema in src/core/schema.ts.
import { toJSONSchema } from 'zod';
import { datasetSchema } from '../core/schema';

export function datasetJsonSchema(): string {
  const schema = toJSONSchema(datasetSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Trial Atlas dataset' }, null, 2)}\n`;
}
