import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Says `message` to screen readers; `debounce` waits for a pause (e.g. during a drag). */
export type Announce = (message: string, debounce?: boolean) => void;

const debounceMs = 400;

/**
 * The message of one polite live region and the function that changes it. Saying the same
 * message twice still speaks it: the text alternates a trailing no-break space.
 */
export function useAnnouncer(): [string, Announce] {
  const [message, setMessage] = useState('');
  const timer = useRef<number>();
  const announce = useCallback<Announce>((text, debounce = false) => {
    window.clearTimeout(timer.current);
    const show = () => setMessage((previous) => (previous === text ? `${text}\u00a0` : text));
    if (debounce) timer.current = window.setTimeout(show, debounceMs);
    else show();
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return [message, announce];
}

/** The island's single polite live region; render it from the first (server) render on. */
export function LiveRegion({ message }: { message: string }) {
  return (
    <div class="sr-only" aria-live="polite" data-pagefind-ignore>
      {message}
    </div>
  );
}
