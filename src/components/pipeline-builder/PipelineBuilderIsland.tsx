import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { findStepType } from '../../data/pipeline-step-types';
import type { BuilderPipeline, Slot } from '../../lib/pipeline/model';
import { addStep, describeDropSlot, describeSlot, findStep, moveStep } from '../../lib/pipeline/edit';
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  undo,
  type History,
} from '../../lib/pipeline/history';
import { toDefinition, type ExportOptions } from '../../lib/pipeline/definition';
import { checkPipeline } from '../../lib/pipeline/rules';
import { findTemplate, pipelineTemplates } from '../../lib/pipeline/templates';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { Palette, type Closure } from './Palette';
import { StepList, type Apply, type FocusRole } from './StepList';
import { Checks } from './Checks';
import { DependencyGraph } from './DependencyGraph';
import { RunPanel } from './RunPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { usePointerDrag, type DragSource } from './usePointerDrag';
import { useKeyboardMove } from './useKeyboardMove';
import '../../styles/drag-handle.css';
import './pipeline-builder.css';

export interface PipelineBuilderProps {
  /** Base URL of the site, for links to the pages that teach each check. */
  base: string;
  /** Step types whose service is closed to new customers (from the availability data). */
  closures?: Record<string, Closure>;
}

const firstTemplate = pipelineTemplates[0];

type SavedWork = typeof import('../../lib/pipeline/storage');

/** Browser storage, or undefined where reaching it throws (storage turned off). */
const browserStorage = (storage: SavedWork) => storage.reachStorage(() => window.localStorage);

/**
 * The drag-and-drop pipeline builder: holds the pipeline with its undo history, saves it as the
 * reader works, and wires the palette, the step lists, the checks, the graph and the export.
 * The server render (and a reader without JavaScript) sees the first template, read-only.
 */
