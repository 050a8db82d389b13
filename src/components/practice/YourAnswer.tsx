import type { Question } from '../../data/questions/types';
import type { Answer } from '../../lib/practice/score';

const letter = (index: number) => String.fromCharCode(65 + index);

/** The reader's answer beside the right one, for every format, as the mock's report shows it. */
export function YourAnswer({
  question,
  answer,
  order,
}: {
  question: Question;
  answer: Answer;
  order: readonly number[];
}) {
  switch (question.format) {
    case 'single':
    case 'multiple': {
      const chosen =
        answer.format === 'single' ? [answer.chosen] : answer.format === 'multiple' ? answer.chosen : [];
      const say = (pick: (index: number) => boolean) =>
        order
          .flatMap((index, at) => (pick(index) ? [`${letter(at)}. ${question.options[index].text}`] : []))
          .join('; ') || 'nothing';
      return (
        <dl class="q-compare">
          <dt>Your answer</dt>
          <dd>{say((index) => chosen.includes(index))}</dd>
          <dt>The right answer</dt>
          <dd>{say((index) => question.options[index].correct)}</dd>
        </dl>
      );
    }
    case 'ordering': {
      const yours = answer.format === 'ordering' ? answer.order : [];
      return (
        <dl class="q-compare">
          <dt>Your order</dt>
          <dd>
            <ol>
              {yours.map((item) => (
                <li key={item}>{question.items[item].text}</li>
              ))}
            </ol>
          </dd>
          <dt>The right order</dt>
          <dd>
            <ol>
              {question.items.map((item) => (
                <li key={item.text}>{item.text}</li>
              ))}
            </ol>
          </dd>
        </dl>
      );
    }
    case 'matching': {
      const picks = answer.format === 'matching' ? answer.picks : [];
      return (
        <table class="q-compare">
          <thead>
            <tr>
              <th scope="col">Prompt</th>
              <th scope="col">Your match</th>
              <th scope="col">The right match</th>
            </tr>
          </thead>
          <tbody>
            {question.pairs.map((pair, prompt) => (
              <tr key={pair.prompt}>
                <th scope="row">{pair.prompt}</th>
                <td>{picks[prompt] >= 0 ? question.pairs[picks[prompt]].answer : 'nothing'}</td>
                <td>{pair.answer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}
