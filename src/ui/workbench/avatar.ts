/** Avatars drawn in code (SVG): a coloured face from the buyer id, no downloads. */
import { hashString } from '../../core/random';

const SVG = 'http://www.w3.org/2000/svg';

function node(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** A 36×36 face: background hue, hair and a smile all chosen from the id's hash. */
export function avatar(id: string, name: string): SVGSVGElement {
  const hash = hashString(id);
  const hue = hash % 360;
  const hair = (hash >>> 9) % 3;
  const svg = node('svg', {
    viewBox: '0 0 36 36',
    width: 36,
    height: 36,
    class: 'avatar',
    role: 'img',
    'aria-label': name,
  }) as SVGSVGElement;
  svg.append(
    node('circle', { cx: 18, cy: 18, r: 18, fill: `hsl(${hue} 60% 82%)` }),
    node('circle', { cx: 18, cy: 20, r: 10, fill: '#ffe0c7' }),
  );
  const hairColour = `hsl(${(hue + 180) % 360} 35% 25%)`;
  if (hair === 0)
    svg.append(node('path', { d: 'M8 18 Q18 2 28 18 Q18 10 8 18', fill: hairColour }));
  if (hair === 1)
    svg.append(node('rect', { x: 8, y: 9, width: 20, height: 6, rx: 3, fill: hairColour }));
  if (hair === 2) {
    svg.append(
      node('path', { d: 'M7 22 Q6 6 18 7 Q30 6 29 22 L26 14 Q18 9 10 14 Z', fill: hairColour }),
    );
  }
  svg.append(
    node('circle', { cx: 14.5, cy: 20, r: 1.3, fill: '#333' }),
    node('circle', { cx: 21.5, cy: 20, r: 1.3, fill: '#333' }),
    node('path', {
      d: 'M14 24.5 Q18 27.5 22 24.5',
      stroke: '#a0522d',
      'stroke-width': 1.3,
      fill: 'none',
    }),
  );
  return svg;
}
