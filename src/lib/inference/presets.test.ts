import { describe, expect, it } from 'vitest';
import { inferenceOptions, type InferenceOptionId } from '../../data/inference-options';
import { choose } from './choose';
import { presets } from './presets';
import { payloadStops, timeStops } from './workload';

/** The option each scenario from the notes calls for, as the notes' comparison table gives it. */
const expected: Record<string, InferenceOptionId> = {
  fraud: 'real-time',
  'launch-chatbot': 'serverless',
  'office-chatbot': 'serverless',
  mri: 'asynchronous',
  churn: 'batch-transform',
  recommendations: 'batch-transform',
};

describe('presets', () => {
  it('have unique ids and a case each', () => {
    expect(presets.map((preset) => preset.id)).toEqual(Object.keys(expected));
  });

  for (const preset of presets) {
    it(`${preset.name} recommends ${expected[preset.id]}`, () => {
      expect(choose(preset.workload, inferenceOptions).recommended).toBe(expected[preset.id]);
    });

    it(`${preset.name} sits on the sliders' stops`, () => {
      expect(payloadStops(inferenceOptions)).toContain(preset.workload.payloadMB);
      expect(timeStops(inferenceOptions)).toContain(preset.workload.seconds);
    });
  }

  it('turn on one control and the recommendation moves', () => {
    const [fraud, , officeChatbot, mri] = presets;
    const with_ = (base: (typeof presets)[number], change: object) =>
      choose({ ...base.workload, ...change }, inferenceOptions);

    // The office-hours chatbot cannot bear a cold start: serverless drops out and nothing else
    // fits while idle time must stay free; serverless stays closest (idle stretches favour it).
    const noColdStarts = with_(officeChatbot, { coldStartsOk: false });
    expect(noColdStarts.recommended).toBeUndefined();
    expect(noColdStarts.closest?.id).toBe('serverless');
    expect(noColdStarts.closest?.giveUp.map((check) => check.id)).toEqual(['cold-start']);
    // Paying while idle is fine after all: real-time fits.
    expect(with_(officeChatbot, { coldStartsOk: false, freeWhenIdle: false }).recommended).toBe('real-time');

    // Fraud scoring on a GPU model still fits real-time; an MRI answer needed now fits nothing.
    expect(with_(fraud, { needsGpu: true }).recommended).toBe('real-time');
    expect(with_(mri, { answerNow: true }).recommended).toBeUndefined();
  });

  it('show the corrections to the notes where they apply', () => {
    const notesOf = (id: string) =>
      choose(presets.find((preset) => preset.id === id)?.workload ?? presets[0].workload, inferenceOptions)
        .notes.map((note) => note.text)
        .join('\n');
    expect(notesOf('mri')).toMatch(/Set InvocationTimeoutSeconds: left unset, it allows only 15 minutes\./);
    expect(notesOf('recommendations')).toMatch(
      /Set InvocationsTimeoutInSeconds: left unset, it allows only 10 minutes\./,
    );
    expect(notesOf('churn')).toMatch(/not the whole job/);
    expect(notesOf('fraud')).toBe('');
  });
});
