/**
 * The session handle of src/core/session (C2) as the browser drives it.
 */
import type { Locale } from '../../core/locale';
import type { Scenario } from '../../core/scenario/schema';
import type {
  AgentInput,
  LogEntry,
  SessionCue,
  SessionMode,
  TraineeView,
} from '../../core/session/contract';

export interface SessionOptions {
  scenario: Scenario;
  locale: Locale;
  seed: number;
  mode: SessionMode;
  buyerIds?: string[];
}

/** The session handle the workbench drives. */
export interface SessionHandle {
  send(input: AgentInput): unknown;
  getView(): TraineeView;
  subscribe(listener: (view: TraineeView) => void): () => void;
  onCue(listener: (cue: SessionCue) => void): () => void;
  getLog(): readonly LogEntry[];
  advance(ms: number): void;
  end(): void;
}
