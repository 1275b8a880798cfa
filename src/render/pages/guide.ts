// The guided pathway "Cosa faccio adesso?" of a Region: "Chi sei?", then the entry step, then one
// page per answer state (guide-states.ts) with the next steps, who acts, whom to call and the
// time limits, and links for the answers. Plain pages that work with scripts off and from
// file://; guide.js only moves the focus to what the answer changed.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { localBodies, type ReachedStep } from '../../cases/walk.js';
import { durationInWords, timeLimitInWords } from '../../i18n/format.js';
import { durationHours } from '../../model/duration.js';
import type { FactValue, Procedure, Region } from '../../model/types.js';
import { contactDetails, contactsOf, definitionList, linkTo, roleLink } from '../components.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';
import { factValueInWords } from './cases-run.js';
import { regionGuide, type GuideStart, type GuideState, type RegionGuide } from './guide-states.js';

/** Where an answer leads the focus: the steps it brought, or the question asked again. */
const NOW = 'guide-now';
const QUESTION = 'guide-question';

export interface GuidePages {
  pages: Array<{ path: string; render: () => Page }>;
  /** Every procedure the pages show a step of, for the build's sources. */
  procedures: Set<Procedure>;
}

/** The Region's guide pages; none when the Region has no entry step. */
export function guidePages(site: Site, region: Region): GuidePages {
  if (!hasGuide(region)) return { pages: [], procedures: new Set() };
  const planned = regionGuide(site.corpus, region);
  const guide = heldGuide(site, region, planned);
  const folder = region.folder;
  // The pages find their state again by position: the walk is the same each time it is made.
  const roles = planned.starts.flatMap((start, index) => (start.entries.length > 1 ? [{ start, index }] : []));
  return {
    pages: [
      { path: page.guide(folder), render: () => startPage(site, region, guide().starts) },
      ...roles.map(({ start, index }) => ({ path: page.guide(folder, roleFile(start.role)), render: () => rolePage(site, region, guide().starts[index]!) })),
      ...planned.states.map((state, index) => ({ path: page.guide(folder, state.file), render: () => statePage(site, region, guide().states[index]!) })),
    ],
    procedures: planned.procedures,
  };
}

/**
 * One Region's guide at a time, for the whole process: a plan of every Region's pages holding
 * every Region's walk was an eighth of a build's memory. The pages of a Region are made one
 * after another, so the walk is made again about once per Region.
 */
let held: { owner: object; guide: RegionGuide } | undefined;

function heldGuide(site: Site, region: Region, planned: RegionGuide): () => RegionGuide {
  const owner = {};
  held = { owner, guide: planned };
  return () => {
    if (held?.owner !== owner) held = { owner, guide: regionGuide(site.corpus, region) };
    return held.guide;
  };
}

/** Whether a Region's handbook has a guide, so its home page can link to it. */
export function hasGuide(region: Region): boolean {
  return [...region.procedures.values()].some((procedure) => procedure.entry.length > 0);
}

const roleFile = (role: string): string => `role-${role}.html`;

/** An answer link's target: a state's page, at what it shows first. */
const stateHref = (from: string, region: Region, state: GuideState, fragment = NOW): string =>
  href(from, page.guide(region.folder, state.file), fragment === QUESTION && !state.question ? NOW : fragment);

function startPage(site: Site, region: Region, starts: GuideStart[]): Page {
  const { t } = site;
  const path = page.guide(region.folder);
  const roleName = (role: string) => site.corpus.catalogue.roles.get(role)?.name[t.lang] ?? role;
  const main: ElementContent[] = [
    h('h1', { lang: t.lang }, t.guide.title),
    h('p.lead', { lang: t.lang }, t.guide.intro(region.name)),
    // Every entry step past the cap on pages (guide-states.ts): the page stays, so links to it hold.
    starts.length === 0 ? h('p', { lang: t.lang }, t.guide.tooMany) : question(site, t.guide.who, t.guide.whoHelp, starts.map((start) => {
      const target = start.entries.length > 1 ? href(path, page.guide(region.folder, roleFile(start.role)), QUESTION) : stateHref(path, region, start.entries[0]!);
      return [target, roleName(start.role)];
    })),
  ];
  return renderPage(site, { path, title: t.guide.title, region, crumbs: [{ label: region.name, path: page.regionHome(region.folder) }], main, scripts: ['guide.js'] });
}

