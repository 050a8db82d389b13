/** A page to read, with its reading time in minutes. */
export interface PlannedPage {
  slug: string;
  label: string;
  minutes: number;
}

/** One day of reading: pages in the site's order and their total time. */
export interface ReadingDay {
  pages: PlannedPage[];
  minutes: number;
}

const total = (pages: readonly PlannedPage[]) => pages.reduce((sum, page) => sum + page.minutes, 0);

/**
 * Splits pages, kept in their order (the lifecycle's), into at most `days` consecutive days so that
 * the longest day is as short as it can be: a reader gets days of about equal length and never
 * reads a page before the ones it builds on. Fewer pages than days give one page a day.
 */
export function readingDays(pages: readonly PlannedPage[], days: number): ReadingDay[] {
  if (!Number.isInteger(days) || days < 1) throw new Error(`A plan needs at least one day, not ${days}`);
  const count = Math.min(days, pages.length);
  if (count === 0) return [];
  // longest[d][i]: the shortest possible longest day when pages[0..i) fill d days; cut[d][i] the
  // page that starts the last of those days. Twenty-odd pages and ten days: a table is instant.
  const longest: number[][] = [];
  const cut: number[][] = [];
  const prefix = [0];
  pages.forEach((page, index) => prefix.push(prefix[index] + page.minutes));
  for (let d = 1; d <= count; d++) {
    longest[d] = [];
    cut[d] = [];
    for (let i = d; i <= pages.length; i++) {
      if (d === 1) {
        longest[d][i] = prefix[i];
        cut[d][i] = 0;
        continue;
      }
      let best = Infinity;
      let bestCut = d - 1;
      for (let j = d - 1; j < i; j++) {
        const candidate = Math.max(longest[d - 1][j], prefix[i] - prefix[j]);
        if (candidate < best) {
          best = candidate;
          bestCut = j;
        }
      }
      longest[d][i] = best;
      cut[d][i] = bestCut;
    }
  }
  const plan: ReadingDay[] = [];
  let end = pages.length;
  for (let d = count; d >= 1; d--) {
    const start = cut[d][end];
    const dayPages = pages.slice(start, end);
    plan.unshift({ pages: dayPages, minutes: total(dayPages) });
    end = start;
  }
  return plan;
}
