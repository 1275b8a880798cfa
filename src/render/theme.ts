// The look of the handbooks comes from templates/, so a Region restyles without touching src/.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { LangText } from '../model/types.js';

export interface Theme {
  name: LangText;
  colors: { primary: string; primary_dark: string; accent: string };
  footer: LangText;
  logo?: string;
}

async function readYaml(file: string): Promise<Partial<Theme>> {
  try {
    return (parse(await readFile(file, 'utf8')) ?? {}) as Partial<Theme>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

export async function loadTheme(templates: string, region?: string): Promise<Theme> {
  const base = (await readYaml(path.join(templates, 'theme.yaml'))) as Theme;
  if (!region) return base;
  const local = await readYaml(path.join(templates, 'regions', `${region}.yaml`));
  return { ...base, ...local, colors: { ...base.colors, ...local.colors }, footer: { ...base.footer, ...local.footer } };
}

const COLOR = /^#[0-9a-fA-F]{3,8}$/;

/** The theme as CSS custom properties; colours are checked so a template cannot inject CSS. */
export function themeCss(theme: Theme): string {
  const vars = Object.entries(theme.colors)
    .filter(([, value]) => COLOR.test(value))
    .map(([key, value]) => `  --${key.replace(/_/g, '-')}: ${value};`);
  return `:root {\n${vars.join('\n')}\n}\n`;
}
