// The page shell: landmarks, skip link, header with search, breadcrumb, footer.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Region } from '../model/types.js';
import type { Page, Site } from './site.js';
import { href, page } from './urls.js';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'";

export interface PageSpec {
  path: string;
  title: string;
  region?: Region;
  /** The handbook section the header names and searches: the Region, or the national model. */
  scope?: { folder: string; name: string };
  crumbs: Array<{ label: string; path: string }>;
  main: ElementContent[];
  /** Scripts of templates/assets/ the page enhances itself with (it works without them). */
  scripts?: string[];
}

export function renderPage(site: Site, spec: PageSpec): Page {
  const { t } = site;
  const theme = site.themes.get(spec.region?.folder ?? '') ?? site.themes.get('')!;
  const to = (target: string, fragment?: string) => href(spec.path, target, fragment);
  const scope = spec.scope ?? (spec.region ? { folder: spec.region.folder, name: spec.region.name } : undefined);
  const themeCss = page.asset(`theme-${spec.region?.folder ?? 'default'}.css`);
  const illustrative = spec.region ? spec.region.illustrative : [...site.corpus.regions.values()].some((r) => r.illustrative);
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: t.lang }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        // Defence in depth behind sanitising: no inline script or style, nothing from elsewhere.
        h('meta', { httpEquiv: 'Content-Security-Policy', content: CSP }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', `${spec.title} — ${spec.region ? `${spec.region.name} — ` : ''}${theme.name[t.lang]}`),
        h('link', { rel: 'stylesheet', href: to(page.asset('fonts.css')) }),
        h('link', { rel: 'stylesheet', href: to(page.asset('style.css')) }),
        h('link', { rel: 'stylesheet', href: to(page.asset('diagrams.css')) }),
        h('link', { rel: 'stylesheet', href: to(themeCss) }),
      ]),
      h('body', [
        h('a.skip-link', { href: '#main' }, t.skipToContent),
        h('header.site-header', [
          h('div.wrap', [
            h('p.site-name', [
              h('a', { href: to(page.landing()) }, [
                theme.logo ? h('img.logo', { src: to(page.asset(logoAsset(theme.logo))), alt: '' }) : null,
                theme.name[t.lang],
              ]),
            ]),
            scope ? h('p.region-name', [h('a', { href: to(`${scope.folder}/index.html`) }, scope.name)]) : null,
            searchForm(site, spec.path),
          ]),
        ]),
        spec.crumbs.length > 0
          ? h('nav.breadcrumb', { 'aria-label': t.breadcrumb }, [
              h('ol.wrap', spec.crumbs.map((crumb) => h('li', [h('a', { href: to(crumb.path) }, crumb.label)]))),
            ])
          : null,
        site.edition === 'internal' ? h('div.wrap', [h('p.internal-edition', { role: 'note' }, t.internalEdition)]) : null,
        illustrative ? h('div.wrap', [h('p.illustrative', { role: 'note' }, t.illustrative)]) : null,
        h('main.wrap#main', { tabIndex: -1, lang: 'it' }, spec.main),
        h('footer.site-footer', [h('div.wrap', [h('p', theme.footer[t.lang]), h('p', t.generatedBy)])]),
        ...searchScripts(spec.path, searchFolders(site, spec.region)),
        ...(spec.scripts ?? []).map((name) => h('script', { src: to(page.asset(name)) })),
      ]),
    ]),
  ]);
  return { path: spec.path, tree };
}

/** Where a template's logo is copied in the output (the name keeps its extension). */
export function logoAsset(logo: string): string {
  return `logo-${logo.replace(/[^a-zA-Z0-9.-]/g, '-')}`;
}

/**
 * The search box. A Region's pages search their Region; the landing and national pages search
 * every Region built and the national model, so one search finds everything.
 */
function searchForm(site: Site, from: string) {
  const { t } = site;
  return h('form.search', { role: 'search', 'data-site-root': href(from, page.landing()).replace(/index\.html$/, '') || './' }, [
    h('label', { for: 'search-input' }, t.searchLabel),
    h('input#search-input', { type: 'search', name: 'q', autocomplete: 'off', placeholder: t.searchPlaceholder, 'aria-controls': 'search-results' }),
    h('p#search-status.visually-hidden', { 'aria-live': 'polite', 'data-none': t.searchNoResults, 'data-one': t.searchResults(1), 'data-many': t.searchResults(2).replace('2', '{n}') }),
    h('ul#search-results.search-results', { hidden: true }),
  ]);
}

function searchFolders(site: Site, region: Region | undefined): string[] {
  if (region) return [region.folder];
  return [...(site.national ? ['national'] : []), ...[...site.built].sort()];
}

function searchScripts(from: string, folders: string[]) {
  return [
    h('script', { src: href(from, page.asset('minisearch.js')) }),
    ...folders.map((folder) => h('script', { src: href(from, page.searchIndex(folder)) })),
    h('script', { src: href(from, page.asset('search.js')) }),
  ];
}
