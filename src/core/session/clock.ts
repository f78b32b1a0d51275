/**
 * The session clock: one manual clock for Node and the browser. It implements XState's `Clock`
 * interface (so every `after` delay and delayed event of the session and its buyers runs on it),
 * and it only moves when told to: the CLI and tests advance it in simulated steps, the browser
 * adapter advances it by the real time elapsed between animation frames.
 *
 * Timers fire in order of due time (then creation order), and while a timer fires `now()` reads
 * its due time, not the target of the advance. So a log written while the clock moved in big
 * steps is identical to one written while it moved in small steps — the basis of replay.
 */
/** XState's clock interface (not exported by xstate 5 itself). */
export interface Clock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
}

interface Timer {
  id: number;
  due: number;
  fn: () => void;
}

/** A clock that moves only when `advance` or `set` is called. Times are ms since session start. */
export class ManualClock implements Clock {
  private current = 0;
  private nextId = 1;
  private timers: Timer[] = [];

  /** ms since the session started. */
  now(): number {
    return this.current;
  }

  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = this.nextId++;
    const delay = Number.isFinite(timeout) && timeout > 0 ? timeout : 0;
    this.timers.push({ id, due: this.current + delay, fn: fn as () => void });
    return id;
  }

  clearTimeout(id: unknown): void {
    const index = this.timers.findIndex((t) => t.id === id);
    if (index >= 0) this.timers.splice(index, 1);
  }

  /** Due time of the earliest pending timer, or null when none is pending. */
  nextDue(): number | null {
    const first = this.earliest();
    return first ? first.due : null;
  }

  /** Number of pending timers. */
  pending(): number {
    return this.timers.length;
  }

  /** Moves the clock forward by `ms` (≥ 0), firing every timer that falls due on the way. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance() needs a non-negative number of ms, got ${ms}`);
    this.set(this.current + ms);
  }

  /** Moves the clock to `time` (never backwards), firing every timer due at or before it. */
  set(time: number): void {
    if (!(time >= this.current)) {
      throw new RangeError(`the session clock cannot go back from ${this.current} to ${time}`);
    }
    for (;;) {
      const first = this.earliest();
      if (!first || first.due > time) break;
      this.timers.splice(this.timers.indexOf(first), 1);
      this.current = first.due;
      first.fn();
    }
    this.current = time;
  }

  private earliest(): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.timers) {
      if (!best || t.due < best.due || (t.due === best.due && t.id < best.id)) best = t;
    }
    return best;
  }
}
