import type { Question } from '../../data/questions/types';
import { orderOf, type OptionOrders } from '../../lib/practice/option-order';
import { StaticQuestion } from './QuestionParts';

/** A topic's questions, each with its answer in a collapsed <details> (server-rendered, no JavaScript). */
export function StaticQuestions({
  questions,
  orders,
  base,
}: {
  questions: readonly Question[];
  orders: OptionOrders;
  base: string;
}) {
  return (
    <>
      <p>
        {questions.length} exam-style questions on this page, each with its answer and why every option is
        right or wrong.
      </p>
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
