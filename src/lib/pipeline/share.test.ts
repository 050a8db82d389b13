import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withExplicitDependencies } from './edit';
import { importDefinition } from './import';
import type { BuilderPipeline, BuilderStep, KeptStepFields } from './model';
import { compactPipeline, modelVersion, parsePipelineModel } from './compact';
import { decodePipeline, encodePipeline, maxShareCodeLength, pipelineFromHash, shareUrl } from './share';
import { pipelineTemplates } from './templates';
import { arbitraryPipeline } from './testing/arbitrary';

/**
 * The pipeline without its keys, which a link does not carry (decoding makes fresh ones): what a
 * step waits for becomes positions in its list.
 */
function withoutKeys(p: BuilderPipeline): unknown {
  const stripList = (list: BuilderStep[]): unknown[] => {
    const position = new Map(list.map((step, index) => [step.key, index]));
    return list.map(({ ifSteps, elseSteps, waitsFor, ...rest }) => ({
      ...Object.fromEntries(Object.entries(rest).filter(([field]) => field !== 'key')),
      waitsFor: waitsFor?.map((key) => position.get(key)),
      ...(ifSteps && { ifSteps: stripList(ifSteps) }),
      ...(elseSteps && { elseSteps: stripList(elseSteps) }),
    }));
  };
  const explicit = withExplicitDependencies(p);
  return { ...explicit, steps: stripList(explicit.steps) };
}

function decoded(code: string): BuilderPipeline {
  const result = decodePipeline(code);
  if (!result.ok) throw new Error(`expected the code to decode: ${result.error}`);
  return result.pipeline;
}

