/**
 * Scenarios to start the inference chooser from, after the notes' own examples (fraud detection,
 * a support chatbot, MRI scans, churn prediction and product recommendations for every customer).
 * Sizes and times sit on the sliders' stops.
 */
import type { Workload } from './workload';

export interface Preset {
  id: string;
  name: string;
  scenario: string;
  workload: Workload;
}

const kilobytes = (kb: number) => kb / 1024;

export const presets: readonly Preset[] = [
  {
    id: 'fraud',
    name: 'Online fraud detection',
    scenario: 'Score each live card transaction before the payment goes through.',
    workload: {
      payloadMB: kilobytes(1),
      seconds: 0.1,
      traffic: 'steady',
      answerNow: true,
      coldStartsOk: false,
      freeWhenIdle: false,
      needsGpu: false,
    },
  },
  {
    id: 'launch-chatbot',
    name: 'Support chatbot at a product launch',
    scenario: 'Chat volume jumps around a launch, then falls quiet for days.',
    workload: {
      payloadMB: kilobytes(10),
      seconds: 1,
      traffic: 'spiky',
      answerNow: true,
      coldStartsOk: true,
      freeWhenIdle: true,
      needsGpu: false,
    },
  },
  {
    id: 'office-chatbot',
    name: 'Chatbot used during office hours',
    scenario: 'Busy on weekdays from nine to five, idle every night and weekend.',
    workload: {
      payloadMB: kilobytes(10),
      seconds: 1,
      traffic: 'idle-stretches',
      answerNow: true,
      coldStartsOk: true,
      freeWhenIdle: true,
      needsGpu: false,
    },
  },
  {
    id: 'mri',
    name: 'Medical imaging (MRI scans)',
    scenario: 'Analyse large high-resolution scans; the result is read once it is ready.',
    workload: {
      payloadMB: 500,
      seconds: 1200,
      traffic: 'spiky',
      answerNow: false,
      coldStartsOk: true,
      freeWhenIdle: true,
      needsGpu: true,
    },
  },
  {
    id: 'churn',
    name: 'Weekly churn prediction',
    scenario: 'Score every row of a customer table (1M+ customers) once a week.',
    workload: {
      payloadMB: kilobytes(1),
      seconds: 30,
      traffic: 'dataset',
      answerNow: false,
      coldStartsOk: true,
      freeWhenIdle: true,
      needsGpu: false,
    },
  },
  {
    id: 'recommendations',
    name: 'Daily product recommendations',
    scenario: 'Recompute recommendations for the whole user base every night on GPUs.',
    workload: {
      payloadMB: kilobytes(10),
      seconds: 1200,
      traffic: 'dataset',
      answerNow: false,
      coldStartsOk: true,
      freeWhenIdle: true,
      needsGpu: true,
    },
  },
];
