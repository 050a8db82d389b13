import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../data/questions/types';
import { examDomains, examFacts } from '../../data/exam-guide';
import { clockWords, scaledEstimate } from '../../lib/practice/mock';
import { orderOf, type OptionOrders } from '../../lib/practice/option-order';
import { incompleteAnswer, isCorrect, type Answer } from '../../lib/practice/score';
import { clockText, domainReport, mockSeconds } from '../../lib/practice/session';
import type { Announce } from '../sortable/announcer';
import { AnswerInput, emptyAnswer } from './AnswerInput';
import { Explanations, Source } from './QuestionParts';
import { YourAnswer } from './YourAnswer';

interface MockExamProps {
  questions: Question[];
  orders: OptionOrders;
  base: string;
  announce: Announce;
  /** Called once when the mock ends, with each question's result, to record in progress. */
  onFinish: (results: { question: Question; correct: boolean }[]) => void;
  onClose: () => void;
}

/** The countdown: running to a deadline, paused with the seconds left, or turned off. */
type Timer = { mode: 'running'; deadline: number } | { mode: 'paused'; left: number } | { mode: 'off' };

const extraSeconds = 10 * 60;

/**
 * A timed mock at the exam's pace: no feedback until the end (or until time runs out), a grid to
 * jump to any question and flags to come back to, a countdown the reader can pause, extend or
 * turn off (WCAG 2.2.1), then an estimated scaled score, the score by exam domain and every
 * question with the reader's answer beside the right one.
 */
