/** Which sound, if any, a session cue makes. Pure: unit-tested without a browser. */
import type { SessionCue } from '../core/session/contract';
import type { SoundName } from './contract';

/**
 * Map a session cue to a sound.
 * - a buyer's message: 叮咚 (a new buyer's first message is a message too, so arrival is silent);
 * - patience warning: the warning buzz;
 * - order paid: the till;
 * - a buyer leaving without paying: the door; a buyer leaving after paying already had the till.
 */
export function soundForCue(cue: SessionCue): SoundName | null {
  switch (cue.type) {
    case 'cue.buyerMessage':
      return 'message';
    case 'cue.patienceWarning':
      return 'patienceWarning';
    case 'cue.orderPaid':
      return 'orderPaid';
    case 'cue.buyerLeft':
      return cue.outcome === 'paid' ? null : 'buyerLeft';
    case 'cue.buyerArrived':
    case 'cue.buyerTyping':
    case 'cue.orderPlaced':
    case 'cue.sessionEnded':
      return null;
  }
}
