// The edition a diff compares: the public one leaves out what `sop build` leaves out of the
// public handbooks (restricted procedures, steps, contacts and prose), so a diff that signatories
// read, forward or publish tells no more than the handbooks do.
import { forEdition, procedureFor } from '../model/edition.js';
import type { Edition } from '../model/types.js';
import type { Version } from './index.js';

export function versionFor(version: Version, edition: Edition, internalLabel: string): Version {
  const { corpus } = forEdition(version.corpus, edition, internalLabel);
  // Procedures of a Region whose region.yaml did not load are compared too: filtered the same way.
  const procedures = version.procedures.filter((procedure) => edition === 'internal' || !procedure.restricted).map((procedure) => procedureFor(procedure, edition, internalLabel));
  return { ...version, corpus, procedures };
}