function problem(result: ReturnType<typeof decodePipeline> | undefined): string {
  if (!result || result.ok) throw new Error('expected a rejection');
  return result.error;
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * Any JSON value as JSON.parse gives it: fast-check's jsonValue includes -0, which JSON writes as 0,
 * and may include `__proto__` keys, which reading drops on purpose (tested below).
 */
const json = (maxDepth: number) =>
  fc
    .jsonValue({ maxDepth })
    .map(
      (value) =>
        JSON.parse(JSON.stringify(value), (key, inner: unknown) =>
          key === '__proto__' ? undefined : inner,
        ) as unknown,
    );

/** Field names as JSON can carry them; `__proto__` is dropped on reading, on purpose (tested below). */
const fieldName = fc.string().filter((name) => name !== '__proto__');

/** Kept fields as an import leaves them. */
const keptArbitrary: fc.Arbitrary<KeptStepFields> = fc.record(
  {
    Arguments: json(3),
    DependsOn: fc.array(fc.string(), { maxLength: 3 }),
    extra: fc.dictionary(fieldName, json(2), { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);

const pipelineWithKept: fc.Arbitrary<BuilderPipeline> = arbitraryPipeline({ schemaOnly: false }).chain((p) =>
  fc
    .record({
      steps: fc
        .tuple(
          ...p.steps.map((step) => fc.tuple(fc.constant(step), fc.option(keptArbitrary, { nil: undefined }))),
        )
        .map((pairs) =>
          pairs.map(([step, kept]) => (kept && Object.keys(kept).length > 0 ? { ...step, kept } : step)),
        ),
      kept: fc.option(fc.dictionary(fieldName, json(2), { minKeys: 1, maxKeys: 3 }), { nil: undefined }),
    })
    .map(({ steps, kept }) => (kept ? { steps, kept } : { steps })),
);

describe('share codes', () => {
  it('decode what they encode, names, types, check types, branches and kept fields (random pipelines)', () => {
    fc.assert(
      fc.property(pipelineWithKept, (pipeline) => {
        const code = encodePipeline(pipeline);
        expect(code).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(withoutKeys(decoded(code))).toEqual(withoutKeys(pipeline));
      }),
      { numRuns: 200 },
    );
  });

  it('decode an imported SDK pipeline, unknown Types and kept settings included', () => {
    for (const name of ['sdk-abalone.json', 'sdk-extras.json', 'script-names.json']) {
      const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
      const result = importDefinition(text);
      if (!result.ok) throw new Error(result.error);
      expect(withoutKeys(decoded(encodePipeline(result.pipeline))), name).toEqual(
        withoutKeys(result.pipeline),
      );
    }
  });

  it('give every decoded step a fresh unique key', () => {
    const pipeline = decoded(encodePipeline(pipelineTemplates[0].pipeline));
    const keys = pipeline.steps
      .flatMap((step) => [step, ...(step.ifSteps ?? []), ...(step.elseSteps ?? [])])
      .map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('carry text of any script as UTF-8', () => {
    const pipeline: BuilderPipeline = {
      steps: [{ key: 'a', type: 'Training', name: 'Trainiert-ünd-🦪-訓練' }],
    };
    expect(decoded(encodePipeline(pipeline)).steps[0].name).toBe(pipeline.steps[0].name);
  });

  it('stay short: short field names, no keys, no spaces', () => {
    const json = JSON.stringify(compactPipeline(pipelineTemplates[0].pipeline));
    expect(json).not.toMatch(/"(key|name|type|ifSteps)"/);
    expect(json).not.toContain(' ');
    for (const template of pipelineTemplates) {
      const plain = base64url(JSON.stringify(template.pipeline));
      expect(encodePipeline(template.pipeline).length, template.id).toBeLessThan(plain.length * 0.75);
    }
  });
});

describe('decodePipeline: rejected codes', () => {
  const valid = encodePipeline(pipelineTemplates[0].pipeline);

  it('rejects an empty code', () => {
    expect(problem(decodePipeline(''))).toMatch(/carries no pipeline/);
  });

  it('rejects a code cut short', () => {
    for (const cut of [1, 5, Math.floor(valid.length / 2)]) {
      expect(problem(decodePipeline(valid.slice(0, valid.length - cut))), String(cut)).toMatch(
        /damaged or cut short/,
      );
    }
  });

  it('rejects characters a code never has', () => {
    expect(problem(decodePipeline(`${valid.slice(0, 8)}<script>${valid.slice(8)}`))).toMatch(/damaged/);
    expect(problem(decodePipeline('abc=='))).toMatch(/damaged/);
  });

  it('rejects bytes that are not UTF-8 text', () => {
    expect(problem(decodePipeline(Buffer.from([0xff, 0xfe, 0xfd, 0x80]).toString('base64url')))).toMatch(
      /damaged/,
    );
  });

  it('rejects a code over the limit, saying so', () => {
    expect(problem(decodePipeline('A'.repeat(maxShareCodeLength + 4)))).toMatch(/longer than the 32 KB/);
  });

  it('rejects JSON nested too deep without overflowing the stack', () => {
    expect(problem(decodePipeline(base64url(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)))).toMatch(
      /damaged/,
    );
  });

  it('rejects another version, telling a newer one apart', () => {
    expect(problem(decodePipeline(base64url(JSON.stringify({ v: modelVersion + 1, s: [] }))))).toMatch(
      /newer version/,
    );
    expect(problem(decodePipeline(base64url(JSON.stringify({ v: 'one', s: [] }))))).toMatch(
      /format is unknown/,
    );
  });

  it('keeps __proto__ in a code away from every prototype', () => {
    const hostile = `{"v":${modelVersion},"s":[{"t":"Training","n":"A","x":{"__proto__":{"polluted":1}}}],"k":{"__proto__":{"polluted":2}}}`;
    const pipeline = decoded(base64url(hostile));
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(pipeline.steps[0].kept?.extra)).toBe(Object.prototype);
    expect(pipeline.kept).toEqual({});
  });
});

describe('parsePipelineModel', () => {
  const model = (steps: unknown[], extra: Record<string, unknown> = {}) => ({
    v: modelVersion,
    s: steps,
    ...extra,
  });
  const reason = (value: unknown) => problem(parsePipelineModel(value));

  it('accepts the compact form of a pipeline', () => {
    const result = parsePipelineModel(compactPipeline(pipelineTemplates[0].pipeline));
    expect(result.ok).toBe(true);
  });

  it('keeps an evaluation step saved before purposes were chosen: a Processing step below a model evaluates it', () => {
    // The shape an earlier build saved: no `w` (waits for) and no `p` (purpose) on any step.
    const saved = model([
      { t: 'Processing', n: 'PrepareData' },
      { t: 'Training', n: 'TrainModel' },
      { t: 'Processing', n: 'EvaluateModel' },
      { t: 'Condition', n: 'CheckAuc', i: [{ t: 'Processing', n: 'EvaluateAgain' }] },
    ]);
    const result = parsePipelineModel(saved);
    if (!result.ok) throw new Error(result.error);
    const purposes = result.pipeline.steps.map((step) => step.purpose);
    expect(purposes).toEqual([undefined, undefined, 'evaluate', undefined]);
    expect(result.pipeline.steps[3]?.ifSteps?.[0]?.purpose).toBe('evaluate');
    // Saved by this build (with `w`), a step without `p` prepares data wherever it stands.
    const current = model([
      { t: 'Training', n: 'TrainModel', w: [] },
      { t: 'Processing', n: 'PrepareLate', w: [] },
    ]);
    const now = parsePipelineModel(current);
    if (!now.ok) throw new Error(now.error);
    expect(now.pipeline.steps[1]?.purpose).toBeUndefined();
  });

  it('refuses values that hold no pipeline', () => {
    for (const value of [null, 1, 'v', [], {}, { s: [] }]) expect(reason(value)).toMatch(/holds no pipeline/);
    expect(reason({ v: modelVersion })).toMatch(/no list of steps/);
    expect(reason(model([], { k: [] }))).toMatch(/settings are not an object/);
  });

  it('refuses steps without text names and types', () => {
    expect(reason(model([{ t: 'Training' }]))).toMatch(/step 1 has no name/);
    expect(reason(model([{ t: 'Training', n: 7 }]))).toMatch(/step 1 has no name/);
    expect(reason(model([{ n: 'A' }]))).toMatch(/step 1 has no type/);
    expect(reason(model(['Training']))).toMatch(/step 1 is not a step/);
  });

  it('refuses types the catalogue does not know, unless kept as an unknown step', () => {
    expect(reason(model([{ t: 'Teleport', n: 'A' }]))).toMatch(/does not know \(Teleport\)/);
    expect(reason(model([{ t: 'Unknown', n: 'A' }]))).toMatch(/no kept Type/);
    expect(reason(model([{ t: 'Training', n: 'A', y: 'Teleport' }]))).toMatch(/kept Type but a known type/);
    expect(parsePipelineModel(model([{ t: 'Unknown', n: 'A', y: 'Teleport' }])).ok).toBe(true);
  });

  it('refuses a check type its step cannot run', () => {
    expect(reason(model([{ t: 'QualityCheck', n: 'A', c: 'DATA_BIAS' }]))).toMatch(/check type/);
    expect(reason(model([{ t: 'Training', n: 'A', c: 'DATA_QUALITY' }]))).toMatch(/check type/);
    expect(parsePipelineModel(model([{ t: 'ClarifyCheck', n: 'A', c: 'DATA_BIAS' }])).ok).toBe(true);
  });

  it('refuses branches anywhere but on a top-level Condition', () => {
    expect(reason(model([{ t: 'Training', n: 'A', i: [] }]))).toMatch(/branches but is not a Condition/);
    const nested = { t: 'Condition', n: 'Inner', i: [{ t: 'Fail', n: 'F' }] };
    expect(reason(model([{ t: 'Condition', n: 'Outer', i: [nested] }]))).toMatch(
      /with branches inside a branch/,
    );
    expect(reason(model([{ t: 'Condition', n: 'C', e: 'Fail' }]))).toMatch(/branch that is not a list/);
    expect(
      parsePipelineModel(model([{ t: 'Condition', n: 'Outer', i: [{ t: 'Condition', n: 'Inner' }] }])).ok,
    ).toBe(true);
  });

  it('refuses malformed kept fields', () => {
    expect(reason(model([{ t: 'Training', n: 'A', d: 'B' }]))).toMatch(/DependsOn/);
    expect(reason(model([{ t: 'Training', n: 'A', d: [1] }]))).toMatch(/DependsOn/);
    expect(reason(model([{ t: 'Training', n: 'A', x: [] }]))).toMatch(/other fields/);
  });

  it('refuses more than 200 steps, branch steps included', () => {
    const fails = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ t: 'Fail', n: `F${index}` }));
    expect(parsePipelineModel(model(fails(200))).ok).toBe(true);
    expect(reason(model([...fails(199), { t: 'Condition', n: 'C', i: fails(1) }]))).toMatch(
      /more than 200 steps/,
    );
  });
});

describe('share links', () => {
  const location = { origin: 'https://example.com', pathname: '/aif-c01/pipelines/builder/' };
  const pipeline = pipelineTemplates[0].pipeline;

  it('carry the pipeline in the fragment of the page address', () => {
    const link = shareUrl(location, pipeline);
    if (!link.ok) throw new Error(link.error);
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${location.origin}${location.pathname}`);
    expect(url.search).toBe('');
    const result = pipelineFromHash(url.hash);
    if (!result?.ok) throw new Error('expected the link to open');
    expect(withoutKeys(result.pipeline)).toEqual(withoutKeys(pipeline));
  });

  it('refuse a pipeline too big for a link, rather than make one that will not open', () => {
    const big: BuilderPipeline = {
      steps: [{ key: 'a', type: 'Training', name: 'A', kept: { Arguments: 'x'.repeat(40_000) } }],
    };
    expect(shareUrl(location, big)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too big for a share link/),
    });
  });

  it('leave ordinary heading anchors alone', () => {
    for (const hash of ['', '#', '#how-steps-connect', '#pipelines', 'pipeline', '#pipeline-steps']) {
      expect(pipelineFromHash(hash), hash).toBeUndefined();
    }
  });

  it('refuse to make a link for a pipeline whose step names SageMaker would reject', () => {
    const invalid: BuilderPipeline = { steps: [{ key: 'a', type: 'Training', name: 'My step' }] };
    expect(shareUrl(location, invalid)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cannot be shared yet: step 1 has a name SageMaker would reject/),
    });
  });

  it('refuse a link the builder could never have made, and say so without echoing it', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const cases: [BuilderPipeline, RegExp][] = [
      [{ steps: [{ key: 'a', type: 'Training', name: hostile }] }, /name SageMaker would reject/],
      [
        {
          steps: [
            { key: 'a', type: 'Training', name: 'Train' },
            { key: 'b', type: 'Processing', name: 'Train' },
          ],
        },
        /step 2 has the same name as another step/,
      ],
      [
        { steps: [{ key: 'a', type: 'Unknown', name: 'Odd', kept: { Type: hostile } }] },
        /step type no pipeline definition uses/,
      ],
    ];
    for (const [pipeline, reason] of cases) {
      const error = problem(pipelineFromHash(`#pipeline=${encodePipeline(pipeline)}`));
      expect(error).toMatch(/never makes such a link/);
      expect(error).toMatch(reason);
      expect(error).not.toContain('<img');
    }
  });

  it('open every link it makes (random pipelines of valid, unique names)', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ schemaOnly: false }), (pipeline) => {
        const link = shareUrl(location, pipeline);
        if (!link.ok) throw new Error(link.error);
        expect(pipelineFromHash(new URL(link.url).hash)?.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('report a damaged pipeline in the fragment', () => {
    expect(problem(pipelineFromHash('#pipeline=%%%'))).toMatch(/damaged/);
    expect(problem(pipelineFromHash('#pipeline='))).toMatch(/carries no pipeline/);
  });
});
