import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../data/questions/types';
import { examDomains } from '../../data/exam-guide';
import { isCorrect, type Answer } from '../../lib/practice/score';
import { orderOf, type OptionOrders } from '../../lib/practice/option-order';
import { clockText, domainReport, mockSeconds } from '../../lib/practice/session';
import type { Announce } from '../sortable/announcer';
import { AnswerInput, emptyAnswer } from './AnswerInput';
import { Explanations, Source } from './QuestionParts';

interface MockExamProps {
  questions: Question[];
  orders: OptionOrders;
  base: string;
  announce: Announce;
  /** Called once when the mock ends, with each question's result, to record in progress. */
  onFinish: (results: { question: Question; correct: boolean }[]) => void;
  onClose: () => void;
}

/**
 * A timed mock at the exam's pace: no feedback until the end (or until time runs out), then the
 * score by exam domain and every question with its explanations.
 */
export function MockExam({ questions, orders, base, announce, onFinish, onClose }: MockExamProps) {
  const [deadline] = useState(() => Date.now() + mockSeconds(questions.length) * 1000);
  const [now, setNow] = useState(() => Date.now());
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState(() =>
    questions.map((question) => emptyAnswer(question, orderOf(question, orders))),
  );
  const [results, setResults] = useState<boolean[]>();
  const reportRef = useRef<HTMLHeadingElement>(null);
  const left = Math.ceil((deadline - now) / 1000);

  function finish(timeUp: boolean) {
    const marks = questions.map((question, at) => isCorrect(question, answers[at]));
    setResults(marks);
    onFinish(questions.map((question, at) => ({ question, correct: marks[at] })));
    announce(
      `${timeUp ? 'Time is up. ' : ''}You scored ${marks.filter(Boolean).length} of ${questions.length}. The report by domain follows.`,
    );
  }

  useEffect(() => {
    if (results) {
      reportRef.current?.focus();
      return;
    }
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [results]);

  useEffect(() => {
    if (results) return;
    if (left <= 0) finish(true);
    else if (left === 300 || left === 60) announce(`${left / 60} minute${left === 60 ? '' : 's'} left.`);
  }, [left]);

  if (results) {
    const right = new Set(questions.filter((_, at) => results[at]).map((question) => question.id));
    return (
      <div class="practice-report">
        <h2 tabIndex={-1} ref={reportRef}>
          Mock exam report
        </h2>
        <p data-testid="mock-score">
          You scored {right.size} of {questions.length} ({Math.round((right.size / questions.length) * 100)}
          %).
        </p>
        <table data-testid="mock-domains">
          <caption>Score by exam domain</caption>
          <thead>
            <tr>
              <th scope="col">Exam domain</th>
              <th scope="col" class="number">
                Right
              </th>
              <th scope="col" class="number">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {domainReport(questions, right).map((score) => (
              <tr key={score.domain}>
                <th scope="row">
                  {score.domain}. {examDomains.find((domain) => domain.number === score.domain)?.title}
                </th>
                <td class="number">
                  {score.correct} of {score.asked}
                </td>
                <td class="number">{Math.round((score.correct / score.asked) * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Every question, with why</h3>
        <ol class="q-list">
          {questions.map((question, at) => (
            <li key={question.id} class="q">
              <p class="q-stem">{question.stem}</p>
              <p class={`q-verdict ${results[at] ? 'is-right' : 'is-wrong'}`}>
                {results[at] ? '✓ Right' : '✗ Wrong'}
              </p>
              <Explanations question={question} order={orderOf(question, orders)} />
              <Source question={question} base={base} samePage={false} />
            </li>
          ))}
        </ol>
        <button type="button" onClick={onClose}>
          Back to practice
        </button>
      </div>
    );
  }

  const question = questions[index];
  return (
    <div class="practice-mock">
      <div class="practice-actions">
        <p>
          Question {index + 1} of {questions.length}
        </p>
        <p>
          Time left:{' '}
          <span class="practice-clock" data-testid="mock-clock">
            {clockText(left)}
          </span>
        </p>
      </div>
      <div class="q">
        <AnswerInput
          key={question.id}
          question={question}
          answer={answers[index]}
          onChange={(answer: Answer) => setAnswers(answers.map((old, at) => (at === index ? answer : old)))}
          checked={false}
          order={orderOf(question, orders)}
          announce={announce}
        />
      </div>
      <div class="practice-actions">
        <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          Previous
        </button>
        {index < questions.length - 1 && (
          <button type="button" onClick={() => setIndex(index + 1)}>
            Next
          </button>
        )}
        <button type="button" onClick={() => finish(false)}>
          Finish and see the report
        </button>
      </div>
    </div>
  );
}
