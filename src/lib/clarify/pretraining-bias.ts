/**
 * Two of SageMaker Clarify's pre-training bias metrics, exactly as AWS defines them
 * (src/data/pretraining-bias.ts links the pages): class imbalance (CI) and difference in
 * proportions of labels (DPL). `undefined` where a formula divides by zero. AWS's CI page says a
 * value of 1 (or −1) means the data holds only one facet; Clarify's own processing job refuses an
 * empty facet instead, which the explainer says in words.
 */
import type { FacetGroup, LoanDataset } from '../../data/pretraining-bias';

/** CI = (na − nd) / (na + nd): positive when facet a has more members, negative when facet d has. */
export function classImbalance(na: number, nd: number): number | undefined {
  return na + nd === 0 ? undefined : (na - nd) / (na + nd);
}

/** q = n(1) / n: the share of a group with the positive (approved) label; undefined for an empty group. */
export function labelProportion(positives: number, members: number): number | undefined {
  return members === 0 ? undefined : positives / members;
}

/** DPL = qa − qd: positive when facet a is approved more often, negative when facet d is. */
export function differenceInProportions(qa: number | undefined, qd: number | undefined): number | undefined {
  return qa === undefined || qd === undefined ? undefined : qa - qd;
}

/** A group's approved applicants: its size times its approved share, to the nearest whole person. */
export function approved(group: FacetGroup): number {
  return Math.round((group.size * group.approvedPercent) / 100);
}

export interface BiasReport {
  ci: number | undefined;
  qa: number | undefined;
  qd: number | undefined;
  dpl: number | undefined;
}

export function biasReport({ a, d }: LoanDataset): BiasReport {
  const qa = labelProportion(approved(a), a.size);
  const qd = labelProportion(approved(d), d.size);
  return { ci: classImbalance(a.size, d.size), qa, qd, dpl: differenceInProportions(qa, qd) };
}

/**
 * The data in plain words, e.g. "The under 60 group is 3× as numerous as the 60 and over group
 * and approved 20 points more often."
 */
export function plainWords({ a, d }: LoanDataset, names: { a: string; d: string }): string {
  const { qa, qd } = biasReport({ a, d });
  if (a.size === 0 || d.size === 0) {
    const [empty, other] = a.size === 0 ? [names.a, names.d] : [names.d, names.a];
    return d.size === a.size
      ? 'The dataset is empty.'
      : `The dataset has no one ${empty}: only the ${other} group is there, and approval rates cannot be compared.`;
  }
  const [big, small, bigName, smallName] =
    a.size >= d.size ? [a, d, names.a, names.d] : [d, a, names.d, names.a];
  const times = Math.round((big.size / small.size) * 10) / 10;
  const size =
    times === 1
      ? `The ${names.a} and ${names.d} groups are the same size`
      : `The ${bigName} group is ${times}× as numerous as the ${smallName} group`;
  const points = Math.round(((qa as number) - (qd as number)) * 100);
  const approval =
    points === 0
      ? 'both are approved equally often'
      : `the ${points > 0 ? names.a : names.d} group is approved ${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'} more often`;
  return `${size}, and ${approval}.`;
}

/** What a CI value means, in the words of AWS's definition. */
export function ciMeaning(ci: number | undefined, names: { a: string; d: string }): string {
  if (ci === undefined) return 'No data: CI is undefined.';
  if (Math.abs(ci) === 1) return `Only the ${ci > 0 ? names.a : names.d} group is in the data.`;
  if (ci === 0) return 'Perfectly balanced: both groups are the same size.';
  return `${ci > 0 ? `Facet a (${names.a})` : `Facet d (${names.d})`} has more members${Math.abs(ci) >= 0.5 ? ': strongly imbalanced' : ''}.`;
}

/** What a DPL value means: 0 is demographic parity. */
export function dplMeaning(dpl: number | undefined, names: { a: string; d: string }): string {
  if (dpl === undefined) return 'An empty group has no proportion of labels (0 ÷ 0): DPL is undefined.';
  if (dpl === 0) return 'Demographic parity: both groups are approved equally often.';
  return `${dpl > 0 ? `Facet a (${names.a})` : `Facet d (${names.d})`} is approved more often.`;
}
