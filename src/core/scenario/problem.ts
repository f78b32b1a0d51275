/**
 * Problems found in a scenario file: what the validator CLI prints as
 * `FILE:LINE:COL: message (at /json/pointer)` and what the browser shows for a dropped file.
 */

/** One problem in a scenario file. Line and column are 1-based. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
  /** JSON pointer (RFC 6901) of the node the problem is about; "" for the whole file */
  pointer: string;
  /** Errors make the file invalid; warnings do not. Absent means "error". */
  severity?: 'error' | 'warning';
}

/** A problem before it is given a position: the pointer locates it in the file */
export interface PointedProblem {
  pointer: string;
  message: string;
  severity?: 'error' | 'warning';
  /** Point at the key of the property rather than its value (unknown keys). */
  atKey?: boolean;
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON pointer from a path of keys and indices. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((s) => '/' + escapePointerSegment(s)).join('');
}

/** Splits a JSON pointer into its segments (unescaped). */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Formats a problem the way the validator prints it: `FILE:LINE:COL: message (at /pointer)`. */
export function formatProblem(p: Problem): string {
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  const at = p.pointer === '' ? '' : ` (at ${p.pointer})`;
  return `${p.file}:${p.line}:${p.col}: ${prefix}${p.message}${at}`;
}
