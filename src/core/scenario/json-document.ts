/**
 * Strict JSON parsing that keeps positions: jsonc-parser builds a syntax tree so that every
 * problem (syntax or schema) can be reported at the line and column of the node it is about.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { escapePointerSegment, fromPointer } from './problem';

/** A parsed JSON document with its syntax tree and a line table. */
export interface JsonDocument {
  /** The text parsed (without a leading BOM). */
  text: string;
  root: Node | undefined;
  lineStarts: number[];
}

/** A JSON syntax error with its position. */
export interface SyntaxProblem {
  offset: number;
  message: string;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a ":" was expected',
  CommaExpected: 'a "," was expected',
  CloseBraceExpected: 'a closing "}" was expected',
  CloseBracketExpected: 'a closing "]" was expected',
  EndOfFileExpected: 'the end of the file was expected (only one top-level value is allowed)',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column of a UTF-16 offset in the JSON text */
export function positionOf(doc: JsonDocument, offset: number): { line: number; col: number } {
  const starts = doc.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
}

function describeError(error: ParseError, text: string): SyntaxProblem {
  const code = printParseErrorCode(error.error);
  const base = SYNTAX_MESSAGES[code] ?? code;
  if (code === 'InvalidCommentToken' || code === 'UnexpectedEndOfComment') {
    return { offset: error.offset, message: base };
  }
  if (error.offset >= text.trimEnd().length && code !== 'EndOfFileExpected') {
    return {
      offset: error.offset,
      message: `unexpected end of file: ${base} (is the file truncated?)`,
    };
  }
  if (code === 'PropertyNameExpected' || code === 'ValueExpected') {
    const before = text.slice(0, error.offset).trimEnd();
    if (before.endsWith(',')) {
      return {
        offset: before.length - 1,
        message: 'trailing comma: JSON allows no "," before a closing "}" or "]"',
      };
    }
  }
  return { offset: error.offset, message: `invalid JSON: ${base}` };
}

/**
 * Parses strict JSON (no comments, no trailing commas); a leading UTF-8 BOM is stripped.
 * Returns the document and its syntax errors, each with an offset.
 */
export function parseJsonDocument(source: string): {
  doc: JsonDocument;
  errors: SyntaxProblem[];
} {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const doc: JsonDocument = { text, root: undefined, lineStarts: lineStartsOf(text) };
  if (text.trim() === '') {
    return {
      doc,
      errors: [{ offset: 0, message: 'the file is empty: a scenario is a JSON object' }],
    };
  }
  const parseErrors: ParseError[] = [];
  doc.root = parseTree(text, parseErrors, {
    allowTrailingComma: false,
    disallowComments: true,
    allowEmptyContent: false,
  });
  const errors: SyntaxProblem[] = [];
  const seen = new Set<number>();
  for (const e of parseErrors) {
    // jsonc-parser recovers and may report a cascade at one place; keep the first per offset.
    const problem = describeError(e, text);
    if (seen.has(problem.offset)) continue;
    seen.add(problem.offset);
    errors.push(problem);
  }
  return { doc, errors };
}

function childOf(node: Node, segment: string): Node | undefined {
  if (node.type === 'object') {
    let found: Node | undefined;
    for (const prop of node.children ?? []) {
      // the last duplicate wins, as in JSON.parse
      if (prop.children?.[0]?.value === segment) found = prop;
    }
    return found;
  }
  if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(segment)) {
    return node.children?.[Number(segment)];
  }
  return undefined;
}

/**
 * The offset of the node at `pointer`: its value, or its key when `atKey` (for unknown keys).
 * When the node does not exist (a missing key), the nearest existing ancestor is used.
 */
export function offsetOf(doc: JsonDocument, pointer: string, atKey = false): number {
  let node = doc.root;
  if (node === undefined) return 0;
  const segments = fromPointer(pointer);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] ?? '';
    const next = childOf(node, seg);
    if (next === undefined) return node.offset;
    if (next.type === 'property') {
      const isLast = i === segments.length - 1;
      if (isLast && atKey) return next.offset;
      const value = next.children?.[1];
      if (value === undefined) return next.offset;
      node = value;
    } else {
      node = next;
    }
  }
  return node.offset;
}

/** Keys that appear more than once in the same object: the pointer and the later key's offset. */
export function duplicateKeys(doc: JsonDocument): { pointer: string; offset: number }[] {
  const out: { pointer: string; offset: number }[] = [];
  const walk = (node: Node, pointer: string): void => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const key = String(prop.children?.[0]?.value ?? '');
        const p = pointer + '/' + escapePointerSegment(key);
        if (seen.has(key)) out.push({ pointer: p, offset: prop.offset });
        seen.add(key);
        const value = prop.children?.[1];
        if (value) walk(value, p);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, i) => walk(child, `${pointer}/${i}`));
    }
  };
  if (doc.root) walk(doc.root, '');
  return out;
}