function rolePage(site: Site, region: Region, start: GuideStart): Page {
  const { t } = site;
  const path = page.guide(region.folder, roleFile(start.role));
  const role = site.corpus.catalogue.roles.get(start.role)?.name[t.lang] ?? start.role;
  const main: ElementContent[] = [
    h('h1', { lang: t.lang }, t.guide.title),
    answersGiven(site, [[t.guide.who, role, href(path, page.guide(region.folder), QUESTION)]]),
    question(site, t.guide.where, t.guide.whereHelp, start.entries.map((entry) => [
      stateHref(path, region, entry),
      [h('span', { lang: 'it' }, entry.position.step.title), h('span.guide-answer-detail', { lang: 'it' }, entry.position.procedure.title)],
    ])),
  ];
  return renderPage(site, { path, title: t.guide.whereTitle(role), region, crumbs: guideCrumbs(site, region), main, scripts: ['guide.js'] });
}

function statePage(site: Site, region: Region, state: GuideState): Page {
  const { t } = site;
  const path = page.guide(region.folder, state.file);
  const facts = site.corpus.catalogue.facts;
  const given: Array<[string, string, string]> = [...state.known].map(([id, value]) => [facts.get(id)!.question[t.lang], answerLabel(site, id, value), stateHref(path, region, state.changes.get(id)!, QUESTION)]);
  const main: ElementContent[] = [
    h('h1', { lang: t.lang }, t.guide.title),
    ...(given.length > 0 ? [answersGiven(site, given)] : []),
    h('section.guide-now', { 'aria-labelledby': NOW }, [
      h(`h2#${NOW}`, { tabIndex: -1, lang: t.lang }, t.guide.now),
      h('p', { lang: t.lang }, state.question ? t.guide.nowHelp : state.unfollowed ? t.guide.nowHelpHere : t.guide.nowHelpEnd),
      h('ol.guide-steps', state.steps.map((at) => guideStep(site, path, region, at))),
    ]),
    ...(state.question ? [nextQuestion(site, path, region, state)] : state.unfollowed ? unfollowed(site, path, state) : endOfPathway(site, state)),
    h('ul.guide-restart', { lang: t.lang }, [
      h('li', [h('a', { href: href(path, page.guide(region.folder), QUESTION) }, t.guide.restart)]),
      region.contacts.length > 0 ? h('li', [h('a', { href: href(path, page.regionHome(region.folder), 'contacts-heading') }, t.guide.allContacts(region.name))]) : null,
    ]),
  ];
  return renderPage(site, { path, title: t.guide.title, region, crumbs: guideCrumbs(site, region), main, scripts: ['guide.js'] });
}

function nextQuestion(site: Site, path: string, region: Region, state: GuideState): ElementContent {
  const { t } = site;
  const { fact, at, answers } = state.question!;
  const hint = [t.guide.questionAt(at.step.title), fact.note?.[t.lang]].filter((words): words is string => Boolean(words)).join(' ');
  return question(site, fact.question[t.lang], hint, answers.map((answer) => [stateHref(path, region, answer.next), answerLabel(site, fact.id, answer.value)]));
}

/** Where the walker stops following: the reader reads the procedure from this step on. */
function unfollowed(site: Site, path: string, { position }: GuideState): ElementContent[] {
  const { t } = site;
  const { region, procedure, step } = position;
  return [
    h('p', { lang: t.lang }, t.guide.tooMany),
    h('p', { lang: t.lang }, [linkTo(site, path, region.folder, page.procedure(region.folder, procedure.id), t.guide.readProcedure(procedure.title), anchor.step(step.id))]),
  ];
}

