/**
 * The menu: plain DOM over the Phaser title scene. Language, mode, persona filter (practice),
 * scenario list, the rubric, start; a scenario file can be dropped or chosen; resume banner.
 */
import { LOCALES, type Locale } from '../../core/locale';
import { PERSONAS, type PersonaId } from '../../core/scenario/schema';
import type { SessionMode } from '../../core/session/contract';
import { t } from '../../i18n';
import { localized, type ScenarioSummary } from '../catalog';
import { h, replaceChildren } from '../dom';
import { renderRubric, type RubricWeights } from './rubric';
import { fileDropZone } from './fileDrop';
import { soundControls } from './soundControls';
import type { SoundSettings } from '../../storage/settings';

export const MENU_MODES = ['practice', 'shift', 'exam'] as const;
export type MenuMode = (typeof MENU_MODES)[number];

export interface MenuState {
  mode: MenuMode;
  persona: PersonaId | 'all';
  selected: string | null;
}

export interface MenuProps {
  locale: Locale;
  catalog: ScenarioSummary[];
  state: MenuState;
  resumable: { scenarioTitle: string; mode: SessionMode } | null;
  onLanguage(locale: Locale): void;
  onStart(summary: ScenarioSummary, state: MenuState): void;
  onFile(file: File): void;
  onResume(): void;
  onDiscardResume(): void;
  sound: SoundSettings;
  onSound(settings: SoundSettings): void;
  /** Finished sessions kept in IndexedDB, newest first. */
  history: { id: string; title: string; overall: number | null; savedAt: number }[];
  onOpenReport(id: string): void;
  /** Weights and targets of a scenario (read from its text) for the rubric. */
  rubricOf(summary: ScenarioSummary | null): RubricWeights;
}

function visibleScenarios(props: MenuProps): ScenarioSummary[] {
  const { mode, persona } = props.state;
  return props.catalog.filter((s) => {
    if (mode === 'practice' && persona !== 'all') return s.personas.includes(persona);
    if (mode === 'shift') return s.buyerCount > 1 || props.catalog.every((c) => c.buyerCount <= 1);
    return true;
  });
}

