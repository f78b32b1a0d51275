/**
 * The results: the five scores revealed one after the other (bars filling, numbers counting
 * up), then the overall grade with stars, and confetti for a good shift. The DOM report with
 * the numbers, KPIs and transcript sits on top.
 */
import Phaser from 'phaser';
import { createRng } from '../../core/random';
import { CONFETTI_COLOURS } from '../art/effects';
import type { ScoreReveal } from '../contract';
import type { LayerBridge } from '../bridge';
import {
  SCORE_ORDER,
  clampScore,
  countUp,
  easeOutCubic,
  gradeOf,
  revealDelay,
  scoreColor,
  starsOf,
} from '../logic/scores';
import { FONT_FAMILY, SCENE_KEYS } from './keys';

const CARD_WIDTH = 560;
const ROW_HEIGHT = 46;
const REVEAL_MS = 900;

export class ResultsScene extends Phaser.Scene {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private unsubscribe: Array<() => void> = [];

  constructor(private readonly bridge: LayerBridge) {
    super({ key: SCENE_KEYS.results });
  }

  create(): void {
    this.add.tileSprite(0, 0, this.scale.width, this.scale.height, 'floor').setOrigin(0, 0);
    this.unsubscribe.push(
      this.bridge.on('scores', (scores) => this.reveal(scores)),
      this.bridge.on('translator', () => this.bridge.scores && this.reveal(this.bridge.scores, false)),
    );
    this.scale.on('resize', this.onResize, this);
    this.events.once('shutdown', () => {
      this.scale.off('resize', this.onResize, this);
      this.unsubscribe.forEach((off) => off());
      this.unsubscribe = [];
      this.objects = [];
    });
    if (this.bridge.scores) this.reveal(this.bridge.scores);
  }

  private onResize(): void {
    this.scene.restart();
  }

