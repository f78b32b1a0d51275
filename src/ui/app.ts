/**
 * The app shell: menu → workbench → results. The menu is plain DOM in the initial chunk; the
 * workbench (with the core), the results, the Phaser layer and the sound bank load lazily.
 */
import type { Locale } from '../core/locale';
import { PERSONAS } from '../core/scenario/schema';
import type { SessionMode } from '../core/session/contract';
import { currentLocale, initI18n, setLanguage, t } from '../i18n';
import { pickLocale } from '../i18n/detect';
import { savedLanguage, saveLanguage, savedSound, saveSound } from '../storage/settings';
import type { StoredSession } from '../storage/sessions';
import type { StoredReport } from '../storage/reports';
import { loadCatalog, localized } from './catalog';
import { h, replaceChildren } from './dom';
import { mountGame, type Shell } from './shell';
import { acceptPageDrops } from './menu/fileDrop';
import { renderMenu, type MenuState } from './menu/menu';
import { rubricFromText } from './menu/rubric';
import { EXAM_SEED, readParams } from './params';
import { showProblems } from './problems';
import { translateAny } from './translate';
import type { Report } from '../core/report';

const storage = () => import('../storage/sessions');

function randomSeed(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0] ?? 1;
}

function newId(): string {
  return crypto.randomUUID ? crypto.randomUUID() : `s-${Date.now()}-${randomSeed()}`;
}

interface StartPlan {
  text: string;
  file: string;
  scenarioId: string;
  mode: SessionMode;
  persona: string | 'all';
  custom: boolean;
}

