/** Writes schema/scenario.schema.json from the zod schema (one source of truth). */
import { writeFileSync, mkdirSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../src/core/scenario/json-schema';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/scenario.schema.json', scenarioJsonSchemaText());
console.log('wrote schema/scenario.schema.json');