const guideCrumbs = (site: Site, region: Region) => [
  { label: region.name, path: page.regionHome(region.folder) },
  { label: site.t.guide.title, path: page.guide(region.folder) },
];

function endOfPathway(site: Site, state: GuideState): ElementContent[] {
  const { t } = site;
  const longest = state.steps.reduce((most, at) => Math.max(most, durationHours(at.elapsed)), 0);
  const last = state.steps.find((at) => durationHours(at.elapsed) === longest);
  return [h('p.guide-end', { lang: t.lang }, [t.guide.end, ...(last && longest > 0 ? [' ', t.guide.total(durationInWords(last.elapsed, t))] : [])])];
}

/** "sì", "sessuale": an answer as a button says it, capitalised. */
function answerLabel(site: Site, fact: string, value: FactValue): string {
  const words = factValueInWords(site, fact, value);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * One question as a group of links, one per answer (GOV.UK's smart answers): each answer is a
 * page, so the question works with scripts off; the group is named by its legend.
 */
function question(site: Site, text: string, hint: string, answers: Array<[string, string | ElementContent[]]>): ElementContent {
  return h('fieldset.guide-question', { lang: site.t.lang }, [
    h('legend', [h(`h2#${QUESTION}`, { tabIndex: -1 }, text)]),
    hint ? h('p.guide-hint', hint) : null,
    h('ul.guide-answers', answers.map(([target, label]) => h('li', [h('a.guide-answer', { href: target }, label)]))),
  ]);
}

/** The answers so far, each with a link to change it (GOV.UK's "previous answers"). */
function answersGiven(site: Site, given: Array<[string, string, string]>): ElementContent {
  const { t } = site;
  return h('section.guide-given', { 'aria-labelledby': 'guide-given', lang: t.lang }, [
    h('h2#guide-given', t.guide.yourAnswers),
    h('dl', given.flatMap(([asked, answer, change]) => [
      h('dt', asked),
      h('dd', [h('span.guide-given-answer', answer), ' ', h('a', { href: change }, [t.guide.change, h('span.visually-hidden', ` ${t.guide.changeWhat(asked)}`)])]),
    ])),
  ]);
}

/** A step of the pathway: what, who acts, the Region's body and whom to call there, and by when. */
function guideStep(site: Site, path: string, region: Region, at: ReachedStep): ElementContent {
  const { t } = site;
  const { step, procedure } = at;
  const bodies = localBodies(at);
  const contacts = contactsOf(at.region, bodies.map((body) => body.id));
  const elsewhere = at.region === region ? '' : ` ${t.guide.inRegion(at.region.name)}`;
  // The longest time from now to the end of the step (referrals' and steps' limits), then the step's own.
  const times = [...(durationHours(at.elapsed) > 0 ? [t.guide.within(durationInWords(at.elapsed, t))] : []), ...(step.timeLimit ? [t.guide.stepTime(timeLimitInWords(step.timeLimit, t))] : [])];
  return h('li.guide-step', { lang: t.lang }, [
    h('p.guide-step-title', { lang: 'it' }, [
      linkTo(site, path, at.region.folder, page.procedure(at.region.folder, procedure.id), step.title, anchor.step(step.id)),
      // Only the internal edition has restricted steps to show; it says so, as the case pages do.
      ...(step.restricted ? [h('span.step-kind', ` (${t.casePages.restricted})`)] : []),
      h('span.step-kind', ` — ${procedure.title}${elsewhere}`),
    ]),
    definitionList('step-facts', [
      [t.guide.whoActs, [roleLink(site, path, at.region.folder, step.actor), ...(bodies.length > 0 ? [{ type: 'text' as const, value: `: ${bodies.map((body) => body.name).join('; ')}` }] : [])]],
      [t.guide.whomToCall, contacts.length > 0 ? [h('ul.guide-contacts', contacts.map((contact) => h('li', contactDetails(site, contact))))] : t.guide.noContact],
      [t.guide.deadline, times.length > 0 ? times.join('; ') : t.guide.noDeadline],
    ]),
  ]);
}
