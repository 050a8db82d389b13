import type { ComponentChildren } from 'preact';
import type { Answerable } from '../../data/questions/types';
import { examDomains } from '../../data/exam-guide';
import { topics } from '../../data/topics';
import { domainOf, tally, type Tally } from '../../lib/practice/progress';
import type { Progress } from '../../lib/practice/storage';
import { topicHref } from '../../lib/url';

function Row({ name, counts }: { name: ComponentChildren; counts: Tally }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td class="number">
        {counts.answered} of {counts.total}
      </td>
      <td class="number">{counts.correct}</td>
      <td class="number">{counts.due}</td>
    </tr>
  );
}

function Head({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" class="number">
          Answered
        </th>
        <th scope="col" class="number">
          Right at the last try
        </th>
        <th scope="col" class="number">
          Due for review
        </th>
      </tr>
    </thead>
  );
}

/** Answered, right and due per exam domain and per topic page. */
export function ProgressTables({
  questions,
  progress,
  base,
  now,
}: {
  questions: readonly Answerable[];
  progress: Progress;
  base: string;
  now: number;
}) {
  const domains = examDomains
    .map((domain) => ({
      domain,
      questions: questions.filter((question) => domainOf(question) === domain.number),
    }))
    .filter((entry) => entry.questions.length > 0);
  const pages = topics
    .map((topic) => ({ topic, questions: questions.filter((question) => question.topic === topic.slug) }))
    .filter((entry) => entry.questions.length > 0);
  return (
    <>
      <table data-testid="domain-progress">
        <caption class="sr-only">Progress by exam domain</caption>
        <Head first="Exam domain" />
        <tbody>
          {domains.map(({ domain, questions: asked }) => (
            <Row
              key={domain.number}
              name={`${domain.number}. ${domain.title}`}
              counts={tally(progress, asked, now)}
            />
          ))}
          <Row name="All questions" counts={tally(progress, questions, now)} />
        </tbody>
      </table>
      <table data-testid="topic-progress">
        <caption class="sr-only">Progress by topic page</caption>
        <Head first="Topic page" />
        <tbody>
          {pages.map(({ topic, questions: asked }) => (
            <Row
              key={topic.slug}
              name={<a href={topicHref(base, topic.slug, 'check-yourself')}>{topic.label}</a>}
              counts={tally(progress, asked, now)}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}
