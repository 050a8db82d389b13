/**
 * Saving the reader's pipeline in browser storage as they work. Pure: the island passes the storage
 * in (`localStorage`, or undefined where there is none), and every failure comes back as a message
 * rather than an exception: storage full (QuotaExceededError), turned off (SecurityError), absent.
 *
 * One versioned key holds the compact form of `share.ts`. A value that cannot be read is moved
 * aside to `…-corrupted`, never overwritten silently, so nothing the reader made is lost.
 */
import type { BuilderPipeline } from './model';
import { compactPipeline, parsePipelineModel } from './compact';
import { importLimits, readJson } from './json-text';

export const storageKey = 'aif-c01:pipeline-builder:v1';
export const corruptedKey = `${storageKey}-corrupted`;

/** Saved work may be larger than a share link: an imported definition's kept settings come along. */
const maxSavedLength = 4 * 1_048_576;

type SavedStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The storage a getter returns, or undefined when reaching it throws (storage turned off). */
export function reachStorage(get: () => SavedStorage | undefined): SavedStorage | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** The saved pipeline, or nothing (first visit), or a problem to tell the reader. */
export function loadSaved(storage: SavedStorage | undefined): {
  pipeline?: BuilderPipeline;
  problem?: string;
} {
  if (!storage) return {};
  let text: string | null;
  try {
    text = storage.getItem(storageKey);
  } catch (error) {
    return { problem: `Your saved pipeline could not be read: ${storageFailure(error)}.` };
  }
  if (text === null) return {};
  const json = readJson(text, { maxBytes: maxSavedLength, maxDepth: importLimits.maxDepth + 8 });
  const model = json.ok ? parsePipelineModel(json.value) : json;
  if (model.ok) return { pipeline: model.pipeline };
  return { problem: `Your saved pipeline could not be read. ${model.error} ${setAside(storage, text)}` };
}

/** Saves the pipeline; a message when it could not be saved, undefined when it was. */
export function save(storage: SavedStorage | undefined, p: BuilderPipeline): string | undefined {
  if (!storage)
    return 'Your pipeline is not saved: this browser offers the page no storage, so it lasts until you leave.';
  try {
    storage.setItem(storageKey, JSON.stringify(compactPipeline(p)));
    return undefined;
  } catch (error) {
    return `Your pipeline could not be saved: ${storageFailure(error)}. Export the definition to keep your work.`;
  }
}

/** Moves an unreadable saved value to `corruptedKey`; says where it went, or that it could not. */
function setAside(storage: SavedStorage, text: string): string {
  try {
    storage.setItem(corruptedKey, text);
    storage.removeItem(storageKey);
    return `The builder starts afresh; the old value is kept in browser storage under "${corruptedKey}".`;
  } catch (error) {
    return `It could not be set aside either (${storageFailure(error)}), so saving your work will replace it.`;
  }
}

/** What went wrong with storage, as a phrase. */
function storageFailure(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  // Firefox names a full storage NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED')
    return 'browser storage for this site is full';
  if (name === 'SecurityError')
    return 'this browser does not let the page store data (storage is turned off)';
  return 'the browser refused to store it';
}
