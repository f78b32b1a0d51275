/** Keyboard rules of the chat box, as pure functions of a key event's fields. */

export interface KeyLike {
  key: string;
  keyCode?: number;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
}

/** True while an IME is composing: Enter then confirms the candidate, it must not send. */
export function isComposing(ev: KeyLike): boolean {
  return ev.isComposing || ev.keyCode === 229;
}

/** Enter sends; Shift+Enter is a new line; never while composing. */
export function shouldSend(ev: KeyLike): boolean {
  return (
    ev.key === 'Enter' &&
    !ev.shiftKey &&
    !ev.altKey &&
    !ev.ctrlKey &&
    !ev.metaKey &&
    !isComposing(ev)
  );
}

/** Ctrl/Cmd+1..9 → the quick phrase index 0..8, else null. */
export function quickPhraseIndex(ev: KeyLike): number | null {
  if (!(ev.ctrlKey || ev.metaKey) || ev.altKey || isComposing(ev)) return null;
  if (!/^[1-9]$/.test(ev.key)) return null;
  return Number(ev.key) - 1;
}

/** Alt+ArrowUp / Alt+ArrowDown → -1 / +1 (switch chats), else 0. */
export function chatSwitchDelta(ev: KeyLike): -1 | 0 | 1 {
  if (!ev.altKey || ev.ctrlKey || ev.metaKey || isComposing(ev)) return 0;
  if (ev.key === 'ArrowUp') return -1;
  if (ev.key === 'ArrowDown') return 1;
  return 0;
}

/** Inserts `text` into `value` at the selection [start, end); returns the new value and caret. */
export function insertAt(
  value: string,
  start: number,
  end: number,
  text: string,
): { value: string; caret: number } {
  const s = Math.max(0, Math.min(start, value.length));
  const e = Math.max(s, Math.min(end, value.length));
  return { value: value.slice(0, s) + text + value.slice(e), caret: s + text.length };
}
