// A case's path drawn over a procedure diagram: the steps and referrals it passes through are
// thick, dark and numbered as stops of the timeline; the rest is thin, grey and dashed. The path
// reads without colour (stroke width, dashes, the "Tappa N" line) and the page lists it in words.
import { referralKey, stepKey } from '../../cases/steps.js';
import type { StepRef } from '../../model/types.js';

export interface PathHighlight {
  /** The stop number (timeline order, from 1) of each step on the path, by step key (`region/procedure#step`). */
  stops: ReadonlyMap<string, number>;
  /** Keys of the referrals followed (`region/procedure#step>index`, see cases/steps.ts). */
  referrals: ReadonlySet<string>;
  /** The line a stop's box opens with: "Tappa 3". */
  marker: (stop: number) => string;
}

/** Classes the page's tests and stylesheet can find the path by. */
export const PATH_CLASS = { step: 'case-path-step', referral: 'case-path-referral', off: 'case-path-off' };

/** Drawn on the path: dark blue at 3 pt (the boxes' normal border is 1 pt). */
export const ON_PATH = { color: '#003d7a', fill: '#d6e6f7', width: 3 };
/** Off the path: grey, with text still at 7:1 contrast on its fill (WCAG 1.4.6). */
export const OFF_PATH = { color: '#a3adb8', fill: '#f6f7f9', text: '#4d5761' };

type StepPlace = Pick<StepRef, 'region' | 'procedure' | 'step'>;

/** A step's box on the path (its marker line and look) or off it. */
export function pathNode(highlight: PathHighlight, ref: StepPlace): { marker?: string; attributes: string } {
  const stop = highlight.stops.get(stepKey(ref.region, ref.procedure, ref.step));
  if (stop === undefined) return { attributes: `, color="${OFF_PATH.color}", fillcolor="${OFF_PATH.fill}", fontcolor="${OFF_PATH.text}", class="${PATH_CLASS.off}"` };
  return { marker: highlight.marker(stop), attributes: `, penwidth=${ON_PATH.width}, color="${ON_PATH.color}", fillcolor="${ON_PATH.fill}", class="${PATH_CLASS.step}"` };
}

/** The attributes of the `index`-th referral of a step: followed by the case or not. */
export function pathEdge(highlight: PathHighlight, from: StepPlace, index: number): string {
  const key = referralKey({ key: stepKey(from.region, from.procedure, from.step) }, index);
  return highlight.referrals.has(key)
    ? `penwidth=${ON_PATH.width}, color="${ON_PATH.color}", class="${PATH_CLASS.referral}"`
    : `style=dashed, color="${OFF_PATH.color}", fontcolor="${OFF_PATH.text}", class="${PATH_CLASS.off}"`;
}
