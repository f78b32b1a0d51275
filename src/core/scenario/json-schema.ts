/** The JSON Schema of the scenario format, generated from the zod schema (one source of truth). */
import { z } from 'zod';
import { Scenario } from './schema';

/** Where scenarios point their "$schema" (relative to scenarios/). */
export const SCENARIO_SCHEMA_PATH = '../schema/scenario.schema.json';

/**
 * The JSON Schema (draft 2020-12) for scenario files as written by hand (defaults optional),
 * as shipped in schema/scenario.schema.json.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(Scenario, { io: 'input', target: 'draft-2020-12' });
  return {
    ...json,
    $id: 'https://kefu-dojo.local/schema/scenario.schema.json',
    title: 'Kefu Dojo scenario',
  };
}

/** The text of schema/scenario.schema.json: the schema as pretty JSON with a final newline. */
export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
