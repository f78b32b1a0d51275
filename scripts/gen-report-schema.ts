/** Writes schema/report.schema.json from the report's zod schema (one source of truth). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { reportJsonSchemaText } from '../src/core/report/schema';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/report.schema.json', reportJsonSchemaText());
console.log('wrote schema/report.schema.json');