  private track<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.objects.push(object);
    return object;
  }

  /** Draw the card and animate the scores (or show them at once when `animate` is false). */
  private reveal(scores: ScoreReveal, animate = true): void {
    this.tweens.killAll();
    this.time.removeAllEvents();
    this.objects.forEach((o) => o.destroy());
    this.objects = [];
    const { width } = this.scale;
    const cardWidth = Math.min(CARD_WIDTH, width - 32);
    const left = (width - cardWidth) / 2;
    const top = 24;
    const cardHeight = 96 + ROW_HEIGHT * 4 + 150;
    const card = this.track(this.add.graphics());
    card.fillStyle(0x000000, 0.08).fillRoundedRect(left + 3, top + 5, cardWidth, cardHeight, 16);
    card.fillStyle(0xffffff, 0.96).fillRoundedRect(left, top, cardWidth, cardHeight, 16);
    card.fillStyle(0xff5000, 1).fillRoundedRect(left, top, cardWidth, 56, { tl: 16, tr: 16, bl: 0, br: 0 });
    this.track(
      this.add
        .text(width / 2, top + 28, this.bridge.t('game:results.title'), {
          fontFamily: FONT_FAMILY,
          fontSize: '24px',
          fontStyle: 'bold',
          color: '#ffffff',
        })
        .setOrigin(0.5),
    );
    const barLeft = left + Math.min(210, cardWidth * 0.38);
    const barWidth = left + cardWidth - 70 - barLeft;
    SCORE_ORDER.slice(0, 4).forEach((key, i) => {
      const y = top + 84 + i * ROW_HEIGHT;
      this.track(
        this.add
          .text(left + 20, y, this.bridge.t(`game:results.${key}`), {
            fontFamily: FONT_FAMILY,
            fontSize: '17px',
            color: '#3b3f4a',
          })
          .setOrigin(0, 0.5),
      );
      this.scoreBar(scores[key], i, barLeft, y, barWidth, animate);
    });
    this.overall(scores.overall, width / 2, top + 84 + 4 * ROW_HEIGHT + 30, animate);
  }

  private scoreBar(score: number, index: number, x: number, y: number, width: number, animate: boolean): void {
    const target = clampScore(score);
    const bar = this.track(this.add.graphics());
    const number = this.track(
      this.add
        .text(x + width + 50, y, '0', {
          fontFamily: FONT_FAMILY,
          fontSize: '20px',
          fontStyle: 'bold',
          color: '#3b3f4a',
        })
        .setOrigin(1, 0.5),
    );
    const draw = (progress: number): void => {
      bar.clear();
      bar.fillStyle(0xeef0f3, 1).fillRoundedRect(x, y - 9, width, 18, 9);
      const filled = (width * target * easeOutCubic(progress)) / 100;
      if (filled > 1) bar.fillStyle(scoreColor(target), 1).fillRoundedRect(x, y - 9, Math.max(18, filled), 18, 9);
      number.setText(String(countUp(target, progress)));
    };
    draw(animate ? 0 : 1);
    if (!animate) return;
    this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: REVEAL_MS,
      delay: revealDelay(index),
      onUpdate: (tween) => draw(tween.getValue() ?? 0),
    });
  }

  private overall(score: number, x: number, y: number, animate: boolean): void {
    const target = clampScore(score);
    const label = this.track(
      this.add
        .text(x - 120, y + 24, this.bridge.t('game:results.overall'), {
          fontFamily: FONT_FAMILY,
          fontSize: '18px',
          color: '#6b7280',
        })
        .setOrigin(0.5),
    );
    const number = this.track(
      this.add
        .text(x - 120, y + 70, animate ? '0' : String(target), {
          fontFamily: FONT_FAMILY,
          fontSize: '52px',
          fontStyle: 'bold',
          color: '#ff5000',
        })
        .setOrigin(0.5),
    );
    const grade = this.track(
      this.add
        .text(x + 90, y + 24, this.bridge.t('game:results.grade', { grade: gradeOf(target) }), {
          fontFamily: FONT_FAMILY,
          fontSize: '20px',
          fontStyle: 'bold',
          color: '#3b3f4a',
        })
        .setOrigin(0.5)
        .setAlpha(animate ? 0 : 1),
    );
    const stars = [0, 1, 2].map((i) =>
      this.track(
        this.add
          .image(x + 40 + i * 50, y + 74, i < starsOf(target) ? 'star' : 'star-empty')
          .setScale(animate ? 0 : 1),
      ),
    );
    if (!animate) return;
    const start = revealDelay(SCORE_ORDER.length - 1);
    this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: REVEAL_MS + 300,
      delay: start,
      onUpdate: (tween) => number.setText(String(countUp(target, tween.getValue() ?? 0))),
      onComplete: () => {
        this.tweens.add({ targets: number, scale: 1.15, duration: 160, yoyo: true });
        if (target >= 80) this.confetti();
      },
    });
    this.tweens.add({ targets: [label, grade], alpha: 1, duration: 300, delay: start });
    stars.forEach((star, i) =>
      this.tweens.add({
        targets: star,
        scale: 1,
        duration: 380,
        delay: start + REVEAL_MS + 300 + i * 180,
        ease: 'Back.easeOut',
      }),
    );
  }

  private confetti(): void {
    const rng = createRng(1111);
    const { width, height } = this.scale;
    for (let i = 0; i < 70; i++) {
      const piece = this.track(
        this.add
          .image(rng.next() * width, -10 - rng.next() * 80, `confetti-${i % CONFETTI_COLOURS.length}`)
          .setAngle(rng.int(0, 359))
          .setDepth(5000),
      );
      this.tweens.add({
        targets: piece,
        y: height + 20,
        x: piece.x + (rng.next() - 0.5) * 160,
        angle: piece.angle + rng.int(180, 720),
        duration: 1800 + rng.next() * 1600,
        delay: rng.next() * 400,
        onComplete: () => piece.destroy(),
      });
    }
  }
}
