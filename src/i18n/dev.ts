// `sop dev`'s overlay when a save breaks the build.
import type { Lang } from '../model/types.js';

export interface DevMessages {
  title: string;
  hint: string;
}

export const devMessages: Record<Lang, DevMessages> = {
  it: { title: 'Il manuale non è stato aggiornato: ci sono errori', hint: 'La pagina mostra l\'ultima versione valida. Correggi gli errori qui sotto e salva: la pagina si aggiorna da sola.' },
  en: { title: 'The handbook was not updated: there are errors', hint: 'This page shows the last good version. Fix the errors below and save: the page updates itself.' },
};
