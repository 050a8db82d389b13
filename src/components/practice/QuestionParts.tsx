import type { ComponentChildren } from 'preact';
import type { Question } from '../../data/questions/types';
import { findExamTask } from '../../data/exam-guide';
import { findTopic } from '../../data/topics';
import { topicHref } from '../../lib/url';

/** The stem, with the exam's "(Choose two.)" when a multiple-response stem does not say it. */
export function stemText(question: Question): string {
  if (question.format !== 'multiple' || /choose\s+\w+/i.test(question.stem)) return question.stem;
  const count = ['zero', 'one', 'two', 'three', 'four', 'five'][question.choose] ?? String(question.choose);
  return `${question.stem} (Choose ${count}.)`;
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

/** Where the question is taught (the heading on its page) and the exam task it serves. */
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
  return (
    <p class="q-source">
      <a href={href}>{samePage ? 'Read the section that teaches this' : `Learn it on the ${page} page`}</a>
      {task && (
        <>
          {' · '}Exam task {task.id}: {task.title}
        </>
      )}
    </p>
  );
}

/** Every option with why it is right or wrong, in the data's order. */
export function Explanations({ question }: { question: Question }) {
  switch (question.format) {
    case 'single':
    case 'multiple':
      return (
        <ul class="q-explain">
          {question.options.map((option, index) => (
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

/**
 * A question as plain HTML with its answer in a collapsed <details>: what readers without
 * JavaScript get, and the printable set (open).
 */
export function StaticQuestion(props: {
  question: Question;
  base: string;
  samePage: boolean;
  open?: boolean;
  children?: ComponentChildren;
}) {
  const { question, open = false } = props;
  return (
    <div class="q q-static">
      <p class="q-stem">{stemText(question)}</p>
      <p class="q-hint">{formatHint(question)}</p>
      {(question.format === 'single' || question.format === 'multiple') && (
        <ol class="q-letters">
          {question.options.map((option, index) => (
            <li key={index}>{option.text}</li>
          ))}
        </ol>
      )}
      {question.format === 'ordering' && (
        <ul>
          {[...question.items]
            .sort((a, b) => a.text.localeCompare(b.text))
            .map((item) => (
              <li key={item.text}>{item.text}</li>
            ))}
        </ul>
      )}
      {question.format === 'matching' && (
        <>
          <p>Prompts: {question.pairs.map((pair) => pair.prompt).join('; ')}.</p>
          <p>
            Answers:{' '}
            {[...question.pairs]
              .map((pair) => pair.answer)
              .sort()
              .join('; ')}
            .
          </p>
        </>
      )}
      <details open={open}>
        <summary>Answer and explanations</summary>
        {(question.format === 'single' || question.format === 'multiple') && (
          <p>
            Answer:{' '}
            {question.options
              .flatMap((option, index) => (option.correct ? [`${letter(index)}. ${option.text}`] : []))
              .join('; ')}
          </p>
        )}
        {question.format === 'ordering' && <p>The right order:</p>}
        <Explanations question={question} />
        <Source question={question} base={props.base} samePage={props.samePage} />
      </details>
    </div>
  );
}
