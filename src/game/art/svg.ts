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

/**
 * A base64 `data:` URI of an SVG document, for Phaser's loader (which decodes every `data:` URL
 * as base64). The text is UTF-8 encoded first, so CJK and symbols survive.
 */
export function svgDataUri(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
