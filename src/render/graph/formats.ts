// The formats `sop graph` exports, apart from the exporters so the CLI can list them cheaply.
export const GRAPH_FORMATS = ['dot', 'mermaid', 'svg', 'json'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
