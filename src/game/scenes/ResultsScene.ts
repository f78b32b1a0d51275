/**
 * The results: a scoreboard along the top of the screen where the five scores are revealed
 * one after the other (bars filling, numbers counting up), then the grade and stars, and
 * confetti for a good shift. The DOM report (numbers, KPIs, transcript) sits below it.
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
  type ScoreKey,
} from '../logic/scores';
import { FONT_FAMILY, SCENE_KEYS } from './keys';

/** Height of the scoreboard band: the strip the shell leaves free above the DOM report. */
export const SCOREBOARD_HEIGHT = 60;
const REVEAL_MS = 900;
const TITLE_W = 120;
const SLOT = 175;
const OVERALL_SLOT = 230;

/** Bar colours that read on the orange band: mint (≥ 80), gold (≥ 60), salmon. */
function barColour(score: number): number {
  const c = scoreColor(score);
  if (c === 0x2fb36d) return 0x8dffb8;
  if (c === 0xf0a020) return 0xffe08a;
  return 0xffb3a7;
}

export class ResultsScene extends Phaser.Scene {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private unsubscribe: Array<() => void> = [];

  constructor(private readonly bridge: LayerBridge) {
    super({ key: SCENE_KEYS.results });
  }

  create(): void {
    this.objects = [];
    this.add.tileSprite(0, 0, this.scale.width, this.scale.height, 'floor').setOrigin(0, 0);
    this.unsubscribe.push(
      this.bridge.on('scores', (scores) => this.reveal(scores)),
      this.bridge.on('translator', () => {
        if (this.bridge.scores) this.reveal(this.bridge.scores, false);
      }),
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

  /** Draw the scoreboard and animate the scores (or show them at once when `animate` is false). */
  private reveal(scores: ScoreReveal, animate = true): void {
    this.tweens.killAll();
    this.objects.forEach((o) => o.destroy());
    this.objects = [];
    const { width } = this.scale;
    const h = SCOREBOARD_HEIGHT;
    const board = this.track(this.add.graphics());
    board.fillStyle(0xff5000, 1).fillRect(0, 0, width, h);
    board.fillStyle(0xffffff, 0.1).fillRect(0, 0, width, h / 2);
    board.fillStyle(0xffc53d, 1).fillRect(0, h - 3, width, 3);
    const showTitle = width >= TITLE_W + SLOT * 4 + OVERALL_SLOT;
    const total = Math.min(width - 16, (showTitle ? TITLE_W : 0) + SLOT * 4 + OVERALL_SLOT);
    let x = (width - total) / 2;
    if (showTitle) {
      this.track(
        this.add
          .text(x + 8, h / 2, this.bridge.t('game:results.title'), {
            fontFamily: FONT_FAMILY,
            fontSize: '18px',
            fontStyle: 'bold',
            color: '#ffffff',
          })
          .setOrigin(0, 0.5),
      );
      x += TITLE_W;
    }
    const slot = Math.floor((total - (showTitle ? TITLE_W : 0) - OVERALL_SLOT) / 4);
    SCORE_ORDER.slice(0, 4).forEach((key, i) => {
      this.bar(key, scores[key], i, x + slot * i + 8, slot - 16, animate);
    });
    this.overall(scores.overall, x + slot * 4 + 12, animate);
  }

  private bar(
    key: ScoreKey,
    score: number,
    index: number,
    x: number,
    width: number,
    animate: boolean,
  ): void {
    const target = clampScore(score);
    this.track(
      this.add
        .text(x, 17, this.bridge.t(`game:results.${key}`), {
          fontFamily: FONT_FAMILY,
          fontSize: '13px',
          color: '#fff3e6',
        })
        .setOrigin(0, 0.5),
    );
    const number = this.track(
      this.add
        .text(x + width, 17, '0', {
          fontFamily: FONT_FAMILY,
          fontSize: '17px',
          fontStyle: 'bold',
          color: '#ffffff',
        })
        .setOrigin(1, 0.5),
    );
    const bar = this.track(this.add.graphics());
    const draw = (progress: number): void => {
      bar.clear();
      bar.fillStyle(0x000000, 0.18).fillRoundedRect(x, 34, width, 10, 5);
      const filled = (width * target * easeOutCubic(progress)) / 100;
      if (filled > 1)
        bar.fillStyle(barColour(target), 1).fillRoundedRect(x, 34, Math.max(10, filled), 10, 5);
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

  private overall(score: number, x: number, animate: boolean): void {
    const target = clampScore(score);
    const cy = SCOREBOARD_HEIGHT / 2 - 1;
    const disc = this.track(this.add.graphics());
    disc.fillStyle(0xffffff, 1).fillCircle(x + 26, cy, 25);
    disc.lineStyle(3, 0xffc53d, 1).strokeCircle(x + 26, cy, 25);
    const number = this.track(
      this.add
        .text(x + 26, cy, animate ? '0' : String(target), {
          fontFamily: FONT_FAMILY,
          fontSize: '24px',
          fontStyle: 'bold',
          color: '#ff5000',
        })
        .setOrigin(0.5),
    );
    const label = `${this.bridge.t('game:results.overall')} · ${this.bridge.t('game:results.grade', { grade: gradeOf(target) })}`;
    const grade = this.track(
      this.add
        .text(x + 60, 17, label, {
          fontFamily: FONT_FAMILY,
          fontSize: '14px',
          fontStyle: 'bold',
          color: '#ffffff',
        })
        .setOrigin(0, 0.5)
        .setAlpha(animate ? 0 : 1),
    );
    const stars = [0, 1, 2].map((i) =>
      this.track(
        this.add
          .image(x + 72 + i * 26, 41, i < starsOf(target) ? 'star' : 'star-empty')
          .setDisplaySize(24, 24)
          .setVisible(!animate),
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
        this.tweens.add({ targets: number, scale: 1.2, duration: 160, yoyo: true });
        if (target >= 80) this.confetti();
      },
    });
    this.tweens.add({ targets: grade, alpha: 1, duration: 300, delay: start });
    stars.forEach((star, i) => {
      const size = star.scaleX;
      star.setScale(0);
      this.tweens.add({
        targets: star,
        scale: size,
        duration: 380,
        delay: start + REVEAL_MS + 300 + i * 180,
        ease: 'Back.easeOut',
        onStart: () => star.setVisible(true),
      });
    });
  }

  private confetti(): void {
    const rng = createRng(1111);
    const { width, height } = this.scale;
    for (let i = 0; i < 80; i++) {
      const piece = this.track(
        this.add
          .image(
            rng.next() * width,
            -10 - rng.next() * 80,
            `confetti-${i % CONFETTI_COLOURS.length}`,
          )
          .setAngle(rng.int(0, 359))
          .setDepth(5000),
      );
      this.tweens.add({
        targets: piece,
        y: height + 20,
        x: piece.x + (rng.next() - 0.5) * 160,
        angle: piece.angle + rng.int(180, 720),
        duration: 2200 + rng.next() * 1800,
        delay: rng.next() * 500,
        onComplete: () => piece.destroy(),
      });
    }
  }
}
