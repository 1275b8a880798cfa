// One procedure in two versions: its metadata, its steps (by id) and each step's referrals
// (by target), and which sections of its prose changed.
import { refKey } from '../model/graph.js';
import type { Procedure, Referral, Step } from '../model/types.js';
import { diffBody } from './body.js';
import { flag, pairs, scalar, sequence, set } from './compare.js';
import { conditionText, whenChange } from './condition.js';
import type { FieldChange, ProcedureDiff, ProcedureSnapshot, ReferralDiff, ReferralSnapshot, StepDiff, StepSnapshot } from './types.js';

/** Fields that record the approval of a text rather than the text: changing them needs no new version. */
const APPROVAL_FIELDS = new Set(['status', 'approval.date', 'approval.bodies', 'review_by']);

export function diffProcedure(before: Procedure, after: Procedure): ProcedureDiff | undefined {
  const fields = [
    ...scalar('title', before.title, after.title),
    ...scalar('status', before.status, after.status),
    ...flag('restricted', before.restricted, after.restricted),
    ...scalar('approval.date', before.approval?.date, after.approval?.date),
    ...set('approval.bodies', before.approval?.bodies ?? [], after.approval?.bodies ?? []),
    ...scalar('review_by', before.reviewBy, after.reviewBy),
    ...set('population', before.population, after.population),
    ...set('stages', before.stages, after.stages),
    ...set('pathways', before.pathways, after.pathways),
    ...set('roles', before.roles, after.roles),
    ...set('legal_basis', before.legalBasis, after.legalBasis),
    ...set('entry', before.entry, after.entry),
    ...stepOrder(before.steps, after.steps),
  ];
  const steps = diffSteps(before.steps, after.steps);
  const body = diffBody(before, after);
  if (fields.length === 0 && steps.length === 0 && body.length === 0 && before.version === after.version) return undefined;
  const contentChanged = steps.length > 0 || body.length > 0 || fields.some((change) => !APPROVAL_FIELDS.has(change.field));
  return {
    change: 'changed',
    region: after.folder,
    id: after.id,
    title: after.title,
    version: { from: before.version, to: after.version },
    version_not_bumped: contentChanged && before.version === after.version,
    fields,
    steps,
    body,
  };
}

/** The order of the steps both versions have: it is the order of the handbook and of the default entry. */
function stepOrder(before: Step[], after: Step[]): FieldChange[] {
  const common = (steps: Step[], other: Step[]) => [...new Set(steps.map((s) => s.id))].filter((id) => other.some((s) => s.id === id));
  return sequence('step_order', common(before, after), common(after, before));
}

export function diffSteps(before: Step[], after: Step[]): StepDiff[] {
  return pairs(before, after, (step) => step.id).flatMap(({ key, before: a, after: b }): StepDiff[] => {
    if (!a) return [{ change: 'added', id: key, step: stepSnapshot(b!) }];
    if (!b) return [{ change: 'removed', id: key, step: stepSnapshot(a) }];
    const fields = [
      ...scalar('stage', a.stage, b.stage),
      ...scalar('actor', a.actor, b.actor),
      ...scalar('local_actor', a.localActor, b.localActor),
      ...scalar('action', a.action, b.action),
      ...scalar('action_kind', a.actionKind, b.actionKind),
      ...scalar('time_limit', a.timeLimit, b.timeLimit),
      ...set('legal_basis', a.legalBasis, b.legalBasis),
      ...flag('terminal', a.terminal, b.terminal),
      ...flag('restricted', a.restricted, b.restricted),
    ];
    const referrals = diffReferrals(a.referrals, b.referrals);
    return fields.length === 0 && referrals.length === 0 ? [] : [{ change: 'changed', id: key, fields, referrals }];
  });
}

/**
 * Referrals are keyed by the step they lead to, resolved: `colloqui` and `alfa/adulti#colloqui`
 * written in alfa/adulti are the same referral. A second referral to the same step (a corpus
 * error) is paired with the second one of the other version.
 */
function diffReferrals(before: Referral[], after: Referral[]): ReferralDiff[] {
  return pairs(keyed(before), keyed(after), (r) => r.key).flatMap(({ before: a, after: b }): ReferralDiff[] => {
    if (!a) return [{ change: 'added', to: b!.referral.to.raw, referral: referralSnapshot(b!.referral) }];
    if (!b) return [{ change: 'removed', to: a.referral.to.raw, referral: referralSnapshot(a.referral) }];
    const fields = [
      ...scalar('condition', a.referral.condition, b.referral.condition),
      ...whenChange(a.referral.when, b.referral.when),
      ...scalar('time_limit', a.referral.timeLimit, b.referral.timeLimit),
      ...scalar('consent', a.referral.consent, b.referral.consent),
      ...scalar('consent_note', a.referral.consentNote, b.referral.consentNote),
    ];
    return fields.length === 0 ? [] : [{ change: 'changed', to: b.referral.to.raw, fields }];
  });
}

function keyed(referrals: Referral[]): Array<{ key: string; referral: Referral }> {
  const seen = new Map<string, number>();
  return referrals.map((referral) => {
    const target = refKey(referral.to);
    const count = (seen.get(target) ?? 0) + 1;
    seen.set(target, count);
    return { key: `${target}\u0000${count}`, referral };
  });
}

export function procedureSnapshot(procedure: Procedure): ProcedureSnapshot {
  const { title, version, status, restricted } = procedure;
  return { title, version, status, restricted, steps: procedure.steps.map(stepSnapshot) };
}

export function stepSnapshot(step: Step): StepSnapshot {
  return {
    id: step.id,
    stage: step.stage,
    actor: step.actor,
    ...(step.localActor !== undefined ? { local_actor: step.localActor } : {}),
    action: step.action,
    action_kind: step.actionKind,
    ...(step.timeLimit !== undefined ? { time_limit: step.timeLimit } : {}),
    legal_basis: step.legalBasis,
    terminal: step.terminal,
    restricted: step.restricted,
    referrals: step.referrals.map(referralSnapshot),
  };
}

export function referralSnapshot(referral: Referral): ReferralSnapshot {
  return {
    to: referral.to.raw,
    ...(referral.condition !== undefined ? { condition: referral.condition } : {}),
    ...(referral.when !== undefined ? { when: conditionText(referral.when) } : {}),
    ...(referral.timeLimit !== undefined ? { time_limit: referral.timeLimit } : {}),
    consent: referral.consent,
    ...(referral.consentNote !== undefined ? { consent_note: referral.consentNote } : {}),
  };
}
