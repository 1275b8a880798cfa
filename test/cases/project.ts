// A project with the base fixture as `procedures/`, conditions on the minors' first step, and the
// case files of test/fixtures/cases as `cases/`.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { copyProject, FIXTURES, type Mutation } from '../helpers.js';

/** The minors' procedure branches on age: a minor, or a person whose age is in doubt, goes on as a minor; an adult to the adults' interviews. */
export const AGE_BRANCHES: Mutation = {
  file: 'alfa/minori.md',
  replace: '      - to: segnalazione-procura\n        consent: not-required\n      - to: prima-accoglienza\n        consent: not-required\n',
  with: [
    '      - to: segnalazione-procura',
    '        consent: not-required',
    '        when: { any: [ { minore: true }, { eta-incerta: true } ] }',
    '      - to: prima-accoglienza',
    '        consent: not-required',
    '        when: { any: [ { minore: true }, { eta-incerta: true } ] }',
    '      - to: adulti#colloqui',
    '        condition: la persona è adulta',
    '        when: { minore: false, eta-incerta: false }',
    '        time_limit: PT24H',
    '        consent: informed',
    '',
  ].join('\n'),
};

/** The guardian's appointment removed from the minors' procedure: the prosecutor refers straight to the guardian. */
export const NO_GUARDIAN_APPOINTMENT: Mutation[] = [
  { file: 'alfa/minori.md', replace: '      - to: nomina-tutore\n', with: '      - to: tutela\n' },
  { file: 'alfa/minori.md', replace: '  - id: nomina-tutore\n    stage: prima-assistenza\n    actor: tribunale-minorenni\n    action: Nomina il tutore.\n    action_kind: assign-guardian\n    referrals:\n      - to: tutela\n        consent: not-required\n', with: '' },
];

export async function caseProject(mutations: Mutation[] = []): Promise<string> {
  const root = await copyProject('base', [AGE_BRANCHES, ...mutations]);
  await cp(path.join(FIXTURES, 'cases'), path.join(root, 'cases'), { recursive: true });
  return root;
}
