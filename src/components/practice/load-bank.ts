import { bankFile, type Bank } from '../../lib/practice/bank';
import { joinBase } from '../../lib/url';

let loading: Promise<Bank> | undefined;

/** The question bank, fetched once per page in one request (a failed fetch may be retried). */
export function loadBank(base: string): Promise<Bank> {
  loading ??= fetch(joinBase(base, bankFile)).then((response) => {
    if (!response.ok) throw new Error(`${bankFile}: ${response.status}`);
    return response.json() as Promise<Bank>;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
