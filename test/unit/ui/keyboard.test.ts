import { describe, expect, it } from 'vitest';
import {
  chatSwitchDelta,
  insertAt,
  quickPhraseIndex,
  shouldSend,
  type KeyLike,
} from '../../../src/ui/workbench/keyboard';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  ...extra,
});

describe('keyboard rules of the chat box', () => {
  it('Enter sends, Shift+Enter does not', () => {
    expect(shouldSend(key('Enter'))).toBe(true);
    expect(shouldSend(key('Enter', { shiftKey: true }))).toBe(false);
    expect(shouldSend(key('a'))).toBe(false);
  });

  it('never sends while an IME is composing', () => {
    expect(shouldSend(key('Enter', { isComposing: true }))).toBe(false);
    expect(shouldSend(key('Enter', { keyCode: 229 }))).toBe(false);
    expect(quickPhraseIndex(key('1', { ctrlKey: true, isComposing: true }))).toBeNull();
    expect(chatSwitchDelta(key('ArrowUp', { altKey: true, keyCode: 229 }))).toBe(0);
  });

  it('Ctrl or Cmd + 1..9 pick quick phrases 0..8', () => {
    expect(quickPhraseIndex(key('1', { ctrlKey: true }))).toBe(0);
    expect(quickPhraseIndex(key('9', { metaKey: true }))).toBe(8);
    expect(quickPhraseIndex(key('0', { ctrlKey: true }))).toBeNull();
    expect(quickPhraseIndex(key('3'))).toBeNull();
    expect(quickPhraseIndex(key('3', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('Alt+Up/Down switch chats', () => {
    expect(chatSwitchDelta(key('ArrowUp', { altKey: true }))).toBe(-1);
    expect(chatSwitchDelta(key('ArrowDown', { altKey: true }))).toBe(1);
    expect(chatSwitchDelta(key('ArrowDown'))).toBe(0);
    expect(chatSwitchDelta(key('ArrowDown', { altKey: true, ctrlKey: true }))).toBe(0);
  });

  it('inserts at the caret, replacing a selection', () => {
    expect(insertAt('亲好', 1, 1, ',您')).toEqual({ value: '亲,您好', caret: 3 });
    expect(insertAt('hello world', 6, 11, 'there')).toEqual({ value: 'hello there', caret: 11 });
    expect(insertAt('ab', 99, 99, 'c')).toEqual({ value: 'abc', caret: 3 });
  });
});
