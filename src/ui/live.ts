/** The ARIA live region: new buyer messages are announced to screen readers. */

let region: HTMLElement | null = null;

function ensure(): HTMLElement {
  if (region && document.body.contains(region)) return region;
  region = document.getElementById('live');
  if (!region) {
    region = document.createElement('div');
    region.id = 'live';
    document.body.append(region);
  }
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('role', 'status');
  region.className = 'sr-only';
  return region;
}

/** Announces a text politely (never moves focus). */
export function announce(text: string): void {
  const el = ensure();
  const line = document.createElement('p');
  line.textContent = text;
  el.append(line);
  while (el.childElementCount > 5) el.firstElementChild?.remove();
}
