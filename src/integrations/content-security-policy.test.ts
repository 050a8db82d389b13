import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor, scriptHash, withPolicy } from './content-security-policy';

describe('scriptHash', () => {
  it('is the SHA-256 source a browser computes (the empty script, from the CSP spec examples)', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('changes with a single character, whitespace included', () => {
    expect(scriptHash('a()')).not.toBe(scriptHash('a() '));
  });
});

describe('inlineScriptHashes', () => {
  it('hashes classic and module inline scripts, once each, and skips external and data scripts', () => {
    const html = [
      '<script>one()</script>',
      '<script type="module">two()</script>',
      '<script aria-hidden="true">one()</script>',
      '<script type="module" src="/a.js"></script>',
      '<script type="application/json">{"not":"code"}</script>',
    ].join('\n');
    expect(inlineScriptHashes(html)).toEqual([scriptHash('one()'), scriptHash('two()')]);
  });

  it('keeps a multi-line body byte for byte', () => {
    expect(inlineScriptHashes('<script>\n\tgo();\n</script>')).toEqual([scriptHash('\n\tgo();\n')]);
  });
});

describe('policyFor', () => {
  const policy = policyFor([scriptHash('x')]);
  const directive = (name: string) =>
    policy
      .split('; ')
      .find((part) => part.startsWith(`${name} `))
      ?.split(' ')
      .slice(1);

  it('lets scripts come only from the site and the listed hashes', () => {
    expect(directive('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", scriptHash('x')]);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('shuts plugins, base changes and foreign form targets', () => {
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'self'"]);
    expect(directive('form-action')).toEqual(["'self'"]);
  });

  it('names no other origin', () => {
    expect(policy).not.toMatch(/https?:|\*/);
  });
});

describe('withPolicy', () => {
  const page = '<!DOCTYPE html><html><head><meta charset="utf-8"/><script>boot()</script></head></html>';

  it('puts the policy right after the charset, ahead of the first script, with its hash', () => {
    const html = withPolicy(page);
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBe(html.indexOf('<meta charset="utf-8"/>') + '<meta charset="utf-8"/>'.length);
    expect(meta).toBeLessThan(html.indexOf('<script>'));
    expect(html).toContain(scriptHash('boot()'));
  });

  it('refuses a page without a charset declaration rather than guess where the head starts', () => {
    expect(() => withPolicy('<html><head></head></html>')).toThrow(/charset/);
  });
});
