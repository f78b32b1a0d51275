/** A drop zone and file chooser for a scenario file; the whole page also accepts drops. */
import { t } from '../../i18n';
import { h } from '../dom';

export interface DropProps {
  onFile(file: File): void;
}

/** The visible drop zone with its input type=file. */
export function fileDropZone(props: DropProps): HTMLElement {
  const input = h('input', {
    class: 'file-input',
    testid: 'scenario-file',
    attrs: { type: 'file', accept: '.json,application/json', 'aria-label': t('drop.choose') },
    on: {
      change: () => {
        const file = input.files?.[0];
        if (file) props.onFile(file);
        input.value = '';
      },
    },
  });
  return h(
    'label',
    { class: 'drop-zone', testid: 'drop-zone' },
    h('strong', { text: t('drop.title') }),
    h('span', { text: t('drop.hint') }),
    input,
  );
}

/** Lets a file be dropped anywhere on the page; returns a function that stops listening. */
export function acceptPageDrops(target: HTMLElement, onFile: (file: File) => void): () => void {
  const over = (ev: DragEvent): void => {
    ev.preventDefault();
    target.classList.add('dragging');
  };
  const leave = (): void => target.classList.remove('dragging');
  const drop = (ev: DragEvent): void => {
    ev.preventDefault();
    target.classList.remove('dragging');
    const file = ev.dataTransfer?.files?.[0];
    if (file) onFile(file);
  };
  target.addEventListener('dragover', over);
  target.addEventListener('dragleave', leave);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragover', over);
    target.removeEventListener('dragleave', leave);
    target.removeEventListener('drop', drop);
  };
}
