/**
 * Which Phaser renderer to use. WebGL on a real GPU; Canvas where WebGL is missing or runs in
 * software (SwiftShader, llvmpipe: headless Chromium with --disable-gpu), because a software
 * WebGL frame costs far more than a Canvas one and would slow the workbench's typing.
 */

export type RendererChoice = 'webgl' | 'canvas';

/** What a probe of the browser's WebGL found. */
export interface WebGLProbe {
  /** A context could be created at all. */
  available: boolean;
  /** A context could be created with failIfMajorPerformanceCaveat (i.e. not software). */
  fast: boolean;
  /** UNMASKED_RENDERER_WEBGL, when the browser tells. */
  rendererName?: string;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Pick the renderer from a probe and an optional forced choice (`?renderer=`). */
export function chooseRenderer(probe: WebGLProbe, forced?: string | null): RendererChoice {
  if (forced === 'canvas' || forced === 'webgl') return forced;
  if (!probe.available || !probe.fast) return 'canvas';
  if (probe.rendererName && SOFTWARE.test(probe.rendererName)) return 'canvas';
  return 'webgl';
}

/** Probe WebGL in this browser (creates and drops two tiny contexts). */
export function probeWebGL(doc: Document): WebGLProbe {
  const context = (options?: WebGLContextAttributes): WebGLRenderingContext | null => {
    try {
      return doc.createElement('canvas').getContext('webgl', options);
    } catch {
      return null;
    }
  };
  const gl = context();
  if (!gl) return { available: false, fast: false };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const rendererName = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : undefined;
  const fast = context({ failIfMajorPerformanceCaveat: true }) !== null;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, fast, ...(rendererName !== undefined ? { rendererName } : {}) };
}
