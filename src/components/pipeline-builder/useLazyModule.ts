import { useEffect, useState } from 'preact/hooks';

export interface LazyModule<T> {
  module?: T;
  /** The module could not be fetched (offline before the service worker had it, or a new deploy). */
  failed: boolean;
}

/**
 * A module the builder loads only once it is `wanted`, so its first load stays small. `load` must
 * be a stable function (declared at module level) returning a dynamic `import()`.
 */
export function useLazyModule<T>(load: () => Promise<T>, wanted: boolean): LazyModule<T> {
  const [state, setState] = useState<LazyModule<T>>({ failed: false });
  useEffect(() => {
    if (!wanted || state.module) return;
    let current = true;
    load().then(
      (module) => current && setState({ module, failed: false }),
      () => current && setState({ failed: true }),
    );
    return () => {
      current = false;
    };
  }, [wanted, load, state.module]);
  return state;
}
