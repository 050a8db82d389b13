import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../data/questions/types';
import { examDomains } from '../../data/exam-guide';
import { topics } from '../../data/topics';
import { orderOf, type OptionOrders } from '../../lib/practice/option-order';
import { clockWords, domainQuotas, drawMock } from '../../lib/practice/mock';
import { domainOf, questionState, recordAnswer } from '../../lib/practice/progress';
import { clockText, mockSeconds, pickSession, type SessionFilter } from '../../lib/practice/session';
import { loadSession, saveSession, type SavedSession } from '../../lib/practice/saved-session';
import { browserStorage } from '../../lib/practice/storage';
import { joinBase } from '../../lib/url';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { MockExam } from './MockExam';
import { ProgressTables } from './ProgressTables';
import { QuestionCard } from './QuestionCard';
import { StaticAnswer, StaticQuestion } from './QuestionParts';
import { SessionReview } from './SessionReview';
import { TransferProgress } from './TransferProgress';
import { useProgress } from './useProgress';
import './practice.css';

interface PracticeProps {
  base: string;
  /** Site-relative path of the questions as a CSV file. */
  csvPath: string;
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
 * mock, progress tables, export/import and the printable set. The questions load on hydration
 * (their own chunk), so the page's HTML stays light.
 */
export default function PracticeIsland({ base, csvPath }: PracticeProps) {
  const [bank, setBank] = useState<{ questions: readonly Question[]; orders: OptionOrders }>();
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
    void import('../../data/questions').then((module) =>
      setBank({ questions: module.allQuestions, orders: module.bankOrders }),
    );
  }, []);

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(undefined);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  // A link to #practice-start (the home page's "Take a mock exam") names a heading drawn only once
  // the questions have loaded, after the browser looked for it: go there then, focus included, so
  // the keyboard carries on from the menu.
  useEffect(() => {
    if (bank && location.hash === '#practice-start') document.getElementById('practice-start')?.focus();
  }, [bank]);

  if (!bank) {
    return (
      <div class="practice-app not-content" data-pagefind-ignore>
        <p>
          Practice runs in your browser with JavaScript. Without it, every topic page lists its questions with
          their answers under “Check yourself”.
        </p>
      </div>
    );
  }

  const { questions, orders } = bank;
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

  function start(title: string, asked: Question[]) {
    if (asked.length === 0) {
      announce('No questions match: choose another set.');
      return;
    }
    saveSession(browserStorage(), { title, ids: asked.map((question) => question.id), index: 0, marks: {} });
    open(
      { kind: 'session', title, questions: asked, started: Date.now() },
      `${title}: ${asked.length} questions.`,
    );
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
    open(
      {
        kind: 'session',
        title: resumable.title,
        questions: resumed,
        started: Date.now(),
        resume: { index: Math.min(resumable.index, resumed.length - 1), marks: resumable.marks },
      },
      `${resumable.title}: question ${resumable.index + 1} of ${resumed.length}.`,
    );
  }
  const size = Math.max(1, Math.min(count || 1, questions.length));

  return (
    <div class="practice-app not-content" ref={topRef} data-pagefind-ignore>
      {view.kind === 'session' && (
        <Session
          key={view.started}
          title={view.title}
          questions={view.questions}
          orders={orders}
          base={base}
          announce={announce}
          onAnswered={state.record}
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
      {view.kind === 'mock' && (
        <MockExam
          questions={view.questions}
          orders={orders}
          base={base}
          announce={announce}
          onFinish={(results) =>
            state.replace(
              results.reduce(
                (progress, { question, correct }) => recordAnswer(progress, question, correct, Date.now()),
                state.progress,
              ),
            )
          }
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
                open(
                  {
                    kind: 'mock',
                    questions:
                      scope === 'all'
                        ? drawMock(questions, size, Date.now() % 100_000)
                        : pick(filter(), size),
                  },
                  'Mock exam started.',
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
            <button type="button" onClick={() => setPrinting('under')}>
              Print the practice set
            </button>
            <button type="button" onClick={() => setPrinting('end')}>
              Print it with the answers at the end
            </button>
          </div>
        </>
      )}
      {printing && (
        <div class="practice-print">
          <h2>AIF-C01 SageMaker practice set</h2>
          <ol class="q-list">
            {questions.map((question) => (
              <li key={question.id}>
                <StaticQuestion
                  question={question}
                  order={orderOf(question, orders)}
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
                {questions.map((question) => (
                  <li key={question.id} class="q">
                    <StaticAnswer
                      question={question}
                      order={orderOf(question, orders)}
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

interface SessionProps {
  title: string;
  questions: Question[];
  orders: OptionOrders;
  base: string;
  announce: (message: string) => void;
  onAnswered: (question: Question, correct: boolean) => void;
  resume?: { index: number; marks: Record<string, boolean> };
  /** Called as the reader moves on or answers, to keep the session for a later visit. */
  onProgress: (index: number, marks: Record<string, boolean>) => void;
  /** Starts a new session of these questions ("Retry these"). */
  onRetry: (questions: Question[]) => void;
  onClose: () => void;
}

/**
 * One question at a time; the explanations follow each answer; at the end what was missed, with
 * the section that teaches each, a tally by topic and a way to retry the missed ones.
 */
function Session({
  title,
  questions,
  orders,
  base,
  announce,
  onAnswered,
  resume,
  onProgress,
  onRetry,
  onClose,
}: SessionProps) {
  const [index, setIndex] = useState(resume?.index ?? 0);
  const [marks, setMarks] = useState<Record<string, boolean>>(resume?.marks ?? {});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scoreRef = useRef<HTMLParagraphElement>(null);
  const [moves, setMoves] = useState(0);
  const question = questions[index];
  const right = Object.values(marks).filter(Boolean).length;
  const missed = questions.filter((asked) => marks[asked.id] !== true);

  // Next replaces the question (and its button): focus goes to the new question's heading, or
  // to the score at the end, and the live region says where the reader is.
  useEffect(() => {
    if (moves === 0) return;
    (question ? headingRef.current : scoreRef.current)?.focus();
  }, [moves]);

  useEffect(() => {
    onProgress(index, marks);
  }, [index, marks]);

  function next() {
    setIndex(index + 1);
    setMoves(moves + 1);
    announce(
      index + 1 < questions.length
        ? `Question ${index + 2} of ${questions.length}.`
        : `Session done: ${right} of ${questions.length} right at the first try.`,
    );
  }

  return (
    <div class="practice-session">
      <h2 tabIndex={-1}>{title}</h2>
      {question ? (
        <>
          <h3 tabIndex={-1} ref={headingRef}>
            Question {index + 1} of {questions.length}
          </h3>
          <QuestionCard
            key={question.id}
            question={question}
            base={base}
            samePage={false}
            orders={orders}
            announce={announce}
            onAnswered={(answered, correct) => {
              if (!(answered.id in marks)) setMarks({ ...marks, [answered.id]: correct });
              onAnswered(answered, correct);
            }}
          />
          <div class="practice-actions">
            <button type="button" onClick={next}>
              {index + 1 < questions.length ? 'Next question' : 'Finish the session'}
            </button>
            <button type="button" onClick={onClose}>
              Stop and go back
            </button>
          </div>
        </>
      ) : (
        <>
          <p data-testid="session-score" tabIndex={-1} ref={scoreRef}>
            Session done: {right} of {questions.length} right at the first try.
          </p>
          <SessionReview questions={questions} missed={missed} base={base} />
          <div class="practice-actions">
            {missed.length > 0 && (
              <button type="button" onClick={() => onRetry(missed)}>
                Retry these ({missed.length})
              </button>
            )}
            <button type="button" onClick={onClose}>
              Back to practice
            </button>
          </div>
        </>
      )}
    </div>
  );
}
