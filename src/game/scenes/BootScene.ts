/** Boot: turn the SVG art made in code into textures, once, then hand over to the layer. */
import Phaser from 'phaser';
import { allTextures, svgDataUri } from '../art';
import { SCENE_KEYS } from './keys';

export class BootScene extends Phaser.Scene {
  constructor(private readonly onBooted: () => void) {
    super({ key: SCENE_KEYS.boot });
  }

  preload(): void {
    for (const spec of allTextures()) {
      this.load.svg(spec.key, svgDataUri(spec.svg));
    }
  }

  create(): void {
    this.onBooted();
  }
}
