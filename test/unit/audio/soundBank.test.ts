import { describe, expect, it } from 'vitest';
import { createSoundBank, soundForCue, type HowlFactory, type SoundName } from '../../../src/audio';
import type { SessionCue } from '../../../src/core/session/contract';

interface Recorder {
  factory: HowlFactory;
  plays: SoundName[];
  created: Array<{ name: SoundName; urls: string[] }>;
  volumes: Map<SoundName, number>;
  mutes: Map<SoundName, boolean>;
}

function recorder(): Recorder {
  const r: Recorder = {
    plays: [],
    created: [],
    volumes: new Map(),
    mutes: new Map(),
    factory: (name, urls) => {
      r.created.push({ name, urls });
      return {
        play: () => r.plays.push(name),
        volume: (v: number) => r.volumes.set(name, v),
        mute: (m: boolean) => r.mutes.set(name, m),
      };
    },
  };
  return r;
}

function setup(opts: { volume?: number; muted?: boolean } = {}) {
  const rec = recorder();
  let clock = 0;
  let loads = 0;
  const bank = createSoundBank({
    loadFactory: async () => {
      loads++;
      return rec.factory;
    },
    baseUrl: './',
    now: () => clock,
    minIntervalMs: 100,
    ...opts,
  });
  return {
    rec,
    bank,
    advance: (ms: number) => (clock += ms),
    loads: () => loads,
  };
}

describe('soundForCue', () => {
  const cases: Array<[SessionCue, SoundName | null]> = [
    [{ type: 'cue.buyerMessage', buyerId: 'b1', messageId: 'm1' }, 'message'],
    [{ type: 'cue.patienceWarning', buyerId: 'b1' }, 'patienceWarning'],
    [{ type: 'cue.orderPaid', buyerId: 'b1' }, 'orderPaid'],
    [{ type: 'cue.buyerLeft', buyerId: 'b1', outcome: 'left' }, 'buyerLeft'],
    [{ type: 'cue.buyerLeft', buyerId: 'b1', outcome: 'leftAngry' }, 'buyerLeft'],
    [{ type: 'cue.buyerLeft', buyerId: 'b1', outcome: 'complaint' }, 'buyerLeft'],
    [{ type: 'cue.buyerLeft', buyerId: 'b1', outcome: 'unpaid' }, 'buyerLeft'],
    [{ type: 'cue.buyerLeft', buyerId: 'b1', outcome: 'paid' }, null],
    [{ type: 'cue.buyerArrived', buyerId: 'b1' }, null],
    [{ type: 'cue.buyerTyping', buyerId: 'b1' }, null],
    [{ type: 'cue.orderPlaced', buyerId: 'b1' }, null],
    [{ type: 'cue.sessionEnded' }, null],
  ];
  it.each(cases)('%j → %s', (cue, sound) => {
    expect(soundForCue(cue)).toBe(sound);
  });
});

describe('SoundBank lock', () => {
  it('plays nothing and loads nothing before unlock()', async () => {
    const { bank, rec, loads } = setup();
    bank.play('message');
    bank.onCue({ type: 'cue.orderPaid', buyerId: 'b' });
    await Promise.resolve();
    expect(loads()).toBe(0);
    expect(rec.created).toHaveLength(0);
    expect(rec.plays).toEqual([]);
    expect(bank.unlocked).toBe(false);
    await expect(bank.ready()).rejects.toThrow(/locked/);
  });

  it('does not replay sounds requested while locked once unlocked', async () => {
    const { bank, rec } = setup();
    bank.play('message');
    bank.unlock();
    await bank.ready();
    expect(rec.plays).toEqual([]);
  });

  it('after unlock() loads the four sounds once, from the base URL', async () => {
    const { bank, rec, loads } = setup();
    bank.unlock();
    bank.unlock();
    await bank.ready();
    expect(loads()).toBe(1);
    expect(rec.created.map((c) => c.urls[0]).sort()).toEqual([
      './sounds/buyerLeft.wav',
      './sounds/message.wav',
      './sounds/orderPaid.wav',
      './sounds/patienceWarning.wav',
    ]);
    bank.onCue({ type: 'cue.buyerMessage', buyerId: 'b', messageId: 'm' });
    expect(rec.plays).toEqual(['message']);
  });

  it('plays what was asked between unlock() and the end of loading, once each', async () => {
    const { bank, rec } = setup();
    bank.unlock();
    bank.play('orderPaid');
    bank.play('orderPaid');
    bank.play('message');
    await bank.ready();
    expect(rec.plays).toEqual(['orderPaid', 'message']);
  });

  it('stays silent (and does not throw) when Howler fails to load', async () => {
    const bank = createSoundBank({
      loadFactory: () => Promise.reject(new Error('no audio')),
      baseUrl: './',
    });
    bank.unlock();
    expect(() => bank.play('message')).not.toThrow();
    await expect(bank.ready()).rejects.toThrow('no audio');
  });
});

describe('SoundBank volume, mute and rate limit', () => {
  it('applies volume and mute to every sound, clamping the volume', async () => {
    const { bank, rec } = setup({ volume: 0.4 });
    bank.unlock();
    await bank.ready();
    expect([...rec.volumes.values()]).toEqual([0.4, 0.4, 0.4, 0.4]);
    bank.setVolume(3);
    expect(bank.volume).toBe(1);
    expect(rec.volumes.get('message')).toBe(1);
    bank.setVolume(-1);
    expect(bank.volume).toBe(0);
    bank.setVolume(Number.NaN);
    expect(bank.volume).toBe(0);
    bank.setMuted(true);
    expect(bank.muted).toBe(true);
    expect([...rec.mutes.values()]).toEqual([true, true, true, true]);
  });

  it('plays nothing while muted or at volume 0', async () => {
    const { bank, rec, advance } = setup({ muted: true });
    bank.unlock();
    await bank.ready();
    bank.play('message');
    expect(rec.plays).toEqual([]);
    bank.setMuted(false);
    bank.setVolume(0);
    advance(1000);
    bank.play('message');
    expect(rec.plays).toEqual([]);
    bank.setVolume(0.5);
    bank.play('message');
    expect(rec.plays).toEqual(['message']);
  });

  it('does not replay the same sound within the minimum interval', async () => {
    const { bank, rec, advance } = setup();
    bank.unlock();
    await bank.ready();
    bank.play('message');
    advance(50);
    bank.play('message');
    bank.play('buyerLeft');
    advance(60);
    bank.play('message');
    expect(rec.plays).toEqual(['message', 'buyerLeft', 'message']);
  });
});
