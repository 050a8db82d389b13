/**
 * "Which fits my case?": yes/no answers pick the cheapest rung of the customization ladder that
 * satisfies them (the exam's rule of thumb), and say why each cheaper rung falls short.
 */
import type { MethodId } from '../../data/customization-methods';

/** Pre-training is beyond the notes' questions, so the recommender never picks it. */
export type RecommendableId = Exclude<MethodId, 'pre-training'>;
export type QuestionId = 'facts' | 'labeled' | 'jargon' | 'tightBudget';
export type Answers = Record<QuestionId, boolean>;

export interface Question {
  id: QuestionId;
  text: string;
}

export const questions: readonly Question[] = [
  { id: 'facts', text: 'Must answers use private or fresh facts the model never saw?' },
  { id: 'labeled', text: 'Do you have labeled examples (prompt-response pairs) of the task?' },
  {
    id: 'jargon',
    text: "Must it speak a domain's jargon, and do you have unlabeled text from that domain?",
  },
  { id: 'tightBudget', text: 'Is the budget tight?' },
];

export const noAnswers: Answers = { facts: false, labeled: false, jargon: false, tightBudget: false };

/** The rungs the recommender chooses from, cheapest first. */
export const recommendable: readonly RecommendableId[] = [
  'prompt-engineering',
  'rag',
  'instruction-fine-tuning',
  'domain-adaptation',
];

/** A need the answers raise: the cheapest rung that meets it, and why each cheaper one does not. */
interface Need {
  applies: (answers: Answers) => boolean;
  minimum: RecommendableId;
  /** Why a rung below `minimum` does not meet the need. */
  shortfall: Partial<Record<RecommendableId, string>>;
}

const needs: readonly Need[] = [
  {
    applies: (a) => a.facts,
    minimum: 'rag',
    shortfall: {
      'prompt-engineering':
        'The model only knows its training data, and prompts cannot carry a whole private or changing knowledge base.',
    },
  },
  {
    applies: (a) => a.labeled && !a.tightBudget,
    minimum: 'instruction-fine-tuning',
    shortfall: {
      'prompt-engineering':
        'A prompt holds only a few of your labeled examples; learning from all of them takes training.',
      rag: 'Retrieval adds facts to the prompt but does not teach the model a task from your labeled pairs.',
    },
  },
  {
    applies: (a) => a.jargon,
    minimum: 'domain-adaptation',
    shortfall: {
      'prompt-engineering':
        "Prompts leave the weights alone, so the model's grasp of the domain's language stays as it was.",
      rag: 'Retrieved passages bring facts, not fluency: the weights, and so the feel for the jargon, stay unchanged.',
      'instruction-fine-tuning':
        "It needs labeled pairs and teaches a task; your asset is unlabeled domain text, and the goal is the domain's language.",
    },
  },
];

export interface Recommendation {
  rung: RecommendableId;
  /** Why the chosen rung fits. */
  why: string;
  /** Each cheaper rung with the reasons it falls short, cheapest first. */
  cheaper: { id: RecommendableId; reasons: string[] }[];
  /** Extra advice the answers call for (combine with RAG, budget warnings). */
  notes: string[];
}

const why: Record<RecommendableId, string> = {
  'prompt-engineering': 'Nothing you answered rules out the cheapest rung: start with good prompts.',
  rag: 'It grounds answers in your own, current documents without training anything.',
  'instruction-fine-tuning':
    'Your labeled prompt-response pairs can train the model on the task, and the budget allows it.',
  'domain-adaptation':
    "Only further training on unlabeled domain text teaches the model the domain's language.",
};

const rankOf = (id: RecommendableId) => recommendable.indexOf(id);

export function recommend(answers: Answers): Recommendation {
  const active = needs.filter((need) => need.applies(answers));
  const rung = active.reduce<RecommendableId>(
    (best, need) => (rankOf(need.minimum) > rankOf(best) ? need.minimum : best),
    'prompt-engineering',
  );
  const cheaper = recommendable.slice(0, rankOf(rung)).map((id) => ({
    id,
    reasons: active.flatMap((need) => need.shortfall[id] ?? []),
  }));
  const notes: string[] = [];
  if (answers.facts && rankOf(rung) > rankOf('rag')) {
    notes.push(
      'Add RAG on top for the private or fresh facts: a fine-tuned model still only knows what it was trained on.',
    );
  }
  if (answers.labeled && answers.tightBudget) {
    notes.push(
      'With a tight budget, put a few of your labeled examples into the prompt (few-shot) instead of fine-tuning.',
    );
  }
  if (answers.jargon && answers.tightBudget) {
    notes.push(
      'This is the most expensive rung of the four: on a tight budget, first prove that prompts (say, with a glossary) really fall short.',
    );
  }
  return { rung, why: why[rung], cheaper, notes };
}