export default function PipelineBuilderIsland({ base, closures = {} }: PipelineBuilderProps) {
  const [hydrated, setHydrated] = useState(false);
  const [history, setHistory] = useState<History<BuilderPipeline>>(() =>
    createHistory(firstTemplate.pipeline),
  );
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string }>();
  // While a shared pipeline is shown, the reader's own saved one: nothing is saved over it until
  // the reader chooses to keep the shared one.
  const [ownPipeline, setOwnPipeline] = useState<BuilderPipeline>();
  const [options, setOptions] = useState<ExportOptions>({});
  const [runStatuses, setRunStatuses] = useState<ReadonlyMap<string, string>>();
  const [message, announce] = useAnnouncer();
  const root = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<{ key: string; role: FocusRole }>();
  // The control an action started from (Undo, Clear, Dismiss, a step under Ctrl+Z): see keepFocus.
  const focusBefore = useRef<HTMLElement>();
  const pipeline = history.present;

  const definition = useMemo(() => toDefinition(pipeline, options), [pipeline, options]);
  const findings = useMemo(() => checkPipeline(pipeline, definition), [pipeline, definition]);

  // Open a shared link, else the saved pipeline; a broken link or corrupted storage says so and
  // keeps what the reader had. Saved work is read by code loaded after hydration (the builder
  // stays read-only until it has been read, so no edit races it); share links live in the
  // fragment: only a page opened with one loads the code that reads them.
  const savedWork = useRef<SavedWork>();
  useEffect(() => {
    import('../../lib/pipeline/storage').then(openSavedWork, () => {
      setHydrated(true);
      report(['Your saved pipeline could not be loaded: reload the page to try again.']);
    });
  }, []);

  function openSavedWork(storage: SavedWork) {
    savedWork.current = storage;
    setHydrated(true);
    const saved = storage.loadSaved(browserStorage(storage));
    const start = saved.pipeline ? createHistory(saved.pipeline) : history;
    setHistory(start);
    const hash = window.location.hash;
    if (!hash) return report(saved.problem ? [saved.problem] : []);
    import('../../lib/pipeline/share').then(
      ({ pipelineFromHash }) => {
        const shared = pipelineFromHash(hash);
        const problems = saved.problem ? [saved.problem] : [];
        if (!shared) return report(problems);
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
        if (!shared.ok) return report([...problems, `${shared.error} Your own pipeline is unchanged.`]);
        if (!saved.pipeline) {
          setHistory((current) => record(current, shared.pipeline));
          return report(problems, 'Opened the pipeline from the link.');
        }
        setOwnPipeline(saved.pipeline);
        setHistory(createHistory(shared.pipeline));
        report(problems);
        announce('Showing the shared pipeline. Your own pipeline stays saved until you choose.');
      },
      () =>
        report([
          ...(saved.problem ? [saved.problem] : []),
          'The share link could not be read: reload the page to try again.',
        ]),
    );
  }

  /** Says what opening the page found: problems as an error, else what was opened. */
  function report(problems: string[], opened = '') {
    // The notice speaks for itself (an alert or a status): no second announcement.
    if (problems.length > 0) setNotice({ tone: 'error', text: problems.join(' ') });
    else if (opened) setNotice({ tone: 'info', text: opened });
  }

  // Save as the reader works; a full or disabled storage is reported once, never thrown.
  const storageProblem = useRef<string>();
  useEffect(() => {
    const storage = savedWork.current;
    if (!hydrated || ownPipeline || !storage) return;
    const problem = storage.save(browserStorage(storage), pipeline);
    if (problem && problem !== storageProblem.current) setNotice({ tone: 'error', text: problem });
    storageProblem.current = problem;
  }, [pipeline, hydrated, ownPipeline]);

  /** The reader's choice about a shared pipeline: keep it (saved from now on), or go back to theirs. */
  function chooseShared(keep: boolean) {
    if (!keep && ownPipeline) setHistory(createHistory(ownPipeline));
    setOwnPipeline(undefined);
    root.current?.querySelector<HTMLElement>('#pb-canvas-heading')?.focus();
    announce(
      keep ? 'Kept the shared pipeline: it is now your saved pipeline.' : 'Back to your own pipeline.',
    );
  }

  // Focus follows the step a change was about (the control used, else its handle), so keyboard
  // readers keep their place; with no step left, the pipeline's heading takes it.
  useLayoutEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = undefined;
    // An empty key asks for the pipeline's heading.
    const card = target.key
      ? root.current?.querySelector<HTMLElement>(`[data-step-key="${CSS.escape(target.key)}"]`)
      : undefined;
    const wanted = card?.querySelector<HTMLButtonElement>(`:scope > * > [data-role="${target.role}"]`);
    const handle = card?.querySelector<HTMLElement>('[data-role="handle"]');
    (wanted && !wanted.disabled
      ? wanted
      : (handle ?? root.current?.querySelector<HTMLElement>('#pb-canvas-heading'))
    )?.focus();
  });

  // After an action, focus stays on the control it started from; when the render disabled, removed
  // or moved that control, it goes to the next usable control of its group, else the pipeline's
  // heading: never to the page body.
  useLayoutEffect(() => {
    const before = focusBefore.current;
    if (!before) return;
    focusBefore.current = undefined;
    const usable = (element: HTMLElement) => element.isConnected && !(element as HTMLButtonElement).disabled;
    if (usable(before)) {
      if (document.activeElement !== before) before.focus();
      return;
    }
    const group = before.isConnected ? before.closest('[role="group"]') : null;
    const neighbour = [...(group?.querySelectorAll<HTMLElement>('button, select') ?? [])].find(usable);
    (neighbour ?? root.current?.querySelector<HTMLElement>('#pb-canvas-heading'))?.focus();
  });

  /** Remembers where focus is, inside the builder, before an action that re-renders it. */
  function keepFocus() {
    const active = document.activeElement;
    if (active instanceof HTMLElement && root.current?.contains(active)) focusBefore.current = active;
  }

  /** Applies an edit as one undoable change; says what happened or why it could not. */
  const apply: Apply = (result, said, focus) => {
    if (!result.ok) {
      // The notice is an alert: it speaks the error itself, once.
      setNotice({ tone: 'error', text: result.error });
      return;
    }
    setHistory((current) => record(current, result.pipeline));
    if (focus) focusTarget.current = { key: result.key, role: focus };
    announce(said(result.pipeline));
  };

  /** Replaces the whole pipeline; the notice (a status) says what happened, once. */
  function replaceAll(next: BuilderPipeline, said: string) {
    keepFocus();
    setHistory((current) => record(current, next));
    setNotice({ tone: 'info', text: said });
  }

  const label = (source: DragSource) =>
    source.kind === 'new'
      ? `New ${findStepType(source.type)?.displayName ?? source.type} step`
      : (findStep(pipeline, source.key)?.step.name ?? 'Step');

  function drop(source: DragSource, slot: Slot) {
    const result =
      source.kind === 'new' ? addStep(pipeline, source.type, slot) : moveStep(pipeline, source.key, slot);
    apply(result, (next) => `${label(source)} dropped at ${describeSlot(next, slot)}.`, 'handle');
  }

  const drag = usePointerDrag({
    root,
    label,
    accepts: (source, container) =>
      container.kind === 'main' ||
      (source.kind === 'new'
        ? source.type !== 'Condition'
        : findStep(pipeline, source.key)?.step.type !== 'Condition' && source.key !== container.condition),
    describe: (slot, source) =>
      describeDropSlot(pipeline, source.kind === 'new' ? undefined : source.key, slot),
    onDrop: drop,
    announce,
  });

  const keyboard = useKeyboardMove({
    pipeline,
    onMove: (next, key) => {
      setHistory((current) => ({ ...current, present: next }));
      focusTarget.current = { key, role: 'handle' };
    },
    onCommit: (origin, next) => setHistory((current) => record({ ...current, present: origin }, next)),
    announce,
    dragJustEnded: drag.dragJustEnded,
  });

  function step(direction: 'undo' | 'redo') {
    const next = direction === 'undo' ? undo(history) : redo(history);
    if (next === history) return;
    keepFocus();
    keyboard.cancelSilently();
    setHistory(next);
    announce(direction === 'undo' ? 'Undone.' : 'Redone.');
  }

  return (
    <div
      class="pipeline-builder not-content"
      ref={root}
      data-hydrated={hydrated}
      data-dragging={drag.active !== undefined}
      data-pagefind-ignore
      onKeyDown={(event) => {
        const mod = event.ctrlKey || event.metaKey;
        const inField = (event.target as HTMLElement).closest('input, textarea, select');
        if (!mod || inField) return;
        const key = event.key.toLowerCase();
        if (key === 'z' && !event.shiftKey) step('undo');
        else if (key === 'y' || (key === 'z' && event.shiftKey)) step('redo');
        else return;
        event.preventDefault();
      }}
    >
      {!hydrated && (
        <p class="pb-note">
          This is the classic MLOps template, shown read-only. With JavaScript you can drag steps into your
          own pipeline, and the checks, the graph and the definition follow every change.
        </p>
      )}
      <div class="pb-toolbar" role="group" aria-label="Pipeline">
        <button type="button" disabled={!hydrated || !canUndo(history)} onClick={() => step('undo')}>
          Undo
        </button>
        <button type="button" disabled={!hydrated || !canRedo(history)} onClick={() => step('redo')}>
          Redo
        </button>
        <TemplatePicker
          disabled={!hydrated}
          onLoad={(id) => {
            const template = findTemplate(id);
            if (template)
              replaceAll(
                template.pipeline,
                `Loaded the template “${template.title}”. Undo brings back your pipeline.`,
              );
          }}
        />
        <button
          type="button"
          disabled={!hydrated || pipeline.steps.length === 0}
          onClick={() => replaceAll({ steps: [] }, 'Cleared the pipeline. Undo brings it back.')}
        >
          Clear
        </button>
      </div>
      {ownPipeline && (
        <div class="pb-notice pb-notice-info pb-shared" role="group" aria-labelledby="pb-shared-text">
          <p id="pb-shared-text">
            This is a pipeline someone shared with you. Your own pipeline is still saved in this browser:
            nothing you do here replaces it until you keep the shared one.
          </p>
          <button type="button" onClick={() => chooseShared(true)}>
            Keep the shared pipeline
          </button>
          <button type="button" onClick={() => chooseShared(false)}>
            Back to my pipeline
          </button>
        </div>
      )}
      {notice && (
        <div class={`pb-notice pb-notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          <button
            type="button"
            onClick={() => {
              keepFocus();
              setNotice(undefined);
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      <div class="pb-workspace">
        <Palette
          closures={closures}
          hydrated={hydrated}
          dragProps={drag.handleProps}
          onAdd={(type) =>
            apply(
              addStep(pipeline, type, { container: { kind: 'main' }, index: pipeline.steps.length }),
              (next) =>
                `Added ${findStepType(type)?.displayName ?? type} at ${describeSlot(next, { container: { kind: 'main' }, index: pipeline.steps.length })}.`,
              // Focus, and so the view, follows the new step: on a phone it lands far below the palette.
              'handle',
            )
          }
        />
        <section class="pb-canvas" aria-labelledby="pb-canvas-heading">
          <h3 id="pb-canvas-heading" tabIndex={-1}>
            Your pipeline
          </h3>
          <StepList
            pipeline={pipeline}
            findings={findings}
            hydrated={hydrated}
            drag={drag}
            keyboard={keyboard}
            apply={apply}
            runStatuses={runStatuses}
          />
          <Checks
            findings={findings}
            pipeline={pipeline}
            base={base}
            root={root}
            announce={(text) => announce(`${message.trim()} ${text}`.trim())}
          />
        </section>
        <div class="pb-outputs">
          <RunPanel
            pipeline={pipeline}
            findings={findings}
            hydrated={hydrated}
            announce={announce}
            onStatuses={setRunStatuses}
          />
          <DependencyGraph definition={definition} pipeline={pipeline} runStatuses={runStatuses} />
          <ExportPanel
            pipeline={pipeline}
            definition={definition}
            hydrated={hydrated}
            options={options}
            onOptions={setOptions}
            announce={announce}
          />
          <ImportPanel
            hydrated={hydrated}
            options={options}
            onImport={(next, notes) => {
              replaceAll(
                next,
                ['Imported the definition. Undo brings back your pipeline.', ...notes].join(' '),
              );
              // The imported pipeline is what to read next.
              focusBefore.current = undefined;
              focusTarget.current = { key: '', role: 'handle' };
            }}
          />
        </div>
      </div>
      {drag.active && (
        <div
          class="pb-ghost"
          aria-hidden="true"
          style={{ left: `${drag.active.x}px`, top: `${drag.active.y}px` }}
        >
          {label(drag.active.source)}
        </div>
      )}
      <LiveRegion message={message} />
    </div>
  );
}

function TemplatePicker({ disabled, onLoad }: { disabled: boolean; onLoad: (id: string) => void }) {
  const [choice, setChoice] = useState(firstTemplate.id);
  return (
    <span class="pb-template">
      <label for="pb-template-choice">Template</label>
      <select
        id="pb-template-choice"
        value={choice}
        disabled={disabled}
        onChange={(event) => setChoice(event.currentTarget.value)}
      >
        {pipelineTemplates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.title}
          </option>
        ))}
      </select>
      <button type="button" disabled={disabled} onClick={() => onLoad(choice)}>
        Load template
      </button>
    </span>
  );
}
