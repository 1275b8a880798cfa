// Fonts shipped with the project (OFL, from npm) and named explicitly in every document, so a
// PDF looks the same on every machine and no system font leaks in.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export const TEXT_FONT = 'Source Serif 4';
export const SANS_FONT = 'Titillium Web';
export const MONO_FONT = 'Source Code Pro';

const FILES: Array<[pkg: string, file: string]> = [
  ['@expo-google-fonts/source-serif-4', '400Regular/SourceSerif4_400Regular.ttf'],
  ['@expo-google-fonts/source-serif-4', '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf'],
  ['@expo-google-fonts/source-serif-4', '700Bold/SourceSerif4_700Bold.ttf'],
  ['@expo-google-fonts/source-serif-4', '700Bold_Italic/SourceSerif4_700Bold_Italic.ttf'],
  ['@expo-google-fonts/titillium-web', '400Regular/TitilliumWeb_400Regular.ttf'],
  ['@expo-google-fonts/titillium-web', '400Regular_Italic/TitilliumWeb_400Regular_Italic.ttf'],
  ['@expo-google-fonts/titillium-web', '700Bold/TitilliumWeb_700Bold.ttf'],
  ['@expo-google-fonts/titillium-web', '700Bold_Italic/TitilliumWeb_700Bold_Italic.ttf'],
  ['@expo-google-fonts/source-code-pro', '400Regular/SourceCodePro_400Regular.ttf'],
  ['@expo-google-fonts/source-code-pro', '700Bold/SourceCodePro_700Bold.ttf'],
];

/** The sans face for the web pages too (regular and bold), so HTML and PDF look alike offline. */
export const WEB_FONTS: Array<{ file: string; weight: number; style: 'normal' | 'italic'; source: [string, string] }> = [
  { file: 'titillium-web-400.ttf', weight: 400, style: 'normal', source: ['@expo-google-fonts/titillium-web', '400Regular/TitilliumWeb_400Regular.ttf'] },
  { file: 'titillium-web-700.ttf', weight: 700, style: 'normal', source: ['@expo-google-fonts/titillium-web', '700Bold/TitilliumWeb_700Bold.ttf'] },
];

export async function readFontFile([pkg, file]: [string, string]): Promise<Buffer> {
  const require = createRequire(import.meta.url);
  return readFile(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));
}

export async function loadFonts(): Promise<Buffer[]> {
  return Promise.all(FILES.map(readFontFile));
}
