import { parse } from 'tinyduration';
import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

/** The day a protocol signed on `signed` (YYYY-MM-DD) for `duration` (ISO 8601) ends. */
function endOf(signed: string, duration: string): string {
  const { years = 0, months = 0, weeks = 0, days = 0 } = parse(duration);
  const end = new Date(`${signed}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() + years, end.getUTCMonth() + months, end.getUTCDate() + weeks * 7 + days);
  return end.toISOString().slice(0, 10);
}

export const protocolExpired: Rule = {
  id: 'domain/protocol-expired',
  severity: 'warning',
  description: 'A protocol whose duration since signing has run out (e.g. "durata triennale") is flagged for renewal (protocol practice, e.g. the FVG 2019 protocol with the Commissione territoriale).',
  corpus(context) {
    for (const region of context.corpus.regions.values()) {
      for (const protocol of region.protocols) {
        if (!protocol.signed || !protocol.duration) continue;
        const end = endOf(protocol.signed, protocol.duration);
        if (end > context.today) continue;
        context.report(protocol.origin, text('domain.protocolExpired', { protocol: protocol.id, signed: protocol.signed, duration: protocol.duration, end }), { field: 'duration' });
      }
    }
  },
};
