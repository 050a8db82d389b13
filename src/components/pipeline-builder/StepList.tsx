import type { HTMLAttributes } from 'preact';
import { useId, useState } from 'preact/hooks';
import { findStepType } from '../../data/pipeline-step-types';
import type {
  BuilderPipeline,
  BuilderStep,
  CheckType,
  Container,
  ProcessingPurpose,
} from '../../lib/pipeline/model';
import { possibleDependencies, waitsForIn } from '../../lib/pipeline/dependencies';
import { referencedSteps } from '../../lib/pipeline/graph';
import { containerId } from '../../lib/pipeline/drop-target';
import {
  containerSteps,
  describeSlot,
  findStep,
  moveByOne,
  nameProblem,
  removeStep,
  renameStep,
  setCheckType,
  setPurpose,
  setWaitsFor,
  startAlongside,
  type EditResult,
} from '../../lib/pipeline/edit';
import type { Finding } from '../../lib/pipeline/rules';
import { GripIcon } from '../sortable/GripIcon';
import { keepFocusInPlace } from '../sortable/keep-focus-in-place';
import type { ActiveDrag, DragHandleProps, DragSource } from './usePointerDrag';

/** Which control of a step takes focus after a change. */
export type FocusRole = 'handle' | 'up' | 'down' | 'waits-for';

export type Apply = (result: EditResult, said: (next: BuilderPipeline) => string, focus?: FocusRole) => void;

interface StepListProps {
  pipeline: BuilderPipeline;
  findings: readonly Finding[];
  hydrated: boolean;
  drag: { active?: ActiveDrag; handleProps: (source: DragSource) => DragHandleProps };
  keyboard: {
    picked?: string;
    keyProps: (key: string) => Pick<HTMLAttributes<HTMLElement>, 'onKeyDown'>;
  };
  apply: Apply;
  /** A simulated run's status of each step, by key, while one is shown. */
  runStatuses?: ReadonlyMap<string, string>;
}

const checkTypes: Record<string, { value: CheckType; label: string }[]> = {
  ClarifyCheck: [
    { value: 'DATA_BIAS', label: 'Data bias' },
    { value: 'MODEL_BIAS', label: 'Model bias' },
    { value: 'MODEL_EXPLAINABILITY', label: 'Model explainability' },
  ],
  QualityCheck: [
    { value: 'DATA_QUALITY', label: 'Data quality' },
    { value: 'MODEL_QUALITY', label: 'Model quality' },
  ],
};

/** The pipeline's steps as nested lists: the main list, and each Condition's if and else branches. */
export function StepList(props: StepListProps) {
  const hintId = useId();
  return (
    <>
      <p class="pb-order-note">
        The list is only a reading order. A step starts once every step it waits for has succeeded, so steps
        that wait for the same steps run at the same time (side by side in the dependency graph).
      </p>
      {props.hydrated && (
        <p id={hintId} class="pb-hint">
          Drag a step by its grip, use Up and Down, or focus a grip and press Space to pick the step up, the
          arrow keys to move it (into and out of Condition branches), Space to drop it and Escape to cancel.
        </p>
      )}
      <Steps
        {...props}
        container={{ kind: 'main' }}
        hintId={hintId}
        label="Pipeline steps (a reading order: what each waits for decides when it runs)"
      />
    </>
  );
}

/** A step moved within its list keeps focus on its grip (see keepFocusInPlace). */
const keepListFocus = (list: HTMLOListElement | null) => {
  if (list) keepFocusInPlace(list);
};

function Steps(props: StepListProps & { container: Container; hintId: string; label: string }) {
  const { pipeline, container, drag, hydrated } = props;
  const steps = containerSteps(pipeline, container);
  const id = containerId(container);
  const target = drag.active?.slot;
  const targeted = target !== undefined && containerId(target.container) === id;
  const dragged = drag.active?.source.kind === 'step' ? drag.active.source.key : undefined;
  // The drop marker sits before the item that would follow the drop (the dragged step left out).
  const remaining = steps.filter((step) => step.key !== dragged);
  const before = targeted ? remaining[target.index]?.key : undefined;
  const after =
    targeted && target.index >= remaining.length ? remaining[remaining.length - 1]?.key : undefined;
  return (
    <ol
      ref={keepListFocus}
      class={[
        'pb-steps',
        container.kind === 'main' ? 'pb-main' : 'pb-branch-list',
        targeted && 'is-drop-target',
      ]
        .filter(Boolean)
        .join(' ')}
      data-container={id}
      aria-label={props.label}
    >
      {steps.map((step) => (
        <StepCard
          key={step.key}
          {...props}
          step={step}
          dropMarker={step.key === before ? 'before' : step.key === after ? 'after' : undefined}
        />
      ))}
      {steps.length === 0 && (
        <li class="pb-empty">
          {container.kind === 'main'
            ? hydrated
              ? 'Empty: drag a step type here, or press Add in the list of step types.'
              : 'Empty.'
            : 'No steps in this branch yet: drag one here.'}
        </li>
      )}
    </ol>
  );
}

