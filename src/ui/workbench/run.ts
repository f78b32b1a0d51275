/**
 * The workbench controller (lazy chunk): creates or resumes a session, drives its clock with
 * real elapsed time, renders the trainee's view, writes the event log to IndexedDB as it grows,
 * routes cues to sound, the game layer and the screen-reader live region, and ends in results.
 */
import type { Locale } from '../../core/locale';
import type { Scenario } from '../../core/scenario/schema';
import type {
  AgentInput,
  ConversationView,
  LogEntry,
  SessionCue,
  SessionMode,
  TraineeView,
} from '../../core/session/contract';
import type { Shell } from '../shell';
import { t } from '../../i18n';
import { saveReport } from '../../storage/reports';
import { appendLog, finishSession, type StoredSession } from '../../storage/sessions';
import { savedQuickPhrases, saveQuickPhrases } from '../../storage/settings';
import { h, replaceChildren } from '../dom';
import { renderRubric, rubricFromScenario } from '../menu/rubric';
import { create, report as buildReport, resume, warmAnalyzer } from '../session/core';
import type { Report } from '../../core/report';
import { translateAny } from '../translate';
import type { SessionHandle } from '../session/types';
import { createChatPane } from './chat';
import { createComposer } from './composer';
import { createConversationList } from './conversationList';
import { createKnowledgePanel, pickText } from './knowledge';
import { createFrame } from './layout';
import { createLineResolver } from './lines';
import { formatDuration, splitQueue } from './queue';
import { createOrderPanel } from './sidePanel';
import { announce } from '../live';
import { defaultQuickPhrases } from './phrases';
import { overallOf } from '../results/reportView';

export interface WorkbenchOptions {
  root: HTMLElement;
  scenario: Scenario;
  locale: Locale;
  mode: SessionMode;
  seed: number;
  buyerIds?: string[];
  /** Multiplies real elapsed time (test-only `?speed=`). */
  speed: number;
  stored: StoredSession;
  resumeLog?: LogEntry[];
  /** The scenario lacks the chosen language: its text is shown in zh-CN. */
  localeNote: boolean;
  /** The game layer and sound bank, which may mount later (or never). */
  shell: Shell;
  onFinished(result: { scenario: Scenario; log: LogEntry[]; report: Report }): void;
}

