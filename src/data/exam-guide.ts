/**
 * AIF-C01 exam guide: domains, the task statements pages map to, and the question types.
 * Source: AWS Certified AI Practitioner (AIF-C01) exam guide, version 1.4 ("Content outline" and
 * "Question types"), re-checked 2026-11-25; the domain pages of AWS's HTML guide carry the same task
 * statements (e.g. `domainGuideUrl(3)`). Choosing a managed AI/ML service is task 1.2 ("Explain the
 * capabilities of AWS managed AI/ML services"); task 2.3 is AWS infrastructure for generative AI.
 * Checked again on 2026-11-25 for the pages beyond the notes: the `examguides/` domain pages carry
 * these titles, and the guide's objectives are the ones those pages cite (1.3 model and business
 * metrics; 3.4 ROUGE, BLEU, BERTScore; 4.1 bias and variance, Amazon A2I; 5.1 IAM, encryption,
 * Macie, PrivateLink, data lineage). A newer copy of the `ai-practitioner-01/` pages words 1.3 "Describe the AI/ML development
 * lifecycle" and adds agentic AI to 1.1; the task ids are unchanged, so no page mapping moves.
 */
export interface ExamDomain {
  number: number;
  title: string;
  /** Share of scored content, in percent. */
  weight: number;
}

export interface ExamTask {
  id: string;
  domain: number;
  title: string;
}

export const examFacts = {
  questions: 65,
  scoredQuestions: 50,
  minutes: 90,
  passingScore: 700,
  maxScore: 1000,
  guideUrl: 'https://docs.aws.amazon.com/aws-certification/latest/ai-practitioner-01/ai-practitioner-01.html',
} as const;

export interface QuestionType {
  name: string;
  /** How the guide says the type is answered and scored. */
  howItWorks: string;
}

/** The question types the exam guide lists, in its order. */
export const questionTypes: readonly QuestionType[] = [
  { name: 'Multiple choice', howItWorks: 'one correct response and three distractors' },
  {
    name: 'Multiple response',
    howItWorks: 'two or more correct responses among five or more options; all must be selected for credit',
  },
  {
    name: 'Ordering',
    howItWorks: 'pick the 3 to 5 responses that complete a task and put them in the right order',
  },
  { name: 'Matching', howItWorks: 'match a list of responses to 3 to 7 prompts; every pair must be right' },
  {
    name: 'Case study',
    howItWorks: 'one scenario with two or more questions, each scored on its own',
  },
];

/** AWS's HTML exam guide page for one content domain. */
export function domainGuideUrl(domain: number): string {
  return `https://docs.aws.amazon.com/aws-certification/latest/examguides/ai-practitioner-01-domain${domain}.html`;
}

export const examDomains: readonly ExamDomain[] = [
  { number: 1, title: 'Fundamentals of AI and ML', weight: 20 },
  { number: 2, title: 'Fundamentals of Generative AI', weight: 24 },
  { number: 3, title: 'Applications of Foundation Models', weight: 28 },
  { number: 4, title: 'Guidelines for Responsible AI', weight: 14 },
  { number: 5, title: 'Security, Compliance, and Governance for AI Solutions', weight: 14 },
];

export const examTasks: readonly ExamTask[] = [
  { id: '1.1', domain: 1, title: 'Explain basic AI concepts and terminologies' },
  { id: '1.2', domain: 1, title: 'Identify practical use cases for AI' },
  { id: '1.3', domain: 1, title: 'Describe the ML development lifecycle' },
  { id: '2.1', domain: 2, title: 'Explain the basic concepts of generative AI' },
  {
    id: '2.2',
    domain: 2,
    title: 'Understand the capabilities and limitations of generative AI for solving business problems',
  },
  {
    id: '2.3',
    domain: 2,
    title: 'Describe AWS infrastructure and technologies for building generative AI applications',
  },
  {
    id: '3.1',
    domain: 3,
    title: 'Describe design considerations for applications that use foundation models',
  },
  { id: '3.2', domain: 3, title: 'Choose effective prompt engineering techniques' },
  { id: '3.3', domain: 3, title: 'Describe the training and fine-tuning process for foundation models' },
  { id: '3.4', domain: 3, title: 'Describe methods to evaluate foundation model performance' },
  { id: '4.1', domain: 4, title: 'Explain the development of AI systems that are responsible' },
  { id: '4.2', domain: 4, title: 'Recognize the importance of transparent and explainable models' },
  { id: '5.1', domain: 5, title: 'Explain methods to secure AI systems' },
  { id: '5.2', domain: 5, title: 'Recognize governance and compliance regulations for AI systems' },
];

export const examTaskIds = examTasks.map((task) => task.id) as [string, ...string[]];

export function findExamTask(id: string): ExamTask | undefined {
  return examTasks.find((task) => task.id === id);
}