/** Boots the app into `root`. */
export async function startApp(root: HTMLElement): Promise<void> {
  const params = readParams(location.search);
  const locale = pickLocale({
    search: location.search,
    saved: savedLanguage(),
    browser: navigator.languages ?? [navigator.language],
  });
  // Start every load at once: translations, the scenario list, the unfinished session.
  const catalogLoad = loadCatalog();
  const resumableLoad = storage()
    .then((s) => s.findUnfinished())
    .catch(() => null);
  const historyLoad = import('../storage/reports').then((r) => r.listReports()).catch(() => []);
  await initI18n(locale);
  document.documentElement.lang = locale;
  document.title = t('app.documentTitle');

  const shell: Shell = { game: null, sound: null };
  const catalog = await catalogLoad;
  const state: MenuState = { mode: 'practice', persona: 'all', selected: null };
  let resumable: StoredSession | null = await resumableLoad;
  let keptReports: StoredReport[] = await historyLoad;

  const menu = (): void => {
    shell.game?.show('menu');
    window.scrollTo(0, 0);
    const loc = currentLocale();
    renderMenu(root, {
      locale: loc,
      catalog,
      state,
      resumable: resumable
        ? {
            scenarioTitle: titleOf(resumable),
            mode: resumable.mode,
          }
        : null,
      onLanguage: (lng) => void switchLanguage(lng),
      onStart: (summary, s) =>
        void start({
          text: summary.text,
          file: summary.file,
          scenarioId: summary.id,
          mode: s.mode,
          persona: s.persona,
          custom: false,
        }),
      onFile: (file) => void playFile(file),
      onResume: () => void resume(),
      onDiscardResume: () => void discard(),
      sound: savedSound(),
      history: keptReports.map((r) => ({
        id: r.id,
        title: (r.report as Report | null)?.title ?? r.scenarioId,
        overall: r.overall,
        savedAt: r.savedAt,
      })),
      onOpenReport: (id) => {
        const kept = keptReports.find((r) => r.id === id);
        if (kept) void results({ report: kept.report as Report });
      },
      onSound: (settings) => {
        saveSound(settings);
        shell.sound?.setVolume(settings.volume);
        shell.sound?.setMuted(settings.muted);
      },
      rubricOf: (s) => rubricFromText(s?.text ?? null),
    });
  };

  const titleOf = (s: StoredSession): string => {
    const entry = catalog.find((c) => c.id === s.scenarioId);
    return entry ? localized(entry.title, currentLocale()) : s.scenarioId;
  };

  async function switchLanguage(lng: Locale): Promise<void> {
    saveLanguage(lng);
    const url = new URL(location.href);
    if (url.searchParams.has('lng')) {
      url.searchParams.set('lng', lng);
      history.replaceState(null, '', url);
    }
    await setLanguage(lng);
    document.title = t('app.documentTitle');
    shell.game?.setTranslator((key, p) => t(key, p));
    menu();
  }

  async function discard(): Promise<void> {
    if (resumable) await (await storage()).deleteSession(resumable.id).catch(() => undefined);
    resumable = null;
    menu();
  }

  async function playFile(file: File): Promise<void> {
    // A file dropped mid-session or on the results is ignored: only the menu starts sessions.
    if (!root.querySelector('.menu, .problems')) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      showProblems(root, [`${file.name}:1:1: ${t('drop.unreadable')}`], menu);
      return;
    }
    await start({
      text,
      file: file.name,
      scenarioId: '',
      mode: state.mode,
      persona: 'all',
      custom: true,
    });
  }

  function loading(): void {
    replaceChildren(root, h('div', { class: 'loading', text: t('app.loading') }));
  }

  async function start(plan: StartPlan): Promise<void> {
    const menuLocale = currentLocale();
    const wb = await import('./workbench/start');
    const prepared = wb.prepareScenario(plan.text, plan.file, menuLocale);
    if (!prepared.ok) {
      showProblems(root, prepared.problems, menu);
      return;
    }
    const scenario = prepared.scenario;
    const mode = plan.mode;
    let buyerIds: string[] | undefined;
    if (mode === 'practice') {
      const persona = (PERSONAS as readonly string[]).includes(plan.persona) ? plan.persona : null;
      const buyer =
        scenario.buyers.find((b) => !persona || b.persona === persona) ?? scenario.buyers[0];
      buyerIds = buyer ? [buyer.id] : undefined;
    }
    const seed = mode === 'exam' ? EXAM_SEED : (params.seed ?? randomSeed());
    const stored: StoredSession = {
      id: newId(),
      scenarioId: scenario.id,
      ...(plan.custom ? { scenarioText: plan.text, scenarioFile: plan.file } : {}),
      locale: prepared.sessionLocale,
      mode,
      seed,
      ...(buyerIds ? { buyerIds } : {}),
      startedAt: Date.now(),
      finished: false,
    };
    const store = await storage();
    // One unfinished session at a time: starting a new one drops the one offered for resume.
    if (resumable) await store.deleteSession(resumable.id).catch(() => undefined);
    resumable = null;
    await store.saveSession(stored).catch(() => undefined);
    await run(stored, plan.text, plan.file, undefined);
  }

  async function resume(): Promise<void> {
    const s = resumable;
    if (!s) return;
    loading();
    const store = await storage();
    const log = await store.loadLog(s.id);
    const entry = catalog.find((c) => c.id === s.scenarioId);
    const text = s.scenarioText ?? entry?.text;
    if (!text) {
      showProblems(root, [`${s.scenarioId}: ${t('resume.missing')}`], menu, 'error');
      return;
    }
    resumable = null;
    await run(s, text, s.scenarioFile ?? entry?.file ?? s.scenarioId, log);
  }

  async function run(
    stored: StoredSession,
    text: string,
    file: string,
    resumeLog: Awaited<ReturnType<Awaited<ReturnType<typeof storage>>['loadLog']>> | undefined,
  ): Promise<void> {
    loading();
    const wb = await import('./workbench/start');
    const prepared = wb.prepareScenario(text, file, stored.locale);
    if (!prepared.ok) {
      showProblems(root, prepared.problems, menu);
      return;
    }
    try {
      await wb.runWorkbench({
        root,
        scenario: prepared.scenario,
        locale: prepared.sessionLocale,
        mode: stored.mode,
        seed: stored.seed,
        ...(stored.buyerIds ? { buyerIds: stored.buyerIds } : {}),
        speed: params.speed,
        stored,
        ...(resumeLog ? { resumeLog } : {}),
        localeNote: prepared.localeNote || currentLocale() !== prepared.sessionLocale,
        shell,
        onFinished: (result) => void results(result),
      });
    } catch (err) {
      showProblems(root, [err instanceof Error ? err.message : String(err)], menu, 'error');
    }
  }

  async function results(result: { report: Report }): Promise<void> {
    keptReports = await import('../storage/reports')
      .then((r) => r.listReports())
      .catch(() => keptReports);
    const view = await import('./results/reportView');
    view.renderResults(root, {
      report: result.report,
      translate: translateAny,
      game: shell.game,
      onPlayAgain: () => menu(),
    });
  }

  acceptPageDrops(document.body, (file) => void playFile(file));
  menu();
  // The Phaser layer and the sound bank load after the menu is usable.
  void mountGame(shell).then(() => {
    if (root.querySelector('.menu')) shell.game?.show('menu');
  });
}
