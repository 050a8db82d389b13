import { optionOrders } from '../../lib/practice/option-order';
import type { Question } from './types';

// Each topic's questions live in ./topics/<slug>.ts as `export const questions: Question[]`.
const modules = import.meta.glob<{ questions: Question[] }>('./topics/*.ts', { eager: true });

/** Every practice question of the site, in topic-file order. */
export const allQuestions: readonly Question[] = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([, module]) => module.questions);

export function questionsOfTopic(slug: string): Question[] {
  return allQuestions.filter((question) => question.topic === slug);
}

/** The order every view shows each question's options in, balanced over the whole bank. */
export const bankOrders = optionOrders(allQuestions);
