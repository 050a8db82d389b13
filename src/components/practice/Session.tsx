import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../data/questions/types';
import type { OptionOrders } from '../../lib/practice/option-order';
import { QuestionCard } from './QuestionCard';
import { SessionReview } from './SessionReview';

interface SessionProps {
  title: string;
  questions: Question[];
  orders: OptionOrders;
  base: string;
  announce: (message: string) => void;
  onAnswered: (question: Question, correct: boolean) => void;
  resume?: { index: number; marks: Record<string, boolean> };
  /** Called as the reader moves on or answers, to keep the session for a later visit. */
  onProgress: (index: number, marks: Record<string, boolean>) => void;
  /** Starts a new session of these questions ("Retry these"). */
  onRetry: (questions: Question[]) => void;
  onClose: () => void;
}

/**
 * One question at a time; the explanations follow each answer; at the end what was missed, with
 * the section that teaches each, a tally by topic and a way to retry the missed ones.
 */
export function Session({
  title,
  questions,
  orders,
  base,
  announce,
  onAnswered,
  resume,
  onProgress,
  onRetry,
  onClose,
}: SessionProps) {
  const [index, setIndex] = useState(resume?.index ?? 0);
  const [marks, setMarks] = useState<Record<string, boolean>>(resume?.marks ?? {});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scoreRef = useRef<HTMLParagraphElement>(null);
  const [moves, setMoves] = useState(0);
  const question = questions[index];
  const right = Object.values(marks).filter(Boolean).length;
  const missed = questions.filter((asked) => marks[asked.id] !== true);

  // Next replaces the question (and its button): focus goes to the new question's heading, or
  // to the score at the end, and the live region says where the reader is.
  useEffect(() => {
    if (moves === 0) return;
    (question ? headingRef.current : scoreRef.current)?.focus();
  }, [moves]);

  useEffect(() => {
    onProgress(index, marks);
  }, [index, marks]);

  function next() {
    setIndex(index + 1);
    setMoves(moves + 1);
    announce(
      index + 1 < questions.length
        ? `Question ${index + 2} of ${questions.length}.`
        : `Session done: ${right} of ${questions.length} right at the first try.`,
    );
  }

  return (
    <div class="practice-session">
      <h2 tabIndex={-1}>{title}</h2>
      {question ? (
        <>
          <h3 tabIndex={-1} ref={headingRef}>
            Question {index + 1} of {questions.length}
          </h3>
          <QuestionCard
            key={question.id}
            question={question}
            base={base}
            samePage={false}
            orders={orders}
            announce={announce}
            onAnswered={(answered, correct) => {
              if (!(answered.id in marks)) setMarks({ ...marks, [answered.id]: correct });
              onAnswered(answered, correct);
            }}
          />
          <div class="practice-actions">
            <button type="button" onClick={next}>
              {index + 1 < questions.length ? 'Next question' : 'Finish the session'}
            </button>
            <button type="button" onClick={onClose}>
              Stop and go back
            </button>
          </div>
        </>
      ) : (
        <>
          <p data-testid="session-score" tabIndex={-1} ref={scoreRef}>
            Session done: {right} of {questions.length} right at the first try.
          </p>
          <SessionReview questions={questions} missed={missed} base={base} />
          <div class="practice-actions">
            {missed.length > 0 && (
              <button type="button" onClick={() => onRetry(missed)}>
                Retry these ({missed.length})
              </button>
            )}
            <button type="button" onClick={onClose}>
              Back to practice
            </button>
          </div>
        </>
      )}
    </div>
  );
}
