/**
 * Reading untrusted JSON text (an import, a share link, saved work): size and nesting are checked
 * before `JSON.parse`, `__proto__` keys are dropped while parsing, and nothing here throws.
 */

export const importLimits = {
  /**
   * SageMaker's own limit for a pipeline definition: `PipelineDefinition` is at most 1,048,576
   * characters (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePipeline.html).
   */
  maxBytes: 1_048_576,
  /** Steps the builder shows: the top level and the Conditions' branches. */
  maxSteps: 200,
  /**
   * Brackets open at once. Real definitions stay far below (the SDK's own test of 30 nested
   * Conditions reaches about 130); a hostile file of 100,000 nested arrays is refused before parsing.
   */
  maxDepth: 256,
} as const;

export type JsonText = { ok: true; value: unknown; droppedProtoKeys: number } | { ok: false; error: string };

/** `text` parsed as JSON, or a one-line reason why not: empty, too large, too deep, cut short, not JSON. */
export function readJson(text: string, limits: { maxBytes: number; maxDepth: number }): JsonText {
  if (text.trim() === '') return { ok: false, error: 'The text is empty.' };
  const bytes = text.length > limits.maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > limits.maxBytes) {
    return {
      ok: false,
      error: `The text is too large: ${megabytes(bytes)}; the limit is ${megabytes(limits.maxBytes)}.`,
    };
  }
  const shape = scanBrackets(text, limits.maxDepth);
  if (shape.tooDeep) {
    return {
      ok: false,
      error: `The JSON nests deeper than ${limits.maxDepth} levels, which no pipeline needs.`,
    };
  }
  let droppedProtoKeys = 0;
  try {
    // A reviver that returns undefined deletes the key: `__proto__` never becomes a prototype.
    const value: unknown = JSON.parse(text, (key, inner: unknown) => {
      if (key !== '__proto__') return inner;
      droppedProtoKeys++;
      return undefined;
    });
    return { ok: true, value, droppedProtoKeys };
  } catch (error) {
    if (shape.unclosed)
      return {
        ok: false,
        error: 'The JSON stops part-way (a bracket or quote is never closed): is the text cut short?',
      };
    return { ok: false, error: `This is not valid JSON: ${syntaxDetail(text, error)}.` };
  }
}

/**
 * One pass over the text outside strings: whether brackets nest deeper than `maxDepth` (stops
 * there) and whether the text ends with a bracket or a string still open.
 */
function scanBrackets(text: string, maxDepth: number): { tooDeep: boolean; unclosed: boolean } {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '[' || char === '{') {
      if (++depth > maxDepth) return { tooDeep: true, unclosed: true };
    } else if (char === ']' || char === '}') {
      depth--;
    }
  }
  return { tooDeep: false, unclosed: inString || depth > 0 };
}

/** Where JSON.parse stopped, as line and column when the engine gives a position, else its message. */
function syntaxDetail(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return oneLine(message);
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `it breaks at line ${line}, column ${column}`;
}

function oneLine(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(bytes < 1_048_576 ? 2 : 1)} MB`;
}

export type Json = Record<string, unknown>;

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `step-1`, `step-2`, …: the pattern the editing operations continue from. */
export function keyMaker(): () => string {
  let count = 0;
  return () => `step-${++count}`;
}
