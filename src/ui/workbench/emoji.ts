/** The emoji picker's content: Unicode emoji and Taobao/Wangwang-style codes like [微笑]. */

export const EMOJI = [
  '😊',
  '😄',
  '🙏',
  '👍',
  '🌹',
  '❤️',
  '🎁',
  '📦',
  '✨',
  '🤝',
  '😉',
  '🥰',
] as const;

/** Wangwang codes; the analyzer reads them as emoji (reply flag `emoji`). */
export const EMOJI_CODES = [
  '[微笑]',
  '[呲牙]',
  '[可爱]',
  '[害羞]',
  '[抱拳]',
  '[握手]',
  '[玫瑰]',
  '[爱心]',
  '[调皮]',
  '[偷笑]',
  '[愉快]',
  '[鼓掌]',
] as const;