/** Renders the menu into `root`; re-render on every state change (it is small). */
export function renderMenu(root: HTMLElement, props: MenuProps): void {
  const { state, locale } = props;
  const rerender = (): void => renderMenu(root, props);
  const list = visibleScenarios(props);
  if (state.selected && !list.some((s) => s.id === state.selected)) state.selected = null;
  if (!state.selected && list[0]) state.selected = list[0].id;
  const selected = props.catalog.find((s) => s.id === state.selected) ?? null;

  const languages = h(
    'nav',
    { class: 'lang-switch', attrs: { 'aria-label': t('menu.language') } },
    ...LOCALES.map((lng) =>
      h('button', {
        class: lng === locale ? 'chip active' : 'chip',
        testid: `language-${lng}`,
        text: t(`language.${lng}`),
        attrs: { type: 'button', lang: lng, 'aria-pressed': lng === locale },
        on: { click: () => props.onLanguage(lng) },
      }),
    ),
  );

  const modes = h(
    'div',
    { class: 'modes', attrs: { role: 'group', 'aria-label': t('menu.mode') } },
    ...MENU_MODES.map((mode) =>
      h(
        'button',
        {
          class: mode === state.mode ? 'mode active' : 'mode',
          testid: `mode-${mode}`,
          attrs: { type: 'button', 'aria-pressed': mode === state.mode },
          on: {
            click: () => {
              state.mode = mode;
              rerender();
            },
          },
        },
        h('strong', { text: t(`mode.${mode}.name`) }),
        h('span', { text: t(`mode.${mode}.desc`) }),
      ),
    ),
  );

  const personaFilter =
    state.mode === 'practice'
      ? h(
          'div',
          { class: 'persona-filter', attrs: { role: 'group', 'aria-label': t('menu.persona') } },
          h('span', { class: 'label', text: t('menu.persona') }),
          ...(['all', ...PERSONAS] as const).map((p) =>
            h('button', {
              class: p === state.persona ? 'chip active' : 'chip',
              testid: `persona-${p}`,
              text: p === 'all' ? t('persona.all') : t(`persona.${p}`),
              attrs: { type: 'button', 'aria-pressed': p === state.persona },
              on: {
                click: () => {
                  state.persona = p;
                  rerender();
                },
              },
            }),
          ),
        )
      : null;

  const scenarios = h(
    'ul',
    { class: 'scenario-list', attrs: { 'aria-label': t('menu.scenarios') } },
    ...list.map((s) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            class: s.id === state.selected ? 'scenario active' : 'scenario',
            testid: `scenario-${s.id}`,
            attrs: { type: 'button', 'aria-pressed': s.id === state.selected },
            on: {
              click: () => {
                state.selected = s.id;
                rerender();
              },
            },
          },
          h('strong', { text: localized(s.title, locale) }),
          h(
            'span',
            { class: 'meta' },
            s.personas.map((p) => t(`persona.${p}`)).join(' · '),
            ' — ',
            t('menu.buyers', { count: s.buyerCount }),
          ),
          s.locales.includes(locale)
            ? null
            : h('span', { class: 'note', text: t('menu.localeMissing') }),
        ),
      ),
    ),
  );
  if (list.length === 0) scenarios.append(h('li', { class: 'empty', text: t('menu.noScenarios') }));

  const briefing = selected
    ? h(
        'section',
        { class: 'briefing' },
        h('h3', { text: localized(selected.title, locale) }),
        h('p', { text: localized(selected.briefing, locale) }),
      )
    : null;

  const start = h('button', {
    class: 'primary start',
    testid: 'start-session',
    text: t('menu.start'),
    attrs: { type: 'button', disabled: !selected },
    on: { click: () => selected && props.onStart(selected, state) },
  });

  const resume = props.resumable
    ? h(
        'div',
        { class: 'resume-banner', attrs: { role: 'status' } },
        h('span', {
          text: t('resume.banner', {
            title: props.resumable.scenarioTitle,
            mode: t(
              `mode.${props.resumable.mode === 'double11' ? 'shift' : props.resumable.mode}.name`,
            ),
          }),
        }),
        h('button', {
          class: 'primary',
          testid: 'resume-session',
          text: t('resume.resume'),
          attrs: { type: 'button' },
          on: { click: () => props.onResume() },
        }),
        h('button', {
          class: 'ghost',
          testid: 'discard-session',
          text: t('resume.discard'),
          attrs: { type: 'button' },
          on: { click: () => props.onDiscardResume() },
        }),
      )
    : null;

  replaceChildren(
    root,
    h(
      'div',
      { class: 'menu' },
      h(
        'header',
        { class: 'menu-header' },
        h(
          'h1',
          {},
          h('span', { class: 'logo', text: '客服道场' }),
          ' ',
          h('span', { text: t('app.title') }),
        ),
        h(
          'div',
          { class: 'header-controls' },
          soundControls(props.sound, props.onSound),
          languages,
        ),
      ),
      h('p', { class: 'tagline', text: t('app.tagline') }),
      resume,
      h(
        'div',
        { class: 'menu-grid' },
        h(
          'section',
          { class: 'menu-left' },
          h('h2', { text: t('menu.mode') }),
          modes,
          personaFilter,
          h('h2', { text: t('menu.scenarios') }),
          scenarios,
          fileDropZone({ onFile: props.onFile }),
        ),
        h(
          'section',
          { class: 'menu-right' },
          briefing,
          renderRubric(props.rubricOf(selected), state.mode),
          start,
          historyList(props),
        ),
      ),
    ),
  );
}

function historyList(props: MenuProps): HTMLElement | null {
  if (props.history.length === 0) return null;
  const when = new Intl.DateTimeFormat(props.locale, { dateStyle: 'short', timeStyle: 'short' });
  return h(
    'section',
    { class: 'history', testid: 'history' },
    h('h2', { text: t('menu.history') }),
    h(
      'ul',
      {},
      ...props.history.slice(0, 5).map((r) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              class: 'ghost history-item',
              testid: `history-${r.id}`,
              attrs: { type: 'button' },
              on: { click: () => props.onOpenReport(r.id) },
            },
            h('span', { text: r.title }),
            h('strong', { text: r.overall === null ? '—' : String(Math.round(r.overall)) }),
            h('span', { class: 'muted', text: when.format(r.savedAt) }),
          ),
        ),
      ),
    ),
  );
}
