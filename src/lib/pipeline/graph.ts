/**
 * The dependency graph of a pipeline definition, as SageMaker Pipelines builds its DAG: an edge for
 * each `DependsOn` name and each property reference (`{"Get": "Steps.<name>.…"}`), plus an edge
 * from a Condition into its branches. And a layout of it for a small top-to-bottom diagram.
 *
 * An imported definition can hold anything (cycles, thousands of steps, references to nothing),
 * so every walk here is iterative and linear in the size of the graph.
 */
import type { Branch, DefinitionStep, PipelineDefinition } from './model';

export interface GraphNode {
  name: string;
  type: string;
  /** Set for a step written inside a Condition's `IfSteps` / `ElseSteps`. */
  parent?: { condition: string; branch: Branch };
}

export type EdgeKind = 'dependsOn' | 'data' | 'if' | 'else';

/** `to` waits for `from` (or, for if / else, `to` is where the Condition `from` leads). */
export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
}

export interface DependencyGraph {
  /** Every step once, in document order (a Condition, then its if steps, then its else steps). */
  nodes: GraphNode[];
  /** One edge per pair of steps, in document order of `to`. */
  edges: GraphEdge[];
  /** References to step names that no step has. */
  missing: { from: string; to: string }[];
  /** One dependency cycle when there is one: each step waits for the one before it, the first for the last. */
  cycle?: string[];
}

export interface GraphLayout {
  /** Row (top = 0) and column (left = 0) of each step. */
  positions: Map<string, { layer: number; column: number }>;
  layers: number;
  columns: number;
}

/**
 * When two links join the same pair of steps the graph keeps one, the strongest: a branch edge
 * says most about the diagram, and a data dependency implies the custom one.
 */
const strength: Record<EdgeKind, number> = { dependsOn: 0, data: 1, if: 2, else: 2 };

/**
 * The graph of `def`. Steps are identified by name; when two steps share a name (the checks flag
 * it) the first one stands for both.
 */
export function dependencyGraph(def: PipelineDefinition): DependencyGraph {
  const placed = flattenSteps(Array.isArray(def.Steps) ? def.Steps : []);
  const nodes = new Map<string, GraphNode>();
  for (const { step, parent } of placed) {
    if (!nodes.has(step.Name))
      nodes.set(step.Name, { name: step.Name, type: step.Type, ...(parent && { parent }) });
  }

  const edges = new Map<string, GraphEdge>();
  const missing = new Map<string, { from: string; to: string }>();
  const link = (from: string, to: string, kind: EdgeKind) => {
    const id = JSON.stringify([from, to]);
    if (!nodes.has(from)) {
      // `to` refers to a step called `from` that does not exist.
      missing.set(id, { from: to, to: from });
      return;
    }
    const existing = edges.get(id);
    if (!existing || strength[kind] > strength[existing.kind]) edges.set(id, { from, to, kind });
  };

  for (const { step } of placed) {
    for (const name of dependsOnOf(step)) link(name, step.Name, 'dependsOn');
    for (const name of referencedSteps(ownArguments(step))) link(name, step.Name, 'data');
  }
  const waitsFor = groupBy([...edges.values()], (edge) => edge.to);
  for (const { step } of placed) {
    for (const [branch, steps] of branchesOf(step)) {
      const inBranch = new Set(steps.map((inner) => inner.Name));
      for (const inner of steps) {
        const waitsInBranch = (waitsFor.get(inner.Name) ?? []).some((edge) => inBranch.has(edge.from));
        if (!waitsInBranch) link(step.Name, inner.Name, branch);
      }
    }
  }

  const order = new Map([...nodes.keys()].map((name, index) => [name, index]));
  const sortedEdges = [...edges.values()].sort((a, b) => (order.get(a.to) ?? 0) - (order.get(b.to) ?? 0));
  const cycle = findCycle([...nodes.keys()], sortedEdges);
  return {
    nodes: [...nodes.values()],
    edges: sortedEdges,
    missing: [...missing.values()],
    ...(cycle && { cycle }),
  };
}

/**
 * Longest-path layering: a step sits one row below the lowest step it waits for, so independent
 * steps (two branches, say) share a row side by side. A row holds at most `maxColumns` steps, in
 * document order; a wider layer wraps onto extra rows, which keeps the diagram narrow enough for a
 * 320 px screen. Edges that close a cycle are ignored for the layering.
 */
export function layoutGraph(graph: DependencyGraph, maxColumns = 3): GraphLayout {
  const width = Math.max(1, Math.floor(maxColumns));
  const names = graph.nodes.map((node) => node.name);
  const known = new Set(names);
  const edges = graph.edges.filter((edge) => known.has(edge.from) && known.has(edge.to));
  const search = depthFirst(names, edges);
  const backEdges = new Set(search.backEdges);
  const incoming = groupBy(
    edges.filter((edge) => !backEdges.has(edge)),
    (edge) => edge.to,
  );

  const depth = new Map<string, number>();
  for (const name of search.finished.reverse()) {
    const above = (incoming.get(name) ?? []).reduce(
      (deepest, edge) => Math.max(deepest, depth.get(edge.from) ?? 0),
      -1,
    );
    depth.set(name, above + 1);
  }

  const byDepth = groupBy(names, (name) => depth.get(name) ?? 0);
  const positions = new Map<string, { layer: number; column: number }>();
  let layer = 0;
  let columns = 0;
  for (const level of [...byDepth.keys()].sort((a, b) => a - b)) {
    const row = byDepth.get(level) ?? [];
    row.forEach((name, index) =>
      positions.set(name, { layer: layer + Math.floor(index / width), column: index % width }),
    );
    layer += Math.ceil(row.length / width);
    columns = Math.max(columns, Math.min(width, row.length));
  }
  return { positions, layers: layer, columns };
}

