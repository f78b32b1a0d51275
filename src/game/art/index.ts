/** Every texture the BootScene makes, as SVG built in code. */
import { bagTexture, buyerTextures } from './buyers';
import { bubbleTextures, typingTexture } from './bubbles';
import { effectTextures } from './effects';
import {
  doorTexture,
  floorTileTexture,
  lanternTexture,
  pavementTexture,
  shelfTexture,
  shopFrontTexture,
  sideShopTextures,
  skyTexture,
} from './shop';
import type { TextureSpec } from './svg';

export { svgDataUri, type TextureSpec } from './svg';
export { buyerKey } from './buyers';

/** All textures, in load order. Keys are unique. */
export function allTextures(): TextureSpec[] {
  return [
    ...buyerTextures(),
    bagTexture(),
    ...bubbleTextures(),
    typingTexture(),
    shopFrontTexture(),
    ...sideShopTextures(),
    floorTileTexture(),
    doorTexture(),
    shelfTexture(),
    lanternTexture(),
    skyTexture(),
    pavementTexture(),
    ...effectTextures(),
  ];
}
