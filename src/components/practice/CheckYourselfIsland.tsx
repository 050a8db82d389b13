import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../data/questions/types';
import { tally } from '../../lib/practice/progress';
import type { OptionOrders } from '../../lib/practice/option-order';
import { topicHref } from '../../lib/url';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { QuestionCard } from './QuestionCard';
import { useProgress } from './useProgress';
import './practice.css';

// One chunk per topic file, loaded when its page's island hydrates: the questions travel once,
// not again as serialized props in every page's HTML.
const topicFiles = import.meta.glob<{ questions: Question[] }>('../../data/questions/topics/*.ts');

export interface CheckYourselfProps {
  slug: string;
  base: string;
  /** The option orders of the page's questions, from the whole bank (option-order.ts). */
  orders: OptionOrders;
  /** The questions with their answers in <details>, rendered on the server: kept without JavaScript. */
  children?: ComponentChildren;
}

/**
 * "Check yourself" at the end of a topic page. Once visible and hydrated, it loads the topic's
 * questions and turns each into one to answer, whose explanations appear after checking,
 * recorded in local progress. Until then (and without JavaScript) it shows its static children.
 */
export default function CheckYourselfIsland({ slug, base, orders, children }: CheckYourselfProps) {
  const [questions, setQuestions] = useState<Question[]>();
  const [message, announce] = useAnnouncer();
  const { progress, saved, record } = useProgress();
  const sectionRef = useRef<HTMLElement>(null);
  // The interactive questions replace the static ones: a keyboard reader who had tabbed into
  // them would drop to the top of the document, so focus follows to the same question.
  const focusedQuestion = useRef<string>();
  useEffect(() => {
    void topicFiles[`../../data/questions/topics/${slug}.ts`]?.().then((module) => {
      const focused = document.activeElement;
      if (focused && sectionRef.current?.contains(focused)) {
        focusedQuestion.current = focused.closest<HTMLElement>('[data-question]')?.dataset.question ?? '';
      }
      setQuestions(module.questions.filter((question) => question.topic === slug));
    });
  }, [slug]);
  useLayoutEffect(() => {
    const id = focusedQuestion.current;
    if (id === undefined || !questions) return;
    focusedQuestion.current = undefined;
    const card = sectionRef.current?.querySelector(`.q[data-question="${CSS.escape(id)}"]`);
    (
      card?.querySelector<HTMLElement>('input, select, button') ?? sectionRef.current?.querySelector('h2')
    )?.focus();
  }, [questions]);
  const counts = questions && tally(progress, questions, Date.now());

  return (
    <section
      ref={sectionRef}
      class="check-yourself not-content"
      aria-labelledby="check-yourself"
      data-pagefind-ignore
    >
      <h2 id="check-yourself" tabIndex={-1}>
        Check yourself
      </h2>
      {questions && counts ? (
        <>
          <p class="practice-marker" data-testid="topic-progress">
            {counts.answered === 0
              ? `${counts.total} exam-style questions on this page. Your answers stay in this browser.`
              : `You have answered ${counts.answered} of ${counts.total}: ${counts.correct} right at the last try, ${counts.due} due for review.`}{' '}
            <a href={topicHref(base, 'practice')}>Practice across all topics</a>
          </p>
          {!saved && (
            <p class="practice-warning">
              This browser does not let the guide store your progress; answers count only until you leave the
              page.
            </p>
          )}
          <ol class="q-list">
            {questions.map((question) => (
              <li key={question.id}>
                <QuestionCard
                  question={question}
                  base={base}
                  samePage
                  orders={orders}
                  announce={announce}
                  onAnswered={(question, correct) => record([{ question, correct }])}
                />
              </li>
            ))}
          </ol>
        </>
      ) : (
        children
      )}
      <LiveRegion message={message} />
    </section>
  );
}
