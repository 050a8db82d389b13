import type { Answerable, Question, QuestionKey, QuestionScope } from '../../data/questions/types';
import { questionHash } from './content-hash';

/** The key of a question (its content hash computed here, on the server, once). */
export function questionKey(question: Question): QuestionKey {
  const { id, topic, task, scope, caseStudy } = question;
  return {
    id,
    topic,
    task,
    scope,
    hash: questionHash(question),
    ...(caseStudy !== undefined && { caseStudy }),
  };
}

/** The content hash of a question or of its key. */
export function hashOf(question: Answerable): string {
  return 'hash' in question ? question.hash : questionHash(question);
}

const scopes: readonly QuestionScope[] = ['exam', 'deeper', 'today'];

/**
 * Keys as compact text for the practice page's island props: one line per question, its fields
 * separated by spaces (ids, slugs, tasks, scopes and hashes have none). A JSON array of objects
 * would be several times longer once Astro serialises it into the HTML.
 */
export function encodeKeys(keys: readonly QuestionKey[]): string {
  return keys
    .map((key) => {
      const fields = [
        key.id,
        key.topic,
        key.task,
        key.scope,
        key.hash,
        ...(key.caseStudy ? [key.caseStudy] : []),
      ];
      if (fields.some((field) => /\s/.test(field) || field === '')) {
        throw new Error(`question-key: ${key.id} has a field with white space or none`);
      }
      return fields.join(' ');
    })
    .join('\n');
}

export function decodeKeys(text: string): QuestionKey[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [id, topic, task, scope, hash, caseStudy] = line.split(' ');
      if (!scopes.includes(scope as QuestionScope)) throw new Error(`question-key: bad scope in "${line}"`);
      return {
        id,
        topic,
        task,
        scope: scope as QuestionScope,
        hash,
        ...(caseStudy !== undefined && { caseStudy }),
      };
    });
}
