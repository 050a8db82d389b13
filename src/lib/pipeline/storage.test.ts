import { describe, expect, it } from 'vitest';
import type { BuilderPipeline } from './model';
import { encodePipeline } from './share';
import { corruptedKey, loadSaved, reachStorage, save, storageKey } from './storage';
import { pipelineTemplates } from './templates';

/** An in-memory Storage; `failWith` makes setItem throw as a browser does. */
function memoryStorage(entries: Record<string, string> = {}, failWith?: () => Error) {
  const items = new Map(Object.entries(entries));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failWith) throw failWith();
      items.set(key, value);
    },
    removeItem: (key: string) => {
      items.delete(key);
    },
  };
}

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');

const pipeline: BuilderPipeline = {
  ...pipelineTemplates[0].pipeline,
  kept: { PipelineExperimentConfig: { ExperimentName: { Get: 'Execution.PipelineName' } } },
};

describe('save and loadSaved', () => {
  it('save the pipeline under one versioned key, and load it back', () => {
    const storage = memoryStorage();
    expect(save(storage, pipeline)).toBeUndefined();
    expect([...storage.items.keys()]).toEqual([storageKey]);
    expect(storageKey).toMatch(/:v\d+$/);
    const loaded = loadSaved(storage);
    expect(loaded.problem).toBeUndefined();
    // The share code is the pipeline without its keys (decode-encode identity is share.test.ts's).
    expect(loaded.pipeline && encodePipeline(loaded.pipeline)).toBe(encodePipeline(pipeline));
  });

  it('load nothing, and no problem, on a first visit', () => {
    expect(loadSaved(memoryStorage())).toEqual({});
  });

  it('say so when storage is full, without throwing', () => {
    const problem = save(memoryStorage({}, quotaExceeded), pipeline);
    expect(problem).toMatch(/storage for this site is full/);
  });

  it('recognise Firefox’s name for full storage', () => {
    const firefoxQuota = () => new DOMException('Quota reached', 'NS_ERROR_DOM_QUOTA_REACHED');
    expect(save(memoryStorage({}, firefoxQuota), pipeline)).toMatch(/full/);
  });

  it('say so when storage is turned off, without throwing', () => {
    expect(save(memoryStorage({}, securityError), pipeline)).toMatch(/does not let the page store data/);
    const throwingRead = {
      ...memoryStorage(),
      getItem: () => {
        throw securityError();
      },
    };
    expect(loadSaved(throwingRead).problem).toMatch(/does not let the page store data/);
  });

  it('say so when there is no storage at all', () => {
    expect(save(undefined, pipeline)).toMatch(/not saved/);
    expect(loadSaved(undefined)).toEqual({});
  });

  it('report other storage failures in plain words', () => {
    expect(
      save(
        memoryStorage({}, () => new Error('disk on fire')),
        pipeline,
      ),
    ).toMatch(/refused to store it/);
  });
});

describe('a corrupted saved value', () => {
  const corrupted = [
    '{"v":1,"s":[{"t":"Training"',
    'not json',
    '{"v":1,"s":[{"t":"Teleport","n":"A"}]}',
    '{"v":99,"s":[]}',
  ];

  it.each(corrupted)('is set aside, not lost, with a message: %s', (value) => {
    const storage = memoryStorage({ [storageKey]: value });
    const loaded = loadSaved(storage);
    expect(loaded.pipeline).toBeUndefined();
    expect(loaded.problem).toMatch(/could not be read/);
    expect(loaded.problem).toContain(corruptedKey);
    expect(storage.items.get(corruptedKey)).toBe(value);
    expect(storage.items.has(storageKey)).toBe(false);
  });

  it('says why it could not be read', () => {
    expect(loadSaved(memoryStorage({ [storageKey]: '{"v":99,"s":[]}' })).problem).toMatch(/newer version/);
    expect(loadSaved(memoryStorage({ [storageKey]: '{"v":1,"s":[' })).problem).toMatch(/cut short/);
  });

  it('stays where it is, and the message says the next save replaces it, when it cannot be set aside', () => {
    const storage = memoryStorage({ [storageKey]: 'not json' }, quotaExceeded);
    const loaded = loadSaved(storage);
    expect(loaded.problem).toMatch(/could not be set aside either \(browser storage for this site is full\)/);
    expect(loaded.problem).toMatch(/saving your work will replace it/);
    expect(storage.items.get(storageKey)).toBe('not json');
  });
});

describe('reachStorage', () => {
  it('gives the storage, or undefined when reaching it throws', () => {
    const storage = memoryStorage();
    expect(reachStorage(() => storage)).toBe(storage);
    expect(
      reachStorage(() => {
        throw securityError();
      }),
    ).toBeUndefined();
  });
});
