/**
 * Scenario migrations: a file written for an older schemaVersion is brought up to the current
 * one step by step before validation. Version 1 is the first, so the table is empty today; each
 * future version adds the step from the one before it.
 */
import { SCENARIO_SCHEMA_VERSION } from './schema';
import type { PointedProblem } from './problem';

/** A step that turns a document of version N into one of version N + 1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** Migrations keyed by the version they start from (N → N + 1). */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** The oldest schemaVersion a scenario may declare. */
export const FIRST_SCHEMA_VERSION = 1;

export type MigrationResult =
  { ok: true; doc: Record<string, unknown>; from: number } | { ok: false; problem: PointedProblem };

/**
 * Reads `schemaVersion` and migrates the document to `target` (the current version by default).
 * A missing, malformed, too new or unknown version is a problem at /schemaVersion.
 */
export function migrateScenario(
  doc: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SCENARIO_SCHEMA_VERSION,
): MigrationResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    const got = Array.isArray(doc) ? 'an array' : doc === null ? 'null' : `a ${typeof doc}`;
    return {
      ok: false,
      problem: { pointer: '', message: `a scenario is a JSON object, but this file holds ${got}` },
    };
  }
  const record = doc as Record<string, unknown>;
  if (!('schemaVersion' in record)) {
    return {
      ok: false,
      problem: {
        pointer: '',
        message: `"schemaVersion" is missing: add "schemaVersion": ${target} to the scenario`,
      },
    };
  }
  const version = record['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      problem: {
        pointer: '/schemaVersion',
        message: `"schemaVersion" must be a whole number such as ${target}, not ${JSON.stringify(version)}`,
      },
    };
  }
  if (version > target) {
    return {
      ok: false,
      problem: {
        pointer: '/schemaVersion',
        message: `this scenario is written for schemaVersion ${version}, but this Kefu Dojo supports up to ${target}: update Kefu Dojo`,
      },
    };
  }
  if (version < FIRST_SCHEMA_VERSION) {
    return {
      ok: false,
      problem: {
        pointer: '/schemaVersion',
        message: `schemaVersion ${version} does not exist: the first version is ${FIRST_SCHEMA_VERSION}`,
      },
    };
  }
  let current: Record<string, unknown> = record;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (step === undefined) {
      return {
        ok: false,
        problem: {
          pointer: '/schemaVersion',
          message: `no migration from schemaVersion ${v} to ${v + 1} is known`,
        },
      };
    }
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, doc: current, from: version };
}
