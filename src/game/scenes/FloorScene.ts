/**
 * The shop floor around the workbench: buyers arriving, waiting and leaving with their mood
 * bubbles, the shift clock, and in Double Eleven the countdown to 00:00 and the arrival wave.
 * Everything is drawn from the TraineeView the layer is given; the scene holds no game state.
 */
import Phaser from 'phaser';
import type { SessionCue, TraineeView } from '../../core/session/contract';
import type { LayerBridge } from '../bridge';
import { floorHud, type HudStyle } from '../logic/hud';
import { defaultFloorArea } from '../logic/canvasSize';
import { diffFloor, layoutFloor, type Rect } from '../logic/floorLayout';
import { FloorActorSprite } from './floorActor';
import { FONT_FAMILY, SCENE_KEYS } from './keys';

/** Width kept free at the right of the floor for the clock panel. */
const HUD_RESERVE = 210;

const HUD_COLOURS: Readonly<Record<HudStyle, { text: string; background: string }>> = {
  calm: { text: '#3b3f4a', background: '#ffffffe6' },
  sale: { text: '#ffffff', background: '#ff5000' },
  urgent: { text: '#ffffff', background: '#e5484d' },
};

export class FloorScene extends Phaser.Scene {
  private actors = new Map<string, FloorActorSprite>();
  private tiles!: Phaser.GameObjects.TileSprite;
  private wall!: Phaser.GameObjects.Graphics;
  private shelves!: Phaser.GameObjects.TileSprite;
  private door!: Phaser.GameObjects.Image;
  private hud!: Phaser.GameObjects.Text;
  private overflow!: Phaser.GameObjects.Text;
  private texts = new Map<Phaser.GameObjects.Text, string>();
  private hudStyle: HudStyle | null = null;
  private pulse: Phaser.Tweens.Tween | null = null;
  private sessionKey = '';
  private lastNow = 0;
  private pendingView: TraineeView | null = null;
  private pendingCues: SessionCue[] = [];
  private unsubscribe: Array<() => void> = [];

  constructor(private readonly bridge: LayerBridge) {
    super({ key: SCENE_KEYS.floor });
  }

  create(): void {
    this.actors = new Map();
    this.texts = new Map();
    this.hudStyle = null;
    this.pulse = null;
    this.sessionKey = '';
    this.pendingView = null;
    this.pendingCues = [];
    this.tiles = this.add.tileSprite(0, 0, 64, 64, 'floor').setOrigin(0, 0);
    this.wall = this.add.graphics();
    this.shelves = this.add.tileSprite(0, 0, 128, 96, 'shelf').setOrigin(0, 0).setAlpha(0.55);
    this.door = this.add.image(0, 0, 'door').setOrigin(0.5, 1);
    this.hud = this.add
      .text(0, 0, '', {
        fontFamily: FONT_FAMILY,
        fontSize: '15px',
        fontStyle: 'bold',
        padding: { x: 10, y: 6 },
        align: 'right',
        lineSpacing: 2,
      })
      .setOrigin(1, 0)
      .setDepth(3000);
    this.overflow = this.add
      .text(0, 0, '', {
        fontFamily: FONT_FAMILY,
        fontSize: '18px',
        fontStyle: 'bold',
        color: '#ff5000',
      })
      .setOrigin(1, 1)
      .setDepth(2500);
    this.layoutStatic();
    this.scale.on('resize', this.onResize, this);
    this.unsubscribe.push(
      // Views and cues are applied on the next game frame, never inside the caller's task:
      // the workbench calls render() while handling a keypress, and must not wait for Phaser.
      this.bridge.on('view', (view) => {
        this.pendingView = view;
      }),
      this.bridge.on('cue', (cue) => {
        this.pendingCues.push(cue);
      }),
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

  override update(): void {
    const view = this.pendingView;
    this.pendingView = null;
    if (view) this.renderView(view);
    const cues = this.pendingCues;
    this.pendingCues = [];
    cues.forEach((cue) => this.onCue(cue));
  }

  private area(): Rect {
    return this.bridge.floorArea ?? defaultFloorArea(this.scale.width);
  }

  private onResize(): void {
    this.layoutStatic();
    this.redraw();
  }

  private redraw(): void {
    this.texts.clear();
    if (this.bridge.view) this.renderView(this.bridge.view);
  }

  private layoutStatic(): void {
    const { width, height } = this.scale;
    const area = this.area();
    this.tiles.setSize(width, height);
    const wallHeight = Math.round(area.height * 0.55);
    this.wall.clear();
    this.wall.fillStyle(0xfff4e6, 1).fillRect(area.x, area.y, area.width, wallHeight);
    this.wall.fillStyle(0xff5000, 1).fillRect(area.x, area.y + wallHeight - 3, area.width, 3);
    const shelfScale = Math.min(1, (wallHeight - 6) / 96);
    this.shelves
      .setPosition(area.x + 84, area.y + 3)
      .setScale(shelfScale)
      .setSize(Math.max(0, (area.width - 84) / shelfScale), 96);
    const doorScale = Math.min(1, (area.height - 4) / 112);
    this.door.setPosition(area.x + 36, area.y + area.height - 1).setScale(doorScale);
    this.hud.setPosition(area.x + area.width - 8, area.y + 6);
    this.overflow.setPosition(area.x + area.width - HUD_RESERVE - 8, area.y + area.height - 4);
  }

  private setText(text: Phaser.GameObjects.Text, value: string): void {
    if (this.texts.get(text) === value) return;
    this.texts.set(text, value);
    text.setText(value);
  }

  private renderView(view: TraineeView): void {
    // A new session (or a restart) clears the floor instead of walking everyone out.
    const key = `${view.scenarioId}|${view.mode}`;
    if (key !== this.sessionKey || view.now < this.lastNow) {
      this.actors.forEach((a) => a.destroy());
      this.actors.clear();
      this.sessionKey = key;
    }
    this.lastNow = view.now;
    const layout = layoutFloor(view, this.area(), HUD_RESERVE);
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
    const t = this.bridge.t;
    this.setText(
      this.overflow,
      layout.overflow > 0 ? t('game:floor.overflow', { count: layout.overflow }) : '',
    );
    const hud = floorHud(view, layout);
    this.setText(this.hud, hud.lines.map((line) => t(line.key, line.params)).join('\n'));
    this.setHudStyle(hud.style);
  }

  private setHudStyle(style: HudStyle): void {
    if (style === this.hudStyle) return;
    this.hudStyle = style;
    const colours = HUD_COLOURS[style];
    this.hud.setColor(colours.text).setBackgroundColor(colours.background);
    this.pulse?.stop();
    this.hud.setScale(1);
    this.pulse =
      style === 'urgent'
        ? this.tweens.add({ targets: this.hud, scale: 1.06, duration: 500, yoyo: true, repeat: -1 })
        : null;
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
