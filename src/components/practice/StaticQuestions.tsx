import type { Question } from '../../data/questions/types';
import { orderOf, type OptionOrders } from '../../lib/practice/option-order';
import { ElsewhereNote, type ShownElsewhere } from './ElsewhereNote';
import { StaticQuestion } from './QuestionParts';

/** Questions, each with its answer in a collapsed <details> (server-rendered, no JavaScript). */
export function StaticQuestions({
  questions,
  orders,
  base,
  intro,
  elsewhere = [],
}: {
  questions: readonly Question[];
  orders: OptionOrders;
  base: string;
  /** The sentence above them. */
  intro: string;
  /** The page's questions that explainers show instead. */
  elsewhere?: readonly ShownElsewhere[];
}) {
  return (
    <>
      <p>{intro}</p>
      <ElsewhereNote elsewhere={elsewhere} />
      <ol class="q-list">
        {questions.map((question) => (
          <li key={question.id} data-question={question.id}>
            <StaticQuestion question={question} order={orderOf(question, orders)} base={base} samePage />
          </li>
        ))}
      </ol>
    </>
  );
}
