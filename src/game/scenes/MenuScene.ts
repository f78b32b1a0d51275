/**
 * The title screen: an animated shop front (客服道场 / Kefu Dojo) with swinging lanterns and
 * shoppers walking in. The DOM menu controls sit on top; this scene only decorates.
 */
import Phaser from 'phaser';
import { createRng, type Rng } from '../../core/random';
import { buyerKey } from '../art';
import type { LayerBridge } from '../bridge';
import { LOOK_COUNT } from '../logic/floorLayout';
import { FONT_FAMILY, SCENE_KEYS } from './keys';

const SHOP_W = 520;
const SHOP_H = 360;

export class MenuScene extends Phaser.Scene {
  private rng: Rng = createRng(11);
  private shop!: Phaser.GameObjects.Container;
  private sky!: Phaser.GameObjects.Image;
  private pavement!: Phaser.GameObjects.TileSprite;
  private title!: Phaser.GameObjects.Text;
  private subtitle!: Phaser.GameObjects.Text;
  private walkers!: Phaser.GameObjects.Container;
  private unsubscribe: Array<() => void> = [];

  constructor(private readonly bridge: LayerBridge) {
    super({ key: SCENE_KEYS.menu });
  }

  create(): void {
    this.rng = createRng(11);
    this.sky = this.add.image(0, 0, 'sky').setOrigin(0, 0);
    this.pavement = this.add.tileSprite(0, 0, 64, 64, 'pavement').setOrigin(0, 0);
    this.shop = this.add.container(0, 0);
    this.shop.add(this.add.image(0, 0, 'shopfront').setOrigin(0.5, 0));
    const titleStyle = {
      fontFamily: FONT_FAMILY,
      fontSize: '44px',
      fontStyle: 'bold',
      color: '#ffffff',
      stroke: '#a33600',
      strokeThickness: 6,
    };
    this.title = this.add.text(0, 48, '', titleStyle).setOrigin(0.5, 0.5);
    this.subtitle = this.add
      .text(0, 84, '', { fontFamily: FONT_FAMILY, fontSize: '17px', color: '#fff3d6' })
      .setOrigin(0.5, 0.5);
    this.shop.add([this.title, this.subtitle]);
    for (const [x, delay] of [
      [-236, 0],
      [236, 400],
    ] as const) {
      const lantern = this.add.image(x, 104, 'lantern').setOrigin(0.5, 0);
      lantern.setAngle(-6);
      this.tweens.add({
        targets: lantern,
        angle: 6,
        duration: 1400,
        delay,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
      this.shop.add(lantern);
    }
    this.addSparkles();
    this.walkers = this.add.container(0, 0);
    this.time.addEvent({ delay: 1700, loop: true, callback: () => this.spawnWalker() });
    this.spawnWalker();
    this.layout();
    this.applyTexts();
    this.scale.on('resize', this.layout, this);
    this.unsubscribe.push(this.bridge.on('translator', () => this.applyTexts()));
    this.events.once('shutdown', () => {
      this.scale.off('resize', this.layout, this);
      this.unsubscribe.forEach((off) => off());
      this.unsubscribe = [];
    });
  }

  private applyTexts(): void {
    this.title.setText(this.bridge.t('game:title'));
    this.subtitle.setText(`${this.bridge.t('game:subtitle')} · ${this.bridge.t('game:tagline')}`);
  }

  private addSparkles(): void {
    for (let i = 0; i < 6; i++) {
      const sparkle = this.add
        .image(-230 + i * 92, 18 + (i % 2) * 70, 'sparkle')
        .setAlpha(0)
        .setScale(0.6);
      this.tweens.add({
        targets: sparkle,
        alpha: 1,
        scale: 1.1,
        duration: 700,
        delay: i * 380,
        yoyo: true,
        repeat: -1,
        repeatDelay: 1400,
      });
      this.shop.add(sparkle);
    }
  }

  /** The shop front's scale and place: centred, in the upper part of the screen. */
  private shopScale(): number {
    const { width, height } = this.scale;
    return Math.max(0.4, Math.min(1.2, (width * 0.8) / SHOP_W, (height * 0.62) / SHOP_H));
  }

  private groundY(): number {
    return this.scale.height * 0.06 + SHOP_H * this.shopScale();
  }

  private layout(): void {
    const { width, height } = this.scale;
    const s = this.shopScale();
    this.sky.setDisplaySize(width, height);
    const ground = this.groundY();
    this.pavement.setPosition(0, ground - 8 * s).setSize(width, Math.max(0, height - ground + 8 * s));
    this.shop.setPosition(width / 2, height * 0.06).setScale(s);
  }

  private spawnWalker(): void {
    const { width } = this.scale;
    const s = this.shopScale();
    const fromLeft = this.rng.next() < 0.5;
    const ground = this.groundY() + 26 * s;
    const startX = fromLeft ? -40 : width + 40;
    const doorX = width / 2;
    const walker = this.add
      .image(startX, ground, buyerKey(this.rng.int(0, LOOK_COUNT - 1)))
      .setOrigin(0.5, 1)
      .setScale(0.8 * s);
    this.walkers.add(walker);
    const distance = Math.abs(doorX - startX);
    const bob = this.tweens.add({
      targets: walker,
      y: ground - 4 * s,
      duration: 180,
      yoyo: true,
      repeat: -1,
    });
    this.tweens.add({
      targets: walker,
      x: doorX + (fromLeft ? -12 : 12) * s,
      duration: (distance / (90 * s)) * 1000,
      onComplete: () => {
        bob.stop();
        this.tweens.add({
          targets: walker,
          y: ground - 30 * s,
          scale: 0.55 * s,
          alpha: 0,
          duration: 450,
          onComplete: () => walker.destroy(),
        });
      },
    });
  }
}
