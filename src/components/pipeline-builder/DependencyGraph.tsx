import { useMemo } from 'preact/hooks';
import type { PipelineDefinition } from '../../lib/pipeline/model';
import { dependencyGraph, layoutGraph, type EdgeKind } from '../../lib/pipeline/graph';
import '../../styles/diagram.css';

const nodeWidth = 176;
const nodeHeight = 50;
const gapX = 24;
const gapY = 40;

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
export function DependencyGraph({ definition }: { definition: PipelineDefinition }) {
  const { graph, layout } = useMemo(() => {
    const graph = dependencyGraph(definition);
    return { graph, layout: layoutGraph(graph, 3) };
  }, [definition]);
  const width = Math.max(1, layout.columns) * (nodeWidth + gapX) - gapX;
  const height = Math.max(1, layout.layers) * (nodeHeight + gapY) - gapY;
  const place = (name: string) => {
    const position = layout.positions.get(name) ?? { layer: 0, column: 0 };
    // Rows narrower than the widest are centred.
    const inRow = [...layout.positions.values()].filter((other) => other.layer === position.layer).length;
    const offset = ((layout.columns - inRow) * (nodeWidth + gapX)) / 2;
    return { x: offset + position.column * (nodeWidth + gapX), y: position.layer * (nodeHeight + gapY) };
  };
  const nameOf = new Map(graph.nodes.map((node) => [node.name, node]));
  return (
    <section class="pb-graph" aria-labelledby="pb-graph-heading">
      <h3 id="pb-graph-heading">Dependency graph</h3>
      {graph.nodes.length === 0 ? (
        <p>No steps, no graph yet.</p>
      ) : (
        <figure class="diagram">
          <svg
            viewBox={`-4 -4 ${width + 8} ${height + 8}`}
            role="img"
            aria-label={`Dependency graph of ${graph.nodes.length} steps; the links are listed below.`}
            style={{ maxWidth: `${width + 8}px` }}
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
            {graph.edges.map((edge) => {
              const from = place(edge.from);
              const to = place(edge.to);
              const x1 = from.x + nodeWidth / 2;
              const y1 = from.y + nodeHeight;
              const x2 = to.x + nodeWidth / 2;
              const y2 = to.y;
              const upward = y2 <= y1;
              const path = upward
                ? `M${from.x + nodeWidth} ${from.y + nodeHeight / 2} C ${from.x + nodeWidth + 30} ${from.y + nodeHeight / 2}, ${to.x + nodeWidth + 30} ${to.y + nodeHeight / 2}, ${to.x + nodeWidth} ${to.y + nodeHeight / 2}`
                : `M${x1} ${y1} C ${x1} ${y1 + gapY / 2}, ${x2} ${y2 - gapY / 2}, ${x2} ${y2 - 2}`;
              return (
                <g key={`${edge.from}>${edge.to}`} class={`pb-edge pb-edge-${edge.kind}`}>
                  <path d={path} class="diagram-arrow" marker-end="url(#pb-arrow)" />
                  {(edge.kind === 'if' || edge.kind === 'else') && (
                    <text
                      x={(x1 + x2) / 2 + (x2 >= x1 ? 8 : -8)}
                      y={(y1 + y2) / 2}
                      class="diagram-label"
                      text-anchor={x2 >= x1 ? 'start' : 'end'}
                    >
                      {edge.kind === 'if' ? 'yes' : 'no'}
                    </text>
                  )}
                </g>
              );
            })}
            {graph.nodes.map((node) => {
              const { x, y } = place(node.name);
              return (
                <g key={node.name} class="pb-node">
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
                    {fit(node.type, 24)}
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
                {edge.to} {edgeWords[edge.kind]} {edge.from}
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
