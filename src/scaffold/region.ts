// A new Region: the mandatory fields and the smallest actor set that passes `sop check`
// (the Region as project lead, the Numero Verde with the one accepted helpline number).
import { fillTemplate, yamlText } from './template.js';

export interface RegionDraft {
  id: string;
  name: string;
  /** The `# yaml-language-server` line. */
  modeline: string;
}

export function regionText(draft: RegionDraft): Promise<string> {
  return fillTemplate('region.yaml', {
    schema: draft.modeline,
    id: draft.id,
    name: yamlText(draft.name),
    project: yamlText(`Progetto antitratta – ${draft.name}`),
    lead: `regione-${draft.id}`,
    lead_name: yamlText(`Regione ${draft.name}`),
  });
}