/* ---- Reading a definition ---- */

interface PlacedDefinitionStep {
  step: DefinitionStep;
  parent?: GraphNode['parent'];
}

/** Top-level steps and the steps inside each Condition's branches (at any depth), in document order. */
function flattenSteps(steps: unknown[]): PlacedDefinitionStep[] {
  const result: PlacedDefinitionStep[] = [];
  // A stack with the next step on top: children go on in reverse so they come out in order.
  const pending: PlacedDefinitionStep[] = steps
    .filter(isStep)
    .map((step) => ({ step }))
    .reverse();
  while (pending.length > 0) {
    const current = pending.pop() as PlacedDefinitionStep;
    result.push(current);
    const inner = branchesOf(current.step).flatMap(([branch, branchSteps]) =>
      branchSteps.map((step) => ({ step, parent: { condition: current.step.Name, branch } })),
    );
    pending.push(...inner.reverse());
  }
  return result;
}

function isStep(value: unknown): value is DefinitionStep {
  const step = value as DefinitionStep | null;
  return (
    typeof step === 'object' &&
    step !== null &&
    typeof step.Name === 'string' &&
    typeof step.Type === 'string'
  );
}

function argumentsOf(step: DefinitionStep): Record<string, unknown> | undefined {
  const args = step.Arguments;
  return typeof args === 'object' && args !== null && !Array.isArray(args)
    ? (args as Record<string, unknown>)
    : undefined;
}

/** A Condition's if and else steps (only well-formed ones); none for other steps. */
function branchesOf(step: DefinitionStep): [Branch, DefinitionStep[]][] {
  const args = argumentsOf(step);
  if (step.Type !== 'Condition' || !args) return [];
  const list = (value: unknown) => (Array.isArray(value) ? value.filter(isStep) : []);
  return [
    ['if', list(args.IfSteps)],
    ['else', list(args.ElseSteps)],
  ];
}

/** A step's arguments without its branch steps, which are steps of their own. */
function ownArguments(step: DefinitionStep): unknown {
  const args = argumentsOf(step);
  if (step.Type !== 'Condition' || !args) return step.Arguments;
  return Object.fromEntries(
    Object.entries(args).filter(([field]) => field !== 'IfSteps' && field !== 'ElseSteps'),
  );
}

function dependsOnOf(step: DefinitionStep): string[] {
  return Array.isArray(step.DependsOn) ? step.DependsOn.filter((name) => typeof name === 'string') : [];
}

/**
 * The step names that `Get` strings anywhere in `value` refer to (`Steps.<name>.…`), each once, in
 * order of first appearance. This includes `Std:JsonGet` property files and `Std:Join` values.
 */
export function referencedSteps(value: unknown): string[] {
  const names = new Set<string>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (Array.isArray(current)) {
      pending.push(...[...current].reverse());
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      for (const [field, inner] of entries) {
        const name =
          field === 'Get' && typeof inner === 'string' ? /^Steps\.([^.[\]]+)/.exec(inner)?.[1] : undefined;
        if (name) names.add(name);
      }
      pending.push(...entries.map(([, inner]) => inner).reverse());
    }
  }
  return [...names];
}

/* ---- Graph walks ---- */

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * An iterative depth-first search from each node in order: the nodes in the order they finish
 * (reversed, a topological order once back edges are ignored) and the edges that close a cycle.
 */
function depthFirst(names: readonly string[], edges: readonly GraphEdge[]) {
  const outgoing = groupBy(edges, (edge) => edge.from);
  const state = new Map<string, 'open' | 'done'>();
  const finished: string[] = [];
  const backEdges: GraphEdge[] = [];
  for (const root of names) {
    if (state.has(root)) continue;
    state.set(root, 'open');
    const stack: { name: string; next: number }[] = [{ name: root, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const edge = (outgoing.get(frame.name) ?? [])[frame.next++];
      if (!edge) {
        state.set(frame.name, 'done');
        finished.push(frame.name);
        stack.pop();
      } else if (state.get(edge.to) === 'open') {
        backEdges.push(edge);
      } else if (!state.has(edge.to)) {
        state.set(edge.to, 'open');
        stack.push({ name: edge.to, next: 0 });
      }
    }
  }
  return { finished, backEdges };
}

/** One cycle, as the steps along it from the target of the first back edge; undefined when acyclic. */
function findCycle(names: readonly string[], edges: readonly GraphEdge[]): string[] | undefined {
  const back = depthFirst(names, edges).backEdges[0];
  if (!back) return undefined;
  // Walk forward from the back edge's target to its source along edges, breadth first.
  const outgoing = groupBy(edges, (edge) => edge.from);
  const cameFrom = new Map<string, string>([[back.to, back.to]]);
  const queue = [back.to];
  for (let index = 0; index < queue.length && !cameFrom.has(back.from); index++) {
    for (const edge of outgoing.get(queue[index]) ?? []) {
      if (!cameFrom.has(edge.to)) {
        cameFrom.set(edge.to, queue[index]);
        queue.push(edge.to);
      }
    }
  }
  const path = [back.from];
  while (path[path.length - 1] !== back.to) path.push(cameFrom.get(path[path.length - 1]) as string);
  return path.reverse();
}
