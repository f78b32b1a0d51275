/**
 * The shop floor around the workbench: buyers arriving, waiting and leaving with their mood
 * bubbles, the shift clock, and in Double Eleven the countdown to 00:00 and the arrival wave.
 * Everything is drawn from the TraineeView the layer is given; the scene holds no game state.
 */
import Phaser from 'phaser';
import type { SessionCue, TraineeView } from '../../core/session/contract';
import type { LayerBridge } from '../bridge';
import { arrivalsPerMinute, double11Clock, double11OpensAt, formatDuration } from '../logic/clock';
import { diffFloor, layoutFloor, type Rect } from '../logic/floorLayout';
import { FloorActorSprite } from './floorActor';
import { FONT_FAMILY, SCENE_KEYS } from './keys';

/** The default floor band: the top of the canvas, above the workbench. */
export function defaultFloorArea(width: number, height: number): Rect {
  return { x: 0, y: 0, width, height: Math.round(Math.min(160, Math.max(120, height * 0.2))) };
}

export class FloorScene extends Phaser.Scene {
  private actors = new Map<string, FloorActorSprite>();
  private tiles!: Phaser.GameObjects.TileSprite;
  private wall!: Phaser.GameObjects.Graphics;
  private shelves!: Phaser.GameObjects.TileSprite;
  private door!: Phaser.GameObjects.Image;
  private hud!: Phaser.GameObjects.Text;
  private banner!: Phaser.GameObjects.Text;
  private overflow!: Phaser.GameObjects.Text;
  private texts = new Map<Phaser.GameObjects.Text, string>();
  private bannerColour = '';
  private sessionKey = '';
  private lastNow = 0;
  private unsubscribe: Array<() => void> = [];

  constructor(private readonly bridge: LayerBridge) {
    super({ key: SCENE_KEYS.floor });
  }

  create(): void {
    this.actors = new Map();
    this.texts = new Map();
    this.sessionKey = '';
    this.tiles = this.add.tileSprite(0, 0, 64, 64, 'floor').setOrigin(0, 0);
    this.wall = this.add.graphics();
    this.shelves = this.add.tileSprite(0, 0, 128, 96, 'shelf').setOrigin(0, 0);
    this.door = this.add.image(0, 0, 'door').setOrigin(0.5, 1);
    const hudStyle = {
      fontFamily: FONT_FAMILY,
      fontSize: '15px',
      color: '#3b3f4a',
      backgroundColor: '#ffffffdd',
      padding: { x: 8, y: 5 },
      align: 'right',
    };
    this.hud = this.add.text(0, 0, '', hudStyle).setOrigin(1, 0).setDepth(3000);
    this.banner = this.add
      .text(0, 0, '', {
        fontFamily: FONT_FAMILY,
        fontSize: '22px',
        fontStyle: 'bold',
        color: '#ffffff',
        backgroundColor: '#ff5000',
        padding: { x: 14, y: 6 },
        align: 'center',
      })
      .setOrigin(0.5, 0)
      .setDepth(3000)
      .setVisible(false);
    this.overflow = this.add
      .text(0, 0, '', { fontFamily: FONT_FAMILY, fontSize: '18px', fontStyle: 'bold', color: '#ff5000' })
      .setOrigin(1, 1)
      .setDepth(2500);
    this.layoutStatic();
    this.scale.on('resize', this.onResize, this);
    this.unsubscribe.push(
      this.bridge.on('view', (view) => this.renderView(view)),
      this.bridge.on('cue', (cue) => this.onCue(cue)),
      this.bridge.on('translator', () => this.redraw()),
      this.bridge.on('floorArea', () => this.onResize()),
    );
    this.events.once('shutdown', () => {
      this.scale.off('resize', this.onResize, this);
      this.unsubscribe.forEach((off) => off());
      this.unsubscribe = [];
      this.actors.forEach((a) => a.destroy());
      this.actors.clear();
    });
    this.redraw();
  }

  private area(): Rect {
    return this.bridge.floorArea ?? defaultFloorArea(this.scale.width, this.scale.height);
  }

  private onResize(): void {
    this.layoutStatic();
    this.redraw();
  }

  private redraw(): void {
    if (this.bridge.view) this.renderView(this.bridge.view);
    else this.setText(this.hud, this.bridge.t('game:floor.clock', { time: formatDuration(0) }));
  }

