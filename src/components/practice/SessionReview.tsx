import type { Question } from '../../data/questions/types';
import { findTopic } from '../../data/topics';
import { Source } from './QuestionParts';

/**
 * The end of a session: each missed question with the section that teaches it, and the tally by
 * topic page, so the reader knows what to read next.
 */
export function SessionReview({
  questions,
  missed,
  base,
}: {
  questions: readonly Question[];
  missed: readonly Question[];
  base: string;
}) {
  const topics = [...new Set(questions.map((question) => question.topic))];
  return (
    <>
      {missed.length > 0 && (
        <>
          <h3>What you missed, and where to read it</h3>
          <ol class="q-list" data-testid="session-missed">
            {missed.map((question) => (
              <li key={question.id} class="q">
                <p class="q-stem">{question.stem}</p>
                <Source question={question} base={base} samePage={false} />
              </li>
            ))}
          </ol>
        </>
      )}
      <table data-testid="session-topics">
        <caption>Right at the first try, by topic page</caption>
        <thead>
          <tr>
            <th scope="col">Topic page</th>
            <th scope="col" class="number">
              Right
            </th>
          </tr>
        </thead>
        <tbody>
          {topics.map((slug) => {
            const asked = questions.filter((question) => question.topic === slug);
            const wrong = missed.filter((question) => question.topic === slug).length;
            return (
              <tr key={slug}>
                <th scope="row">{findTopic(slug)?.label ?? slug}</th>
                <td class="number">
                  {asked.length - wrong} of {asked.length}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
