import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../data/questions/types';
import { tally } from '../../lib/practice/progress';
import type { OptionOrders } from '../../lib/practice/option-order';
import { topicHref } from '../../lib/url';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { QuestionCard } from './QuestionCard';
import { ElsewhereNote, type ShownElsewhere } from './ElsewhereNote';
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
  /**
   * Set for the questions that end an explainer: an h3 with this id over them, and no topic
   * progress (the page's Check yourself keeps it). Unset: the page's Check yourself, an h2.
   */
  explainer?: { headingId: string; ids: readonly string[] };
  /** The page's questions that explainers show, left out here (only on the page's Check yourself). */
  elsewhere?: readonly ShownElsewhere[];
  /** The questions with their answers in <details>, rendered on the server: kept without JavaScript. */
  children?: ComponentChildren;
}

/**
 * "Check yourself" at the end of a topic page, or the few questions that end an explainer. Once
 * visible and hydrated, it loads the topic's questions and turns each into one to answer, whose
 * explanations appear after checking, recorded in local progress. Until then (and without
 * JavaScript) it shows its static children.
 */
export default function CheckYourselfIsland({
  slug,
  base,
  orders,
  explainer,
  elsewhere = [],
  children,
}: CheckYourselfProps) {
  const [topicQuestions, setTopicQuestions] = useState<Question[]>();
  const [message, announce] = useAnnouncer();
  const { progress, saved, record, prepare } = useProgress();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The interactive questions replace the static ones: a keyboard reader who had tabbed into
  // them would drop to the top of the document, so focus follows to the same question.
  const focusedQuestion = useRef<string>();
  useEffect(() => {
    void topicFiles[`../../data/questions/topics/${slug}.ts`]?.().then((module) => {
      const focused = document.activeElement;
      if (focused && sectionRef.current?.contains(focused)) {
        focusedQuestion.current = focused.closest<HTMLElement>('[data-question]')?.dataset.question ?? '';
      }
      setTopicQuestions(module.questions.filter((question) => question.topic === slug));
    });
  }, [slug]);
  const skipped = new Set(elsewhere.flatMap((shown) => shown.ids));
  const questions =
    topicQuestions &&
    (explainer
      ? explainer.ids.flatMap((id) => topicQuestions.filter((question) => question.id === id))
      : topicQuestions.filter((question) => !skipped.has(question.id)));
  useLayoutEffect(() => {
    const id = focusedQuestion.current;
    if (id === undefined || !questions) return;
    focusedQuestion.current = undefined;
    const card = sectionRef.current?.querySelector(`.q[data-question="${CSS.escape(id)}"]`);
    (card?.querySelector<HTMLElement>('input, select, button') ?? headingRef.current)?.focus();
  }, [topicQuestions]);
  // The topic's progress counts every question of the page, those under an explainer included.
  const counts = topicQuestions && tally(progress, topicQuestions, Date.now());
  const headingId = explainer?.headingId ?? 'check-yourself';
  const Heading = explainer ? 'h3' : 'h2';

  return (
    <section
      ref={sectionRef}
      class={explainer ? 'explainer-questions not-content' : 'check-yourself not-content'}
      aria-labelledby={headingId}
      data-pagefind-ignore
    >
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        {explainer ? 'Try it on exam questions' : 'Check yourself'}
      </Heading>
      {questions && counts ? (
        <>
          {explainer ? (
            <p>Questions from the bank that the explorer above helps you answer.</p>
          ) : (
            <p class="practice-marker" data-testid="topic-progress">
              {counts.answered === 0
                ? `${counts.total} exam-style questions on this page. Your answers stay in this browser.`
                : `You have answered ${counts.answered} of ${counts.total}: ${counts.correct} right at the last try, ${counts.due} due for review.`}{' '}
              <a href={topicHref(base, 'practice')}>Practice across all topics</a>
            </p>
          )}
          <ElsewhereNote elsewhere={elsewhere} />
          {!saved && (
            <p class="practice-warning">
              This browser does not let the guide store your progress; answers count only until you leave the
              page.
            </p>
          )}
          {/* A reader who checks an answer and follows a link at once must not lose it. */}
          <ol class="q-list" onChange={prepare}>
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
