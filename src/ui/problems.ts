/** The panel that lists a scenario file's problems (FILE:LINE:COL: message), never a crash. */
import { t } from '../i18n';
import { h, replaceChildren } from './dom';

/** Shows the problems with a way back to the menu. */
export function showProblems(
  root: HTMLElement,
  problems: readonly string[],
  back: () => void,
  kind: 'scenario' | 'error' = 'scenario',
): void {
  replaceChildren(
    root,
    h(
      'section',
      { class: 'problems', testid: 'scenario-errors', attrs: { role: 'alert' } },
      h('h2', { text: kind === 'scenario' ? t('problems.title') : t('problems.errorTitle') }),
      kind === 'scenario' ? h('p', { text: t('problems.intro') }) : null,
      h('ul', {}, ...problems.map((p) => h('li', {}, h('code', { text: p })))),
      h('button', {
        class: 'primary',
        testid: 'problems-back',
        text: t('problems.back'),
        attrs: { type: 'button' },
        on: { click: back },
      }),
    ),
  );
}