function StepCard(
  props: StepListProps & { step: BuilderStep; hintId: string; dropMarker?: 'before' | 'after' },
) {
  const { step, pipeline, findings, hydrated, drag, keyboard, apply, hintId, dropMarker } = props;
  const type = findStepType(step.type);
  const typeName = type?.displayName ?? `Unknown type ${step.kept?.Type ?? ''}`.trim();
  const mine = findings.filter((finding) => finding.stepKey === step.key);
  const problemsId = useId();
  const dragging = drag.active?.source.kind === 'step' && drag.active.source.key === step.key;
  const up = moveByOne(pipeline, step.key, -1);
  const down = moveByOne(pipeline, step.key, 1);
  const checks = checkTypes[step.type];
  const runStatus = props.runStatuses?.get(step.key);
  // The name as typed, before it is set (on Enter or leaving the field), checked at each key.
  const [draft, setDraft] = useState<string>();
  const typing = draft !== undefined && draft !== step.name;
  const typingProblem = typing ? nameProblem(pipeline, step.key, draft) : undefined;
  const typingId = useId();
  return (
    <li
      data-step-key={step.key}
      data-step-type={step.type}
      data-step-name={step.name}
      class={[
        'pb-step',
        step.type === 'Condition' && 'pb-condition',
        keyboard.picked === step.key && 'is-picked',
        dragging && 'is-dragging',
        dropMarker && `drop-${dropMarker}`,
        mine.some((finding) => finding.severity === 'error') && 'has-error',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <div class="pb-step-head">
        {hydrated && (
          <button
            type="button"
            class="drag-handle pb-grip"
            data-role="handle"
            aria-label={`Move ${step.name || 'unnamed step'} (${typeName})`}
            aria-describedby={hintId}
            {...drag.handleProps({ kind: 'step', key: step.key })}
            {...keyboard.keyProps(step.key)}
          >
            <GripIcon />
          </button>
        )}
        <span class="pb-step-type">{typeName}</span>
        {hydrated ? (
          <input
            class="pb-name"
            type="text"
            value={draft ?? step.name}
            spellcheck={false}
            autocomplete="off"
            aria-label={`Name of the ${typeName} step`}
            aria-invalid={
              typing ? typingProblem !== undefined : mine.some((finding) => finding.rule.includes('name'))
            }
            aria-describedby={
              [typingProblem && typingId, mine.length > 0 && problemsId].filter(Boolean).join(' ') ||
              undefined
            }
            onInput={(event) => setDraft(event.currentTarget.value)}
            onChange={(event) => {
              setDraft(undefined);
              const name = event.currentTarget.value;
              apply(
                renameStep(pipeline, step.key, name),
                () => `Renamed to ${name.trim() || 'nothing'}.`,
                undefined,
              );
            }}
          />
        ) : (
          <strong class="pb-name-static">{step.name}</strong>
        )}
        {typingProblem && (
          <p class="pb-name-problem" id={typingId}>
            {typingProblem}
          </p>
        )}
        {checks && hydrated && (
          <select
            class="pb-check-type"
            aria-label={`What ${step.name} checks`}
            value={step.checkType}
            onChange={(event) => {
              const value = event.currentTarget.value as CheckType;
              apply(
                setCheckType(pipeline, step.key, value),
                () => `${step.name} now checks ${labelOf(checks, value)}.`,
                undefined,
              );
            }}
          >
            {checks.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
        {checks && !hydrated && <span class="pb-step-type">{labelOf(checks, step.checkType)}</span>}
        {step.type === 'Processing' && (
          <Purpose step={step} pipeline={pipeline} hydrated={hydrated} apply={apply} />
        )}
        {runStatus && (
          <span class="pb-run-badge" data-status={runStatus}>
            <span class="sr-only">Simulated run: </span>
            {runStatus}
          </span>
        )}
      </div>
      <WaitsFor step={step} pipeline={pipeline} hydrated={hydrated} apply={apply} />
      {mine.length > 0 && (
        <ul class="pb-step-problems" id={problemsId}>
          {mine.map((finding, index) => (
            <li key={index} class={`pb-${finding.severity}`}>
              <span class="pb-severity">{severityWord[finding.severity]}:</span> {finding.message}
            </li>
          ))}
        </ul>
      )}
      {step.type === 'Condition' && (
        <div class="pb-branches">
          {(['if', 'else'] as const).map((branch) => (
            <div class="pb-branch" key={branch}>
              <p class="pb-branch-label">{branch === 'if' ? 'If the condition holds' : 'Else'}</p>
              <Steps
                {...props}
                container={{ kind: 'branch', condition: step.key, branch }}
                label={`${branch === 'if' ? 'If' : 'Else'} branch of ${step.name}`}
              />
            </div>
          ))}
        </div>
      )}
      {hydrated && (
        <div class="pb-step-actions">
          <MoveButton role="up" result={up} step={step} apply={apply} />
          <MoveButton role="down" result={down} step={step} apply={apply} />
          <button
            type="button"
            data-role="remove"
            onClick={() => apply(removeStep(pipeline, step.key), () => `Removed ${step.name}.`, 'handle')}
          >
            Remove<span class="sr-only"> {step.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}

function MoveButton({
  role,
  result,
  step,
  apply,
}: {
  role: 'up' | 'down';
  result: EditResult;
  step: BuilderStep;
  apply: Apply;
}) {
  const possible = result.ok;
  return (
    <button
      type="button"
      data-role={role}
      disabled={!possible}
      aria-label={`${role === 'up' ? 'Up' : 'Down'}: move ${step.name}`}
      onClick={() => apply(result, (next) => `${step.name} moved ${role}: ${whereIs(next, step.key)}.`, role)}
    >
      <span aria-hidden="true">{role === 'up' ? '↑ ' : '↓ '}</span>
      {role === 'up' ? 'Up' : 'Down'}
    </button>
  );
}

const purposes: { value: ProcessingPurpose; label: string }[] = [
  { value: 'prepare', label: 'Prepares data' },
  { value: 'evaluate', label: 'Evaluates a model' },
];

interface StepControlProps {
  step: BuilderStep;
  pipeline: BuilderPipeline;
  hydrated: boolean;
  apply: Apply;
}

/** What a Processing step's job does: the reader's choice, never its place in the list. */
function Purpose({ step, pipeline, hydrated, apply }: StepControlProps) {
  const purpose = step.purpose ?? 'prepare';
  const label = purposes.find((option) => option.value === purpose)?.label ?? '';
  if (!hydrated) return <span class="pb-step-type">{label}</span>;
  return (
    <select
      class="pb-purpose"
      data-role="purpose"
      aria-label={`What ${step.name} does`}
      value={purpose}
      onChange={(event) => {
        const value = event.currentTarget.value as ProcessingPurpose;
        apply(
          setPurpose(pipeline, step.key, value),
          () => `${step.name} now ${value === 'evaluate' ? 'evaluates a model' : 'prepares data'}.`,
        );
      }}
    >
      {purposes.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** The list (main or branch) that holds `step`, and the Condition of a branch. */
function placeOf(pipeline: BuilderPipeline, step: BuilderStep) {
  const found = findStep(pipeline, step.key);
  const container = found?.slot.container;
  return {
    list: container ? containerSteps(pipeline, container) : [],
    condition:
      container?.kind === 'branch'
        ? pipeline.steps.find((other) => other.key === container.condition)
        : undefined,
  };
}

/** When a step starts, in words: what it waits for, or when its list starts. */
function startsWhen(pipeline: BuilderPipeline, step: BuilderStep): string {
  const { list, condition } = placeOf(pipeline, step);
  const waits = waitsForIn(list, step);
  if (waits.length > 0) return `Waits for ${waits.map((other) => other.name).join(', ')}`;
  if (condition) return `Starts when ${condition.name} takes this branch`;
  return 'Starts when the pipeline starts';
}

/**
 * What the step waits for, as native checkboxes (pointer, touch and keyboard alike): the other
 * steps of its list it may wait for, and a shortcut to start alongside a step it waits for. A step
 * whose imported settings read another step's output waits for it whatever a box says, so that
 * box is fixed.
 */
function WaitsFor({ step, pipeline, hydrated, apply }: StepControlProps) {
  const summary = startsWhen(pipeline, step);
  if (!hydrated) return <p class="pb-waits-static">{summary}.</p>;
  const { list } = placeOf(pipeline, step);
  const waits = waitsForIn(list, step);
  const possible = possibleDependencies(pipeline, step.key);
  const options = list.filter((other) => possible.includes(other) || waits.includes(other));
  const readByKept = new Set(referencedSteps([step.kept?.Arguments, step.kept?.extra]));
  const said = (next: BuilderPipeline) => {
    const now = findStep(next, step.key)?.step;
    return now ? `${step.name}: ${startsWhen(next, now).toLowerCase()}.` : '';
  };
  return (
    <details class="pb-waits">
      <summary data-role="waits-for">{summary}</summary>
      {options.length === 0 ? (
        <p>No other step in this list can be waited for.</p>
      ) : (
        <fieldset>
          <legend>What {step.name} waits for</legend>
          {options.map((other) => {
            const checked = waits.includes(other);
            const fixed = checked && readByKept.has(other.name);
            return (
              <label key={other.key}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={fixed}
                  onChange={(event) =>
                    apply(setWaitsFor(pipeline, step.key, other.key, event.currentTarget.checked), said)
                  }
                />{' '}
                {other.name}
                {fixed && ' (its settings read this step’s output)'}
              </label>
            );
          })}
        </fieldset>
      )}
      {waits
        .filter((other) => !readByKept.has(other.name))
        .map((other) => (
          <button
            type="button"
            key={other.key}
            class="pb-alongside"
            onClick={() => apply(startAlongside(pipeline, step.key, other.key), said, 'waits-for')}
          >
            Start alongside {other.name}
          </button>
        ))}
    </details>
  );
}

const severityWord = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;

function labelOf(options: { value: CheckType; label: string }[], value: CheckType | undefined): string {
  return options.find((option) => option.value === value)?.label ?? '';
}

function whereIs(pipeline: BuilderPipeline, key: string): string {
  const found = findStep(pipeline, key);
  return found ? describeSlot(pipeline, found.slot) : '';
}
