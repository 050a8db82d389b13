/**
 * The glossary: the words AIF-C01 questions about SageMaker AI lean on, each defined in one or two
 * sentences and tied to the page that teaches it. The glossary page renders this list (grouped by
 * letter, one anchor per term); src/lib/glossary.test.ts checks its size, its links and its length.
 *
 * Definitions state no limits, dates or closures: those live once, with their AWS sources, on the
 * cheat sheet and the topic pages the entries link to.
 */
export interface GlossaryEntry {
  term: string;
  /** One or two sentences, in plain words. */
  definition: string;
  /** Slug of the topic page that teaches the term (a page under src/content/docs/). */
  page: string;
}

export const glossary: readonly GlossaryEntry[] = [
  {
    term: 'Accuracy',
    definition:
      'The share of all predictions a classifier gets right. On imbalanced data it flatters: a fraud model that never flags fraud still scores high when fraud is rare.',
    page: 'model-evaluation',
  },
  {
    term: 'Amazon Augmented AI (A2I)',
    definition:
      'A service that sends the predictions a model is unsure about, or a random sample of them, to people for review before they are used. It reviews single live predictions, whereas Ground Truth builds labeled datasets.',
    page: 'human-review',
  },
  {
    term: 'Amazon Bedrock Guardrails',
    definition:
      'A Bedrock feature that screens the prompts and answers of a generative AI application, blocking harmful content, denied topics or personal data as they pass. It filters at run time; it does not measure bias or explain a model as Clarify does.',
    page: 'jumpstart',
  },
  {
    term: 'Anomaly detection',
    definition:
      'Finding records that break sharply from the usual pattern, such as a sudden spike in traffic or an odd payment. Random Cut Forest is the built-in algorithm the exam pairs with it.',
    page: 'built-in-algorithms',
  },
  {
    term: 'Approval status',
    definition:
      'The state of a model version in the registry (pending manual approval, approved or rejected) that decides whether it may go to production. Setting it to approved can start an automated deployment.',
    page: 'model-registry',
  },
  {
    term: 'Asynchronous inference',
    definition:
      'An endpoint that queues each request, reads its input from Amazon S3 (a small input can travel inline in the request instead) and writes the answer back to S3, suited to large inputs or long processing. With an empty queue it can scale down to no instances at all.',
    page: 'inference',
  },
  {
    term: 'AUC (area under the ROC curve)',
    definition:
      'A single score between 0 and 1 for how well a binary classifier ranks positive cases above negative ones over every possible threshold. Half is no better than a coin toss; 1 is a perfect ranking.',
    page: 'model-evaluation',
  },
  {
    term: 'AutoML',
    definition:
      'Letting the service try data preparation steps, algorithms and settings on its own and return the strongest model it found. In SageMaker AI this is Autopilot, which Canvas wraps in a point-and-click screen.',
    page: 'canvas',
  },
  {
    term: 'AWS AI Service Card',
    definition:
      'A document AWS publishes about one of its own AI services, describing intended uses, limitations and the responsible-AI choices behind it. A model card, by contrast, is what you write about a model you built.',
    page: 'security-lineage',
  },
  {
    term: 'Baseline',
    definition:
      'The reference a later measurement is compared with: statistics and constraints computed from the training data for drift checks, or a reference input against which SHAP values are measured.',
    page: 'model-monitor',
  },
  {
    term: 'Batch transform',
    definition:
      'An offline job that scores a whole dataset held in Amazon S3 and writes the predictions back to S3. No endpoint stays running once the job ends.',
    page: 'inference',
  },
  {
    term: 'BERTScore',
    definition:
      'A metric for generated text that compares the meaning of each word of the output with a reference text using embeddings from a BERT-style model. Paraphrases that keep the meaning still score well.',
    page: 'model-evaluation',
  },
  {
    term: 'Bias (fairness)',
    definition:
      'A dataset or model that treats one group of people worse than another, such as refusing loans more often to one age group. Clarify measures it in the data before training and in the predictions after.',
    page: 'clarify',
  },
  {
    term: 'Bias (model error)',
    definition:
      'Error that comes from a model too simple for the pattern it must learn, so it misses on training data and new data alike. High bias is the cause of underfitting; the exam uses the word in this sense as well as for fairness.',
    page: 'bias-variance',
  },
  {
    term: 'Bias–variance trade-off',
    definition:
      'Making a model more flexible lowers its bias but raises its variance, and the reverse. The aim is the balance where the error on unseen data is smallest.',
    page: 'bias-variance',
  },
  {
    term: 'BLEU',
    definition:
      'A score that counts how many short word sequences of a generated text also occur in a reference text, first built for machine translation. It rewards matching wording rather than matching meaning.',
    page: 'model-evaluation',
  },
  {
    term: 'CI/CD',
    definition:
      'Continuous integration and continuous delivery: each change is built, tested and released by automation instead of by hand. Pipelines apply the idea to training and releasing models.',
    page: 'pipelines',
  },
  {
    term: 'Classification',
    definition:
      'Supervised learning that predicts a category, such as fraud or not fraud, or which of several products a shopper will pick.',
    page: 'built-in-algorithms',
  },
  {
    term: 'Clustering',
    definition:
      'Unsupervised learning that puts similar records into groups when no labels exist, such as customer segments. K-means is the built-in algorithm for it.',
    page: 'built-in-algorithms',
  },
  {
    term: 'Cold start',
    definition:
      'The extra delay on the first request after an endpoint has dropped to no capacity, while compute comes up again. It is the price of serverless inference costing nothing when idle; provisioned concurrency, paid for while it is set, keeps capacity warm to avoid it.',
    page: 'inference',
  },
  {
    term: 'Concept drift',
    definition:
      'The relation between the inputs and the target changes, so the same inputs now deserve a different answer: what looked like fraud last year no longer does. The inputs can look unchanged, so it shows as falling model quality when predictions are compared with ground truth.',
    page: 'model-monitor',
  },
  {
    term: 'Confusion matrix',
    definition:
      "A table that counts a classifier's true positives, false positives, true negatives and false negatives. Accuracy, precision, recall and F1 are all computed from it.",
    page: 'model-evaluation',
  },
  {
    term: 'Continued pre-training',
    definition:
      "Training an existing foundation model further on a large body of unlabeled text from your field so it absorbs the field's language. It is Amazon Bedrock's name for what older study material calls domain adaptation fine-tuning.",
    page: 'jumpstart',
  },
  {
    term: 'Data capture',
    definition:
      'An endpoint setting that saves a copy of incoming requests and the predictions returned to Amazon S3. Model Monitor analyses this copy to spot drift.',
    page: 'model-monitor',
  },
  {
    term: 'Data drift',
    definition:
      'The inputs a model receives in production move away from what it was trained on, for instance customers becoming younger or prices higher. Data quality monitoring catches it by comparing live inputs with the training baseline.',
    page: 'model-monitor',
  },
  {
    term: 'Domain adaptation fine-tuning',
    definition:
      'Fine-tuning a foundation model on unlabeled text from your field so it learns its jargon. It needs far less data than pre-training a model, yet it is the most expensive of the four customization methods older study material ranks.',
    page: 'jumpstart',
  },
  {
    term: 'Drift',
    definition:
      'Any change over time between what a model learned from and what it meets in production: in the data, in prediction quality, in bias or in which features drive predictions. Model Monitor exists to watch for it.',
    page: 'model-monitor',
  },
  {
    term: 'Early stopping',
    definition:
      'Ending a training job early when its objective metric is worse than the median of the running averages of earlier jobs at the same epoch, to save time and money. Automatic Model Tuning can do it for you, and stopping before a model memorizes its data also curbs overfitting.',
    page: 'automatic-model-tuning',
  },
  {
    term: 'Embedding',
    definition:
      'A list of numbers that stands for the meaning of a piece of text or an image, placed so that similar meanings lie close together. RAG stores document embeddings in a vector database to find the passages that match a question.',
    page: 'jumpstart',
  },
  {
    term: 'Endpoint',
    definition:
      'A hosted address that returns predictions from a deployed model whenever it is called. Real-time, serverless and asynchronous inference each use one; batch transform runs as a job instead.',
    page: 'inference',
  },
  {
    term: 'Epoch',
    definition:
      'One complete pass of training over the whole training dataset. The number of epochs is a hyperparameter, and too many of them can lead to overfitting.',
    page: 'automatic-model-tuning',
  },
  {
    term: 'Exploratory data analysis (EDA)',
    definition:
      'Studying a dataset before modeling (its distributions, gaps, correlations and outliers) to understand it and catch problems early. Data Wrangler supports this step with charts and its data quality report.',
    page: 'data-wrangler',
  },
  {
    term: 'Explainability',
    definition:
      'Being able to say why a model gave a particular prediction, for example with SHAP values that show how much each feature contributed. Clarify produces these explanations.',
    page: 'clarify',
  },
  {
    term: 'F1 score',
    definition:
      'The harmonic mean of precision and recall, high only when both are high. It is a fairer single number than accuracy when one class is rare.',
    page: 'model-evaluation',
  },
  {
    term: 'Facet',
    definition:
      'In Clarify, the attribute whose groups you compare for bias, such as age or gender, together with the value that marks the group that may be disadvantaged.',
    page: 'clarify',
  },
  {
    term: 'Feature',
    definition:
      'One input variable of a model, used in training and again at inference, often derived from raw data such as age from a birth date.',
    page: 'ml-features',
  },
  {
    term: 'Feature engineering',
    definition:
      'Turning raw columns into inputs a model learns from more easily, such as an age from a birth date or income bands from exact incomes. Data Wrangler does it visually, and Feature Store keeps the result for reuse.',
    page: 'ml-features',
  },
  {
    term: 'Feature group',
    definition:
      'The unit in which Feature Store keeps features: a named set of features with a schema and a record identifier, held in the online store, the offline store or both.',
    page: 'feature-store',
  },
  {
    term: 'Few-shot prompting',
    definition:
      'Putting a handful of worked examples into the prompt so the foundation model follows their pattern. Nothing is trained; only the prompt changes.',
    page: 'jumpstart',
  },
  {
    term: 'Fine-tuning',
    definition:
      'Training a pre-trained model further on your own data so its weights change: with labeled prompt–response pairs for one task, or with unlabeled text of a domain.',
    page: 'jumpstart',
  },
  {
    term: 'Foundation model (FM)',
    definition:
      'A large model pre-trained on broad data that many tasks reuse through prompting, RAG or fine-tuning. SageMaker AI offers them through JumpStart; Amazon Bedrock offers them as a serverless API.',
    page: 'jumpstart',
  },
  {
    term: 'Ground truth',
    definition:
      'The correct answer for an example, supplied by people or by records. It is what labeled training data consists of, and what live predictions are checked against to measure model quality.',
    page: 'ground-truth',
  },
  {
    term: 'Human evaluation',
    definition:
      "People rate or compare a foundation model's answers for qualities a formula misses, such as helpfulness, tone or style. It complements automatic metrics such as ROUGE or BERTScore.",
    page: 'model-evaluation',
  },
  {
    term: 'Human-in-the-loop',
    definition:
      'A design in which people label data, review uncertain predictions or rate model answers, so human judgement shapes or checks what the model does. Ground Truth, Amazon A2I and human evaluation jobs put people at different points of that loop.',
    page: 'human-review',
  },
  {
    term: 'Hyperparameter',
    definition:
      'A setting chosen before training, such as learning rate, tree depth or number of epochs, rather than learned from the data. Automatic Model Tuning searches for good values.',
    page: 'automatic-model-tuning',
  },
  {
    term: 'IAM execution role',
    definition:
      'The IAM role SageMaker AI takes on to run a notebook, a job or an endpoint on your behalf. Its policies decide which data and services that work may reach, so it should grant no more than the task needs.',
    page: 'security-lineage',
  },
  {
    term: 'In-context learning',
    definition:
      'A foundation model picking up a task from the instructions and examples inside its prompt, with its weights left as they are. Zero-shot and few-shot prompting are its two common forms.',
    page: 'jumpstart',
  },
  {
    term: 'Inference',
    definition:
      'Using a trained model to make predictions on new data. SageMaker AI runs it in four ways, compared on the deployment and inference page.',
    page: 'inference',
  },
  {
    term: 'Instruction-based fine-tuning',
    definition:
      'Fine-tuning a foundation model on labeled prompt–response pairs so it gets better at one task, such as answering in a house style. It sits one rung below domain adaptation in cost.',
    page: 'jumpstart',
  },
  {
    term: 'KMS encryption',
    definition:
      'Protecting training data, model artifacts, notebook storage and endpoint volumes with keys held in AWS Key Management Service, including keys you create and control yourself.',
    page: 'security-lineage',
  },
  {
    term: 'Label',
    definition:
      "The answer a supervised model learns to predict for each training example, such as 'spam' or a sale price. Ground Truth gets people to attach labels to raw data.",
    page: 'ground-truth',
  },
  {
    term: 'Least privilege',
    definition:
      'Granting each person, job or service only the permissions its task needs and nothing more. For SageMaker AI it means narrow IAM roles per persona and per job.',
    page: 'security-lineage',
  },
  {
    term: 'Lineage tracking',
    definition:
      'Recording the chain from datasets through processing and training jobs to model versions and endpoints. SageMaker ML Lineage Tracking builds this record so an auditor can see how a model was made.',
    page: 'security-lineage',
  },
  {
    term: 'MLOps',
    definition:
      'The practices and tools that carry models from experiment to production and keep them healthy there: versioning, automated pipelines and monitoring.',
    page: 'pipelines',
  },
  {
    term: 'Model card',
    definition:
      "A record of one model's intended uses, risk rating, training details and evaluation results, kept for reviewers and auditors. SageMaker Model Cards stores it alongside the model.",
    page: 'ml-governance',
  },
  {
    term: 'Network isolation',
    definition:
      'Running a training or inference container with no inbound or outbound network access of its own. Combined with a VPC and private endpoints, it keeps data and traffic off the public internet.',
    page: 'security-lineage',
  },
  {
    term: 'Objective metric',
    definition:
      'The number a tuning job tries to push up or down, such as validation accuracy or validation loss, to decide which training job won.',
    page: 'automatic-model-tuning',
  },
  {
    term: 'Online store and offline store',
    definition:
      'The two halves of Feature Store: the online store returns the latest feature values in milliseconds at prediction time, while the offline store in Amazon S3 keeps their full history for training.',
    page: 'feature-store',
  },
  {
    term: 'Overfitting',
    definition:
      'A model that learned its training data too closely, noise included, so it scores well in training and poorly on new data. It is the sign of high variance; more data, a simpler model, regularization or early stopping help.',
    page: 'bias-variance',
  },
  {
    term: 'Payload',
    definition:
      'The data sent with one inference request. Its largest allowed size differs per inference option, which makes it one of the clearest ways to tell them apart.',
    page: 'inference',
  },
  {
    term: 'Precision',
    definition:
      'Of the cases a classifier flagged as positive, the share that really are. Favor it when false alarms are costly, as when blocking a genuine payment.',
    page: 'model-evaluation',
  },
  {
    term: 'Pre-training',
    definition:
      'Creating a foundation model from nothing by training it on a vast general corpus. It costs far more than any way of customizing a model that already exists.',
    page: 'jumpstart',
  },
  {
    term: 'PrivateLink (interface VPC endpoint)',
    definition:
      'A private connection from your VPC to the SageMaker AI API and runtime, so calls to train or invoke models never cross the public internet.',
    page: 'security-lineage',
  },
  {
    term: 'Prompt engineering',
    definition:
      'Shaping the instructions, context and examples given to a foundation model without changing the model itself. It is the cheapest way to customize one and the first to try.',
    page: 'jumpstart',
  },
  {
    term: 'Provisioned concurrency',
    definition:
      'Serverless inference capacity kept warm ahead of time so requests skip the cold start. You pay for it for as long as it is provisioned.',
    page: 'inference',
  },
  {
    term: 'RAG (Retrieval Augmented Generation)',
    definition:
      'Fetching passages from your own knowledge base, usually a vector database, and adding them to the prompt so the model answers from current or private facts. The model is not retrained.',
    page: 'jumpstart',
  },
  {
    term: 'Real-time inference',
    definition:
      'A persistent endpoint that answers each request within the call, in milliseconds to seconds. Its instances are billed while it is up, busy or not.',
    page: 'inference',
  },
  {
    term: 'Recall',
    definition:
      'Of all the cases that really are positive, the share the classifier caught. Favor it when a miss is costly, as in fraud or disease screening.',
    page: 'model-evaluation',
  },
  {
    term: 'Regression',
    definition:
      'Supervised learning that predicts a number, such as a price, a demand figure or a temperature.',
    page: 'built-in-algorithms',
  },
  {
    term: 'RLHF (Reinforcement Learning from Human Feedback)',
    definition:
      'Training a model toward the answers people prefer, using their rankings or ratings of its outputs. Ground Truth can collect that preference data.',
    page: 'ground-truth',
  },
  {
    term: 'RMSE (root mean square error)',
    definition:
      "The typical size of a regression model's errors, in the units of the target, with large misses weighing most. Lower is better.",
    page: 'model-evaluation',
  },
  {
    term: 'ROUGE',
    definition:
      "A family of scores that measure how much of a reference text's wording a generated text recovers. It is the usual automatic metric for summaries.",
    page: 'model-evaluation',
  },
  {
    term: 'Serverless inference',
    definition:
      'An endpoint whose compute AWS starts, scales and stops with the traffic, so idle time costs nothing. The catch is a cold start after quiet periods and no GPUs.',
    page: 'inference',
  },
  {
    term: 'SHAP (SHapley Additive exPlanations)',
    definition:
      'A method from game theory that gives each feature a share of one prediction, showing which inputs pushed it up or down. Clarify reports feature attributions with it.',
    page: 'clarify',
  },
  {
    term: 'Supervised learning',
    definition:
      'Learning from examples whose answers (labels) are known in order to predict the answer for new examples. Classification and regression are its two kinds.',
    page: 'built-in-algorithms',
  },
  {
    term: 'Training, validation and test sets',
    definition:
      'The three splits of the data: the model learns from the training set, choices such as hyperparameters are judged on the validation set, and the test set gives a final, untouched estimate of quality.',
    page: 'bias-variance',
  },
  {
    term: 'Transfer learning',
    definition:
      'Starting from a model already trained on one task and adapting it to another, which needs far less data and compute than starting over. Fine-tuning a JumpStart model is transfer learning.',
    page: 'jumpstart',
  },
  {
    term: 'Underfitting',
    definition:
      'A model too simple to capture the pattern, so it does poorly even on its own training data. It is the sign of high bias; a more flexible model, better features or longer training help.',
    page: 'bias-variance',
  },
  {
    term: 'Unsupervised learning',
    definition:
      'Finding structure in data that has no labels, such as clusters, unusual records or a smaller set of dimensions.',
    page: 'built-in-algorithms',
  },
  {
    term: 'Variance',
    definition:
      'How much a model changes with the particular sample it was trained on. High variance means it chases noise in the training data and overfits.',
    page: 'bias-variance',
  },
  {
    term: 'Vector database',
    definition:
      'A store that indexes text or images as embeddings so it can return the items closest in meaning to a question. It is the usual back end of RAG.',
    page: 'jumpstart',
  },
  {
    term: 'Zero-shot prompting',
    definition:
      'Asking a foundation model to do a task from instructions alone, with no examples in the prompt.',
    page: 'jumpstart',
  },
];
