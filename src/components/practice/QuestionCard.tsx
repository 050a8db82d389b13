import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../data/questions/types';
import { orderOf, type OptionOrders } from '../../lib/practice/option-order';
import { incompleteAnswer, isCorrect, type Answer } from '../../lib/practice/score';
import type { Announce } from '../sortable/announcer';
import { AnswerInput, emptyAnswer } from './AnswerInput';
import { Explanations, Source } from './QuestionParts';

export interface QuestionCardProps {
  question: Question;
  base: string;
  /** On the topic page itself, the source link is to a heading of the same page. */
  samePage: boolean;
  /** The bank's option orders (option-order.ts), so every view shows the same letters. */
  orders: OptionOrders;
  announce: Announce;
  /** Called once per check, with whether the answer got the point. */
  onAnswered: (question: Question, correct: boolean) => void;
}

/** One question to answer and check: explanations of every option appear only after checking. */
export function QuestionCard({ question, base, samePage, orders, announce, onAnswered }: QuestionCardProps) {
  // Answering an ordering question again starts from another order far from the answer.
  const [attempt, setAttempt] = useState(0);
  const order = orderOf(question, orders, attempt);
  const [answer, setAnswer] = useState<Answer>(() => emptyAnswer(question, order));
  const [result, setResult] = useState<boolean>();
  const [hint, setHint] = useState<string>();
  const cardRef = useRef<HTMLDivElement>(null);
  // The pressed button disappears on check and on retry: focus moves to the verdict, or back to
  // the first input, so a keyboard reader is not left at the top of the page.
  const moveFocus = useRef(false);
  const checked = result !== undefined;
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    cardRef.current?.querySelector<HTMLElement>(checked ? '.q-verdict' : 'input, select, button')?.focus();
  }, [checked]);

  function check() {
    const missing = incompleteAnswer(question, answer);
    setHint(missing);
    if (missing) {
      announce(missing);
      return;
    }
    const correct = isCorrect(question, answer);
    moveFocus.current = true;
    setResult(correct);
    // Not announced (nor is a retry): focus moves to the verdict, which a screen reader reads; a
    // message as well made it say the verdict twice.
    onAnswered(question, correct);
  }

  function retry() {
    setAttempt(attempt + 1);
    setAnswer(emptyAnswer(question, orderOf(question, orders, attempt + 1)));
    moveFocus.current = true;
    setResult(undefined);
  }

  return (
    <div class="q" data-question={question.id} ref={cardRef}>
      <AnswerInput
        question={question}
        answer={answer}
        onChange={(next) => {
          setAnswer(next);
          setHint(undefined);
        }}
        checked={checked}
        order={order}
        announce={announce}
      />
      {hint && <p class="q-hint-missing">{hint}</p>}
      {checked ? (
        <div class="q-result">
          <p tabIndex={-1} class={`q-verdict ${result ? 'is-right' : 'is-wrong'}`}>
            {result ? '✓ Correct.' : '✗ Incorrect.'}
          </p>
          {question.format !== 'single' && question.format !== 'multiple' && (
            <>
              <p>{question.format === 'ordering' ? 'The right order:' : 'The right matches:'}</p>
              <Explanations question={question} order={order} />
            </>
          )}
          <Source question={question} base={base} samePage={samePage} />
          <button type="button" onClick={retry}>
            Answer again
          </button>
        </div>
      ) : (
        <button type="button" class="q-check" onClick={check}>
          Check answer
        </button>
      )}
    </div>
  );
}
