/** Helpers to build the game's textures as SVG documents made in code (nothing is downloaded). */

/** One texture the BootScene loads: an SVG document of a given pixel size. */
export interface TextureSpec {
  key: string;
  width: number;
  height: number;
  svg: string;
}

/** An SVG document of `width` × `height` pixels wrapping `body`. */
export function svgDoc(width: number, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}">${body}</svg>`
  );
}

/** The texture spec of an SVG body. */
export function texture(key: string, width: number, height: number, body: string): TextureSpec {
  return { key, width, height, svg: svgDoc(width, height, body) };
}

/** Replace every non-ASCII character with an XML character reference (`¥` → `&#165;`). */
export function asciiXml(svg: string): string {
  return svg.replace(/[\u0080-\u{10ffff}]/gu, (c) => `&#${c.codePointAt(0) ?? 63};`);
}

/**
 * A base64 `data:` URI of an SVG document, for Phaser's loader. Phaser decodes every `data:`
 * URL as base64 into a binary (Latin-1) string, so the document is made pure ASCII first:
 * CJK and symbols travel as character references.
 */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${btoa(asciiXml(svg))}`;
}
