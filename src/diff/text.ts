// sop diff in words, for the signatory agencies: one block per procedure that changed, one
// line per change ("Passo `audizione`: attore cambiato da … a …"), then the Regions' own files
// and the national catalogue.
import { conditionMessages } from '../i18n/conditions.js';
import type { DiffWords } from './messages.js';
import type {
  CatalogueDiff, CorpusDiff, FieldChange, ItemDiff, ProcedureDiff, ReferralDiff, ReferralSnapshot, RegionDiff, StepDiff, StepSnapshot, VersionInfo,
} from './types.js';
import { LONG_TEXT, type Scope, type Words } from './words.js';

const BULLET = '  - ';
const WARNING = '  ! ';
const MORE = '      ';

export function diffText(diff: CorpusDiff, w: Words): string {
  const { t } = w;
  const { added, removed, changed } = diff.summary;
  const blocks = [
    [
      t.diff.heading(diff.dir === '' ? '.' : diff.dir, versionLabel(diff.from, t), versionLabel(diff.to, t)),
      ...(diff.edition === 'internal' ? [t.diff.internalEdition] : []),
      diff.procedures.length === 0 ? t.diff.noChanges : t.diff.summary(added, removed, changed),
    ],
    ...diff.procedures.map((procedure) => procedureLines(procedure, diff, w)),
    ...diff.regions.map((region) => regionLines(region, w)),
    ...(diff.catalogue.length > 0 ? [[t.diff.catalogue, ...diff.catalogue.map((entry) => BULLET + catalogueLine(entry, t))]] : []),
  ];
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

export function versionLabel(version: VersionInfo, t: DiffWords): string {
  if (version.commit === null) return t.diff.workingTree;
  const short = version.commit.slice(0, 7);
  // A ref that is already a commit id needs no second spelling.
  return version.ref === null || version.commit.startsWith(version.ref) ? short : `${version.ref} (${short})`;
}

function procedureLines(procedure: ProcedureDiff, diff: CorpusDiff, w: Words): string[] {
  const { t } = w;
  const name = `${procedure.region}/${procedure.id}`;
  switch (procedure.change) {
    case 'added':
    case 'removed': {
      const { title, version, status, steps } = procedure.procedure;
      const what = procedure.change === 'added' ? t.diff.procedureAdded : t.diff.procedureRemoved;
      return [`${name} ${t.diff.quote(title)} — ${what(version, t.statusName[status])}`, BULLET + t.diff.stepList(steps.map((s) => `\`${s.id}\``).join(', '))];
    }
    case 'unreadable':
      return [`${name} ${t.diff.quote(procedure.title)} — ${t.diff.unreadable(versionLabel(diff[procedure.unreadable_in], t))}`];
    case 'changed':
      return [
        `${name} ${t.diff.quote(procedure.title)} — ${t.diff.procedureChanged(procedure.version.from, procedure.version.to)}`,
        ...(procedure.version_not_bumped ? [WARNING + t.diff.versionNotBumped(procedure.version.to)] : []),
        ...procedure.fields.flatMap((change) => fieldLines('', change, procedure.region, 'procedure', w)),
        ...procedure.steps.flatMap((step) => stepLines(step, procedure.region, w)),
        ...procedure.body.map((section) => `${BULLET}${t.diff.body}: ${section.heading === null ? t.diff.opening : t.diff.section(section.heading)} ${t.diff.itemFeminine[section.change]}`),
      ];
  }
}

function stepLines(step: StepDiff, region: string, w: Words): string[] {
  const { t } = w;
  const label = t.diff.step(step.id);
  if (step.change !== 'changed') return [`${BULLET}${label} ${t.diff.item[step.change]}: ${stepSummary(step.step, region, w)}`, ...(step.change === 'added' ? stepDetails(step.step, region, w) : [])];
  return [
    ...step.fields.flatMap((change) => fieldLines(`${label}: `, change, region, 'procedure', w)),
    ...step.referrals.flatMap((referral) => referralLines(label, referral, region, w)),
  ];
}

function stepSummary(step: StepSnapshot, region: string, w: Words): string {
  const actor = step.local_actor ? w.t.diff.asRole(w.actor(region, step.local_actor), w.role(step.actor)) : w.role(step.actor);
  return [actor, w.t.diff.stage(w.stage(step.stage)), ...(step.time_limit ? [w.value('time_limit', step.time_limit, region, 'procedure')] : [])].join(', ');
}

/** A new step is shown whole: what it does and where it sends the person. */
function stepDetails(step: StepSnapshot, region: string, w: Words): string[] {
  const { t } = w;
  return [
    MORE + t.diff.quote(step.action),
    ...(step.legal_basis.length > 0 ? [`${MORE}${capitalise(t.diff.field.legal_basis)}: ${w.field('legal_basis', step.legal_basis, region, 'procedure')}`] : []),
    ...step.referrals.map((referral) => `${MORE}→ \`${referral.to}\`: ${referralSummary(referral, w)}`),
    ...(step.terminal ? [MORE + t.terminal] : []),
    ...(step.restricted ? [MORE + t.internalUse] : []),
  ];
}

function referralSummary(referral: ReferralSnapshot, w: Words): string {
  const { t } = w;
  return [
    ...(referral.condition ? [`${t.condition} ${referral.condition}`] : []),
    ...(referral.when ? [conditionMessages[t.lang].appliesIf(w.value('when', referral.when, '', 'procedure'))] : []),
    ...(referral.time_limit ? [w.value('time_limit', referral.time_limit, '', 'procedure')] : []),
    t.consentName[referral.consent] + (referral.consent_note ? `: ${referral.consent_note}` : ''),
  ].join('; ');
}

function referralLines(step: string, referral: ReferralDiff, region: string, w: Words): string[] {
  const { t } = w;
  const label = t.diff.referral(referral.to);
  if (referral.change !== 'changed') {
    const details = referral.change === 'added' ? `: ${referralSummary(referral.referral, w)}` : '';
    return [`${BULLET}${step}: ${label} ${t.diff.item[referral.change]}${details}`];
  }
  return referral.fields.flatMap((change) => fieldLines(`${step}, ${label}: `, change, region, 'procedure', w));
}

/** One changed field; `prefix` names the step, referral, actor or contact it belongs to (empty: the procedure). */
function fieldLines(prefix: string, change: FieldChange, region: string, scope: Scope, w: Words): string[] {
  const { t } = w;
  const line = (text: string) => BULLET + (prefix === '' ? capitalise(text) : prefix + text);
  if (typeof change.from === 'boolean' || typeof change.to === 'boolean') {
    const [on, off] = t.diff.flag[change.field as keyof DiffWords['diff']['flag']];
    return [line(change.to === true ? on : off)];
  }
  const label = t.diff.field[change.field as keyof DiffWords['diff']['field']];
  if (change.added || change.removed) {
    const parts = [
      ...(change.added?.length ? [`${t.diff.more} ${w.field(change.field, change.added, region, scope)}`] : []),
      ...(change.removed?.length ? [`${t.diff.less} ${w.field(change.field, change.removed, region, scope)}`] : []),
    ];
    return [line(`${label}: ${parts.join('; ')}`)];
  }
  const from = w.field(change.field, change.from, region, scope);
  const to = w.field(change.field, change.to, region, scope);
  if (LONG_TEXT.has(change.field)) return [line(label), `${MORE}${t.diff.before}: ${from}`, `${MORE}${t.diff.after}: ${to}`];
  return [line(t.diff.changedFrom(label, from, to))];
}

function regionLines(region: RegionDiff, w: Words): string[] {
  const { t } = w;
  return [
    `${t.diff.region(region.region)} — ${t.diff.itemFeminine[region.change]}`,
    ...region.fields.flatMap((change) => fieldLines('', change, region.region, 'region', w)),
    ...region.actors.flatMap((actor) => itemLines(t.diff.actor(actor.id), actor, ['name', 'role'], region.region, w)),
    ...region.contacts.flatMap((contact) => itemLines(t.diff.contact(contact.id), contact, ['label'], region.region, w)),
  ];
}

/** An actor or contact: added and removed ones by name, changed ones field by field. */
function itemLines(label: string, item: ItemDiff, shown: string[], region: string, w: Words): string[] {
  if (item.change === 'changed') return item.fields.flatMap((change) => fieldLines(`${label}: `, change, region, 'region', w));
  const values = shown.flatMap((name) => {
    const change = item.fields.find((f) => f.field === name);
    const value = change?.to ?? change?.from;
    return typeof value === 'string' ? [w.value(change!.field, value, region, 'region')] : [];
  });
  return [`${BULLET}${label} ${w.t.diff.item[item.change]}${values.length > 0 ? `: ${values.join(', ')}` : ''}`];
}

function catalogueLine(entry: CatalogueDiff, t: DiffWords): string {
  const change = (t.diff.catalogueFeminine.includes(entry.kind) ? t.diff.itemFeminine : t.diff.item)[entry.change];
  return `${t.diff.catalogueEntry[entry.kind](entry.id)} ${change}${entry.fields.length > 0 ? `: ${t.diff.fieldsChanged(entry.fields.join(', '))}` : ''}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
