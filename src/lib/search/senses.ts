/**
 * Words the exam uses in two senses, and how a query tells them apart. "Bias" is the case that
 * matters: bias against a group in data or predictions (fairness, measured by Clarify) versus a
 * model's statistical bias (underfitting, in the bias–variance trade-off). The other words of the
 * query pick the sense; the sense adds words that the page teaching it uses, so that page ranks
 * first (see query.ts).
 */
export interface Sense {
  /** Beginnings of the query words that point to this sense ("discriminat" for "discrimination"). */
  cues: readonly string[];
  /** Words searched beside the query's own when this sense is meant. */
  adds: readonly string[];
}

export const homonyms: Readonly<Record<string, readonly Sense[]>> = {
  bias: [
    {
      // Bias in data, against a group: fairness.
      cues: [
        'data',
        'dataset',
        // One detects bias against a group; a model's statistical bias is read from its errors.
        'detect',
        'group',
        'facet',
        'fair',
        'unfair',
        'imbalance',
        'demographic',
        'discriminat',
        'gender',
        'race',
        'ethnic',
        'protected',
        'sensitive',
        'pre-training',
        'post-training',
        'loan',
        'applicant',
      ],
      adds: ['facet', 'fairness'],
    },
    {
      // A model's statistical bias: too simple to fit the data.
      cues: [
        'variance',
        'underfit',
        'overfit',
        'complex',
        'simple',
        'trade-off',
        'tradeoff',
        'generaliz',
        'generalis',
      ],
      adds: ['underfitting', 'variance'],
    },
  ],
};

/** Whether a query word starts with one of the cues ("groups" with "group"). */
const cuedBy = (word: string, cues: readonly string[]) => cues.some((cue) => word.startsWith(cue));

/**
 * The words a query's context adds to its ambiguous words: for each homonym in `words`, the added
 * words of the one sense that more of the other words point to; none when no sense leads.
 */
export function senseWords(words: readonly string[]): string[] {
  const added: string[] = [];
  for (const [homonym, senses] of Object.entries(homonyms)) {
    if (!words.includes(homonym)) continue;
    const others = words.filter((word) => word !== homonym);
    const votes = senses.map((sense) => others.filter((word) => cuedBy(word, sense.cues)).length);
    const best = Math.max(...votes);
    if (best > 0 && votes.filter((count) => count === best).length === 1) {
      added.push(...senses[votes.indexOf(best)].adds);
    }
  }
  return added.filter((word) => !words.includes(word));
}
