import { describe, expect, it } from 'vitest';
import { dependencyGraph, layoutGraph, referencedSteps, type DependencyGraph } from './graph';
import type { DefinitionStep, PipelineDefinition } from './model';

const definition = (steps: DefinitionStep[]): PipelineDefinition => ({ Version: '2020-12-01', Steps: steps });
const get = (path: string) => ({ Get: path });

/** Prep → Train → Eval → Check (if: Register, Deploy-after-Register; else: Stop). */
function abalone(): PipelineDefinition {
  return definition([
    { Name: 'Prep', Type: 'Processing', Arguments: {} },
    {
      Name: 'Train',
      Type: 'Training',
      Arguments: { Input: get('Steps.Prep.ProcessingOutputConfig.Outputs') },
    },
    {
      Name: 'Eval',
      Type: 'Processing',
      Arguments: { Model: get('Steps.Train.ModelArtifacts.S3ModelArtifacts') },
      DependsOn: ['Train'],
    },
    {
      Name: 'Check',
      Type: 'Condition',
      Arguments: {
        Conditions: [
          {
            Type: 'GreaterThanOrEqualTo',
            LeftValue: {
              'Std:JsonGet': { PropertyFile: get('Steps.Eval.PropertyFiles.Report'), Path: 'mse' },
            },
            RightValue: 0.8,
          },
        ],
        IfSteps: [
          { Name: 'Register', Type: 'RegisterModel', Arguments: { Data: get('Steps.Train.ModelArtifacts') } },
          { Name: 'Batch', Type: 'Transform', Arguments: {}, DependsOn: ['Register'] },
        ],
        ElseSteps: [{ Name: 'Stop', Type: 'Fail', Arguments: {} }],
      },
    },
  ]);
}

const edgeList = (graph: DependencyGraph) => graph.edges.map(({ from, to, kind }) => `${from}>${to}:${kind}`);

describe('dependencyGraph', () => {
  it('has a node for every step, branch steps with their Condition and branch', () => {
    const graph = dependencyGraph(abalone());
    expect(graph.nodes.map((node) => node.name)).toEqual([
      'Prep',
      'Train',
      'Eval',
      'Check',
      'Register',
      'Batch',
      'Stop',
    ]);
    expect(graph.nodes.find((node) => node.name === 'Stop')).toEqual({
      name: 'Stop',
      type: 'Fail',
      parent: { condition: 'Check', branch: 'else' },
    });
    expect(graph.nodes.find((node) => node.name === 'Train')?.parent).toBeUndefined();
  });

  it('links data references (JsonGet property files included), DependsOn and branch entries', () => {
    expect(edgeList(dependencyGraph(abalone()))).toEqual([
      'Prep>Train:data',
      'Train>Eval:data',
      'Eval>Check:data',
      'Train>Register:data',
      'Check>Register:if',
      'Register>Batch:dependsOn',
      'Check>Stop:else',
    ]);
  });

  it('links a Condition only to branch steps that wait for nothing else in their branch', () => {
    const graph = dependencyGraph(abalone());
    expect(graph.edges.some((edge) => edge.from === 'Check' && edge.to === 'Batch')).toBe(false);
  });

  it('keeps one edge per pair, data over DependsOn', () => {
    const graph = dependencyGraph(
      definition([
        { Name: 'A', Type: 'Training' },
        {
          Name: 'B',
          Type: 'Model',
          Arguments: { Data: get('Steps.A.ModelArtifacts') },
          DependsOn: ['A', 'A'],
        },
      ]),
    );
    expect(edgeList(graph)).toEqual(['A>B:data']);
  });

  it('reports references to missing steps once each, without an edge', () => {
    const graph = dependencyGraph(
      definition([
        { Name: 'A', Type: 'Training', DependsOn: ['Ghost'], Arguments: { X: get('Steps.Ghost.Y') } },
        { Name: 'B', Type: 'Model', Arguments: { X: get('Parameters.Input') } },
      ]),
    );
    expect(graph.missing).toEqual([{ from: 'A', to: 'Ghost' }]);
    expect(graph.edges).toEqual([]);
  });

  it('finds a dependency cycle, and none in a DAG', () => {
    const graph = dependencyGraph(
      definition([
        { Name: 'A', Type: 'Processing', DependsOn: ['C'] },
        { Name: 'B', Type: 'Processing', DependsOn: ['A'] },
        { Name: 'C', Type: 'Processing', Arguments: { X: get('Steps.B.Out') } },
        { Name: 'D', Type: 'Processing', DependsOn: ['A'] },
      ]),
    );
    expect(graph.cycle).toHaveLength(3);
    const cycle = graph.cycle ?? [];
    // Each step of the cycle waits for the one before it (the first for the last).
    cycle.forEach((name, index) => {
      const previous = cycle[(index + cycle.length - 1) % cycle.length];
      expect(graph.edges).toContainEqual(expect.objectContaining({ from: previous, to: name }));
    });
    expect(dependencyGraph(abalone()).cycle).toBeUndefined();
  });

  it('treats a step that refers to itself as a cycle', () => {
    expect(dependencyGraph(definition([{ Name: 'A', Type: 'Lambda', DependsOn: ['A'] }])).cycle).toEqual([
      'A',
    ]);
  });

  it('tolerates malformed steps and arguments', () => {
    const messy = {
      Version: '2020-12-01',
      Steps: [
        null,
        7,
        { Name: 'A', Type: 'Condition', Arguments: { IfSteps: 'no', ElseSteps: [{ Name: 3 }] } },
      ],
    } as unknown as PipelineDefinition;
    expect(dependencyGraph(messy).nodes.map((node) => node.name)).toEqual(['A']);
  });
});

