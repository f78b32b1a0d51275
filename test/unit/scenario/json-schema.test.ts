import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../../src/core/scenario/json-schema';

describe('schema/scenario.schema.json', () => {
  it('is up to date with the zod schema (run npm run gen:schemas)', () => {
    expect(readFileSync('schema/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('closes objects, so editors flag unknown keys', () => {
    const schema = JSON.parse(scenarioJsonSchemaText()) as {
      additionalProperties?: boolean;
      required?: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'id',
        'title',
        'locales',
        'shop',
        'products',
        'buyers',
      ]),
    );
    expect(Object.keys(schema.properties)).toContain('$schema');
  });
});
