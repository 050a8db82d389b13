import type { Question } from '../../data/questions/types';
import type { OptionOrders } from './option-order';

/**
 * Every question with its option order, as one JSON file written at build time
 * (src/pages/aif-c01-practice-bank.json.ts): the practice page fetches it when a session, the
 * mock or the printable set starts, so its menu loads without the questions' text.
 */
export const bankFile = 'aif-c01-practice-bank.json';

export interface Bank {
  questions: readonly Question[];
  orders: OptionOrders;
}