describe('referencedSteps', () => {
  it('finds step names in Get strings at any depth, once each, in order', () => {
    const value = {
      a: [get('Steps.B.X'), { 'Std:Join': { Values: [get("Steps.A['y']"), get('Steps.B.Z')] } }],
    };
    expect(referencedSteps(value)).toEqual(['B', 'A']);
  });

  it('ignores parameters, execution variables and non-Get strings', () => {
    expect(
      referencedSteps({
        x: get('Parameters.Steps'),
        y: get('Execution.PipelineExecutionId'),
        Steps: 'Steps.A.B',
      }),
    ).toEqual([]);
  });
});

describe('layoutGraph', () => {
  it('puts each step one row below the lowest step it waits for', () => {
    const layout = layoutGraph(dependencyGraph(abalone()));
    const row = (name: string) => layout.positions.get(name)?.layer;
    expect(['Prep', 'Train', 'Eval', 'Check'].map(row)).toEqual([0, 1, 2, 3]);
    expect(row('Register')).toBe(4);
    expect(row('Stop')).toBe(4);
    expect(row('Batch')).toBe(5);
    expect(layout.layers).toBe(6);
  });

  it('sets branch steps side by side, if before else', () => {
    const layout = layoutGraph(dependencyGraph(abalone()));
    expect(layout.positions.get('Register')?.column).toBe(0);
    expect(layout.positions.get('Stop')?.column).toBe(1);
    expect(layout.columns).toBe(2);
  });

  it('wraps a wide layer onto extra rows of at most maxColumns', () => {
    const steps = Array.from({ length: 7 }, (_, index) => ({ Name: `S${index}`, Type: 'Processing' }));
    const layout = layoutGraph(
      dependencyGraph(definition([...steps, { Name: 'End', Type: 'Fail', DependsOn: ['S6'] }])),
      3,
    );
    expect(layout.columns).toBe(3);
    expect(layout.positions.get('S6')).toEqual({ layer: 2, column: 0 });
    expect(layout.positions.get('End')).toEqual({ layer: 3, column: 0 });
    const cells = [...layout.positions.values()].map(({ layer, column }) => `${layer}:${column}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('lays out a cycle without looping, every step placed', () => {
    const graph = dependencyGraph(
      definition([
        { Name: 'A', Type: 'Processing', DependsOn: ['B'] },
        { Name: 'B', Type: 'Processing', DependsOn: ['A'] },
      ]),
    );
    const layout = layoutGraph(graph);
    expect([...layout.positions.keys()].sort()).toEqual(['A', 'B']);
    expect(layout.positions.get('A')?.layer).not.toBe(layout.positions.get('B')?.layer);
  });

  // Heavy work, not a timing check: a generous limit for a busy CI machine.
  it('handles a chain of 20,000 steps without deep recursion', { timeout: 60_000 }, () => {
    const count = 20_000;
    const steps = Array.from({ length: count }, (_, index) => ({
      Name: `S${index}`,
      Type: 'Processing',
      ...(index > 0 && { DependsOn: [`S${index - 1}`] }),
    }));
    steps[0] = { ...steps[0], DependsOn: [`S${count - 1}`] };
    const graph = dependencyGraph(definition(steps));
    expect(graph.cycle).toHaveLength(count);
    const layout = layoutGraph(graph);
    expect(layout.positions.size).toBe(count);
    expect(layout.layers).toBe(count);
  });
});
