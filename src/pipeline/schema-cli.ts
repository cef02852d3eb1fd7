// `npm run data:schema`: writes data/dataset.schema.json, the JSON Schema generated from the zod contract.
import path from 'node:path';
import { SCHEMA_FILE } from './defaults';
import { writeFileAtomic } from './publish';
import { datasetJsonSchema } from './json-schema';

await writeFileAtomic(path.resolve(process.cwd(), SCHEMA_FILE), datasetJsonSchema());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
