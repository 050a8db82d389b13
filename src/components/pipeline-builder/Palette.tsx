import {
  findStepType,
  notesStepTypeIds,
  stepTypesByCategory,
  type PipelineStepType,
} from '../../data/pipeline-step-types';
import type { DragHandleProps, DragSource } from './usePointerDrag';
import { GripIcon } from '../sortable/GripIcon';

/** A step type whose service is closed to new customers, as `availability.ts` states it. */
export interface Closure {
  service: string;
  /** "Closed to new customers", with a date when AWS gives one. */
  status: string;
  url: string;
}

interface PaletteProps {
  /** Closures by step type id. */
  closures: Record<string, Closure>;
  hydrated: boolean;
  dragProps: (source: DragSource) => DragHandleProps;
  onAdd: (type: string) => void;
}

const notesTypes = notesStepTypeIds.map((id) => findStepType(id)).filter((type) => type !== undefined);
const otherGroups = stepTypesByCategory()
  .map((group) => ({ ...group, steps: group.steps.filter((step) => !step.inNotes) }))
  .filter((group) => group.steps.length > 0);

/**
 * The step types to build with: the seven to know for the exam first, then the rest by category. Drag a
 * type by its grip into the pipeline, or press Add to put it at the end.
 */
export function Palette({ closures, hydrated, dragProps, onAdd }: PaletteProps) {
  const item = (type: PipelineStepType) => {
    const closure = closures[type.id];
    return (
      <li key={type.id} class="pb-palette-item" data-step-type={type.id}>
        {hydrated && (
          <span
            class="drag-handle pb-grip"
            data-role="palette-grip"
            aria-hidden="true"
            {...dragProps({ kind: 'new', type: type.id })}
          >
            <GripIcon />
          </span>
        )}
        <div class="pb-palette-text">
          <strong>{type.displayName}</strong>
          {!type.inSchema && <span class="pb-badge">Not in the published schema</span>}
          <span class="pb-summary">{type.summary}</span>
          {closure && (
            <span class="pb-closure">
              It runs {closure.service}.{' '}
              <a href={closure.url} rel="external">
                {closure.status}
              </a>
              .
            </span>
          )}
        </div>
        {hydrated && (
          <button type="button" class="pb-add" onClick={() => onAdd(type.id)}>
            Add<span class="sr-only"> {type.displayName} to the end of the pipeline</span>
          </button>
        )}
      </li>
    );
  };
  return (
    <section class="pb-palette" aria-labelledby="pb-palette-heading">
      <h3 id="pb-palette-heading">Step types</h3>
      {hydrated && (
        <p class="pb-hint">
          Drag a step type by its grip into the pipeline, or press Add to put it at the end.
        </p>
      )}
      <h4>The seven to know for the exam</h4>
      <ul class="pb-palette-list">{notesTypes.map(item)}</ul>
      <h4>More step types</h4>
      {otherGroups.map((group) => (
        <details key={group.category} class="pb-palette-group">
          <summary>
            {group.label} ({group.steps.length})
          </summary>
          <ul class="pb-palette-list">{group.steps.map(item)}</ul>
        </details>
      ))}
    </section>
  );
}