  private layoutStatic(): void {
    const { width, height } = this.scale;
    const area = this.area();
    this.tiles.setSize(width, height);
    const wallHeight = Math.round(area.height * 0.5);
    this.wall.clear();
    this.wall.fillStyle(0xfff4e6, 1).fillRect(area.x, area.y, area.width, wallHeight);
    this.wall.fillStyle(0xff5000, 1).fillRect(area.x, area.y + wallHeight - 4, area.width, 4);
    const shelfScale = Math.min(1, (wallHeight - 8) / 96);
    this.shelves
      .setPosition(area.x + 90, area.y + 4)
      .setScale(shelfScale)
      .setSize(Math.max(0, (area.width - 100) / shelfScale), 96);
    const doorScale = Math.min(1, (area.height - 6) / 112);
    this.door.setPosition(area.x + 36, area.y + area.height - 2).setScale(doorScale);
    this.hud.setPosition(area.x + area.width - 8, area.y + 6);
    this.banner.setPosition(area.x + area.width / 2, area.y + 6);
    this.overflow.setPosition(area.x + area.width - 10, area.y + area.height - 6);
  }

  private setText(text: Phaser.GameObjects.Text, value: string): void {
    if (this.texts.get(text) === value) return;
    this.texts.set(text, value);
    text.setText(value);
  }

  private renderView(view: TraineeView): void {
    // A new session (or a restart) clears the floor instead of animating everyone out.
    const key = `${view.scenarioId}|${view.mode}`;
    if (key !== this.sessionKey || view.now < this.lastNow) {
      this.actors.forEach((a) => a.destroy());
      this.actors.clear();
      this.sessionKey = key;
    }
    this.lastNow = view.now;
    const layout = layoutFloor(view, this.area());
    const diff = diffFloor(new Set(this.actors.keys()), layout);
    const byId = new Map(layout.actors.map((a) => [a.buyerId, a]));
    for (const id of diff.enter) {
      const actor = byId.get(id);
      if (actor) this.actors.set(id, new FloorActorSprite(this, actor, layout.door));
    }
    for (const id of diff.move) {
      const actor = byId.get(id);
      const sprite = this.actors.get(id);
      if (!actor || !sprite) continue;
      sprite.update(actor);
      sprite.moveTo(actor);
    }
    for (const id of diff.leave) {
      const actor = byId.get(id);
      const sprite = this.actors.get(id);
      if (actor && sprite) sprite.leave(actor, layout.door, () => this.actors.delete(id));
    }
    for (const [id, sprite] of this.actors) {
      if (!byId.has(id)) {
        sprite.destroy();
        this.actors.delete(id);
      }
    }
    this.setText(this.overflow, layout.overflow > 0 ? this.bridge.t('game:floor.overflow', { count: layout.overflow }) : '');
    this.renderHud(view, layout.inShop, layout.waiting);
  }

  private renderHud(view: TraineeView, inShop: number, waiting: number): void {
    const t = this.bridge.t;
    const lines = [
      t('game:floor.clock', { time: formatDuration(view.now) }),
      t('game:floor.inShop', { count: inShop }),
      t('game:floor.waiting', { count: waiting }),
    ];
    if (view.mode !== 'double11') {
      this.banner.setVisible(false);
      this.setText(this.hud, lines.join('\n'));
      return;
    }
    const clock = double11Clock(view.now, double11OpensAt(view));
    this.banner.setVisible(true);
    if (clock.phase === 'countdown') {
      this.setText(
        this.banner,
        `${t('game:floor.double11')}  ${clock.wallClock}\n${t('game:floor.countdown', { time: clock.remaining })}`,
      );
      this.setBannerColour(clock.remainingMs <= 10_000 ? '#e5484d' : '#ff5000');
    } else {
      this.setText(this.banner, `${t('game:floor.opened')}  ${clock.wallClock}`);
      this.setBannerColour('#ff5000');
      lines.push(t('game:floor.wave', { count: arrivalsPerMinute(view) }));
    }
    this.setText(this.hud, lines.join('\n'));
  }

  private setBannerColour(colour: string): void {
    if (colour === this.bannerColour) return;
    this.bannerColour = colour;
    this.banner.setBackgroundColor(colour);
  }

  private onCue(cue: SessionCue): void {
    if (cue.type === 'cue.sessionEnded') return;
    const sprite = this.actors.get(cue.buyerId);
    if (!sprite) return;
    if (cue.type === 'cue.buyerMessage') sprite.hop();
    else if (cue.type === 'cue.patienceWarning') sprite.warn();
    else if (cue.type === 'cue.orderPaid') sprite.paid();
  }
}
