/** The shop: shop front (menu), floor tiles, door, shelves, lanterns, sky. */
import { texture, type TextureSpec } from './svg';

const ORANGE = '#ff5000';
const ORANGE_DARK = '#d94400';
const GOLD = '#ffc53d';

function products(x: number, y: number, width: number): string {
  const colours = ['#ff7a45', '#5b8def', '#36b37e', '#f5c542', '#e86fa6', '#8e6cf0', '#26a6b8'];
  let out = '';
  let cx = x + 4;
  let i = 0;
  while (cx < x + width - 14) {
    const h = 14 + ((i * 7) % 12);
    const w = 10 + ((i * 5) % 8);
    out += `<rect x="${cx}" y="${y - h}" width="${w}" height="${h}" rx="2" fill="${colours[i % colours.length]}"/>`;
    cx += w + 4;
    i++;
  }
  return out;
}

function shelfBody(x: number, y: number, width: number, height: number): string {
  const rows = [y + height * 0.36, y + height * 0.68, y + height - 4];
  return (
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="4" fill="#a8754f"/>` +
    `<rect x="${x + 4}" y="${y + 4}" width="${width - 8}" height="${height - 8}" fill="#f7ead9"/>` +
    rows
      .map(
        (ry) =>
          products(x + 4, ry, width - 8) +
          `<rect x="${x + 2}" y="${ry}" width="${width - 4}" height="4" fill="#a8754f"/>`,
      )
      .join('')
  );
}

/** The title screen's shop front (the sign is left blank for the localised title). */
export function shopFrontTexture(): TextureSpec {
  const w = 520;
  const h = 360;
  const scallops = Array.from({ length: 13 }, (_, i) => {
    const x = 20 + i * 37;
    const fill = i % 2 === 0 ? ORANGE : '#fff';
    return (
      `<rect x="${x}" y="112" width="37" height="34" fill="${fill}"/>` +
      `<path d="M${x} 146 Q${x + 18.5} 164 ${x + 37} 146 Z" fill="${fill}"/>`
    );
  }).join('');
  const body = [
    `<rect x="30" y="100" width="460" height="250" fill="#fff4e6"/>`,
    `<rect x="30" y="340" width="460" height="14" fill="#e8d5bd"/>`,
    `<rect x="10" y="14" width="500" height="92" rx="12" fill="${ORANGE_DARK}"/>`,
    `<rect x="18" y="20" width="484" height="80" rx="9" fill="${ORANGE}" stroke="${GOLD}" stroke-width="3"/>`,
    `<rect x="10" y="104" width="500" height="10" rx="3" fill="#8a3a12"/>`,
    scallops,
    // windows with shelves
    `<rect x="52" y="180" width="140" height="130" rx="6" fill="#8a5a3b"/>`,
    `<rect x="58" y="186" width="128" height="118" fill="#d9eef8"/>`,
    shelfBody(62, 200, 120, 100),
    `<path d="M62 190 L92 190 L70 230 Z" fill="#fff" opacity="0.35"/>`,
    `<rect x="328" y="180" width="140" height="130" rx="6" fill="#8a5a3b"/>`,
    `<rect x="334" y="186" width="128" height="118" fill="#d9eef8"/>`,
    shelfBody(338, 200, 120, 100),
    `<path d="M338 190 L368 190 L346 230 Z" fill="#fff" opacity="0.35"/>`,
    // door
    `<rect x="214" y="176" width="92" height="166" rx="6" fill="#8a5a3b"/>`,
    `<rect x="222" y="184" width="76" height="150" rx="3" fill="#cfe8f5"/>`,
    `<rect x="258" y="184" width="4" height="150" fill="#8a5a3b"/>`,
    `<circle cx="252" cy="262" r="3" fill="${GOLD}"/><circle cx="268" cy="262" r="3" fill="${GOLD}"/>`,
    `<rect x="226" y="200" width="68" height="22" rx="4" fill="#fff"/>`,
    `<text x="260" y="216" font-size="14" font-weight="700" text-anchor="middle" fill="${ORANGE}" font-family="sans-serif">OPEN</text>`,
    `<path d="M226 240 L246 240 L232 290 Z" fill="#fff" opacity="0.35"/>`,
  ].join('');
  return texture('shopfront', w, h, body);
}

/** A light wooden floor tile (64×64), subtle enough for the DOM on top to stay readable. */
export function floorTileTexture(): TextureSpec {
  const planks = [0, 16, 32, 48]
    .map((y, i) => {
      const joint = i % 2 === 0 ? 20 : 46;
      return (
        `<rect x="0" y="${y}" width="64" height="16" fill="${i % 2 === 0 ? '#f5e9d8' : '#f2e4d0'}"/>` +
        `<path d="M0 ${y + 15.5} H64 M${joint} ${y} V${y + 16}" stroke="#e4d2b8" stroke-width="1"/>`
      );
    })
    .join('');
  return texture('floor', 64, 64, planks);
}

/** The shop door at the left of the floor, where buyers come in and go out. */
export function doorTexture(): TextureSpec {
  return texture(
    'door',
    72,
    112,
    `<rect x="6" y="4" width="60" height="104" rx="5" fill="#8a5a3b"/>` +
      `<rect x="12" y="10" width="48" height="96" rx="3" fill="#cfe8f5"/>` +
      `<path d="M14 14 L30 14 L18 48 Z" fill="#fff" opacity="0.45"/>` +
      `<circle cx="53" cy="62" r="3" fill="${GOLD}"/>` +
      `<rect x="2" y="104" width="68" height="8" rx="3" fill="${ORANGE}"/>`,
  );
}

/** A shelf of goods, the back wall of the floor. */
export function shelfTexture(): TextureSpec {
  return texture('shelf', 128, 96, shelfBody(0, 0, 128, 96));
}

/** A red lantern (灯笼), hung from its top centre. */
export function lanternTexture(): TextureSpec {
  return texture(
    'lantern',
    40,
    70,
    `<path d="M20 0 V10" stroke="#8a3a12" stroke-width="2"/>` +
      `<rect x="12" y="9" width="16" height="6" rx="2" fill="${GOLD}"/>` +
      `<ellipse cx="20" cy="32" rx="17" ry="19" fill="#e0301e"/>` +
      `<path d="M20 13 V51 M12 15 Q4 32 12 49 M28 15 Q36 32 28 49" fill="none" stroke="#b3200f" stroke-width="1.5"/>` +
      `<ellipse cx="14" cy="26" rx="4" ry="7" fill="#fff" opacity="0.2"/>` +
      `<rect x="12" y="49" width="16" height="6" rx="2" fill="${GOLD}"/>` +
      `<path d="M16 55 V68 M20 55 V70 M24 55 V68" stroke="${GOLD}" stroke-width="2"/>`,
  );
}

/** A warm evening sky, stretched behind the title screen. */
export function skyTexture(): TextureSpec {
  return texture(
    'sky',
    16,
    256,
    '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">' +
      '<stop offset="0" stop-color="#ffd7b0"/><stop offset="0.55" stop-color="#fff1e3"/>' +
      '<stop offset="1" stop-color="#fff8f0"/></linearGradient></defs>' +
      '<rect width="16" height="256" fill="url(#g)"/>',
  );
}

/** Pavement in front of the shop (tiled). */
export function pavementTexture(): TextureSpec {
  return texture(
    'pavement',
    64,
    32,
    '<rect width="64" height="32" fill="#e6e1da"/>' +
      '<path d="M0 31.5 H64 M31.5 0 V32" stroke="#d3ccc2" stroke-width="1"/>',
  );
}

/** Neighbouring shops along the street (two colourways), 240×300 with the ground at the bottom. */
export function sideShopTextures(): TextureSpec[] {
  const colourways = [
    { awning: '#2a9d8f', wall: '#f1f7f5', sign: '#21867a' },
    { awning: '#6c63c7', wall: '#f5f3fb', sign: '#5a51b3' },
  ];
  return colourways.map((c, i) => {
    const stripes = Array.from({ length: 6 }, (_, k) => {
      const x = 10 + k * 36.7;
      const fill = k % 2 === 0 ? c.awning : '#fff';
      return (
        `<rect x="${x}" y="100" width="36.7" height="26" fill="${fill}"/>` +
        `<path d="M${x} 126 Q${x + 18.35} 140 ${x + 36.7} 126 Z" fill="${fill}"/>`
      );
    }).join('');
    const body = [
      `<rect x="16" y="40" width="208" height="260" fill="${c.wall}"/>`,
      `<rect x="6" y="52" width="228" height="48" rx="8" fill="${c.sign}"/>`,
      `<rect x="22" y="66" width="196" height="20" rx="10" fill="#fff" opacity="0.22"/>`,
      stripes,
      `<rect x="30" y="170" width="110" height="100" rx="5" fill="#8a5a3b"/>`,
      `<rect x="36" y="176" width="98" height="88" fill="#d9eef8"/>`,
      shelfBody(40, 186, 90, 74),
      `<rect x="156" y="180" width="56" height="120" rx="4" fill="#8a5a3b"/>`,
      `<rect x="162" y="186" width="44" height="110" rx="2" fill="#cfe8f5"/>`,
      `<rect x="16" y="292" width="208" height="8" fill="#e8d5bd"/>`,
    ].join('');
    return texture(`shop-side-${i}`, 240, 300, body);
  });
}
