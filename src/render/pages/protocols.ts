// The protocols signed in a Region, for its home page: who signed (the Region's actors, and the
// bodies that act in no step), when and where, and the procedures each adopts.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { dateInWords, durationInWords } from '../../i18n/format.js';
import type { Region } from '../../model/types.js';
import { definitionList, linkTo } from '../components.js';
import type { Site } from '../site.js';
import { page } from '../urls.js';

export function protocolsSection(site: Site, region: Region, path: string): ElementContent | null {
  if (region.protocols.length === 0) return null;
  const { t } = site;
  const words = t.protocols;
  return h('section', { 'aria-labelledby': 'protocols-heading' }, [
    h('h2#protocols-heading', words.heading),
    ...region.protocols.flatMap((protocol) => {
      const operational = protocol.signatories.filter((signatory) => signatory.actor && region.actors.has(signatory.actor));
      const named = protocol.signatories.filter((signatory) => !operational.includes(signatory));
      const adopted = protocol.adopts.flatMap((id) => {
        const procedure = region.procedures.get(id);
        return procedure ? [h('li', [linkTo(site, path, region.folder, page.procedure(region.folder, id), procedure.title)])] : [];
      });
      return [
        h('h3', protocol.title),
        protocol.illustrative ? h('p.illustrative-note', words.illustrative) : null,
        definitionList('metadata', [
          [words.signed, protocol.signed ? dateInWords(protocol.signed, t) : undefined],
          [words.place, protocol.place],
          [words.duration, protocol.duration ? durationInWords(protocol.duration, t) : undefined],
          [words.source, protocol.url ? [h('a', { href: protocol.url, rel: 'external noopener noreferrer' }, protocol.url.replace(/^https:\/\//, '').replace(/\/.*/, ''))] : undefined],
        ]),
        operational.length > 0 ? h('h4', words.operational) : null,
        operational.length > 0 ? h('ul', operational.map((signatory) => h('li', [signatory.name ?? region.actors.get(signatory.actor!)!.name, h('span.kind', ` — ${words.kind[signatory.kind]}`)]))) : null,
        named.length > 0 ? h('h4', words.named) : null,
        named.length > 0 ? h('ul', named.map((signatory) => h('li', [signatory.name ?? signatory.actor ?? '', h('span.kind', ` — ${words.kind[signatory.kind]}`)]))) : null,
        adopted.length > 0 ? h('h4', words.adopts) : null,
        adopted.length > 0 ? h('ul', adopted) : null,
      ].filter((node): node is ElementContent => node !== null);
    }),
  ]);
}
