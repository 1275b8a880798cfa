// The files `sop new` writes come from templates/new/, so a project can read (and sopbook can
// change) what a new procedure or Region looks like without touching code.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

export const NEW_TEMPLATES = fileURLToPath(new URL('../../templates/new/', import.meta.url));

export type TemplateName = 'procedure.md' | 'region.yaml';

/**
 * Replaces every `{{key}}`. A placeholder alone on its line whose value is empty removes the
 * line, so optional lines leave no blank behind. A placeholder without a value is a bug.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  const value = (key: string): string => {
    const text = values[key];
    if (text === undefined) throw new Error(`Template placeholder {{${key}}} has no value`);
    return text;
  };
  return template
    .replace(/^\{\{(\w+)\}\}\n/gm, (_, key: string) => (value(key) === '' ? '' : `${value(key)}\n`))
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => value(key));
}

export async function fillTemplate(name: TemplateName, values: Readonly<Record<string, string>>): Promise<string> {
  return fill(await readFile(`${NEW_TEMPLATES}${name}`, 'utf8'), values);
}

/** A one-line YAML scalar for `text`, quoted only when YAML needs it (`: `, a leading `#`…). */
export function yamlText(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

/** Text for a Markdown link label: brackets and emphasis marks must not change the link. */
export function markdownText(text: string): string {
  return text.replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`);
}
