/**
 * The ways to customize a foundation model, cheapest first: the "cost ladder" the exam asks about.
 * The order is the rule of thumb of older study material (a typical relative order, not a price list), so the rungs
 * carry a rank and words, never dollar figures. The page's table and the cost-ladder island both
 * render this list.
 */
export type MethodId =
  'prompt-engineering' | 'rag' | 'instruction-fine-tuning' | 'domain-adaptation' | 'pre-training';

export interface CustomizationMethod {
  id: MethodId;
  name: string;
  /** Short name for tight spaces (practice list, compare picker). */
  short: string;
  /** Position on the ladder, 1 = cheapest. */
  rank: number;
  /** Relative cost in words. */
  cost: string;
  /** What you must bring. */
  needs: string;
  changesWeights: boolean;
  whenToUse: string;
  /** Where it lives on AWS. */
  onAws: string;
  /** Why it sits on this rung: what makes it cost more than the rung below. */
  costReason: string;
  /** Longer explanation shown when a reader opens the rung. */
  detail: string;
  /** True for a rung the source notes do not cover. */
  beyondNotes: boolean;
}

export const customizationMethods: readonly CustomizationMethod[] = [
  {
    id: 'prompt-engineering',
    name: 'Prompt engineering',
    short: 'Prompt engineering',
    rank: 1,
    cost: 'Cheapest',
    needs: 'Nothing but prompts: clear instructions, context and perhaps a few examples.',
    changesWeights: false,
    whenToUse: 'Always the first thing to try: the model already knows enough and only needs steering.',
    onAws:
      'Any foundation model: the Amazon Bedrock playgrounds, or a JumpStart model on a SageMaker AI endpoint.',
    costReason: 'You pay only to run the model: no extra data store, no training job.',
    detail:
      'AWS recommends starting here. Zero-shot, few-shot (a handful of examples inside the prompt) and chain-of-thought prompts often get the result with the weights untouched. The limits: what fits in the context window, and knowledge that stops where the training data stopped.',
    beyondNotes: false,
  },
  {
    id: 'rag',
    name: 'Retrieval Augmented Generation (RAG)',
    short: 'RAG',
    rank: 2,
    cost: 'More than prompting',
    needs:
      'A knowledge base of your documents, usually held as embeddings in a vector database, searched at question time.',
    changesWeights: false,
    whenToUse:
      'Answers must rest on private, company-specific or fast-changing facts: you update documents, not the model.',
    onAws:
      'Amazon Bedrock Knowledge Bases, with a vector store such as Amazon OpenSearch Service or Amazon Aurora PostgreSQL; or your own retrieval in front of a JumpStart model.',
    costReason:
      'Besides running the model you build, fill and run a knowledge base (usually a vector database), yet nothing is trained.',
    detail:
      'Documents are split into chunks, turned into embeddings and stored. Each question fetches the closest chunks and adds them to the prompt, so the model answers from your text and can cite it. New facts count as soon as the documents change, with no retraining.',
    beyondNotes: false,
  },
  {
    id: 'instruction-fine-tuning',
    name: 'Instruction-based fine-tuning',
    short: 'Instruction fine-tuning',
    rank: 3,
    cost: 'More than RAG',
    needs: 'Labeled examples: prompt-response pairs written as instructions.',
    changesWeights: true,
    whenToUse:
      'One specific task must get better, prompts fall short, and you hold labeled examples of good answers.',
    onAws:
      'Fine-tune a JumpStart foundation model from Studio or the SageMaker Python SDK, then host it on a SageMaker AI endpoint. Amazon Bedrock calls this supervised fine-tuning.',
    costReason:
      'It adds a training job on accelerated instances, the work of labeling examples, and hosting your own copy of the model.',
    detail:
      'Each training record pairs an instruction-style prompt with the response you want. Further training on those records adjusts the model weights so the model performs that task better. The FLAN-T5 models in JumpStart are instruction-tuned this way.',
    beyondNotes: false,
  },
  {
    id: 'domain-adaptation',
    name: 'Domain adaptation fine-tuning',
    short: 'Domain adaptation',
    rank: 4,
    cost: 'Most expensive of the four',
    needs: 'Unlabeled text from your domain (manuals, reports, papers): no labels needed.',
    changesWeights: true,
    whenToUse:
      "Prompting does not customize enough and the model must speak a domain's language: industry jargon, technical terms, specialized data.",
    onAws:
      'Fine-tune a JumpStart foundation model on the domain text and host it on a SageMaker AI endpoint. Amazon Bedrock offers the same idea as continued pre-training.',
    costReason:
      'Training runs over a body of raw domain text rather than a few labeled pairs: older study material ranks it the most expensive.',
    detail:
      'The model keeps training on plain domain documents, which shifts its weights toward the vocabulary and style of the field. Use it when the model misreads or avoids the terms your domain uses, even with good prompts.',
    beyondNotes: false,
  },
  {
    id: 'pre-training',
    name: 'Pre-training a model from scratch',
    short: 'Pre-training',
    rank: 5,
    cost: 'Far above every other rung',
    needs: 'Huge general corpora, large accelerator clusters, ML expertise and a long schedule.',
    changesWeights: true,
    whenToUse:
      'Hardly ever in an exam scenario: only when no existing foundation model fits and data and budget are vast.',
    onAws: 'Large training clusters on SageMaker AI, for example SageMaker HyperPod.',
    costReason: 'It creates the weights from nothing instead of adjusting a model that exists.',
    detail:
      "Not in older study material: the exam guide lists pre-training among the cost tradeoffs of customization. Don't mix it up with Amazon Bedrock's continued pre-training, which keeps training an existing model on your unlabeled data: that is domain adaptation, one rung lower.",
    beyondNotes: true,
  },
];
