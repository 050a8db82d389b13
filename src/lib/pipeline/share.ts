/**
 * Share links: the pipeline travels in the URL fragment (`#pipeline=<code>`), which browsers never
 * send to a server. The code is the compact form (`compact.ts`) as UTF-8 in base64url. The builder
 * loads this module only when a link is opened or made.
 */
import { compactPipeline, parsePipelineModel, type ModelResult } from './compact';
import { importLimits, readJson } from './json-text';
import type { BuilderPipeline } from './model';

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

/** The page's address with the pipeline in its fragment, or why the pipeline is too big to share. */
export function shareUrl(location: { origin: string; pathname: string }, p: BuilderPipeline): ShareLink {
  const code = encodePipeline(p);
  if (code.length > maxShareCodeLength) {
    return {
      ok: false,
      error: `This pipeline is too big for a share link (${Math.ceil(code.length / 1024)} KB of the ${maxShareCodeLength / 1024} KB a link may carry): export the definition instead.`,
    };
  }
  return { ok: true, url: `${location.origin}${location.pathname}#${hashPrefix}${code}` };
}

/** The pipeline in a location hash; undefined when the hash holds none (an ordinary heading anchor). */
export function pipelineFromHash(hash: string): ModelResult | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(hashPrefix)) return undefined;
  return decodePipeline(fragment.slice(hashPrefix.length));
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
