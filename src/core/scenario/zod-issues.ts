/**
 * Turns zod issues into problems a trainer can act on: a JSON pointer for each, plain wording,
 * and "did you mean" for unknown keys and bad enum values.
 */
import type { z } from 'zod';
import { suggestion } from './did-you-mean';
import { toPointer, type PointedProblem } from './problem';
import { allowedKeys, schemaAt } from './schema-walk';

type Path = readonly PropertyKey[];

function valueAt(doc: unknown, path: Path): { found: boolean; value: unknown } {
  let cur: unknown = doc;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null) return { found: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return { found: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return { found: true, value: cur };
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

function pathSegments(path: Path): (string | number)[] {
  return path.map((s) => (typeof s === 'number' ? s : String(s)));
}

function describeSize(issue: z.core.$ZodIssue, value: unknown): string {
  const i = issue as z.core.$ZodIssue & {
    origin?: string;
    minimum?: number | bigint;
    maximum?: number | bigint;
    inclusive?: boolean;
  };
  const small = issue.code === 'too_small';
  const bound = Number(small ? i.minimum : i.maximum);
  if (i.origin === 'array') {
    return small
      ? `needs at least ${bound} item${bound === 1 ? '' : 's'}`
      : `has more than ${bound} items`;
  }
  if (i.origin === 'string') {
    return small && bound <= 1
      ? 'must not be empty'
      : `must be ${small ? 'at least' : 'at most'} ${bound} characters`;
  }
  if (i.origin === 'number') {
    const cmp = small ? (i.inclusive ? '≥' : '>') : i.inclusive ? '≤' : '<';
    return `must be ${cmp} ${bound}, not ${JSON.stringify(value)}`;
  }
  return issue.message;
}

/** How a problem names the node: "persona", or item 2 of "goodMoves". */
function nameOf(path: readonly (string | number)[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the scenario';
  if (typeof last === 'string') return `"${last}"`;
  const parent = path[path.length - 2];
  return parent === undefined ? `item ${last}` : `item ${last} of "${parent}"`;
}

/** Maps one zod issue (with the raw document it came from) to one or more pointed problems. */
export function issueToProblems(
  issue: z.core.$ZodIssue,
  doc: unknown,
  root: z.ZodType,
): PointedProblem[] {
  const path = pathSegments(issue.path);
  const pointer = toPointer(path);
  const name = nameOf(path);
  const { found, value } = valueAt(doc, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schemaAt(root, issue.path));
      return issue.keys.map((key) => ({
        pointer: toPointer([...path, key]),
        atKey: true,
        message: `unknown key "${key}"${suggestion(key, allowed)}${
          allowed.length > 0 && suggestion(key, allowed) === ''
            ? ` (allowed here: ${allowed.map((k) => `"${k}"`).join(', ')})`
            : ''
        }`,
      }));
    }
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (!found) return [{ pointer, message: `missing required key ${name} (${expected})` }];
      return [{ pointer, message: `${name} must be ${expected}, not ${jsonType(value)}` }];
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const shown = values.map((v) => JSON.stringify(v)).join(', ');
      const hint = typeof value === 'string' ? suggestion(value, values) : '';
      const what = JSON.stringify(value) ?? 'this value';
      return [
        {
          pointer,
          message:
            hint !== ''
              ? `${what} is not allowed for ${name}${hint}`
              : `${what} is not allowed for ${name}: use one of ${shown}`,
        },
      ];
    }
    case 'too_small':
    case 'too_big':
      return [{ pointer, message: `${name} ${describeSize(issue, value)}` }];
    case 'invalid_format':
      return [{ pointer, message: `${name}: ${issue.message} (got ${JSON.stringify(value)})` }];
    case 'not_multiple_of':
      return [{ pointer, message: `${name} must be a multiple of ${issue.divisor}` }];
    default:
      return [{ pointer, message: `${name}: ${issue.message}` }];
  }
}
