import { useState } from 'preact/hooks';
import {
  exportProgress,
  maxImportBytes,
  mergeProgress,
  mergeSummary,
  parseProgressFile,
} from '../../lib/practice/transfer';
import type { Announce } from '../sortable/announcer';
import type { ProgressState } from './useProgress';

/** Export the progress as a JSON file; import one, merged answer by answer (the latest wins). */
export function TransferProgress({ state, announce }: { state: ProgressState; announce: Announce }) {
  const [status, setStatus] = useState<{ text: string; ok: boolean }>();

  function say(text: string, ok: boolean) {
    setStatus({ text, ok });
    announce(text);
  }

  function download() {
    const blob = new Blob([exportProgress(state.progress, Date.now())], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'aif-c01-practice-progress.json';
    link.click();
    URL.revokeObjectURL(link.href);
    say(`Exported ${state.progress.size} answered question${state.progress.size === 1 ? '' : 's'}.`, true);
  }

  async function upload(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > maxImportBytes) {
      say(`"${file.name}" is too large to be a progress file of this guide; nothing was imported.`, false);
      return;
    }
    const result = parseProgressFile(await file.text());
    if (!result.ok) {
      say(result.message, false);
      return;
    }
    const merged = mergeProgress(state.progress, result.records);
    const stored = state.replace(merged.progress);
    say(
      mergeSummary(merged) +
        (stored ? '' : ' This browser would not store it, though: it lasts until you leave the page.'),
      stored,
    );
  }

  return (
    <div class="practice-transfer">
      <div class="practice-actions">
        <button type="button" onClick={download}>
          Export progress
        </button>
        <label>
          Import progress from a file:{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void upload(event.currentTarget)}
          />
        </label>
      </div>
      {status && (
        <p class={status.ok ? 'practice-status' : 'practice-warning'} data-testid="transfer-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
