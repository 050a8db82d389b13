import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'built-in-algorithms-task-match',
    topic: 'built-in-algorithms',
    heading: 'which-algorithm-for-which-task',
    task: '1.2',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each business need to the SageMaker AI built-in algorithm that fits it.',
    pairs: [
      {
        prompt: 'Compress hundreds of sensor columns into a few components before training',
        answer: 'Principal Component Analysis (PCA)',
        why: 'PCA is the unsupervised dimensionality-reduction algorithm: fewer features, as much information kept as possible.',
      },
      {
        prompt: 'Split shoppers into groups by behavior, with no labels available',
        answer: 'k-means',
        why: 'k-means is the unsupervised clustering algorithm: it finds groups of similar records.',
      },
      {
        prompt: 'Spot sudden spikes in a stream of traffic readings',
        answer: 'Random Cut Forest',
        why: 'Random Cut Forest gives each data point an anomaly score, so unusual spikes stand out.',
      },
      {
        prompt: 'Flag a sign-in from an IPv4 address a user has never used',
        answer: 'IP Insights',
        why: 'IP Insights learns which IPv4 addresses each account normally uses and scores unusual (entity, address) pairs.',
      },
      {
        prompt: 'Forecast next month’s demand for each store',
        answer: 'DeepAR',
        why: 'DeepAR is the built-in supervised algorithm for time-series forecasting.',
      },
      {
        prompt: 'Discover the main themes across thousands of reviews',
        answer: 'Latent Dirichlet Allocation (LDA)',
        why: 'LDA (like NTM) is an unsupervised topic-modeling algorithm for documents.',
      },
    ],
  },
  {
    id: 'built-in-algorithms-house-price',
    topic: 'built-in-algorithms',
    heading: 'key-facts',
    task: '1.1',
    scope: 'exam',
    format: 'single',
    stem: 'A real estate company has years of sales records, each with the property’s features and its final price. It wants to estimate the price of new listings. Which built-in algorithm and type of learning fit?',
    options: [
      {
        text: 'Linear Learner, supervised regression',
        correct: true,
        why: 'The records carry the answer (the price), so this is supervised learning, and predicting a number is regression, which Linear Learner handles.',
      },
      {
        text: 'k-means, unsupervised clustering',
        correct: false,
        why: 'k-means groups records without labels; it does not predict a price.',
      },
      {
        text: 'Principal Component Analysis, unsupervised dimensionality reduction',
        correct: false,
        why: 'PCA reduces the number of features; it can prepare data but does not make the prediction.',
      },
      {
        text: 'Random Cut Forest, unsupervised anomaly detection',
        correct: false,
        why: 'Random Cut Forest scores how unusual a point is; it does not estimate a value.',
      },
    ],
  },
  {
    id: 'built-in-algorithms-knn',
    topic: 'built-in-algorithms',
    heading: 'key-facts',
    task: '1.1',
    scope: 'exam',
    format: 'single',
    stem: 'Which statement about the SageMaker AI k-nearest neighbors (k-NN) algorithm is correct?',
    options: [
      {
        text: 'It is supervised and works for classification or regression.',
        correct: true,
        why: 'k-NN predicts from the k closest labeled points: the most frequent label for classification, their average value for regression.',
      },
      {
        text: 'It is an unsupervised clustering algorithm like k-means.',
        correct: false,
        why: 'k-NN needs labeled examples; the k in k-means is the number of clusters of an unsupervised method, a different algorithm.',
      },
      {
        text: 'It can only be used for classification.',
        correct: false,
        why: 'Older study material lists it under classification only, but AWS documents it for regression as well.',
      },
      {
        text: 'It is the built-in algorithm for anomaly detection.',
        correct: false,
        why: 'The built-ins for anomaly detection are Random Cut Forest and IP Insights.',
      },
    ],
  },
  {
    id: 'built-in-algorithms-pixel-labels',
    topic: 'built-in-algorithms',
    heading: 'telling-the-image-tasks-apart',
    task: '1.2',
    scope: 'exam',
    format: 'single',
    stem: 'A self-driving research team trains its own model on labeled street images. The model must give every pixel a class (road, sidewalk, sky) so the exact outline of each region is known. Which built-in algorithm fits?',
    options: [
      {
        text: 'Semantic Segmentation',
        correct: true,
        why: 'Semantic segmentation assigns a class to every pixel, giving the exact shape of each region.',
      },
      {
        text: 'Object Detection',
        correct: false,
        why: 'Object detection draws a bounding box and a label for each object; a box is not a pixel-exact outline.',
      },
      {
        text: 'Image Classification',
        correct: false,
        why: 'Image classification gives one or more labels for the whole picture, not for each pixel.',
      },
      {
        text: 'Amazon Rekognition label detection',
        correct: false,
        why: 'Rekognition is a ready-made API with no training on your side; it returns labels and boxes for its own classes, not a per-pixel map of yours.',
      },
    ],
  },
  {
    id: 'built-in-algorithms-no-labels',
    topic: 'built-in-algorithms',
    heading: 'supervised-unsupervised-specialized',
    task: '1.1',
    scope: 'exam',
    format: 'multiple',
    choose: 3,
    stem: 'A company has a large tabular dataset with no labels at all. Which three built-in algorithms can it train on this data? (Choose three.)',
    options: [
      {
        text: 'k-means',
        correct: true,
        why: 'Clustering is unsupervised: it needs only the features.',
      },
      {
        text: 'Principal Component Analysis (PCA)',
        correct: true,
        why: 'Dimensionality reduction is unsupervised and needs no labels.',
      },
      {
        text: 'Random Cut Forest',
        correct: true,
        why: 'Anomaly detection with Random Cut Forest is unsupervised: it learns what normal looks like from unlabeled data.',
      },
      {
        text: 'Linear Learner',
        correct: false,
        why: 'Linear Learner is supervised: regression and classification both need a label per example.',
      },
      {
        text: 'XGBoost',
        correct: false,
        why: 'XGBoost trains gradient-boosted trees for classification or regression, which needs labeled examples.',
      },
      {
        text: 'Object Detection',
        correct: false,
        why: 'Object detection is supervised and needs labeled boxes; it also works on images, not tables.',
      },
    ],
  },
  {
    id: 'built-in-algorithms-own-data-no-code',
    topic: 'built-in-algorithms',
    heading: 'built-in-algorithm-or-something-else',
    task: '1.2',
    scope: 'exam',
    format: 'single',
    stem: 'Data scientists have labeled tabular data on past customer churn. They want to train a new model on it in SageMaker AI without writing any model code. What should they use?',
    options: [
      {
        text: 'A built-in algorithm such as XGBoost, run as a training job',
        correct: true,
        why: 'Built-in algorithms are packaged by AWS: you bring the data, choose the algorithm, instance and hyperparameters, and train with no model code.',
      },
      {
        text: 'A foundation model from SageMaker JumpStart, deployed as it is',
        correct: false,
        why: 'JumpStart offers pre-trained models to deploy or fine-tune; a ready-made foundation model is not a churn model trained on this table.',
      },
      {
        text: 'Amazon Comprehend',
        correct: false,
        why: 'Comprehend is a pre-trained text API; it does not train on tabular churn data.',
      },
      {
        text: 'Automatic Model Tuning on its own',
        correct: false,
        why: 'AMT is not an algorithm: it tunes the hyperparameters of an algorithm you have already chosen.',
      },
    ],
  },
  {
    id: 'built-in-algorithms-steps',
    topic: 'built-in-algorithms',
    heading: 'how-you-use-a-built-in-algorithm',
    task: '1.3',
    scope: 'exam',
    format: 'ordering',
    stem: 'Put the steps of using a SageMaker AI built-in algorithm in order.',
    items: [
      {
        text: 'Put the training and validation data in Amazon S3 in a format the algorithm accepts',
        why: 'The training job reads its data from S3, so the data must be there first.',
      },
      {
        text: 'Choose the algorithm’s container, the instance type and count, and the hyperparameters',
        why: 'These settings define the training job before it starts.',
      },
      {
        text: 'Run the training job, which writes the model artifact to S3',
        why: 'Training turns the data and settings into a model artifact.',
      },
      {
        text: 'Deploy the model to an endpoint or run batch transform',
        why: 'Only a trained model artifact can serve predictions.',
      },
    ],
  },
  {
    id: 'built-in-algorithms-summarize',
    topic: 'built-in-algorithms',
    heading: 'which-algorithm-for-which-task',
    task: '1.2',
    scope: 'exam',
    format: 'single',
    stem: 'A publisher wants to train its own model that turns long articles into short summaries, using pairs of articles and summaries it already has. Which built-in algorithm fits?',
    options: [
      {
        text: 'Sequence-to-Sequence',
        correct: true,
        why: 'Seq2Seq takes a sequence of tokens in and produces another out, which covers summarization and translation.',
      },
      {
        text: 'BlazingText',
        correct: false,
        why: 'BlazingText does text classification and word embeddings; it does not generate a new text.',
      },
      {
        text: 'Latent Dirichlet Allocation (LDA)',
        correct: false,
        why: 'LDA discovers topics across documents without labels; it does not write summaries.',
      },
      {
        text: 'Linear Learner',
        correct: false,
        why: 'Linear Learner predicts a number or a class from features; it cannot produce text.',
      },
    ],
  },
  {
    id: 'built-in-algorithms-grocer-related-series',
    topic: 'built-in-algorithms',
    heading: 'which-algorithm-for-which-task',
    task: '1.2',
    scope: 'exam',
    caseStudy: 'case-grocer-demand-forecast',
    format: 'single',
    stem: 'The data science team will train its own forecasting model with a SageMaker AI built-in algorithm that learns from thousands of related store-and-product series at once. Which algorithm fits?',
    options: [
      {
        text: 'DeepAR',
        correct: true,
        why: 'DeepAR is the built-in forecasting algorithm: a recurrent neural network trained across many related time series.',
      },
      {
        text: 'Linear Learner',
        correct: false,
        why: 'Linear Learner does regression or classification on rows; it does not model time series.',
      },
      {
        text: 'Random Cut Forest',
        correct: false,
        why: 'Random Cut Forest detects anomalies, such as sudden spikes; it does not forecast.',
      },
      {
        text: 'k-means',
        correct: false,
        why: 'k-means groups unlabeled rows into clusters; it does not predict future values.',
      },
    ],
  },
  {
    id: 'built-in-algorithms-parts-scratch-boxes',
    topic: 'built-in-algorithms',
    heading: 'telling-the-image-tasks-apart',
    task: '1.2',
    scope: 'exam',
    caseStudy: 'case-manufacturer-part-inspection',
    format: 'single',
    stem: "The engineers' production model must show workers where each scratch is, as a box drawn on the photo. Which built-in algorithm fits?",
    options: [
      {
        text: 'Object Detection',
        correct: true,
        why: "Object detection returns each object's location as a bounding box with its label.",
      },
      {
        text: 'Image Classification',
        correct: false,
        why: 'Classification gives one label for the whole photo (defective or good) without saying where.',
      },
      {
        text: 'Semantic Segmentation',
        correct: false,
        why: 'Segmentation labels every pixel; it outlines regions rather than drawing the box the workers need, and needs pixel-level labels.',
      },
      {
        text: 'Random Cut Forest',
        correct: false,
        why: 'Random Cut Forest finds anomalies in numeric data; it does not locate things in images.',
      },
    ],
  },
];
