/**
 * Share links: the pipeline travels in the URL fragment (`#pipeline=<code>`), which browsers never
 * send to a server. The code is the compact form (`compact.ts`) as UTF-8 in base64url. The builder
 * loads this module only when a link is opened or made.
 */
import { compactPipeline, parsePipelineModel, type ModelResult } from './compact';
import { importLimits, readJson } from './json-text';
import { stepNamePattern, type BuilderPipeline, type BuilderStep } from './model';

/** Longest code a link may carry: about 24 KB of JSON, well within what browsers accept in a URL. */
export const maxShareCodeLength = 32_768;

const hashPrefix = 'pipeline=';

export function encodePipeline(p: BuilderPipeline): string {
  return toBase64url(new TextEncoder().encode(JSON.stringify(compactPipeline(p))));
}

export function decodePipeline(code: string): ModelResult {
  if (code === '') return linkProblem('it carries no pipeline');
  if (code.length > maxShareCodeLength) {
    return linkProblem(`it is longer than the ${maxShareCodeLength / 1024} KB a share link may carry`);
  }
  if (!/^[A-Za-z0-9_-]+$/.test(code) || code.length % 4 === 1)
    return linkProblem('it is damaged or cut short');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64url(code));
  } catch {
    return linkProblem('it is damaged or cut short');
  }
  const json = readJson(text, { maxBytes: maxShareCodeLength, maxDepth: importLimits.maxDepth + 8 });
  if (!json.ok) return linkProblem('it is damaged or cut short');
  return parsePipelineModel(json.value);
}

export type ShareLink = { ok: true; url: string } | { ok: false; error: string };

/** A Type an imported step kept that the catalogue does not know: a plain word, as AWS names types. */
const keptTypePattern = /^[A-Za-z][A-Za-z0-9 _.-]{0,63}$/;

/**
 * What makes a pipeline one the builder could not share: a step name SageMaker would reject, two
 * steps with one name, or an unknown kept Type that is not a plain word. Undefined when none.
 */
export function unshareable(p: BuilderPipeline): string | undefined {
  const steps = p.steps.flatMap((step) => [step, ...(step.ifSteps ?? []), ...(step.elseSteps ?? [])]);
  const at = (step: BuilderStep) => `step ${steps.indexOf(step) + 1}`;
  const badName = steps.find((step) => !stepNamePattern.test(step.name));
  if (badName) return `${at(badName)} has a name SageMaker would reject`;
  const seen = new Set<string>();
  const twice = steps.find((step) => seen.size === seen.add(step.name).size);
  if (twice) return `${at(twice)} has the same name as another step`;
  const badType = steps.find(
    (step) => step.kept?.Type !== undefined && !keptTypePattern.test(step.kept.Type),
  );
  if (badType) return `${at(badType)} has a step type no pipeline definition uses`;
  return undefined;
}

/** The page's address with the pipeline in its fragment, or why the pipeline cannot be shared. */
export function shareUrl(location: { origin: string; pathname: string }, p: BuilderPipeline): ShareLink {
  const reason = unshareable(p);
  if (reason) {
    return {
      ok: false,
      error: `This pipeline cannot be shared yet: ${reason}. Fix what the checks flag, then share again.`,
    };
  }
  const code = encodePipeline(p);
  if (code.length > maxShareCodeLength) {
    return {
      ok: false,
      error: `This pipeline is too big for a share link (${Math.ceil(code.length / 1024)} KB of the ${maxShareCodeLength / 1024} KB a link may carry): export the definition instead.`,
    };
  }
  return { ok: true, url: `${location.origin}${location.pathname}#${hashPrefix}${code}` };
}

/**
 * The pipeline in a location hash; undefined when the hash holds none (an ordinary heading anchor).
 * A link the builder could never have made (see `unshareable`) is refused, whatever it decodes to.
 */
export function pipelineFromHash(hash: string): ModelResult | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(hashPrefix)) return undefined;
  const result = decodePipeline(fragment.slice(hashPrefix.length));
  if (!result.ok) return result;
  const reason = unshareable(result.pipeline);
  return reason ? linkProblem(`this page never makes such a link (${reason})`) : result;
}

function linkProblem(reason: string): ModelResult {
  return { ok: false, error: `This share link cannot be opened: ${reason}.` };
}

/* ---- base64url (RFC 4648 §5, no padding) ---- */

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode takes its arguments on the stack.
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(code: string): Uint8Array {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