export function MockExam({ questions, orders, base, announce, onFinish, onClose }: MockExamProps) {
  const [timer, setTimer] = useState<Timer>(() => ({
    mode: 'running',
    deadline: Date.now() + mockSeconds(questions.length) * 1000,
  }));
  const [now, setNow] = useState(() => Date.now());
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState(() =>
    questions.map((question) => emptyAnswer(question, orderOf(question, orders))),
  );
  const [touched, setTouched] = useState<ReadonlySet<number>>(new Set());
  const [flagged, setFlagged] = useState<ReadonlySet<number>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [results, setResults] = useState<boolean[]>();
  const reportRef = useRef<HTMLHeadingElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  // Bumped by every move between questions: the new question's heading takes focus.
  const [moves, setMoves] = useState(0);
  const left =
    timer.mode === 'running'
      ? Math.max(0, Math.ceil((timer.deadline - now) / 1000))
      : timer.mode === 'paused'
        ? timer.left
        : undefined;

  const answered = (at: number) => touched.has(at) && !incompleteAnswer(questions[at], answers[at]);
  const unanswered = questions.flatMap((_, at) => (answered(at) ? [] : [at + 1]));

  function finish(timeUp: boolean) {
    const marks = questions.map((question, at) => isCorrect(question, answers[at]));
    setResults(marks);
    onFinish(questions.map((question, at) => ({ question, correct: marks[at] })));
    const right = marks.filter(Boolean).length;
    announce(
      `${timeUp ? 'Time is up. ' : ''}You scored ${right} of ${questions.length}: an estimated ${scaledEstimate(right, questions.length)} on the exam's scale. The report follows.`,
    );
  }

  function go(to: number) {
    setMoves(moves + 1);
    setConfirming(false);
    setIndex(to);
    announce(`Question ${to + 1} of ${questions.length}${flagged.has(to) ? ', flagged' : ''}.`);
  }

  useEffect(() => {
    if (results) {
      reportRef.current?.focus();
      return;
    }
    if (timer.mode !== 'running') return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [results, timer]);

  useEffect(() => {
    if (results || timer.mode !== 'running' || left === undefined) return;
    if (left <= 0) finish(true);
    else if (left === 300 || left === 60) announce(`${clockWords(left)} left.`);
  }, [left]);

  useEffect(() => {
    if (moves > 0) questionRef.current?.focus();
  }, [moves]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function pause() {
    if (timer.mode === 'running') {
      setTimer({ mode: 'paused', left: left ?? 0 });
      announce(`Timer paused with ${clockWords(left ?? 0)} left.`);
    } else if (timer.mode === 'paused') {
      setTimer({ mode: 'running', deadline: Date.now() + timer.left * 1000 });
      setNow(Date.now());
      announce('Timer running again.');
    }
  }

  function extend() {
    if (timer.mode === 'running')
      setTimer({ mode: 'running', deadline: timer.deadline + extraSeconds * 1000 });
    if (timer.mode === 'paused') setTimer({ mode: 'paused', left: timer.left + extraSeconds });
    announce(`Ten minutes added: ${clockWords((left ?? 0) + extraSeconds)} left.`);
  }

  function turnOff() {
    setTimer({ mode: 'off' });
    announce('Time limit turned off. Finish when you are ready.');
  }

  if (results) {
    const right = new Set(questions.filter((_, at) => results[at]).map((question) => question.id));
    const estimate = scaledEstimate(right.size, questions.length);
    return (
      <div class="practice-report">
        <h2 tabIndex={-1} ref={reportRef}>
          Mock exam report
        </h2>
        <p data-testid="mock-score">
          You scored {right.size} of {questions.length}: an estimated <strong>{estimate}</strong> on the
          exam's scale of {examFacts.maxScore.toLocaleString('en')} ({examFacts.passingScore} to pass),{' '}
          {estimate >= examFacts.passingScore ? 'a pass' : 'not yet a pass'}.
        </p>
        <p class="practice-note">
          An estimate from this bank, not the exam's scoring: it maps none right to 100 and all right to 1,000
          in a straight line, while AWS scales the real exam its own way and leaves some questions unscored.
          This mock covers only the exam's SageMaker slice.
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
        <h3>Every question: your answer and the right one</h3>
        <ol class="q-list">
          {questions.map((question, at) => (
            <li key={question.id} class="q" data-question={question.id}>
              <p class="q-stem">{question.stem}</p>
              <p class={`q-verdict ${results[at] ? 'is-right' : 'is-wrong'}`}>
                {results[at] ? '✓ Right' : answered(at) ? '✗ Wrong' : '✗ Not answered'}
              </p>
              <YourAnswer question={question} answer={answers[at]} order={orderOf(question, orders)} />
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
      <h2 tabIndex={-1}>Mock exam</h2>
      <p class="practice-note">
        Only the exam's SageMaker slice, at the exam's pace: {clockText(mockSeconds(questions.length))} for{' '}
        {questions.length} questions. No answers until you finish.
      </p>
      <div class="practice-mock-bar" data-testid="mock-bar">
        <p>
          {timer.mode === 'off' ? (
            'No time limit'
          ) : (
            <>
              {timer.mode === 'paused' ? 'Paused: ' : 'Time left: '}
              <span class="practice-clock" data-testid="mock-clock" aria-hidden="true">
                {clockText(left ?? 0)}
              </span>
              <span class="sr-only">{clockWords(left ?? 0)}</span>
            </>
          )}
        </p>
        {timer.mode !== 'off' && (
          <>
            <button type="button" onClick={pause}>
              {timer.mode === 'paused' ? 'Resume' : 'Pause'}
            </button>
            <button type="button" onClick={extend}>
              Add 10 minutes
            </button>
            <button type="button" onClick={turnOff}>
              Turn the time limit off
            </button>
          </>
        )}
      </div>
      <nav aria-label="Questions of the mock" class="practice-grid">
        <ol>
          {questions.map((asked, at) => (
            <li key={asked.id}>
              <button
                type="button"
                aria-current={at === index ? 'step' : undefined}
                class={`${answered(at) ? 'is-answered' : ''} ${flagged.has(at) ? 'is-flagged' : ''}`}
                aria-label={`${at + 1}, ${answered(at) ? 'answered' : 'not answered'}${flagged.has(at) ? ', flagged' : ''}`}
                onClick={() => go(at)}
              >
                {at + 1}
                {flagged.has(at) && <span aria-hidden="true"> ⚑</span>}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div class="q">
        <h3 tabIndex={-1} ref={questionRef}>
          Question {index + 1} of {questions.length}
        </h3>
        <AnswerInput
          key={question.id}
          question={question}
          answer={answers[index]}
          onChange={(answer: Answer) => {
            setAnswers(answers.map((old, at) => (at === index ? answer : old)));
            setTouched(new Set([...touched, index]));
          }}
          checked={false}
          order={orderOf(question, orders)}
          announce={announce}
        />
        <button
          type="button"
          aria-pressed={flagged.has(index)}
          onClick={() => {
            const next = new Set(flagged);
            if (next.has(index)) next.delete(index);
            else next.add(index);
            setFlagged(next);
          }}
        >
          Flag for review
        </button>
      </div>
      <div class="practice-actions">
        <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
          Previous
        </button>
        {index < questions.length - 1 && (
          <button type="button" onClick={() => go(index + 1)}>
            Next
          </button>
        )}
        <button type="button" onClick={() => setConfirming(true)}>
          Finish and see the report
        </button>
      </div>
      {confirming && (
        <div class="practice-confirm" data-testid="mock-confirm">
          <p tabIndex={-1} ref={confirmRef}>
            {unanswered.length === 0
              ? 'Every question has an answer. Finish the mock?'
              : `${unanswered.length} of ${questions.length} not answered (question ${unanswered.join(', ')}). Finish anyway?`}
            {flagged.size > 0 && ` ${flagged.size} flagged for review.`}
          </p>
          <div class="practice-actions">
            <button type="button" onClick={() => finish(false)}>
              Yes, finish
            </button>
            <button type="button" onClick={() => go(unanswered.length > 0 ? unanswered[0] - 1 : index)}>
              Keep answering
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
