/**
 * Mount the Phaser game layer in `parent` (lazy-loaded by the DOM shell:
 * `(await import('./game/mount')).default(parentEl)`). The renderer is WebGL on a real GPU and
 * Canvas where WebGL is missing or software-only (e.g. headless Chromium with --disable-gpu);
 * `?renderer=canvas|webgl` forces one. Phaser's own audio and input are off:
 * Howler plays the sounds and the DOM owns the keyboard (IME) and the pointer.
 */
import Phaser from 'phaser';
import type { GameLayer, GameSceneName, MountGameLayer } from './contract';
import { LayerBridge } from './bridge';
import { BootScene } from './scenes/BootScene';
import { FloorScene } from './scenes/FloorScene';
import { MenuScene } from './scenes/MenuScene';
import { ResultsScene } from './scenes/ResultsScene';
import { SCENE_KEYS } from './scenes/keys';
import { canvasSize } from './logic/canvasSize';
import { chooseRenderer, probeWebGL } from './logic/renderer';

const CONTENT_SCENES: readonly GameSceneName[] = ['menu', 'floor', 'results'];

function rendererType(): number {
  const forced = new URLSearchParams(window.location.search).get('renderer');
  return chooseRenderer(probeWebGL(document), forced) === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS;
}

const mountGameLayer: MountGameLayer = (parent) =>
  new Promise<GameLayer>((resolve, reject) => {
    const bridge = new LayerBridge();
    let booted = false;
    let current: GameSceneName = 'menu';
    let game: Phaser.Game | null = null;

    /** Size the canvas for the current scene (the floor only needs its band). */
    const fit = (): void => {
      if (!game) return;
      const size = canvasSize(
        current,
        parent.clientWidth || window.innerWidth,
        parent.clientHeight || window.innerHeight,
        bridge.floorArea,
      );
      if (game.scale.width !== size.width || game.scale.height !== size.height) {
        game.scale.resize(size.width, size.height);
      }
    };
    const resizeObserver = new ResizeObserver(fit);

    const show = (name: GameSceneName): void => {
      current = name;
      if (!booted || !game) return;
      fit();
      for (const other of CONTENT_SCENES) {
        if (other !== name && game.scene.isActive(SCENE_KEYS[other]))
          game.scene.stop(SCENE_KEYS[other]);
      }
      if (!game.scene.isActive(SCENE_KEYS[name])) game.scene.start(SCENE_KEYS[name]);
    };

    const layer: GameLayer = {
      get renderer() {
        return game?.renderer instanceof Phaser.Renderer.Canvas.CanvasRenderer ? 'canvas' : 'webgl';
      },
      show,
      render: (view) => bridge.emit('view', view),
      cue: (cue) => bridge.emit('cue', cue),
      revealScores: (scores) => bridge.emit('scores', scores),
      setTranslator: (t) => bridge.emit('translator', t),
      setFloorArea: (area) => {
        bridge.emit('floorArea', area);
        fit();
      },
      destroy: () => {
        resizeObserver.disconnect();
        bridge.clear();
        game?.destroy(true);
        game = null;
      },
    };

    const onBooted = (): void => {
      booted = true;
      const canvas = game?.canvas;
      if (canvas) {
        canvas.setAttribute('aria-hidden', 'true');
        canvas.style.pointerEvents = 'none';
        canvas.style.display = 'block';
      }
      game?.scene.stop(SCENE_KEYS.boot);
      resizeObserver.observe(parent);
      show(current);
      resolve(layer);
    };

    try {
      game = new Phaser.Game({
        type: rendererType(),
        parent,
        transparent: true,
        banner: false,
        audio: { noAudio: true },
        input: { keyboard: false, mouse: false, touch: false, gamepad: false },
        disableContextMenu: false,
        fps: { target: 60, limit: 30 },
        // The layer sizes the canvas itself (see fit): the parent, or the floor's band.
        scale: {
          mode: Phaser.Scale.NONE,
          width: parent.clientWidth || 1280,
          height: parent.clientHeight || 800,
        },
        render: { antialias: true, powerPreference: 'low-power' },
        scene: [
          new BootScene(onBooted),
          new MenuScene(bridge),
          new FloorScene(bridge),
          new ResultsScene(bridge),
        ],
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });

export default mountGameLayer;
