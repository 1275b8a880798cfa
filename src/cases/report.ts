// Diagnostics on a case file, at the key or value they are about.
import { report } from '../diagnostics.js';
import { locate } from '../load/yaml.js';
import type { Origin, YamlPath } from '../model/types.js';

export function reportOnCase(origin: Origin, field: YamlPath, ruleId: string, message: string, part: 'key' | 'value' = 'value'): void {
  report(origin.source.file, 'error', ruleId, message, locate(origin.source, [...origin.path, ...field], part));
}
