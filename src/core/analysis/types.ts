import type { Locale } from '../locale';
import type { Flag } from './flags';

/** A half-open range [start, end) of UTF-16 code units in the reply text as given. */
export interface Span {
  start: number;
  end: number;
}

/** Optional context for one reply. */
export interface AnalysisContext {
  /** The buyer's last message, if any (helps tell an answer from a bare `curt` reply). */
  buyerMessage?: string;
}

/** What the analyzer says about one reply. */
export interface ReplyAnalysis {
  /** Flags the reply shows, in the order of FLAGS, without repeats. */
  flags: Flag[];
  /** For every flag in `flags`, the span(s) of the text that triggered it. */
  spans: Partial<Record<Flag, Span[]>>;
}

/** The analyzer's signature: never throws, for any string. */
export type AnalyzeReply = (
  text: string,
  locale: Locale,
  context?: AnalysisContext,
) => ReplyAnalysis;
