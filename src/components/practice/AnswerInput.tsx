import { useId } from 'preact/hooks';
import type { Question } from '../../data/questions/types';
import type { Answer } from '../../lib/practice/score';
import type { Announce } from '../sortable/announcer';
import { SortableList } from '../sortable/SortableList';
import { CaseStudyScenario, formatHint, ScopeNote, stemText } from './QuestionParts';

export interface AnswerInputProps {
  question: Question;
  answer: Answer;
  onChange: (answer: Answer) => void;
  /** After checking: inputs are locked and each part shows whether it was right. */
  checked: boolean;
  /** The order the options, items or matching answers are shown in (option-order.ts). */
  order: readonly number[];
  announce: Announce;
}

/** A question's empty answer: nothing chosen, the items in their start order, no matches. */
export function emptyAnswer(question: Question, order: readonly number[]): Answer {
  switch (question.format) {
    case 'single':
      return { format: 'single', chosen: -1 };
    case 'multiple':
      return { format: 'multiple', chosen: [] };
    case 'ordering':
      return {
        format: 'ordering',
        order: [...order],
      };
    case 'matching':
      return { format: 'matching', picks: question.pairs.map(() => -1) };
  }
}

const mark = (right: boolean) => (
  <span class={`q-mark ${right ? 'is-right' : 'is-wrong'}`}>{right ? '✓ Right' : '✗ Wrong'}</span>
);

/** The inputs of one question, in a fieldset named by its stem: radios, checkboxes, a reorderable list or selects. */
export function AnswerInput({ question, answer, onChange, checked, order, announce }: AnswerInputProps) {
  const name = useId();
  const hintId = `${name}-hint`;
  const legend = (
    <legend>
      <CaseStudyScenario question={question} />
      <span class="q-stem">{stemText(question)}</span>
    </legend>
  );
  const hint = (
    <>
      <ScopeNote question={question} />
      <p id={hintId} class="q-hint">
        {formatHint(question)}
      </p>
    </>
  );

  if (question.format === 'single' || question.format === 'multiple') {
    const chosen =
      answer.format === 'single' ? [answer.chosen] : answer.format === 'multiple' ? answer.chosen : [];
    const toggle = (index: number, on: boolean) => {
      if (question.format === 'single') onChange({ format: 'single', chosen: index });
      else
        onChange({ format: 'multiple', chosen: on ? [...chosen, index] : chosen.filter((c) => c !== index) });
    };
    return (
      <fieldset class="q-fieldset" aria-describedby={hintId}>
        {legend}
        {hint}
        <ul class="q-options">
          {order.map((index) => {
            const option = question.options[index];
            const isChosen = chosen.includes(index);
            return (
              <li
                key={index}
                class={
                  checked ? (option.correct ? 'is-right' : isChosen ? 'is-wrong' : undefined) : undefined
                }
              >
                <label>
                  <input
                    type={question.format === 'single' ? 'radio' : 'checkbox'}
                    name={name}
                    checked={isChosen}
                    disabled={checked}
                    onChange={(event) => toggle(index, event.currentTarget.checked)}
                  />{' '}
                  {option.text}
                </label>
                {checked && (
                  <p class="q-why">
                    {option.correct ? (
                      mark(true)
                    ) : isChosen ? (
                      mark(false)
                    ) : (
                      <span class="q-mark">Not this one</span>
                    )}{' '}
                    {option.why}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
    );
  }

  if (question.format === 'ordering') {
    const current = answer.format === 'ordering' ? answer.order : [];
    const ids = current.map(String);
    const textOf = (id: string) => question.items[Number(id)].text;
    return (
      <fieldset class="q-fieldset" aria-describedby={hintId} disabled={checked}>
        {legend}
        {hint}
        <SortableList
          items={ids}
          onChange={(next) => onChange({ format: 'ordering', order: next.map(Number) })}
          label={textOf}
          listLabel="Steps to put in order"
          announce={announce}
          itemClass={(id) =>
            checked ? (current.indexOf(Number(id)) === Number(id) ? 'is-right' : 'is-wrong') : undefined
          }
          render={(id) => (
            <>
              {textOf(id)}
              {checked && <> {mark(current.indexOf(Number(id)) === Number(id))}</>}
            </>
          )}
        />
      </fieldset>
    );
  }

  const picks = answer.format === 'matching' ? answer.picks : [];
  return (
    <fieldset class="q-fieldset" aria-describedby={hintId}>
      {legend}
      {hint}
      <ul class="q-matching">
        {question.pairs.map((pair, prompt) => {
          const id = `${name}-${prompt}`;
          const right = picks[prompt] === prompt;
          return (
            <li key={prompt} class={checked ? (right ? 'is-right' : 'is-wrong') : undefined}>
              <label for={id}>{pair.prompt}</label>
              <select
                id={id}
                value={String(picks[prompt] ?? -1)}
                disabled={checked}
                onChange={(event) =>
                  onChange({
                    format: 'matching',
                    picks: picks.map((pick, at) =>
                      at === prompt ? Number(event.currentTarget.value) : pick,
                    ),
                  })
                }
              >
                <option value="-1">Choose…</option>
                {order.map((index) => (
                  <option key={index} value={String(index)}>
                    {question.pairs[index].answer}
                  </option>
                ))}
              </select>
              {checked && (
                <p class="q-why">
                  {mark(right)} {right ? '' : `The answer is ${pair.answer}. `}
                  {pair.why}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
