import type { Rule } from '../context.js';
import { approvalData } from './approval-data.js';
import { closedCycle } from './closed-cycle.js';
import { consentNeeded } from './consent-needed.js';
import { ctReferral } from './ct-referral.js';
import { deadEnd } from './dead-end.js';
import { duplicateId } from './duplicate-id.js';
import { enteRegistered } from './ente-registered.js';
import { fileName } from './file-name.js';
import { helplineNumber } from './helpline-number.js';
import { legalTimeLimit } from './legal-time-limit.js';
import { localActor } from './local-actor.js';
import { minorsSafeguards } from './minors-safeguards.js';
import { noWayOut } from './no-way-out.js';
import { noProtectionRoute } from './no-protection-route.js';
import { notCompetent } from './not-competent.js';
import { overlappingBranches } from './overlapping-branches.js';
import { permitProposal } from './permit-proposal.js';
import { regionFolder } from './region-folder.js';
import { restrictedReference } from './restricted-reference.js';
import { repealedLegalReference } from './repealed-legal-reference.js';
import { reviewBeforeApproval } from './review-before-approval.js';
import { reviewOverdue } from './review-overdue.js';
import { roleWithoutActor } from './role-without-actor.js';
import { undeclaredRole } from './undeclared-role.js';
import { undeclaredStage } from './undeclared-stage.js';
import { unknownAction } from './unknown-action.js';
import { unknownFact } from './unknown-fact.js';
import { unknownActor } from './unknown-actor.js';
import { unknownLegalReference } from './unknown-legal-reference.js';
import { unknownProcedure } from './unknown-procedure.js';
import { unknownRole } from './unknown-role.js';
import { unknownStage } from './unknown-stage.js';
import { unknownStep } from './unknown-step.js';
import { unreachableStep } from './unreachable-step.js';
import { unsafeLink } from './unsafe-link.js';
import { wrongValue } from './wrong-value.js';

export const rules: Rule[] = [
  regionFolder,
  fileName,
  duplicateId,
  unknownRole,
  unknownAction,
  unknownLegalReference,
  unknownStage,
  unknownActor,
  unknownStep,
  unknownProcedure,
  undeclaredRole,
  undeclaredStage,
  roleWithoutActor,
  repealedLegalReference,
  unreachableStep,
  deadEnd,
  closedCycle,
  noProtectionRoute,
  notCompetent,
  localActor,
  minorsSafeguards,
  permitProposal,
  ctReferral,
  consentNeeded,
  legalTimeLimit,
  approvalData,
  reviewBeforeApproval,
  reviewOverdue,
  helplineNumber,
  enteRegistered,
  restrictedReference,
  unsafeLink,
  unknownFact,
  wrongValue,
  overlappingBranches,
  noWayOut,
];
