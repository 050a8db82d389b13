/**
 * How the islands' code is split into files. Rolldown gives every module shared between an
 * island and one of its on-demand imports a file of its own, even when the island always loads it
 * first; for the pipeline builder that meant eight files at hydration, which compress worse
 * together than one (about 2 KB more gzipped). These groups keep each island's code that loads
 * at hydration in one file; the modules loaded on first use stay separate. An island's entry file
 * may hold its group's code (`preserveEntrySignatures: 'allow-extension'`) rather than re-export
 * it from a second file, one request fewer.
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
  // A group also takes the modules its modules import, unless a group of higher priority has
  // them. Small modules that page scripts and islands share (the practice progress the sidebar's
  // badges read, Vite's preload helper, which Astro's renderer imports too), in one file every
  // page caches.
  {
    name: 'common',
    test: /\/src\/lib\/practice\/(storage|review-card)\.ts$|preload-helper/,
    priority: 40,
  },
  // Preact with Astro's renderer, which every island loads, so that it stays the one runtime
  // every island shares, in one file; small modules that several islands use (the announcer, base
  // paths, reordering) join it rather than adding a file each.
  {
    name: 'preact',
    test: /\/node_modules\/(preact|@astrojs\/preact\/dist)\/|\/src\/(components\/sortable\/announcer\.tsx|lib\/(url|reorder)\.ts)$/,
    priority: 30,
  },
  // Shared by the islands that reorder by drag, each in a file of its own.
  {
    name: (id: string) => /([\w-]+)(\.[\w]+)?$/.exec(id)?.[1] ?? null,
    test: /\/src\/(components\/sortable\/(GripIcon|keep-focus-in-place)\.tsx?|styles\/[\w-]+\.css)$/,
    priority: 20,
  },
  {
    name: 'pipeline-builder',
    test: (id: string) =>
      /\/src\/(lib\/pipeline|data\/pipeline-|components\/pipeline-builder)\//.test(id) &&
      !builderOnDemand.test(id),
    priority: 10,
  },
  // What the practice page's island and the topic pages' Check yourself share, before the
  // practice island's own group can take it as a module its island imports.
  {
    name: 'practice',
    test: /\/src\/(data\/(exam-guide|topics)|lib\/practice\/(content-hash|question-key|progress|option-order|transfer)|components\/practice\/useProgress)\.ts$|\/src\/components\/practice\/practice\.css$/,
    priority: 15,
  },
  // The practice page's island with the session logic its views share, which no other island uses.
  {
    name: 'PracticeIsland',
    test: /\/src\/(components\/practice\/PracticeIsland\.tsx|lib\/practice\/(session|mock|question-units)\.ts)$/,
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
          environments: {
            client: {
              build: {
                rolldownOptions: {
                  preserveEntrySignatures: 'allow-extension',
                  output: { codeSplitting: { groups } },
                },
              },
            },
          },
        });
      },
    },
  };
}
