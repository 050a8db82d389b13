// @ts-check
// The reference site of `npm run bench`: Starlight with its defaults only (no custom CSS, no
// component overrides, no islands, its own search loader and sidebar), under the same base path as
// ours. scripts/reference-site.ts writes its pages from our built pages' text before each build.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  base: process.env.BASE_PATH || '/',
  outDir,
  cacheDir: `${outDir.replace(/\/$/, '')}-cache`,
  integrations: [starlight({ title: 'SageMaker for AIF-C01 (reference)' })],
});
