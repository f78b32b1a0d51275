// Composition root: styles, then the app shell (menu first; everything else loads lazily).
import './ui/styles.css';
import { startApp } from './ui/app';

const root = document.getElementById('app');
if (root) {
  startApp(root).catch((err: unknown) => {
    root.textContent = `Kefu Dojo could not start: ${err instanceof Error ? err.message : String(err)}`;
  });
}
