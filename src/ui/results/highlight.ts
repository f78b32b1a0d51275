/** Splits a message into plain and highlighted segments from the analyzer's flag spans. */

export interface FlagSpan {
  flag: string;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Flags covering this segment (empty for plain text). */
  flags: string[];
}

/**
 * Cuts `text` at every span boundary; each segment lists the flags whose spans cover it.
 * Spans outside the text are clipped; empty or inverted spans are ignored.
 */
export function highlightSegments(text: string, spans: readonly FlagSpan[]): Segment[] {
  const valid = spans
    .map((s) => ({ flag: s.flag, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const flags = [
      ...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.flag)),
    ];
    const last = segments[segments.length - 1];
    if (last && last.flags.join() === flags.join()) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), flags });
  }
  return segments.length > 0 ? segments : [{ text, flags: [] }];
}
