import type { Question } from '../../data/questions/types';
import { findExamTask } from '../../data/exam-guide';
import { findTopic } from '../../data/topics';
import { caseStudyOf } from '../../lib/practice/case-study';
import { scopeNote } from '../../lib/practice/scope';
import { reportErrorUrl } from '../../lib/report-error';
import { topicHref } from '../../lib/url';

/** The stem, with the exam's "(Choose two.)" when a multiple-response stem does not say it. */
export function stemText(question: Question): string {
  if (question.format !== 'multiple' || /choose\s+\w+/i.test(question.stem)) return question.stem;
  const count = ['zero', 'one', 'two', 'three', 'four', 'five'][question.choose] ?? String(question.choose);
  return `${question.stem} (Choose ${count}.)`;
}

/**
 * The scenario a case-study question shares, shown before its stem in every view: the questions of
 * a study are drawn and shown one at a time, so each carries what it needs to be answered.
 */
export function CaseStudyScenario({ question }: { question: Question }) {
  const study = caseStudyOf(question);
  if (!study) return null;
  return (
    <span class="q-case">
      <span class="q-case-title">Case study: {study.title}</span>
      <span class="q-case-scenario">{study.scenario}</span>
    </span>
  );
}

/** The scope note as a paragraph, shown before the options. */
export function ScopeNote({ question }: { question: Question }) {
  const note = scopeNote(question);
  return note ? <p class="q-scope">{note}</p> : null;
}

/** How the reader answers a format, said once before the options. */
export function formatHint(question: Question): string {
  switch (question.format) {
    case 'single':
      return 'Multiple choice: one answer.';
    case 'multiple':
      return `Multiple response: choose ${question.choose}.`;
    case 'ordering':
      return 'Ordering: put the steps in order.';
    case 'matching':
      return 'Matching: pick the answer for each prompt.';
  }
}

const letter = (index: number) => String.fromCharCode(65 + index);

/**
 * Where the question is taught (the heading on its page), the exam task it serves, and a link to
 * report an error in it when the build names the site's repository.
 */
export function Source({
  question,
  base,
  samePage,
}: {
  question: Question;
  base: string;
  samePage: boolean;
}) {
  const task = findExamTask(question.task);
  const href = samePage ? `#${question.heading}` : topicHref(base, question.topic, question.heading);
  const page = findTopic(question.topic)?.label ?? question.topic;
  const report = reportErrorUrl(import.meta.env.PUBLIC_REPOSITORY_URL, {
    pageTitle: page,
    pagePath: topicHref(base, question.topic),
    questionId: question.id,
  });
  return (
    <p class="q-source">
      <a href={href}>{samePage ? 'Read the section that teaches this' : `Learn it on the ${page} page`}</a>
      {task && (
        <>
          {' · '}Exam task {task.id}: {task.title}
        </>
      )}
      {report && (
        <>
          {' · '}
          <a href={report} class="q-report">
            Report an error in this question
          </a>
        </>
      )}
    </p>
  );
}

/**
 * Every option with why it is right or wrong, in the order the reader saw them; ordering items
 * and matching pairs in their right order.
 */
export function Explanations({ question, order }: { question: Question; order: readonly number[] }) {
  switch (question.format) {
    case 'single':
    case 'multiple':
      return (
        <ul class="q-explain">
          {order
            .map((index) => question.options[index])
            .map((option, index) => (
              <li key={index} class={option.correct ? 'is-right' : 'is-wrong'}>
                <strong>
                  {option.correct ? '✓ Right' : '✗ Wrong'}: {option.text}.
                </strong>{' '}
                {option.why}
              </li>
            ))}
        </ul>
      );
    case 'ordering':
      return (
        <ol class="q-explain">
          {question.items.map((item, index) => (
            <li key={index}>
              <strong>{item.text}.</strong> {item.why}
            </li>
          ))}
        </ol>
      );
    case 'matching':
      return (
        <ul class="q-explain">
          {question.pairs.map((pair, index) => (
            <li key={index}>
              <strong>
                {pair.prompt} → {pair.answer}.
              </strong>{' '}
              {pair.why}
            </li>
          ))}
        </ul>
      );
  }
}

interface StaticProps {
  question: Question;
  /** The order to show its options, items or answers in (option-order.ts). */
  order: readonly number[];
  base: string;
  samePage: boolean;
}

/** A question's answer by the letters it was shown with, every explanation and where it is taught. */
export function StaticAnswer({ question, order, base, samePage }: StaticProps) {
  return (
    <>
      {(question.format === 'single' || question.format === 'multiple') && (
        <p>
          Answer:{' '}
          {order
            .flatMap((index, shown) =>
              question.options[index].correct ? [`${letter(shown)}. ${question.options[index].text}`] : [],
            )
            .join('; ')}
        </p>
      )}
      {question.format === 'ordering' && (
        <p>The right order: {question.items.map((_, index) => letter(order.indexOf(index))).join(', ')}</p>
      )}
      <Explanations question={question} order={order} />
      <Source question={question} base={base} samePage={samePage} />
    </>
  );
}

/**
 * A question as plain HTML, its answer in a <details>: collapsed for readers without JavaScript,
 * open in the printed set, or left out when the printed set gives the answers at the end.
 */
export function StaticQuestion(props: StaticProps & { answer?: 'collapsed' | 'open' | 'apart' }) {
  const { question, order, answer = 'collapsed' } = props;
  return (
    <div class="q q-static">
      <CaseStudyScenario question={question} />
      <p class="q-stem">{stemText(question)}</p>
      <ScopeNote question={question} />
      <p class="q-hint">{formatHint(question)}</p>
      {(question.format === 'single' || question.format === 'multiple') && (
        <ol class="q-letters">
          {order.map((index) => (
            <li key={index}>{question.options[index].text}</li>
          ))}
        </ol>
      )}
      {question.format === 'ordering' && (
        <ol class="q-letters">
          {order.map((index) => (
            <li key={index}>{question.items[index].text}</li>
          ))}
        </ol>
      )}
      {question.format === 'matching' && (
        <>
          <p>Prompts: {question.pairs.map((pair) => pair.prompt).join('; ')}.</p>
          <p>Answers: {order.map((index) => question.pairs[index].answer).join('; ')}.</p>
        </>
      )}
      {answer !== 'apart' && (
        <details open={answer === 'open'}>
          <summary>Answer and explanations</summary>
          <StaticAnswer {...props} />
        </details>
      )}
    </div>
  );
}
