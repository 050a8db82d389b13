import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answerable, Question } from '../../data/questions/types';
import { examDomains } from '../../data/exam-guide';
import { topics } from '../../data/topics';
import type { Bank } from '../../lib/practice/bank';
import type * as SessionViews from './SessionViews';
import { orderOf } from '../../lib/practice/option-order';
import { decodeKeys } from '../../lib/practice/question-key';
import { clockWords, domainQuotas, drawMock } from '../../lib/practice/mock';
import { domainOf, questionState } from '../../lib/practice/progress';
import { clockText, mockSeconds, pickSession, type SessionFilter } from '../../lib/practice/session';
import { questionUnits } from '../../lib/practice/question-units';
import { loadSession, saveSession, type SavedSession } from '../../lib/practice/saved-session';
import { browserStorage } from '../../lib/practice/storage';
import { joinBase } from '../../lib/url';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { loadBank } from './load-bank';
import { ProgressTables } from './ProgressTables';
import { TransferProgress } from './TransferProgress';
import { useProgress } from './useProgress';
import './practice.css';

interface PracticeProps {
  base: string;
  /** Site-relative path of the questions as a CSV file. */
  csvPath: string;
  /** Every question's key (encodeKeys): the menu counts and picks from these. */
  keys: string;
}

type View =
  | { kind: 'home' }
  | {
      kind: 'session';
      title: string;
      questions: Question[];
      started: number;
      /** Where a resumed session picks up. */
      resume?: { index: number; marks: Record<string, boolean> };
    }
  | { kind: 'mock'; questions: Question[] };

/**
 * The practice page: sessions across topics or domains, missed questions, spaced review, a timed
 * mock, progress tables, export/import and the printable set. The menu works from the questions'
 * keys (props); the questions themselves arrive in one request when a session, the mock or the
 * printable set starts (bank.ts), so the page loads light.
 */
