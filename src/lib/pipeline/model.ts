/**
 * The pipeline builder's model: what the reader builds, before it becomes a pipeline definition.
 *
 * A pipeline is a list of top-level steps, and each step says which steps of its own list it waits
 * for (`waitsFor`). The list is only a reading order: as in SageMaker Pipelines, a step starts once
 * every step it waits for has succeeded, so steps that wait for the same steps run at the same time.
 * A Condition step carries two branches (if / else) of ordinary steps, which run after it decides.
 * Conditions do not nest: the editing operations refuse it, and the checks flag it in an imported
 * definition.
 *
 * Pure data, no DOM: the island renders it, `edit.ts` changes it, `definition.ts` exports it.
 */

/** The check a ClarifyCheck or QualityCheck step runs (the schema's `CheckJobConfig` types). */
export type ClarifyCheckType = 'DATA_BIAS' | 'MODEL_BIAS' | 'MODEL_EXPLAINABILITY';
export type QualityCheckType = 'DATA_QUALITY' | 'MODEL_QUALITY';
export type CheckType = ClarifyCheckType | QualityCheckType;

export type Branch = 'if' | 'else';

/** What a Processing step's job does: prepare data for training, or evaluate a trained model. */
export type ProcessingPurpose = 'prepare' | 'evaluate';

export interface BuilderStep {
  /** Stable key for rendering and dragging; never exported, unique within a pipeline. */
  key: string;
  /** The step type's `id` in `src/data/pipeline-step-types.ts` (e.g. 'Training', '@step'). */
  type: string;
  /** The step's `Name` in the definition (SageMaker's rule: `^[A-Za-z0-9\-_]{1,64}$`). */
  name: string;
  /**
   * The keys of the steps in the same list (the main list, or the same branch) that this step
   * waits for. Absent only in data from before the builder modelled dependencies: the step then
   * waits for the one before it in its list, as the builder used to export it (`dependencies.ts`
   * reads both). Every editing operation writes it.
   */
  waitsFor?: string[];
  /** Processing only: what the job does, chosen by the reader (absent: prepare data). */
  purpose?: ProcessingPurpose;
  /** ClarifyCheck and QualityCheck only: which check the step runs. */
  checkType?: CheckType;
  /** Condition only: the steps run when the conditions hold. */
  ifSteps?: BuilderStep[];
  /** Condition only: the steps run otherwise. */
  elseSteps?: BuilderStep[];
  /**
   * What an imported definition said about this step that the builder does not model, written
   * back unchanged on export (step references follow a rename). Absent on steps the reader made.
   */
  kept?: KeptStepFields;
}

export interface KeptStepFields {
  /** The step's own `Arguments`, exported instead of the generated placeholders. */
  Arguments?: unknown;
  /**
   * `DependsOn` names the builder cannot show as dependencies (a step in another list, or no step
   * at all), written after the ones from `waitsFor`.
   */
  DependsOn?: string[];
  /** The step's `Type` when it is none the catalogue knows (the step shows as "unknown"). */
  Type?: string;
  /** Any other field of the step (`DisplayName`, `Description`, `RetryPolicies`, `CacheConfig`, …). */
  extra?: Record<string, unknown>;
}

export interface BuilderPipeline {
  steps: BuilderStep[];
  /**
   * Top-level fields of an imported definition the builder does not model
   * (`PipelineExperimentConfig`, `Metadata`, extra `Parameters`, …), written back on export.
   */
  kept?: Record<string, unknown>;
}

/** Where a step sits: the top-level list, or one branch of a top-level Condition step. */
export type Container = { kind: 'main' } | { kind: 'branch'; condition: string; branch: Branch };

/** A place a step can be dropped into: a container and an index in it (0 = first). */
export interface Slot {
  container: Container;
  index: number;
}

/** The type key the builder uses for a step whose imported `Type` the catalogue does not know. */
export const unknownStepType = 'Unknown';

/** SageMaker's rule for a step name (the published schema's `StepName`). */
export const stepNamePattern = /^[A-Za-z0-9\-_]{1,64}$/;

/* ---- The exported pipeline definition (the subset of its JSON the builder reads and writes) ---- */

/** `{"Get": "Steps.Train.ModelArtifacts.S3ModelArtifacts"}` or `{"Get": "Parameters.InputData"}`. */
export interface GetReference {
  Get: string;
}

export interface DefinitionParameter {
  Name: string;
  Type?: 'String' | 'Integer' | 'Float' | 'Boolean';
  DefaultValue?: string | number | boolean;
  [field: string]: unknown;
}

export interface DefinitionStep {
  Name: string;
  Type: string;
  Arguments?: unknown;
  DependsOn?: string[];
  [field: string]: unknown;
}

export interface PipelineDefinition {
  Version: '2020-12-01';
  Metadata?: Record<string, string>;
  Parameters?: DefinitionParameter[];
  Steps: DefinitionStep[];
  [field: string]: unknown;
}
