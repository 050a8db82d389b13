import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'security-lineage-private-endpoint',
    topic: 'security-lineage',
    heading: 'network-vpc-privatelink-and-network-isolation',
    task: '5.1',
    scope: 'exam',
    format: 'single',
    stem: 'An application in a VPC with no internet gateway must invoke a SageMaker AI endpoint, and security rules forbid any traffic over the public internet. What should the team set up?',
    options: [
      {
        text: 'An interface VPC endpoint (AWS PrivateLink)',
        correct: true,
        why: 'An interface endpoint powered by PrivateLink lets code in the VPC reach the SageMaker AI API and runtime privately, with traffic staying on the AWS network.',
      },
      {
        text: 'A NAT gateway in a public subnet of the VPC',
        correct: false,
        why: 'A NAT gateway sends the calls out through the internet, which the rules forbid.',
      },
      {
        text: "Network isolation on the model's inference container",
        correct: false,
        why: 'Network isolation cuts the container’s own network access; it does not give the application a private route to the endpoint.',
      },
      {
        text: "Amazon Macie on the application's S3 buckets",
        correct: false,
        why: 'Macie finds sensitive data in Amazon S3; it does not provide network connectivity.',
      },
    ],
  },
  {
    id: 'security-lineage-execution-role',
    topic: 'security-lineage',
    heading: 'identity-execution-roles-and-least-privilege',
    task: '5.1',
    scope: 'exam',
    format: 'single',
    stem: 'A training job must read one S3 bucket of training data and write model artifacts to another. The security team wants the job to have no other permissions. How is this done?',
    options: [
      {
        text: 'An IAM execution role whose policy allows only those two buckets',
        correct: true,
        why: 'SageMaker AI assumes the execution role to do the job’s work; scoping it to exactly the resources needed is least privilege.',
      },
      {
        text: 'Attach AdministratorAccess to the role so the job never fails',
        correct: false,
        why: 'Broad permissions are the opposite of least privilege and widen the damage of any mistake or compromise.',
      },
      {
        text: 'Store long-term access keys in the training script',
        correct: false,
        why: 'Embedded keys are a leak risk; SageMaker AI jobs get temporary credentials from their role.',
      },
      {
        text: 'Create a SageMaker Model Card that lists the allowed buckets',
        correct: false,
        why: 'A model card documents a model; it does not grant or restrict any permission.',
      },
    ],
  },
  {
    id: 'security-lineage-trace-dataset',
    topic: 'security-lineage',
    heading: 'lineage-where-a-model-came-from',
    task: '5.1',
    scope: 'exam',
    format: 'single',
    stem: 'An auditor finds that one training dataset contained records that should have been deleted. The company must list every model and endpoint built from that dataset. Which SageMaker AI capability answers this?',
    options: [
      {
        text: 'ML Lineage Tracking',
        correct: true,
        why: 'Lineage Tracking records datasets, jobs, models and endpoints and their associations, and can be queried for everything downstream of a dataset.',
      },
      {
        text: 'SageMaker Model Dashboard',
        correct: false,
        why: 'The dashboard shows models with their monitoring status and cards; tracing data to models is what lineage is for.',
      },
      {
        text: 'AWS AI Service Cards',
        correct: false,
        why: 'AI Service Cards are AWS’s documentation of its own AI services; they know nothing about your datasets.',
      },
      {
        text: 'Inter-container traffic encryption',
        correct: false,
        why: 'That setting encrypts traffic between training instances; it records no history.',
      },
    ],
  },
  {
    id: 'security-lineage-cards',
    topic: 'security-lineage',
    heading: 'documentation-model-cards-and-ai-service-cards',
    task: '4.2',
    scope: 'exam',
    format: 'single',
    stem: 'Before adopting Amazon Rekognition face matching, a compliance officer wants AWS’s own description of its intended use cases, limitations and design choices. Where is it?',
    options: [
      {
        text: 'The AWS AI Service Card for the service',
        correct: true,
        why: 'AWS publishes AI Service Cards for its AI services, describing intended uses, limitations, design choices and deployment best practices.',
      },
      {
        text: 'A SageMaker Model Card',
        correct: false,
        why: 'Model Cards are written by you, for your own models in SageMaker AI; AWS does not fill them in for its services.',
      },
      {
        text: 'The ML Lineage Tracking graph',
        correct: false,
        why: 'Lineage shows how your own models were built from your data and jobs, not how an AWS service was designed.',
      },
      {
        text: 'The AWS shared responsibility model for AI services',
        correct: false,
        why: 'It splits security duties between AWS and the customer; it does not describe a service’s intended uses or limits.',
      },
    ],
  },
  {
    id: 'security-lineage-protect-training',
    topic: 'security-lineage',
    heading: 'how-to-choose-the-control',
    task: '5.1',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'A hospital trains a model on patient records in SageMaker AI. It must control the encryption key of the stored data and make sure the training container cannot send data anywhere on the network. Which two settings meet these needs? (Choose two.)',
    options: [
      {
        text: 'An AWS KMS customer managed key for the job’s storage volumes and S3 output',
        correct: true,
        why: 'A customer managed key lets the hospital own the key, its rotation and its audit trail for the data at rest.',
      },
      {
        text: 'Network isolation on the training job',
        correct: true,
        why: 'With network isolation the container can make no inbound or outbound calls; SageMaker AI still moves the data in and out for it.',
      },
      {
        text: 'A public S3 bucket for the training data',
        correct: false,
        why: 'Public access exposes the records; it is the opposite of what is needed.',
      },
      {
        text: 'SageMaker Model Cards',
        correct: false,
        why: 'Model Cards document the model; they do not encrypt data or block network traffic.',
      },
      {
        text: 'A larger training instance',
        correct: false,
        why: 'Instance size changes speed and cost, not how data is protected.',
      },
    ],
  },
  {
    id: 'security-lineage-match-control',
    topic: 'security-lineage',
    heading: 'how-to-choose-the-control',
    task: '5.1',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each requirement to the AWS control that meets it.',
    pairs: [
      {
        prompt: 'Find personal data in the S3 buckets used for training',
        answer: 'Amazon Macie',
        why: 'Macie discovers sensitive data such as PII in Amazon S3.',
      },
      {
        prompt: 'Limit each data scientist to the actions and data their job needs',
        answer: 'IAM least privilege',
        why: 'IAM roles and policies scoped to each job are how least privilege is applied.',
      },
      {
        prompt: 'Encrypt traffic between the instances of a distributed training job',
        answer: 'Inter-container traffic encryption',
        why: 'This training setting encrypts communication between the compute instances.',
      },
      {
        prompt: 'Know which duties AWS covers and which stay with the customer',
        answer: 'Shared responsibility model',
        why: 'AWS secures the cloud itself; the customer secures its data, access and configuration.',
      },
    ],
  },
  {
    id: 'security-lineage-hospital-own-key',
    topic: 'security-lineage',
    heading: 'data-protection-encryption',
    task: '5.1',
    scope: 'exam',
    caseStudy: 'case-hospital-xray-triage',
    format: 'single',
    stem: 'The security team must own the key that encrypts the labelled images, the training volumes and the model artifacts, including its rotation and audit trail. What should the team use?',
    options: [
      {
        text: 'An AWS KMS customer managed key named in each job',
        correct: true,
        why: 'A customer managed key in AWS KMS is owned by the customer, who sets its policy and rotation and sees its use in CloudTrail; SageMaker AI jobs can encrypt volumes and S3 output with it.',
      },
      {
        text: 'Amazon Macie scans of the S3 buckets',
        correct: false,
        why: 'Macie finds sensitive data in S3; it does not encrypt anything.',
      },
      {
        text: 'Network isolation on every training job',
        correct: false,
        why: 'Network isolation stops the container from reaching the network; it is not encryption and involves no key.',
      },
      {
        text: 'The default keys that AWS manages for S3',
        correct: false,
        why: 'AWS managed keys encrypt the data, but AWS controls them; the security team could not own their policy or rotation.',
      },
    ],
  },
  {
    id: 'security-lineage-insurer-trace-model',
    topic: 'security-lineage',
    heading: 'lineage-where-a-model-came-from',
    task: '5.2',
    scope: 'exam',
    caseStudy: 'case-insurer-claims-mlops',
    format: 'single',
    stem: 'Auditors pick a deployed fraud model and ask which training data, code and jobs produced it. Which capability answers this?',
    options: [
      {
        text: 'SageMaker ML Lineage Tracking',
        correct: true,
        why: 'Lineage tracking records the entities of a workflow (datasets, jobs, model artifacts, endpoints) and how they connect, so a model can be traced back to its data.',
      },
      {
        text: "The model's card in SageMaker Model Cards",
        correct: false,
        why: 'A model card describes the model in words and can name its training data, but it does not record the chain of jobs and artifacts.',
      },
      {
        text: 'AWS CloudTrail logs of SageMaker API calls',
        correct: false,
        why: "CloudTrail shows who called which API; rebuilding a model's origin from single calls is manual and incomplete.",
      },
      {
        text: 'Amazon Macie findings for the training bucket',
        correct: false,
        why: 'Macie finds sensitive data in S3; it does not link models to the data that trained them.',
      },
    ],
  },
  {
    id: 'security-lineage-customer-duty',
    topic: 'security-lineage',
    heading: 'who-secures-what-the-shared-responsibility-model',
    task: '5.1',
    scope: 'exam',
    format: 'single',
    stem: 'A company trains models on SageMaker AI. Under the shared responsibility model, which task stays with the company?',
    options: [
      {
        text: 'Deciding who may read the training data in S3',
        correct: true,
        why: 'Access to your data (IAM policies, bucket policies) is configuration in the cloud, which stays with the customer.',
      },
      {
        text: 'Patching the hosts that run the training instances',
        correct: false,
        why: 'SageMaker AI is managed: AWS patches and runs the hosts behind its jobs.',
      },
      {
        text: "Securing the data centres' physical access",
        correct: false,
        why: "Physical security of the data centres is AWS's part.",
      },
      {
        text: 'Maintaining the network hardware of the Region',
        correct: false,
        why: "The Region's network hardware is part of the cloud itself, which AWS secures.",
      },
    ],
  },
];
