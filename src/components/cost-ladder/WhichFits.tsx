import {
  questions,
  type Answers,
  type QuestionId,
  type Recommendation,
  noAnswers,
} from '../../lib/ladder/recommend';
import type { NameOf } from './CostLadderIsland';

interface WhichFitsProps {
  /** Undefined until the reader answers a first question. */
  answers?: Answers;
  onAnswer: (answers: Answers) => void;
  fit?: Recommendation;
  nameOf: NameOf;
}

/** Yes/no questions that point to the cheapest rung that fits, and why the cheaper ones do not. */
export function WhichFits({ answers, onAnswer, fit, nameOf }: WhichFitsProps) {
  const current = answers ?? noAnswers;
  const toggle = (id: QuestionId, value: boolean) => onAnswer({ ...current, [id]: value });
  return (
    <div class="ladder-fit">
      <fieldset class="island-fieldset">
        <legend>Tick each question your answer is yes to</legend>
        {questions.map((question) => (
          <label key={question.id}>
            <input
              type="checkbox"
              name={question.id}
              checked={current[question.id]}
              onChange={(event) => toggle(question.id, event.currentTarget.checked)}
            />
            {question.text}
          </label>
        ))}
      </fieldset>
      {fit ? (
        <div class="fit-result">
          <p>
            <strong>Cheapest fit: {nameOf(fit.rung)}.</strong> {fit.why}
          </p>
          {fit.cheaper.length > 0 && (
            <>
              <p>Why not a cheaper rung:</p>
              <ul>
                {fit.cheaper.map((entry) => (
                  <li key={entry.id}>
                    <strong>{nameOf(entry.id)}:</strong> {entry.reasons.join(' ')}
                  </li>
                ))}
              </ul>
            </>
          )}
          {fit.notes.map((note) => (
            <p key={note} class="fit-note">
              {note}
            </p>
          ))}
        </div>
      ) : (
        <p class="ladder-note">
          Answer a question to see the cheapest rung that fits; the ladder above marks it too.
        </p>
      )}
    </div>
  );
}
