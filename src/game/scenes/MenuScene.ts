/**
 * The title screen: a shop street at dusk with our shop (客服道场 / Kefu Dojo) in the middle,
 * neighbours either side, a string of swinging lanterns and shoppers strolling by and walking
 * in. The DOM menu sits on top; this scene only decorates, so it fills the whole screen.
 */
import Phaser from 'phaser';
import { createRng, type Rng } from '../../core/random';
import { buyerKey } from '../art';
import type { LayerBridge } from '../bridge';
import { LOOK_COUNT } from '../logic/floorLayout';
import { FONT_FAMILY, SCENE_KEYS } from './keys';

const SHOP_W = 520;
const SHOP_H = 360;
const SIDE_W = 240;
const LANTERN_GAP = 150;

export class MenuScene extends Phaser.Scene {
  private rng: Rng = createRng(11);
  private shop!: Phaser.GameObjects.Container;
  private sky!: Phaser.GameObjects.Image;
  private pavement!: Phaser.GameObjects.TileSprite;
  private title!: Phaser.GameObjects.Text;
  private subtitle!: Phaser.GameObjects.Text;
  private street!: Phaser.GameObjects.Container;
  private lanterns!: Phaser.GameObjects.Container;
  private walkers!: Phaser.GameObjects.Container;
  private unsubscribe: Array<() => void> = [];

  constructor(private readonly bridge: LayerBridge) {
    super({ key: SCENE_KEYS.menu });
  }

  create(): void {
    this.rng = createRng(11);
    this.sky = this.add.image(0, 0, 'sky').setOrigin(0, 0);
    this.street = this.add.container(0, 0);
    this.pavement = this.add.tileSprite(0, 0, 64, 64, 'pavement').setOrigin(0, 0);
    this.shop = this.add.container(0, 0);
    this.shop.add(this.add.image(0, 0, 'shopfront').setOrigin(0.5, 0));
    this.title = this.add
      .text(0, 48, '', {
        fontFamily: FONT_FAMILY,
        fontSize: '44px',
        fontStyle: 'bold',
        color: '#ffffff',
        stroke: '#a33600',
        strokeThickness: 6,
      })
      .setOrigin(0.5, 0.5);
    this.subtitle = this.add
      .text(0, 84, '', { fontFamily: FONT_FAMILY, fontSize: '17px', color: '#fff3d6' })
      .setOrigin(0.5, 0.5);
    this.shop.add([this.title, this.subtitle]);
    this.addSparkles();
    this.lanterns = this.add.container(0, 0);
    this.walkers = this.add.container(0, 0);
    this.time.addEvent({ delay: 1500, loop: true, callback: () => this.spawnWalker() });
    this.layout();
    this.applyTexts();
    for (let i = 0; i < 3; i++) this.spawnWalker(0.2 + i * 0.3);
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
        .setScale(0.8);
      this.tweens.add({
        targets: sparkle,
        alpha: 1,
        scale: 1.4,
        duration: 700,
        delay: i * 380,
        yoyo: true,
        repeat: -1,
        repeatDelay: 1400,
      });
      this.shop.add(sparkle);
    }
  }

  /** The shop front's scale: as large as fits, its ground line at ~78% of the height. */
  private shopScale(): number {
    const { width, height } = this.scale;
    return Math.max(0.45, Math.min(1.6, (width * 0.7) / SHOP_W, (height * 0.68) / SHOP_H));
  }

  private groundY(): number {
    return Math.round(this.scale.height * 0.1 + SHOP_H * this.shopScale());
  }

  private layout(): void {
    const { width, height } = this.scale;
    const s = this.shopScale();
    const ground = this.groundY();
    this.sky.setDisplaySize(width, height);
    this.pavement
      .setPosition(0, ground - 10 * s)
      .setSize(width, Math.max(0, height - ground + 10 * s));
    this.shop.setPosition(width / 2, ground - SHOP_H * s).setScale(s);
    // Neighbours fill the street out to both edges.
    this.street.removeAll(true);
    const sideScale = s * 0.92;
    const half = (SHOP_W * s) / 2;
    for (let side = -1; side <= 1; side += 2) {
      let x = width / 2 + side * (half + (SIDE_W * sideScale) / 2 - 6 * s);
      let i = side < 0 ? 0 : 1;
      while (x > -SIDE_W * sideScale && x < width + SIDE_W * sideScale) {
        this.street.add(
          this.add
            .image(x, ground - 10 * s + 2, `shop-side-${i % 2}`)
            .setOrigin(0.5, 1)
            .setScale(sideScale),
        );
        x += side * SIDE_W * sideScale;
        i++;
      }
    }
    this.layoutLanterns(width, s);
  }

  /** A string of lanterns across the top of the street, each swinging a little. */
  private layoutLanterns(width: number, s: number): void {
    this.lanterns.removeAll(true);
    const line = this.add.graphics();
    line.lineStyle(2, 0x8a3a12, 1);
    const sag = 18;
    const top = 6;
    const curve = new Phaser.Curves.QuadraticBezier(
      new Phaser.Math.Vector2(-10, top),
      new Phaser.Math.Vector2(width / 2, top + sag * 2),
      new Phaser.Math.Vector2(width + 10, top),
    );
    curve.draw(line, 48);
    this.lanterns.add(line);
    const count = Math.max(2, Math.floor(width / LANTERN_GAP));
    for (let i = 0; i < count; i++) {
      const t = (i + 0.5) / count;
      const point = curve.getPoint(t);
      const lantern = this.add
        .image(point.x, point.y - 2, 'lantern')
        .setOrigin(0.5, 0)
        .setScale(Math.min(1, 0.75 * s + 0.2))
        .setAngle(-5);
      this.tweens.add({
        targets: lantern,
        angle: 5,
        duration: 1300 + (i % 3) * 150,
        delay: (i % 4) * 220,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
      this.lanterns.add(lantern);
    }
  }

  /** A shopper strolls along the pavement; some walk into our shop. `startAt` ∈ [0,1) skips ahead. */
  private spawnWalker(startAt = 0): void {
    const { width, height } = this.scale;
    const s = this.shopScale();
    const fromLeft = this.rng.next() < 0.5;
    const entering = this.rng.next() < 0.4;
    const lane = this.rng.int(0, 2);
    const ground = this.groundY();
    const y = Math.min(height - 4, ground + (14 + lane * 22) * s);
    const startX = fromLeft ? -40 : width + 40;
    const endX = entering ? width / 2 : fromLeft ? width + 40 : -40;
    const x = startX + (endX - startX) * startAt;
    const walker = this.add
      .image(x, y, buyerKey(this.rng.int(0, LOOK_COUNT - 1)))
      .setOrigin(0.5, 1)
      .setScale((0.78 + lane * 0.08) * s);
    walker.setFlipX(!fromLeft);
    this.walkers.add(walker);
    this.walkers.sort('y');
    const bob = this.tweens.add({
      targets: walker,
      y: y - 3 * s,
      duration: 190,
      yoyo: true,
      repeat: -1,
    });
    this.tweens.add({
      targets: walker,
      x: endX,
      duration: (Math.abs(endX - x) / ((70 + lane * 12) * s)) * 1000,
      onComplete: () => {
        bob.stop();
        if (!entering) {
          walker.destroy();
          return;
        }
        this.tweens.add({
          targets: walker,
          y: ground - 14 * s,
          scale: 0.5 * s,
          alpha: 0,
          duration: 600,
          onComplete: () => walker.destroy(),
        });
      },
    });
  }
}
