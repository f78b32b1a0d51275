/** Phaser scene keys. */
export const SCENE_KEYS = {
  boot: 'boot',
  menu: 'menu',
  floor: 'floor',
  results: 'results',
} as const;

/** The shared text style base (CJK-capable font stack; the page's fonts render Chinese). */
export const FONT_FAMILY =
  '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif';