export default function PracticeIsland({ base, csvPath, keys: encodedKeys }: PracticeProps) {
  const [hydrated, setHydrated] = useState(false);
  const [questions] = useState(() => decodeKeys(encodedKeys));
  const [bank, setBank] = useState<Bank>();
  const [views, setViews] = useState<typeof SessionViews>();
  const [view, setView] = useState<View>({ kind: 'home' });
  const [scope, setScope] = useState('all');
  const [count, setCount] = useState(10);
  // What is being printed: the answer under each question, or all answers at the end.
  const [printing, setPrinting] = useState<'under' | 'end'>();
  const [message, announce] = useAnnouncer();
  const state = useProgress();
  const topRef = useRef<HTMLDivElement>(null);
  const now = Date.now();

  // A session left by following a reading link, going back or reloading, offered to resume.
  const [unfinished, setUnfinished] = useState<SavedSession>();

  useEffect(() => {
    setUnfinished(loadSession(browserStorage()));
    setHydrated(true);
  }, []);

  /**
   * Runs `use` with the whole questions of `asked`, once the bank and the views that ask them have
   * arrived (both on the first session, the mock or the printable set; the menu needs neither).
   */
  function withQuestions(asked: readonly Answerable[], use: (questions: Question[], bank: Bank) => void) {
    Promise.all([loadBank(base), import('./SessionViews')]).then(
      ([loaded, loadedViews]) => {
        setViews(loadedViews);
        setBank(loaded);
        const byId = new Map(loaded.questions.map((question) => [question.id, question]));
        use(
          asked.flatMap((key) => byId.get(key.id) ?? []),
          loaded,
        );
      },
      () => announce('The questions could not load. Check your connection and try again.'),
    );
  }

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(undefined);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  // A link to #practice-start (the home page's "Take a mock exam") names a heading drawn only once
  // the island has hydrated, after the browser looked for it: go there then, focus included, so
  // the keyboard carries on from the menu.
  useEffect(() => {
    if (hydrated && location.hash === '#practice-start') document.getElementById('practice-start')?.focus();
  }, [hydrated]);

  if (!hydrated) {
    return (
      <div class="practice-app not-content" data-pagefind-ignore>
        <p>
          Practice runs in your browser with JavaScript. Without it, every topic page lists its questions with
          their answers under “Check yourself”.
        </p>
      </div>
    );
  }

  const filter = (): SessionFilter =>
    scope.startsWith('domain-')
      ? { kind: 'mixed', domain: Number(scope.slice(7)) }
      : scope === 'all'
        ? { kind: 'mixed' }
        : { kind: 'mixed', topic: scope };
  const pick = (kind: SessionFilter, size: number) =>
    pickSession(questions, state.progress, kind, size, Date.now() % 100_000, Date.now());
  const missed = pick({ kind: 'missed' }, questions.length).length;
  const beyond = questions.filter((question) => question.scope !== 'exam').length;
  const due = questions.filter((question) => questionState(state.progress, question, now) === 'due').length;

  function open(next: View, what: string) {
    setView(next);
    announce(what);
    topRef.current?.scrollIntoView({ block: 'start' });
    requestAnimationFrame(() =>
      topRef.current?.querySelector<HTMLElement>('h2, input, select, button')?.focus(),
    );
  }

  function start(title: string, picked: readonly Answerable[]) {
    if (picked.length === 0) {
      announce('No questions match: choose another set.');
      return;
    }
    withQuestions(picked, (asked) => {
      saveSession(browserStorage(), {
        title,
        ids: asked.map((question) => question.id),
        index: 0,
        marks: {},
      });
      open(
        { kind: 'session', title, questions: asked, started: Date.now() },
        `${title}: ${asked.length} questions.`,
      );
    });
  }

  const home = () => {
    saveSession(browserStorage(), undefined);
    setUnfinished(undefined);
    open({ kind: 'home' }, 'Back to the practice menu.');
  };
  const resumable = unfinished && unfinished.index < unfinished.ids.length ? unfinished : undefined;
  const resumed = resumable?.ids.flatMap((id) => questions.filter((question) => question.id === id));

  function resume() {
    if (!resumable || !resumed) return;
    withQuestions(resumed, (asked) =>
      open(
        {
          kind: 'session',
          title: resumable.title,
          questions: asked,
          started: Date.now(),
          resume: { index: Math.min(resumable.index, asked.length - 1), marks: resumable.marks },
        },
        `${resumable.title}: question ${resumable.index + 1} of ${asked.length}.`,
      ),
    );
  }
  const size = Math.max(1, Math.min(count || 1, questions.length));
  // The printed set keeps a case study's questions together, after one another.
  const printed = printing && bank ? questionUnits(bank.questions).flat() : [];

  return (
    <div class="practice-app not-content" ref={topRef} data-pagefind-ignore>
      {view.kind === 'session' && bank && views && (
        <views.Session
          key={view.started}
          title={view.title}
          questions={view.questions}
          orders={bank.orders}
          base={base}
          announce={announce}
          onAnswered={(question, correct) => state.record([{ question, correct }])}
          resume={view.resume}
          onProgress={(index, marks) =>
            saveSession(browserStorage(), {
              title: view.title,
              ids: view.questions.map((question) => question.id),
              index,
              marks,
            })
          }
          onRetry={(again) => start('Retry the missed ones', again)}
          onClose={home}
        />
      )}
      {view.kind === 'mock' && bank && views && (
        <views.MockExam
          questions={view.questions}
          orders={bank.orders}
          base={base}
          announce={announce}
          onFinish={state.record}
          onClose={home}
        />
      )}
      {view.kind === 'home' && (
        <>
          <h2 id="practice-start" tabIndex={-1}>
            Start a session
          </h2>
          {resumable && resumed && resumed.length > 0 && (
            <div class="practice-actions">
              <button type="button" onClick={resume}>
                Resume “{resumable.title}” at question {resumable.index + 1} of {resumed.length}
              </button>
            </div>
          )}
          <div class="practice-actions">
            <label>
              Questions from{' '}
              <select value={scope} onChange={(event) => setScope(event.currentTarget.value)}>
                <option value="all">All topics</option>
                <optgroup label="Exam domain">
                  {examDomains.map((domain) => (
                    <option key={domain.number} value={`domain-${domain.number}`}>
                      Domain {domain.number}: {domain.title}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Topic page">
                  {topics
                    .filter((topic) => questions.some((question) => question.topic === topic.slug))
                    .map((topic) => (
                      <option key={topic.slug} value={topic.slug}>
                        {topic.label}
                      </option>
                    ))}
                </optgroup>
              </select>
            </label>
            <label>
              How many{' '}
              <input
                type="number"
                min={1}
                max={questions.length}
                value={count}
                onInput={(event) => setCount(Number(event.currentTarget.value))}
                size={4}
              />
            </label>
          </div>
          <div class="practice-actions">
            <button type="button" onClick={() => start('Mixed session', pick(filter(), size))}>
              Start a mixed session
            </button>
            <button
              type="button"
              onClick={() =>
                withQuestions(
                  scope === 'all' ? drawMock(questions, size, Date.now() % 100_000) : pick(filter(), size),
                  (asked) => open({ kind: 'mock', questions: asked }, 'Mock exam started.'),
                )
              }
            >
              Start a timed mock (<span aria-hidden="true">{clockText(mockSeconds(size))}</span>
              <span class="sr-only">{clockWords(mockSeconds(size))}</span>)
            </button>
          </div>
          <p class="practice-note" data-testid="mock-shape">
            The mock covers only the exam's SageMaker slice. From all topics it draws by the exam guide's
            domain weights ({examDomains.map((domain) => `${domain.weight} %`).join(', ')}) as far as this
            bank allows: {size} questions come out as{' '}
            {domainQuotas(
              examDomains.map(
                (domain) =>
                  questions.filter(
                    (question) => question.scope === 'exam' && domainOf(question) === domain.number,
                  ).length,
              ),
              size,
            )
              .map((quota, at) => `${quota} from domain ${examDomains[at].number}`)
              .join(', ')}
            .
          </p>
          <div class="practice-actions">
            <button
              type="button"
              disabled={missed === 0}
              onClick={() => start('Missed questions', pick({ kind: 'missed' }, size))}
            >
              Retry what you missed ({missed})
            </button>
            <button
              type="button"
              disabled={due === 0}
              onClick={() => start('Spaced review', pick({ kind: 'due' }, size))}
            >
              Review what is due ({due})
            </button>
          </div>
          <p>
            Mixed sessions and the mock ask only questions in the exam's scope. The questions that go deeper
            than the exam, or ask what a new AWS account can use today, have a session of their own.
          </p>
          <div class="practice-actions">
            <button
              type="button"
              disabled={beyond === 0}
              onClick={() => start('Beyond the exam', pick({ kind: 'beyond' }, size))}
            >
              Go deeper, beyond the exam ({beyond})
            </button>
          </div>
          <h2 id="practice-progress">Your progress</h2>
          <ProgressTables questions={questions} progress={state.progress} base={base} now={now} />
          {!state.saved && (
            <p class="practice-warning">
              This browser does not let the guide store your progress; export it before you leave.
            </p>
          )}
          <h2 id="practice-keep">Keep or move your progress</h2>
          <p>
            Progress lives in this browser only. Export it to a file to keep it or to carry it to another
            browser; importing merges it answer by answer, keeping the latest.
          </p>
          <TransferProgress state={state} announce={announce} />
          <h2 id="practice-elsewhere">Take the questions elsewhere</h2>
          <div class="practice-actions">
            <a href={joinBase(base, csvPath)} download={csvPath}>
              Download every question as CSV (Anki, Quizlet)
            </a>
            <button type="button" onClick={() => withQuestions([], () => setPrinting('under'))}>
              Print the practice set
            </button>
            <button type="button" onClick={() => withQuestions([], () => setPrinting('end'))}>
              Print it with the answers at the end
            </button>
          </div>
        </>
      )}
      {printing && bank && views && (
        <div class="practice-print">
          <h2>AIF-C01 SageMaker practice set</h2>
          <ol class="q-list">
            {printed.map((question) => (
              <li key={question.id}>
                <views.StaticQuestion
                  question={question}
                  order={orderOf(question, bank.orders)}
                  base={base}
                  samePage={false}
                  answer={printing === 'under' ? 'open' : 'apart'}
                />
              </li>
            ))}
          </ol>
          {printing === 'end' && (
            <>
              <h2 class="practice-print-answers">Answers</h2>
              <ol class="q-list">
                {printed.map((question) => (
                  <li key={question.id} class="q">
                    <views.StaticAnswer
                      question={question}
                      order={orderOf(question, bank.orders)}
                      base={base}
                      samePage={false}
                    />
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
      <LiveRegion message={message} />
    </div>
  );
}
