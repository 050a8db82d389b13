import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'jumpstart-cost-ladder-order',
    topic: 'jumpstart',
    heading: 'the-cost-ladder-of-customization',
    task: '3.3',
    scope: 'exam',
    format: 'ordering',
    stem: 'Order these ways of customizing a foundation model from the LEAST to the MOST expensive, by the usual rule of thumb.',
    items: [
      {
        text: 'Prompt engineering',
        why: 'You pay only to run the model: no extra data store and no training job.',
      },
      {
        text: 'Retrieval Augmented Generation (RAG)',
        why: 'It adds a knowledge base, usually a vector database, to build and run, but nothing is trained.',
      },
      {
        text: 'Instruction-based fine-tuning',
        why: 'It adds a training job, labeled prompt-response pairs to prepare, and hosting your own copy of the model.',
      },
      {
        text: 'Domain adaptation fine-tuning',
        why: 'Training runs over a body of raw domain text rather than a few labeled pairs, which makes it the most expensive of the four.',
      },
    ],
  },
  {
    id: 'jumpstart-pick-the-method',
    topic: 'jumpstart',
    heading: 'the-cost-ladder-of-customization',
    task: '3.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each scenario to the customization method that fits it best.',
    pairs: [
      {
        prompt:
          'The model already knows enough; answers only need a clearer format and tone, at the lowest cost',
        answer: 'Prompt engineering',
        why: 'Clear instructions, context and a few examples steer the model without changing it.',
      },
      {
        prompt: 'Answers must rest on internal policy documents that change every week',
        answer: 'Retrieval Augmented Generation (RAG)',
        why: 'RAG fetches the current documents at question time, so you update documents instead of retraining.',
      },
      {
        prompt: 'The team holds thousands of labeled prompt-response pairs for one extraction task',
        answer: 'Instruction-based fine-tuning',
        why: 'Labeled instruction-style pairs are exactly the data instruction fine-tuning trains on to improve one task.',
      },
      {
        prompt:
          'Even with good prompts, the model misreads the jargon of a field; only unlabeled manuals are available',
        answer: 'Domain adaptation fine-tuning',
        why: 'Training further on unlabeled domain text shifts the weights toward the field’s vocabulary.',
      },
    ],
  },
  {
    id: 'jumpstart-cheapest-first-step',
    topic: 'jumpstart',
    heading: 'the-cost-ladder-of-customization',
    task: '3.1',
    scope: 'exam',
    format: 'single',
    stem: 'A company uses a foundation model to draft replies to customers. The replies are accurate but too long and too informal. What is the MOST cost-effective first step?',
    options: [
      {
        text: 'Improve the prompts with instructions on length and tone, plus a few examples',
        correct: true,
        why: 'Prompt engineering is the cheapest rung and AWS recommends trying it first; style problems are what it fixes best.',
      },
      {
        text: 'Add Retrieval Augmented Generation with a vector database of past replies to customers',
        correct: false,
        why: 'RAG supplies facts from documents; the facts are already right, and RAG adds a knowledge base to build and run.',
      },
      {
        text: 'Instruction-based fine-tuning on labeled examples of good replies',
        correct: false,
        why: 'It could work, but it adds labeling, a training job and hosting; it is for when prompts fall short.',
      },
      {
        text: 'Domain adaptation fine-tuning on the company’s documents',
        correct: false,
        why: 'The most expensive of the four, and aimed at domain vocabulary, not length or tone.',
      },
    ],
  },
  {
    id: 'jumpstart-full-control',
    topic: 'jumpstart',
    heading: 'jumpstart-or-amazon-bedrock',
    task: '2.3',
    scope: 'exam',
    format: 'single',
    stem: 'A company must run an open-source foundation model in its own AWS account on instance types it chooses, and set its scaling itself. Which option fits?',
    options: [
      {
        text: 'Deploy it from SageMaker JumpStart to a SageMaker AI endpoint',
        correct: true,
        why: 'JumpStart deploys hub models onto SageMaker AI endpoints in your account, where you choose the instances and the scaling.',
      },
      {
        text: 'Call the model through the Amazon Bedrock API',
        correct: false,
        why: 'On-demand Bedrock models are serverless: AWS runs them and you choose no instances. (Bedrock Marketplace models do run on endpoints you size, but the exam pairs "instance types I choose" with JumpStart.)',
      },
      {
        text: 'Use the model in SageMaker Canvas chat',
        correct: false,
        why: 'Canvas gives non-coders a point-and-click chat on top of Bedrock and JumpStart models; it is not where you configure endpoint instances and scaling.',
      },
      {
        text: 'Use Amazon Comprehend',
        correct: false,
        why: 'Comprehend is a pre-trained NLP API; it does not host a foundation model of your choice.',
      },
    ],
  },
  {
    id: 'jumpstart-serverless-bedrock',
    topic: 'jumpstart',
    heading: 'jumpstart-or-amazon-bedrock',
    task: '2.3',
    scope: 'exam',
    format: 'single',
    stem: 'A start-up wants to add text generation to its app through API calls to a foundation model, with the LEAST operational overhead and no instances to manage. Which service should it use?',
    options: [
      {
        text: 'Amazon Bedrock',
        correct: true,
        why: 'Bedrock offers serverless API access to foundation models: there is no infrastructure to manage.',
      },
      {
        text: 'SageMaker JumpStart with a real-time endpoint',
        correct: false,
        why: 'JumpStart gives more control, but the start-up would choose, size, scale and pay for the endpoint instances itself.',
      },
      {
        text: 'A SageMaker AI built-in algorithm',
        correct: false,
        why: 'Built-in algorithms train new models on your data; none of them is a ready foundation model for text generation.',
      },
      {
        text: 'Pre-training a new model on SageMaker HyperPod',
        correct: false,
        why: 'Pre-training from scratch costs far more than any other option and needs large clusters, the opposite of least overhead.',
      },
    ],
  },
  {
    id: 'jumpstart-domain-jargon',
    topic: 'jumpstart',
    heading: 'domain-adaptation-fine-tuning',
    task: '3.3',
    scope: 'exam',
    format: 'single',
    stem: 'A law firm’s foundation model keeps misusing legal terms even with carefully written prompts. The firm has a large archive of contracts and court filings but no labeled examples. Which customization fits?',
    options: [
      {
        text: 'Domain adaptation fine-tuning',
        correct: true,
        why: 'Domain adaptation continues training on unlabeled text of the field, which is exactly what the firm holds, so the model learns how the field uses its terms.',
      },
      {
        text: 'Instruction-based fine-tuning',
        correct: false,
        why: 'Instruction fine-tuning needs labeled prompt-response pairs, which the firm does not have, and it targets one task rather than a field’s vocabulary.',
      },
      {
        text: 'Prompt engineering with few-shot examples',
        correct: false,
        why: 'Carefully written prompts have already failed; a few examples in the prompt do not change what the model knows about the terms.',
      },
      {
        text: 'Retrieval Augmented Generation (RAG)',
        correct: false,
        why: "RAG adds retrieved passages to the prompt; it helps with facts the model lacks, not with how it understands the field's language.",
      },
    ],
  },
  {
    id: 'jumpstart-weights',
    topic: 'jumpstart',
    heading: 'fine-tuning-in-jumpstart',
    task: '3.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two customization methods change the weights of a foundation model? (Choose two.)',
    options: [
      {
        text: 'Instruction-based fine-tuning',
        correct: true,
        why: 'Fine-tuning is further training on your data, and training changes the weights.',
      },
      {
        text: 'Domain adaptation fine-tuning',
        correct: true,
        why: 'Training on domain text shifts the weights toward the field’s vocabulary and style.',
      },
      {
        text: 'Retrieval Augmented Generation (RAG)',
        correct: false,
        why: 'RAG adds retrieved text to the prompt and leaves the weights as they are.',
      },
      {
        text: 'Few-shot prompting',
        correct: false,
        why: 'Examples inside the prompt steer one answer; the model itself is unchanged.',
      },
      {
        text: 'Moving the endpoint to a larger instance type',
        correct: false,
        why: 'A bigger instance changes speed and cost of hosting, not the model.',
      },
    ],
  },
  {
    id: 'jumpstart-rag-component',
    topic: 'jumpstart',
    heading: 'the-cost-ladder-of-customization',
    task: '3.1',
    scope: 'exam',
    format: 'single',
    stem: 'A team adds Retrieval Augmented Generation (RAG) to a foundation model. Which extra component does RAG usually need?',
    options: [
      {
        text: 'A vector database that holds embeddings of the documents',
        correct: true,
        why: 'Documents are split into chunks, stored as embeddings and searched at question time; the closest chunks go into the prompt.',
      },
      {
        text: 'Labeled prompt-response pairs',
        correct: false,
        why: 'Those are the training data of instruction-based fine-tuning; RAG trains nothing.',
      },
      {
        text: 'A reward model trained on human rankings',
        correct: false,
        why: 'A reward model belongs to RLHF, a training technique; RAG does not change the model.',
      },
      {
        text: 'A cluster of accelerated instances for a fine-tuning job',
        correct: false,
        why: 'RAG needs no training job; that cost belongs to the fine-tuning rungs.',
      },
    ],
  },
  {
    id: 'jumpstart-solutions',
    topic: 'jumpstart',
    heading: 'pre-built-solutions',
    task: '1.2',
    scope: 'exam',
    format: 'single',
    stem: 'A bank’s data science team wants a ready-made, end-to-end ML solution for fraud detection that it can launch in SageMaker AI and then adapt to its own data. Where should it look?',
    options: [
      {
        text: 'The pre-built solutions in SageMaker JumpStart',
        correct: true,
        why: 'Besides single models, JumpStart lists complete solutions to launch and adapt, fraud detection, demand forecasting and credit rating among them. On the exam: JumpStart solutions. In a new account today: AWS offers solutions only in Studio Classic, which takes no new onboarding, so a new account starts from JumpStart models instead.',
      },
      {
        text: 'The ready-to-use models of SageMaker Canvas',
        correct: false,
        why: 'Canvas ready-to-use models are powered by Rekognition, Textract and Comprehend (images, documents, text); none of them detects fraud.',
      },
      {
        text: 'Amazon Bedrock Knowledge Bases',
        correct: false,
        why: 'Knowledge Bases give a foundation model access to your documents (RAG); they are not a fraud detection solution.',
      },
      {
        text: 'A Random Cut Forest training job built from scratch',
        correct: false,
        why: 'Random Cut Forest can score anomalies, but starting from a bare algorithm is not a pre-built solution and needs the most work.',
      },
    ],
  },
  {
    id: 'jumpstart-isp-weekly-documents',
    topic: 'jumpstart',
    heading: 'the-cost-ladder-of-customization',
    task: '3.1',
    scope: 'exam',
    caseStudy: 'case-isp-support-chatbot',
    format: 'single',
    stem: 'Answers must follow the tariff and troubleshooting documents, which change every week. Which way of customizing the foundation model fits at the LOWEST cost?',
    options: [
      {
        text: 'Retrieval Augmented Generation over the current documents',
        correct: true,
        why: 'RAG looks up the relevant passages of the current documents at question time and adds them to the prompt, so a weekly change needs only re-indexing, not training.',
      },
      {
        text: 'Instruction-based fine-tuning every week on new examples',
        correct: false,
        why: 'Fine-tuning every week costs a training job each time and still lags behind the documents.',
      },
      {
        text: 'Domain adaptation fine-tuning on the documents',
        correct: false,
        why: "Domain adaptation teaches a field's language; the weights would go stale with each weekly change, at the highest cost.",
      },
      {
        text: 'Prompt engineering with the instruction to be accurate',
        correct: false,
        why: "A better prompt cannot supply facts the model has never seen, such as this week's tariffs.",
      },
    ],
  },
  {
    id: 'jumpstart-isp-no-infrastructure',
    topic: 'jumpstart',
    heading: 'jumpstart-or-amazon-bedrock',
    task: '2.3',
    scope: 'exam',
    caseStudy: 'case-isp-support-chatbot',
    format: 'single',
    stem: 'The team wants to call a foundation model through an API and run no ML infrastructure itself. Which option fits?',
    options: [
      {
        text: 'Amazon Bedrock',
        correct: true,
        why: 'Bedrock offers foundation models through a serverless API: no endpoints or instances for the team to run.',
      },
      {
        text: 'A SageMaker JumpStart model on a real-time endpoint',
        correct: false,
        why: 'JumpStart deploys the model to an endpoint in your account, which the team would size, scale and pay for while it runs.',
      },
      {
        text: 'A model pre-trained from scratch on SageMaker HyperPod',
        correct: false,
        why: 'Pre-training a model is the most expensive path and needs exactly the ML infrastructure work the team wants to avoid.',
      },
      {
        text: 'A SageMaker Canvas custom text model',
        correct: false,
        why: 'A Canvas text model classifies text into categories; it does not generate answers.',
      },
    ],
  },
  {
    id: 'jumpstart-law-firm-own-instances',
    topic: 'jumpstart',
    heading: 'jumpstart-or-amazon-bedrock',
    task: '2.3',
    scope: 'exam',
    caseStudy: 'case-law-firm-drafting-assistant',
    format: 'single',
    stem: 'Where should the firm get and run its foundation model, given its rule on accounts and instances?',
    options: [
      {
        text: 'Deploy it from SageMaker JumpStart to its own endpoint',
        correct: true,
        why: "JumpStart deploys the model to a SageMaker AI endpoint in the firm's account, on instance types it chooses, and it can be fine-tuned there.",
      },
      {
        text: 'Call it on demand through the Amazon Bedrock runtime API',
        correct: false,
        why: "On-demand Bedrock models are served by AWS without instances to choose, which the firm's rule excludes.",
      },
      {
        text: 'Use the ready-to-use models of SageMaker Canvas',
        correct: false,
        why: 'Canvas ready-to-use models are fixed tasks such as sentiment or text extraction, not a drafting model.',
      },
      {
        text: 'Use Amazon Comprehend custom entity recognition',
        correct: false,
        why: 'Comprehend finds entities in text; it does not generate clauses.',
      },
    ],
  },
  {
    id: 'jumpstart-law-firm-match-data',
    topic: 'jumpstart',
    heading: 'the-cost-ladder-of-customization',
    task: '3.3',
    scope: 'exam',
    caseStudy: 'case-law-firm-drafting-assistant',
    format: 'matching',
    stem: "Match each of the firm's needs to the customization that fits it.",
    pairs: [
      {
        prompt: 'Use legal terms correctly, learning from the unlabelled contract archive',
        answer: 'Domain adaptation fine-tuning',
        why: 'Domain adaptation continues training on unlabelled text of the field.',
      },
      {
        prompt: 'Draft clauses in house style from the 5,000 instruction and clause pairs',
        answer: 'Instruction-based fine-tuning',
        why: 'Instruction-based fine-tuning learns from labelled prompt-response pairs.',
      },
      {
        prompt: 'Quote the fee schedule that changes every month',
        answer: 'Retrieval Augmented Generation (RAG)',
        why: 'RAG fetches the current schedule when a question is asked; weights trained on it would go stale.',
      },
      {
        prompt: 'Keep drafts short and laid out as numbered clauses',
        answer: 'Prompt engineering',
        why: 'Length and layout are instructions in the prompt, the cheapest rung of the ladder.',
      },
    ],
  },
  {
    id: 'jumpstart-what-it-offers',
    topic: 'jumpstart',
    heading: 'what-jumpstart-offers',
    task: '2.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two does SageMaker JumpStart offer? (Choose two.)',
    options: [
      {
        text: 'Pre-trained foundation models you deploy to your own endpoints',
        correct: true,
        why: 'JumpStart is a hub of ready-trained models, foundation models included, that you deploy to SageMaker AI endpoints in your account.',
      },
      {
        text: 'Fine-tuning of supported models on your own data',
        correct: true,
        why: 'Many JumpStart models can be fine-tuned on your data (instruction-based or domain adaptation) before you deploy them.',
      },
      {
        text: 'A managed workforce that labels your training data',
        correct: false,
        why: 'Labeling with human workers is Ground Truth (and Ground Truth Plus), not JumpStart.',
      },
      {
        text: 'Serverless API access to every model, with no endpoint',
        correct: false,
        why: 'Serverless API access to foundation models is Amazon Bedrock; JumpStart models run on endpoints you deploy.',
      },
      {
        text: 'Guardrails that filter harmful prompts at run time',
        correct: false,
        why: 'Filtering prompts and answers at run time is Amazon Bedrock Guardrails.',
      },
    ],
  },
  {
    id: 'jumpstart-few-shot-examples',
    topic: 'jumpstart',
    heading: 'the-vocabulary-of-customization',
    task: '3.2',
    scope: 'exam',
    format: 'single',
    stem: "A team adds five worked examples of the desired output to its prompt, and the model then follows the pattern. The model's weights do not change. What is this technique called?",
    options: [
      {
        text: 'Few-shot prompting (in-context learning)',
        correct: true,
        why: 'The model learns the task from examples inside the prompt; nothing is trained, so it is prompt engineering.',
      },
      {
        text: 'Instruction-based fine-tuning',
        correct: false,
        why: 'Fine-tuning trains the model on labeled pairs and changes its weights, which the stem rules out.',
      },
      {
        text: 'Transfer learning from a pre-trained model',
        correct: false,
        why: 'Transfer learning reuses a trained model as the starting point of further training; here no training happens.',
      },
      {
        text: 'Continued pre-training on the examples',
        correct: false,
        why: 'Continued pre-training trains on unlabeled text and changes the weights.',
      },
    ],
  },
  {
    id: 'jumpstart-continued-pretraining-name',
    topic: 'jumpstart',
    heading: 'the-vocabulary-of-customization',
    task: '3.3',
    scope: 'exam',
    format: 'single',
    stem: 'Amazon Bedrock calls it continued pre-training: further training of an existing model on unlabeled text of one field. What does SageMaker JumpStart call the same method?',
    options: [
      {
        text: 'Domain adaptation fine-tuning',
        correct: true,
        why: 'Both names describe training an existing model further on unlabeled domain text; it is not pre-training from scratch.',
      },
      {
        text: 'Instruction-based fine-tuning',
        correct: false,
        why: 'Instruction-based fine-tuning uses labeled prompt-response pairs (Bedrock: supervised fine-tuning).',
      },
      {
        text: 'Retrieval Augmented Generation',
        correct: false,
        why: 'RAG retrieves documents at question time and trains nothing.',
      },
      {
        text: 'Pre-training from scratch',
        correct: false,
        why: 'Continued pre-training starts from an existing model; pre-training from scratch builds a new one, at far greater cost.',
      },
    ],
  },
  {
    id: 'jumpstart-guardrails-at-run-time',
    topic: 'jumpstart',
    heading: 'the-vocabulary-of-customization',
    task: '4.1',
    scope: 'exam',
    format: 'single',
    stem: "A support chatbot must refuse questions about competitors' products and remove card numbers from its answers while it runs. Which option is built for this?",
    options: [
      {
        text: 'Amazon Bedrock Guardrails',
        correct: true,
        why: 'Guardrails filters prompts and responses at run time: denied topics, harmful content and sensitive information such as card numbers.',
      },
      {
        text: 'SageMaker Clarify bias metrics',
        correct: false,
        why: 'Clarify measures bias and explains predictions before or after deployment; it blocks nothing at run time.',
      },
      {
        text: 'Instruction-based fine-tuning',
        correct: false,
        why: 'Fine-tuning can shape behavior but gives no guarantee, and it cannot reliably strip card numbers from every answer.',
      },
      {
        text: 'A SageMaker model card',
        correct: false,
        why: "A model card documents a model's intended uses and risk; it does not act on live answers.",
      },
    ],
  },
  {
    id: 'jumpstart-endpoint-billing',
    topic: 'jumpstart',
    heading: 'jumpstart-or-amazon-bedrock',
    task: '2.3',
    scope: 'exam',
    format: 'single',
    stem: 'A team compares Amazon Bedrock on-demand with a SageMaker JumpStart model on a real-time endpoint for a chatbot used only during office hours. Which statement about cost is correct?',
    options: [
      {
        text: 'The JumpStart endpoint is billed for its instances while they run',
        correct: true,
        why: 'A real-time endpoint is billed for the instances behind it for as long as they run, busy or idle; Bedrock on-demand is billed per use (tokens).',
      },
      {
        text: 'Bedrock on-demand is billed per hour for instances it reserves',
        correct: false,
        why: 'On-demand Bedrock has no instances of yours: you pay for the input and output tokens you use.',
      },
      {
        text: 'Both are billed only for the tokens they generate',
        correct: false,
        why: 'Only Bedrock on-demand is billed by tokens; the endpoint is billed by instance time.',
      },
      {
        text: 'JumpStart models cost nothing because they are open source',
        correct: false,
        why: "A model's licence may be free, but the instances that host it are not.",
      },
    ],
  },
];