/** Starts the workbench; resolves once it is on screen. */
export async function runWorkbench(o: WorkbenchOptions): Promise<void> {
  const options = {
    scenario: o.scenario,
    locale: o.locale,
    seed: o.seed,
    mode: o.mode,
    buyerIds: o.buyerIds,
  };
  const session: SessionHandle = o.resumeLog ? resume(o.scenario, o.resumeLog) : create(options);
  warmAnalyzer(o.locale);

  const resolve = createLineResolver(o.scenario, o.locale, translateAny);
  const targets = o.scenario.targets;
  // Amber once the buyer has waited past the "good" first-response target, red past "acceptable".
  const waitTargets = {
    amberMs: targets.firstResponseGoodSeconds * 1000,
    redMs: targets.firstResponseOkSeconds * 1000,
  };

  let activeId: string | null = null;
  const opened = new Set<string>();
  let finished = false;

  const send = (input: AgentInput): unknown => {
    if (finished) return undefined;
    const result = session.send(input);
    schedule();
    // The agent's inputs are what a resume replays: write them at once.
    void persist();
    return result;
  };

  const frame = createFrame({
    title: pickText(o.scenario.title, o.locale),
    mode: o.mode,
    onHint: () => {
      if (!activeId) return;
      // The hint appears in the chat as a system line (namespace "coaching") and costs points.
      send({ type: 'agent.hint', buyerId: activeId });
    },
    onEnd: () => finish(),
  });
  if (o.localeNote)
    frame.notes.append(
      h('p', { class: 'note', testid: 'locale-note', text: t('workbench.localeNote') }),
    );
  const allDone = h('p', {
    class: 'note success',
    testid: 'all-done',
    text: t('workbench.allDone'),
  });
  allDone.hidden = true;
  frame.notes.append(allDone);

  const select = (buyerId: string): void => {
    if (activeId === buyerId) return;
    activeId = buyerId;
    send({ type: 'agent.focus', buyerId });
    render();
  };
  const list = createConversationList({
    targets: waitTargets,
    onSelect: (id) => {
      select(id);
      composer.input.focus();
    },
    personaHint: (key) => translateAny(key) ?? '',
  });

  const productCard = (productId: string): HTMLElement | null => {
    const p = o.scenario.products.find((q) => q.id === productId);
    if (!p) return null;
    return h(
      'div',
      { class: 'product-card', testid: 'product-card' },
      h('div', { class: 'thumb', text: pickText(p.name, o.locale).slice(0, 1) }),
      h(
        'div',
        {},
        h('strong', { text: pickText(p.name, o.locale) }),
        h('span', { class: 'price', text: `¥${p.price}` }),
      ),
    );
  };
  const chat = createChatPane({ resolve, productCard });
  const phrases = savedQuickPhrases(o.locale) ?? defaultQuickPhrases();
  const composer = createComposer({
    phrases,
    onSend: (text) => {
      if (activeId) send({ type: 'agent.message', buyerId: activeId, text });
    },
    onSwitch: (delta) => {
      const { open } = splitQueue(session.getView().conversations, opened);
      if (open.length === 0) return;
      const index = open.findIndex((c) => c.buyerId === activeId);
      const next = open[(index + delta + open.length) % open.length];
      if (next) select(next.buyerId);
    },
    onSavePhrases: (list) => saveQuickPhrases(o.locale, list),
  });
  chat.composerSlot.append(composer.el);
  const order = createOrderPanel({
    scenario: o.scenario,
    locale: o.locale,
    onAction: (action, params) => {
      if (activeId)
        send({ type: 'agent.action', buyerId: activeId, action, ...(params ? { params } : {}) });
    },
  });
  frame.left.append(list.el, renderRubric(rubricFromScenario(o.scenario), o.mode, true));
  frame.centre.append(chat.el);
  frame.right.append(order.el, createKnowledgePanel(o.scenario, o.locale));
  replaceChildren(o.root, frame.el);

  // Rendering, coalesced: view changes during one clock step render once.
  let dirty = false;
  function schedule(): void {
    if (dirty) return;
    dirty = true;
    queueMicrotask(() => {
      dirty = false;
      render();
    });
  }

  let latestView: TraineeView | null = null;
  let sideWork: ReturnType<typeof setTimeout> | null = null;

  function render(): void {
    const view = session.getView();
    const { open, queued } = splitQueue(view.conversations, opened);
    for (const c of open) opened.add(c.buyerId);
    if (!activeId || !open.some((c) => c.buyerId === activeId)) {
      const first = open.find((c) => c.outcome === undefined) ?? open[0];
      if (first) {
        activeId = first.buyerId;
        send({ type: 'agent.focus', buyerId: first.buyerId });
      }
    }
    const active: ConversationView | null = open.find((c) => c.buyerId === activeId) ?? null;
    list.update(open, queued.length, activeId, view.now);
    chat.show(active, view.now);
    order.update(active);
    composer.setEnabled(active !== null && active.outcome === undefined && !view.ended);
    frame.clock.textContent = formatDuration(view.now);
    // The session time, for tests and tools that drive the page (ms since the start).
    frame.el.dataset.now = String(Math.round(view.now));
    allDone.hidden = !(
      view.conversations.length > 0 &&
      view.conversations.every((c) => c.arrived && c.outcome !== undefined)
    );
    // Off the keypress-to-bubble path: the game layer and IndexedDB catch up a moment later.
    latestView = view;
    if (sideWork === null) {
      sideWork = setTimeout(() => {
        sideWork = null;
        if (latestView) o.shell.game?.render(latestView);
        void persist();
      }, 50);
    }
    if (view.ended) void finish();
  }

  // Persistence: new log entries go to IndexedDB in order.
  let persisted = o.resumeLog?.length ?? 0;
  let writing: Promise<void> = Promise.resolve();
  function persist(): Promise<void> {
    const log = session.getLog();
    if (log.length > persisted) {
      const batch = log.slice(persisted);
      persisted = log.length;
      writing = writing.then(() => appendLog(o.stored.id, batch)).catch(() => undefined);
    }
    return writing;
  }

  // Cues: sound, game layer, screen reader.
  const offCue = session.onCue((cue: SessionCue) => {
    o.shell.sound?.onCue(cue);
    o.shell.game?.cue(cue);
    if (cue.type === 'cue.buyerMessage') {
      const c = session.getView().conversations.find((x) => x.buyerId === cue.buyerId);
      const m = c?.messages.find((x) => x.id === cue.messageId);
      if (c && m) announce(t('live.message', { name: c.name, text: resolve(m) }));
    }
    if (cue.type === 'cue.buyerLeft') {
      const c = session.getView().conversations.find((x) => x.buyerId === cue.buyerId);
      if (c) announce(t('live.left', { name: c.name, outcome: t(`outcome.${cue.outcome}`) }));
    }
  });
  const offView = session.subscribe(() => schedule());

  // The ticker: real elapsed time × speed drives the session clock.
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const elapsed = Math.min(now - last, 5000) * o.speed;
    last = now;
    if (elapsed > 0 && !finished) session.advance(elapsed);
    schedule();
  }, 100);

  async function finish(): Promise<void> {
    if (finished) return;
    finished = true;
    clearInterval(timer);
    if (sideWork !== null) clearTimeout(sideWork);
    if (!session.getView().ended) session.end();
    offView();
    offCue();
    await persist();
    const log = [...session.getLog()];
    await persist();
    const report = buildReport(o.scenario, log);
    await finishSession(o.stored.id).catch(() => undefined);
    await saveReport({
      id: o.stored.id,
      scenarioId: o.scenario.id,
      savedAt: Date.now(),
      overall: overallOf(report),
      report,
    }).catch(() => undefined);
    o.onFinished({ scenario: o.scenario, log, report });
  }

  o.shell.game?.show('floor');
  render();
  composer.input.focus();
}
