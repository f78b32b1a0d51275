/** The scripted agents' phrase books, per locale. */
import type { Locale } from '../../locale';
import { en } from './en';
import { es } from './es';
import type { LocalePhrases } from './types';
import { zhCN } from './zh-CN';

export type { LocalePhrases, ModelPhrases, PhraseParams } from './types';

export const PHRASES: Record<Locale, LocalePhrases> = { 'zh-CN': zhCN, en, es };
