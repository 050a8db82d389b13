import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'studio-one-interface',
    topic: 'studio',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A data science team writes Python. It wants a single web-based interface in which to run notebooks, start training and tuning jobs, deploy models to endpoints and build automated workflows. Which AWS offering fits?',
    options: [
      {
        text: 'Amazon SageMaker Studio',
        correct: true,
        why: 'Studio is the web IDE of SageMaker AI: one interface for coding, training, tuning, debugging, deploying and running Pipelines.',
      },
      {
        text: 'Amazon SageMaker Canvas',
        correct: false,
        why: 'Canvas is the no-code app for business analysts; a team that writes code and manages jobs itself works in Studio.',
      },
      {
        text: 'The Amazon Bedrock playgrounds',
        correct: false,
        why: 'The playgrounds let you try prompts on foundation models; they do not run notebooks, training jobs or pipelines.',
      },
      {
        text: 'Amazon QuickSight',
        correct: false,
        why: 'QuickSight is a business intelligence service for dashboards; it is not an ML development environment.',
      },
    ],
  },
  {
    id: 'studio-new-account-classic',
    topic: 'studio',
    heading: 'which-studio-is-which',
    task: '1.3',
    scope: 'today',
    format: 'single',
    stem: 'A team in a new AWS account follows an older tutorial that says: "Onboard to SageMaker Studio Classic and open a notebook there." What should the team do today?',
    options: [
      {
        text: "Use today's SageMaker Studio and open JupyterLab in a space",
        correct: true,
        why: 'Studio is the default IDE for domains created after 30 November 2023; the tutorial predates the change, when Studio Classic was the answer, but Studio Classic is no longer available for onboarding.',
      },
      {
        text: 'Create a new domain and add a Studio Classic application to it.',
        correct: false,
        why: 'Studio Classic takes no new onboarding and no new Studio Classic apps can be created; it only keeps existing workloads running.',
      },
      {
        text: 'Move to SageMaker Unified Studio, because SageMaker Studio was retired in December 2024.',
        correct: false,
        why: 'SageMaker Studio was not retired: it is the current IDE of SageMaker AI. Unified Studio is the separate workspace of the wider Amazon SageMaker platform.',
      },
      {
        text: 'Use SageMaker Canvas, which replaced Studio Classic for notebooks.',
        correct: false,
        why: 'Canvas is a no-code app; it does not host notebooks and is not the successor of Studio Classic.',
      },
    ],
  },
  {
    id: 'studio-code-editor',
    topic: 'studio',
    heading: 'applications-and-spaces-in-todays-studio',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A developer wants to edit the Python packages and pipeline code of an ML project in a Visual Studio Code-style editor that AWS manages inside SageMaker AI. Which Studio application should the developer open?',
    options: [
      {
        text: 'Code Editor',
        correct: true,
        why: 'Code Editor is based on Code-OSS, the open-source Visual Studio Code, and is meant for scripts, packages and pipeline code.',
      },
      {
        text: 'JupyterLab',
        correct: false,
        why: 'JupyterLab is the notebook application for interactive exploration and prototyping, not a VS Code-style editor.',
      },
      {
        text: 'RStudio',
        correct: false,
        why: 'RStudio is for R development and needs an RStudio license; it is not a VS Code-style editor for Python projects.',
      },
      {
        text: 'SageMaker Canvas',
        correct: false,
        why: 'Canvas is a no-code application for building models, not an editor for Python packages.',
      },
    ],
  },
  {
    id: 'studio-shared-space',
    topic: 'studio',
    heading: 'applications-and-spaces-in-todays-studio',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'Three data scientists in the same SageMaker AI domain want to work on one set of notebooks and files together in today’s Studio. What should they use?',
    options: [
      {
        text: 'A shared space for the three of them',
        correct: true,
        why: 'A space is compute plus storage; a shared space belongs to several users, so they reach the same files and applications.',
      },
      {
        text: 'One private space for each of the three',
        correct: false,
        why: 'A private space belongs to one user; private spaces alone do not give the three a common set of files.',
      },
      {
        text: 'The shared Amazon EFS volume of Studio Classic',
        correct: false,
        why: 'One shared EFS volume for all users was how Studio Classic stored files; Studio Classic is closed to onboarding, and today’s Studio gives each space its own EBS volume.',
      },
      {
        text: 'A SageMaker Canvas workspace',
        correct: false,
        why: 'Canvas is a no-code app for analysts; it is not where data scientists share notebooks.',
      },
    ],
  },
  {
    id: 'studio-capabilities',
    topic: 'studio',
    heading: 'what-you-can-do-in-studio',
    task: '1.3',
    scope: 'today',
    format: 'multiple',
    choose: 3,
    stem: 'A customer onboarded to SageMaker AI in November 2026. Which three things can its data scientists do from SageMaker Studio? (Choose three.)',
    options: [
      {
        text: 'Run notebooks in JupyterLab on an instance type they pick',
        correct: true,
        why: 'JupyterLab is one of Studio’s applications, and each space runs on the instance type the user chooses.',
      },
      {
        text: 'Launch Automatic Model Tuning jobs and compare their trials',
        correct: true,
        why: 'Studio starts training and tuning jobs and shows their results side by side.',
      },
      {
        text: 'Design SageMaker Pipelines visually or in code',
        correct: true,
        why: 'Automated workflows are one of Studio’s core jobs: Pipelines can be built in a visual designer or in code.',
      },
      {
        text: 'Turn on SageMaker Debugger profiling for their training jobs',
        correct: false,
        why: 'SageMaker Debugger is closed to new customers from 30 July 2026, so a customer onboarded in November 2026 cannot start using it; logs, metrics and IDE debugging remain.',
      },
      {
        text: 'Create new Studio Classic apps for their notebooks',
        correct: false,
        why: 'Studio Classic is kept for existing workloads only; no new Studio Classic apps can be created.',
      },
      {
        text: 'Use RStudio without an RStudio license',
        correct: false,
        why: 'RStudio is available in Studio, but it needs an RStudio license.',
      },
    ],
  },
  {
    id: 'studio-which-studio',
    topic: 'studio',
    heading: 'which-studio-is-which',
    task: '1.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each description to the product it describes.',
    pairs: [
      {
        prompt:
          'IDE hub of SageMaker AI (JupyterLab, Code Editor, RStudio, Canvas, MLflow); default for domains created after 30 November 2023',
        answer: 'SageMaker Studio',
        why: 'That is today’s Studio, the "SageMaker Studio" of exam questions.',
      },
      {
        prompt:
          'The original JupyterLab-based IDE, kept running for existing workloads but closed to new onboarding',
        answer: 'SageMaker Studio Classic',
        why: 'The earlier Studio was renamed Studio Classic on 30 November 2023, and AWS no longer makes it available for onboarding.',
      },
      {
        prompt:
          'Workspace of the data, analytics and AI platform launched in December 2024, with shared projects that include Amazon Bedrock tools',
        answer: 'SageMaker Unified Studio',
        why: 'Unified Studio belongs to the wider Amazon SageMaker platform, not only to SageMaker AI.',
      },
      {
        prompt:
          'No-code application for business analysts, which you can open from Studio’s list of applications',
        answer: 'SageMaker Canvas',
        why: 'Canvas is a separate no-code app in the domain; Studio can launch it but is itself for people who write code.',
      },
    ],
  },
  {
    id: 'studio-applications',
    topic: 'studio',
    heading: 'applications-and-spaces-in-todays-studio',
    task: '1.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each need to the Studio application that serves it.',
    pairs: [
      {
        prompt: 'Explore a dataset interactively and prototype a model in notebooks',
        answer: 'JupyterLab',
        why: 'JupyterLab is Studio’s notebook application for exploration and prototyping.',
      },
      {
        prompt: 'Write and refactor the scripts of a training package in a VS Code-style editor',
        answer: 'Code Editor',
        why: 'Code Editor is based on Code-OSS (open-source Visual Studio Code).',
      },
      {
        prompt: 'Develop statistical analyses in R',
        answer: 'RStudio',
        why: 'RStudio is the R environment in Studio (it needs an RStudio license).',
      },
      {
        prompt: 'Record and compare the parameters and metrics of experiment runs',
        answer: 'MLflow',
        why: 'The MLflow application tracks experiments and runs.',
      },
      {
        prompt: 'Let a business analyst build a model without code',
        answer: 'Canvas',
        why: 'Canvas is the no-code application, with Data Wrangler data preparation inside it.',
      },
    ],
  },
  {
    id: 'studio-parts-engineers-environment',
    topic: 'studio',
    heading: 'what-you-can-do-in-studio',
    task: '1.3',
    scope: 'exam',
    caseStudy: 'case-manufacturer-part-inspection',
    format: 'single',
    stem: 'The engineers want notebooks to explore the photos, training jobs on GPU instances and, later, automated retraining, all in one web-based environment. What should they use?',
    options: [
      {
        text: 'SageMaker Studio, with JupyterLab spaces',
        correct: true,
        why: 'Studio is the web IDE of SageMaker AI: notebooks in JupyterLab on instances you pick, training and tuning jobs, and pipelines.',
      },
      {
        text: 'SageMaker Canvas, with custom image models',
        correct: false,
        why: 'Canvas is the no-code application for analysts; it offers no notebooks or training code.',
      },
      {
        text: 'The Amazon Bedrock playgrounds',
        correct: false,
        why: 'Playgrounds are for trying foundation models with prompts, not for training image models.',
      },
      {
        text: 'Amazon Rekognition Custom Labels console',
        correct: false,
        why: 'Custom Labels trains image models without notebooks or pipelines, so it does not give the engineers their own code.',
      },
    ],
  },
];
