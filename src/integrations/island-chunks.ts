/**
 * How the islands' code is split into files. Rolldown gives every module shared between an
 * island and one of its on-demand imports a file of its own, even when the island always loads it
 * first; for the pipeline builder that meant eight files at hydration, which compress worse
 * together than one (about 2 KB more gzipped). These groups keep each island's code that loads
 * at hydration in one file; the modules loaded on first use stay separate.
 */

import type { AstroIntegration } from 'astro';

/**
 * Modules the pipeline builder loads after hydration or on first use (`import(…)` in its
 * components, such as the run's controls): saved work and what reads it (`storage`, `compact`,
 * `json-text`), and the step families' SDK code halves (`steps/<family>.python.ts`,
 * `steps/code.ts`), which only the Python export reads.
 */
const builderOnDemand =
  /\/(python|import|share|storage|compact|json-text|run-simulation|pipeline-schema-gaps|pipeline-rules|steps\/code|steps\/[\w-]+\.python|RunControls)\.tsx?$/;

const groups = [
  // A group also takes the modules its modules import, unless an earlier group has them: Preact
  // first, so that it stays the one runtime every island shares.
  { name: 'preact', test: /\/node_modules\/preact\//, priority: 30 },
  // Shared by several islands, so kept out of the builder's file, each in a file of its own.
  {
    name: (id: string) => /([\w-]+)(\.[\w]+)?$/.exec(id)?.[1] ?? null,
    test: /\/src\/(components\/sortable\/(announcer|GripIcon|keep-focus-in-place)\.tsx?|lib\/(reorder|url)\.ts|styles\/[\w-]+\.css)$|preload-helper/,
    priority: 20,
  },
  {
    name: 'pipeline-builder',
    test: (id: string) =>
      /\/src\/(lib\/pipeline|data\/pipeline-|components\/pipeline-builder)\//.test(id) &&
      !builderOnDemand.test(id),
    priority: 10,
  },
];

/** Applies the groups to the browser build only (the server build has no islands to split). */
export function islandChunks(): AstroIntegration {
  return {
    name: 'island-chunks',
    hooks: {
      'astro:build:setup': ({ updateConfig }) => {
        updateConfig({
          environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups } } } } } },
        });
      },
    },
  };
}
