// The referral graph and the mandates: where a person can be sent, and who may act.
import { en, it } from './words.js';

const itGraph = {
  unreachable: (p: { step: string; entries: string[] }) =>
    `Il passo ${it.q(p.step)} non è raggiungibile ${p.entries.length > 1 ? 'dai passi iniziali' : 'dal passo iniziale'} (${it.list(p.entries)})${it.hint('fallo raggiungere con un invio da un passo precedente, o aggiungilo a «entry»')}`,
  deadEnd: (p: { step: string }) => `Il passo ${it.q(p.step)} non invia la persona da nessuna parte e non è un passo finale${it.hint('aggiungi «referrals» oppure «terminal: true»')}`,
  closedCycle: (p: { steps: string[] }) => `I passi ${p.steps.join(' → ')} formano un ciclo senza uscita${it.hint('aggiungi un invio fuori dal ciclo o segna un passo con «terminal: true»')}`,
  noProtectionRoute: (p: { entry: string }) =>
    `Nessun percorso di invii dal passo iniziale ${it.q(p.entry)} arriva a un ente antitratta o al Numero Verde${it.hint('invia la persona a «ente-antitratta» o a «numero-verde»')}`,
  notCompetent: (p: { role: string; action: string; covers: string[]; competent: string[] }) =>
    `Il ruolo ${it.q(p.role)} non è competente per ${it.q(p.action)}: il suo mandato copre ${it.list(p.covers)}${p.competent.length > 0 ? it.hint(`sono competenti ${it.list(p.competent)}`) : ''}`,
  actorOtherRole: (p: { actor: string; step: string; role: string; stepRole: string }) =>
    `L'attore ${it.q(p.actor)} non può svolgere il passo ${it.q(p.step)}: ricopre il ruolo ${it.q(p.role)}, non quello del passo, ${it.q(p.stepRole)}`,
  actorNotCompetent: (p: { actor: string; step: string; role: string; action: string }) =>
    `L'attore ${it.q(p.actor)} non può svolgere il passo ${it.q(p.step)}: ricopre il ruolo ${it.q(p.role)}, che nel catalogo nazionale non è competente per ${it.q(p.action)}`,
};

const enGraph: typeof itGraph = {
  unreachable: (p) => `Step ${en.q(p.step)} cannot be reached from the entry step${p.entries.length > 1 ? 's' : ''} (${en.list(p.entries)})${en.hint('refer to it from an earlier step or add it to "entry"')}`,
  deadEnd: (p) => `Step ${en.q(p.step)} refers the person nowhere and is not terminal${en.hint('add "referrals" or "terminal: true"')}`,
  closedCycle: (p) => `Steps ${p.steps.join(' → ')} form a cycle with no way out${en.hint('add a referral out of the cycle or mark a step "terminal: true"')}`,
  noProtectionRoute: (p) => `No referral path from entry step ${en.q(p.entry)} reaches an anti-trafficking provider or the Numero Verde${en.hint('refer the person to "ente-antitratta" or "numero-verde"')}`,
  notCompetent: (p) => `Role ${en.q(p.role)} is not competent for ${en.q(p.action)}: its mandate covers ${en.list(p.covers)}${p.competent.length > 0 ? en.hint(`competent roles are ${en.list(p.competent)}`) : ''}`,
  actorOtherRole: (p) => `Actor ${en.q(p.actor)} cannot perform step ${en.q(p.step)}: it fills role ${en.q(p.role)}, not the step's role ${en.q(p.stepRole)}`,
  actorNotCompetent: (p) => `Actor ${en.q(p.actor)} cannot perform step ${en.q(p.step)}: it fills role ${en.q(p.role)}, which is not competent for ${en.q(p.action)} in the national catalogue`,
};

export const graphMessages = { it: itGraph, en: enGraph };
