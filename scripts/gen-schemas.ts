/** Writes schema/scenario.schema.json from the zod schema (one source of truth). */
import { writeFileSync, mkdirSync } from 'node:fs';
import { z } from 'zod';
import { Scenario } from '../src/core/scenario/schema';

mkdirSync('schema', { recursive: true });
const json = z.toJSONSchema(Scenario, { io: 'input', target: 'draft-2020-12' });
const out = {
  ...json,
  $id: 'https://kefu-dojo.local/schema/scenario.schema.json',
  title: 'Kefu Dojo scenario',
};
writeFileSync('schema/scenario.schema.json', JSON.stringify(out, null, 2) + '\n');
console.log('wrote schema/scenario.schema.json');
