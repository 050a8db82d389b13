/** What drawing needs of a question (a whole question or its key). */
interface Drawable {
  caseStudy?: string;
}

/**
 * The questions as the units a session or the mock draws: a case study's questions (those in
 * `questions`) as one unit in bank order, at the place of its first question, every other
 * question on its own. The exam shows a case study's questions together, after one scenario.
 */
export function questionUnits<Q extends Drawable>(questions: readonly Q[]): Q[][] {
  const units: Q[][] = [];
  const studies = new Map<string, Q[]>();
  for (const question of questions) {
    const study = question.caseStudy === undefined ? undefined : studies.get(question.caseStudy);
    if (study) study.push(question);
    else {
      const unit = [question];
      units.push(unit);
      if (question.caseStudy !== undefined) studies.set(question.caseStudy, unit);
    }
  }
  return units;
}

/**
 * Whole units in order while they fit in `count` questions, skipping a case study that would
 * overrun it (a shorter unit after it may still fit).
 */
export function takeUnits<Q>(units: readonly (readonly Q[])[], count: number): Q[] {
  const taken: Q[] = [];
  for (const unit of units) if (taken.length + unit.length <= count) taken.push(...unit);
  return taken;
}
