import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../data/questions/types';
import { mergeProgress } from '../../lib/practice/transfer';
import {
  browserStorage,
  loadProgress,
  saveProgress,
  storageKey,
  type Progress,
} from '../../lib/practice/storage';

export interface Answer {
  question: Question;
  correct: boolean;
}

export interface ProgressState {
  progress: Progress;
  /** False once the browser refused to store progress (private mode, full, blocked). */
  saved: boolean;
  /** Records answers (a mock's at once), each scheduled for review by FSRS. */
  record: (answers: readonly Answer[]) => void;
  /** Replaces the progress (after an import) and stores it. */
  replace: (progress: Progress) => boolean;
  /** Starts loading the scheduler before the first answer, so storing that answer need not wait for it. */
  prepare: () => void;
}

// The scheduler loads on the first choice or answer (precached for offline use), not with the page.
const loadRecorder = () => import('../../lib/practice/record-answer');

/** Said on the window when an island of this page records an answer, with the new progress. */
const progressEvent = 'practice-progress';

/**
 * The reader's progress, read from localStorage after the first render (the server knows none),
 * re-read when another tab changes it, stored on every answer and shared with the page's other
 * question islands (an explainer's questions count in the page's Check yourself).
 */
export function useProgress(): ProgressState {
  const [progress, setProgressState] = useState<Progress>(() => new Map());
  const [saved, setSaved] = useState(true);
  // The answers this page holds, which are all there is when the browser refuses to store them.
  const current = useRef(progress);
  const setProgress = useCallback((next: Progress) => {
    current.current = next;
    setProgressState(next);
  }, []);
  useEffect(() => {
    setProgress(loadProgress(browserStorage()));
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey) setProgress(loadProgress(browserStorage()));
    };
    // The event carries the progress itself: storage may have refused it.
    const onRecord = (event: Event) => setProgress((event as CustomEvent<Progress>).detail);
    window.addEventListener('storage', onStorage);
    window.addEventListener(progressEvent, onRecord);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener(progressEvent, onRecord);
    };
  }, [setProgress]);
  const replace = useCallback(
    (next: Progress) => {
      setProgress(next);
      const ok = saveProgress(browserStorage(), next);
      setSaved(ok);
      return ok;
    },
    [setProgress],
  );
  const record = useCallback(
    (answers: readonly Answer[]) => {
      void loadRecorder().then(
        ({ recordAnswer }) => {
          // Merge with what is stored first: another tab may have answered since this one loaded.
          const stored = [...loadProgress(browserStorage()).values()];
          const { progress: latest } = mergeProgress(current.current, stored);
          const now = Date.now();
          const next = answers.reduce(
            (progress, { question, correct }) => recordAnswer(progress, question, correct, now),
            latest,
          );
          replace(next);
          window.dispatchEvent(new CustomEvent(progressEvent, { detail: next }));
        },
        () => setSaved(false),
      );
    },
    [replace],
  );
  // If this load fails, record asks again and tells the reader when the scheduler is still missing.
  const prepare = useCallback(() => void loadRecorder().catch(() => undefined), []);
  return { progress, saved, record, replace, prepare };
}
