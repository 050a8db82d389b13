import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BuilderPipeline, PipelineDefinition } from '../../lib/pipeline/model';
import { allSteps } from '../../lib/pipeline/edit';
import { dependencyGraph, layoutGraph, type EdgeKind } from '../../lib/pipeline/graph';
import { findStepType } from '../../data/pipeline-step-types';
import { box, columnsThatFit, drawingWidth, edgePath, type Point } from '../../lib/pipeline/graph-drawing';
import '../../styles/diagram.css';

const { width: nodeWidth, height: nodeHeight, gapX, gapY } = box;

const edgeWords: Record<EdgeKind, string> = {
  dependsOn: 'runs after',
  data: 'uses the output of',
  if: 'runs if the condition holds in',
  else: 'runs if the condition fails in',
};

/** Shortens a name to fit its box; the full name is in the list below the diagram. */
function fit(text: string, max = 20): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The pipeline's dependencies as SageMaker builds its DAG from the definition: an arrow for each
 * DependsOn, each property reference (dashed) and each Condition branch (labelled yes / no).
 * The same links follow as a list, for screen readers and narrow screens.
 */
export function DependencyGraph({
  definition,
  pipeline,
  runStatuses,
}: {
  definition: PipelineDefinition;
  pipeline: BuilderPipeline;
  /** A simulated run's status of each step, by key, while one is shown. */
  runStatuses?: ReadonlyMap<string, string>;
}) {
  // As many columns as the space allows with text of 12 px or more: one, a tall graph, on a phone.
  const sectionRef = useRef<HTMLElement>(null);
  const [maxColumns, setMaxColumns] = useState(3);
  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    const observer = new ResizeObserver(() => setMaxColumns(columnsThatFit(section.clientWidth)));
    observer.observe(section);
    return () => observer.disconnect();
  }, []);
  const { graph, layout } = useMemo(() => {
    const graph = dependencyGraph(definition);
    return { graph, layout: layoutGraph(graph, maxColumns) };
  }, [definition, maxColumns]);
  const drawn = drawingWidth(layout.columns);
  const height = Math.max(1, layout.layers) * (nodeHeight + gapY) - gapY;
  const rowSizes = new Map<number, number>();
  for (const { layer } of layout.positions.values()) rowSizes.set(layer, (rowSizes.get(layer) ?? 0) + 1);
  const place = (name: string): Point => {
    const position = layout.positions.get(name) ?? { layer: 0, column: 0 };
    // Rows narrower than the widest are centred.
    const inRow = rowSizes.get(position.layer) ?? 0;
    const offset = ((layout.columns - inRow) * (nodeWidth + gapX)) / 2;
    return { x: offset + position.column * (nodeWidth + gapX), y: position.layer * (nodeHeight + gapY) };
  };
  const placed = graph.nodes.map((node) => place(node.name));
  // What an arrow going round must clear: the boxes of the rows it passes, and a box beside its ends.
  const surroundings = (from: Point, to: Point) => {
    const top = Math.min(from.y, to.y);
    const bottom = Math.max(from.y, to.y);
    const besideOf = (end: Point) => placed.some((other) => other.y === end.y && other.x > end.x);
    return {
      right: Math.max(
        ...placed.filter((other) => other.y >= top && other.y <= bottom).map((other) => other.x + nodeWidth),
      ),
      fromBlocked: besideOf(from),
      toBlocked: besideOf(to),
    };
  };
  const nameOf = new Map(graph.nodes.map((node) => [node.name, node]));
  const typeOf = (name: string) => {
    const type = nameOf.get(name)?.type ?? '';
    return findStepType(type)?.displayName ?? type;
  };
  const paths = graph.edges.map((edge) => {
    const from = place(edge.from);
    return { edge, from, path: edgePath(from, place(edge.to), surroundings(from, place(edge.to))) };
  });
  const [only] = graph.nodes;
  // The name says what the picture holds, and where its words are (the list starts folded).
  const graphName =
    graph.nodes.length === 1
      ? `Dependency graph of one step, ${only.name} (${typeOf(only.name)}), with no links.`
      : `Dependency graph of ${graph.nodes.length} steps and ${graph.edges.length} ${graph.edges.length === 1 ? 'link' : 'links'}${graph.edges.length > 0 ? '; open "The links as a list" below to read them' : ''}.`;
  const statusOf = new Map(
    allSteps(pipeline).flatMap(({ step }) => {
      const status = runStatuses?.get(step.key);
      return status ? [[step.name, status] as const] : [];
    }),
  );
  return (
    <section class="pb-graph" aria-labelledby="pb-graph-heading" ref={sectionRef}>
      <h3 id="pb-graph-heading">Dependency graph</h3>
      {graph.nodes.length === 0 ? (
        <p>No steps, no graph yet.</p>
      ) : (
        <figure class="diagram">
          <svg
            viewBox={`-4 -4 ${drawn} ${height + 8}`}
            role="img"
            aria-label={graphName}
            style={{ maxWidth: `${drawn}px` }}
          >
            <defs>
              <marker
                id="pb-arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0 0 L10 5 L0 10 z" class="diagram-arrow-head" />
              </marker>
            </defs>
            {paths.map(({ edge, path }) => (
              <path
                key={`${edge.from}>${edge.to}`}
                d={path.d}
                class={`diagram-arrow pb-edge pb-edge-${edge.kind}`}
                marker-end="url(#pb-arrow)"
              />
            ))}
            {/* The branch labels over every arrow (with a halo), so no arrow crosses out a yes or no. */}
            {paths.flatMap(({ edge, path, from }) =>
              edge.kind === 'if' || edge.kind === 'else'
                ? [
                    <text
                      key={`${edge.from}>${edge.to}`}
                      x={path.labelAt.x}
                      y={path.labelAt.y}
                      class="diagram-label pb-branch-label"
                      text-anchor={path.side || path.labelAt.x >= from.x ? 'start' : 'end'}
                    >
                      {edge.kind === 'if' ? 'yes' : 'no'}
                    </text>,
                  ]
                : [],
            )}
            {graph.nodes.map((node) => {
              const { x, y } = place(node.name);
              return (
                <g key={node.name} class="pb-node" data-status={statusOf.get(node.name)}>
                  <rect
                    x={x}
                    y={y}
                    width={nodeWidth}
                    height={nodeHeight}
                    rx="8"
                    class={node.type === 'Condition' ? 'diagram-box-accent' : 'diagram-box'}
                  />
                  <text x={x + nodeWidth / 2} y={y + 18} class="diagram-title">
                    {fit(node.name)}
                  </text>
                  <text x={x + nodeWidth / 2} y={y + 36} class="diagram-subtitle">
                    {fit(statusOf.get(node.name) ?? node.type, 24)}
                  </text>
                </g>
              );
            })}
          </svg>
          <figcaption>
            Solid arrows: DependsOn. Dashed arrows: one step uses another's output (a property reference). yes
            / no: the Condition's branches.
          </figcaption>
        </figure>
      )}
      {graph.edges.length > 0 && (
        <details class="pb-links">
          <summary>The links as a list</summary>
          <ul>
            {graph.edges.map((edge) => (
              <li key={`${edge.from}>${edge.to}`}>
                {edge.to} ({typeOf(edge.to)}) {edgeWords[edge.kind]} {edge.from} ({typeOf(edge.from)})
                {nameOf.get(edge.to)?.parent && edge.kind !== 'if' && edge.kind !== 'else'
                  ? ' (inside a branch)'
                  : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      {graph.cycle && (
        <p class="pb-error">These steps wait for each other in a circle: {graph.cycle.join(' → ')}.</p>
      )}
    </section>
  );
}
