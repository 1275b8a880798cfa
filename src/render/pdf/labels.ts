// Typst labels for everything a handbook links to or counts pages of. Ids are kebab-case by
// schema, so the labels are always safe.
export const label = {
  procedure: (region: string, procedure: string): string => `proc-${region}-${procedure}`,
  step: (region: string, procedure: string, step: string): string => `step-${region}-${procedure}-${step}`,
  role: (region: string, role: string): string => `role-${region}-${role}`,
  legal: (id: string): string => `legal-${id}`,
  nationalRole: (role: string): string => `national-role-${role}`,
};
