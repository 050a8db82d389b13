import type { CaseStudy } from './types';

/**
 * The case studies of the question bank (an exam question type: one scenario, several questions).
 * Each study's questions live in the topic file of the page that teaches them and carry its id in
 * `caseStudy`; every study has three or four (checked in bank-quality.test.ts).
 */
export const caseStudies: readonly CaseStudy[] = [
  {
    id: 'case-lender-credit-model',
    title: 'A lender replaces its credit rules with a model',
    scenario:
      'Northbank, a consumer lender, is replacing its rule-based credit decisions with a model trained in SageMaker AI on ten years of loan applications, each marked with whether the loan was repaid. Applicants apply on the bank’s website and expect a decision while they wait. The regulator requires the bank to document the model, to show that applicants are not treated differently because of their age, and to notice quickly if the model’s behaviour changes after launch. Repayment outcomes for new loans arrive months after each decision.',
  },
  {
    id: 'case-grocer-demand-forecast',
    title: 'A grocery chain forecasts weekly demand',
    scenario:
      'A grocery chain with 400 stores wants to forecast next quarter’s weekly demand for every product in every store. Several years of daily sales per store sit in Amazon S3, with the date of each sale and the store’s region. Its category analysts know the data well but write no code; a small data science team looks after production models. The forecasts are produced once a week, on Sunday night, for all stores at once, and nobody waits for a single forecast.',
  },
  {
    id: 'case-isp-support-chatbot',
    title: 'An internet provider builds a support chatbot',
    scenario:
      'An internet provider is building a customer support chatbot on a foundation model. Answers must follow its tariff and troubleshooting documents, which change every week. The team has software developers but nobody to run ML infrastructure. Refund promises above a set amount must be checked by a support agent before the customer sees them, and management wants to know whether the chatbot is worth its running cost.',
  },
  {
    id: 'case-hospital-xray-triage',
    title: 'A hospital network triages chest X-rays',
    scenario:
      'A hospital network wants a model that flags chest X-rays likely to show pneumonia, so that radiologists read those first. It holds 80,000 unlabelled X-rays containing patient data, which must stay in its own AWS accounts under keys its security team controls. Its own radiologists will label the images. After launch, any X-ray the model scores with low confidence must be read by a radiologist before its result reaches the triage list.',
  },
  {
    id: 'case-insurer-claims-mlops',
    title: 'An insurer puts its fraud model under control',
    scenario:
      'An insurer retrains its claims-fraud model every month. Today a data scientist runs the notebooks by hand, and last quarter an untested model reached production. The head of ML now wants the monthly run to happen the same way every time, a reviewer to sign off each new version before it is deployed, one view of every deployed model with its risk rating, and auditors to be able to trace any model back to the data it was trained on.',
  },
  {
    id: 'case-law-firm-drafting-assistant',
    title: 'A law firm customizes a drafting assistant',
    scenario:
      'A law firm wants a generative AI assistant that drafts contract clauses in its house style and uses legal terms correctly. It has a large archive of unlabelled contracts and 5,000 pairs of drafting instructions and partner-approved clauses. Its fee schedule, which the assistant must quote, changes every month. For confidentiality the firm runs the model in its own AWS account on instances it chooses, and partners will compare two candidate models before one is picked.',
  },
  {
    id: 'case-manufacturer-part-inspection',
    title: 'A manufacturer inspects parts from photos',
    scenario:
      'A manufacturer photographs every part that leaves its production line. It wants to flag defective parts and show workers exactly where each scratch is, so that the part can be reworked. None of the 30,000 stored photos has labels yet. Its line managers want to try a simple defective-or-good model themselves without code, while its engineers, who write Python, will build the production model.',
  },
];
