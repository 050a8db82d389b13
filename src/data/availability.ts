/**
 * Which services and features the site teaches are still open to a new AWS account. One record
 * each, written from the AWS page that states it and re-checked on `checked`. The page badges, the
 * cheat sheet, the topic cards and the lifecycle map all render from here, and a unit test fails
 * when a page names a closed service without being tied to its record (see `mentions` in
 * src/lib/topic-schema.ts), so a closure cannot be right on one page and missing on another.
 *
 * Closed services stay exam material: the pages keep teaching them and say what is true now.
 */
export type AvailabilityStatus = 'open' | 'closed-to-new-customers' | 'discontinued';

export interface AvailabilityRecord {
  /** Stable key, used in page frontmatter (`mentions`). */
  id: string;
  /** The service or feature as AWS names it. */
  name: string;
  /**
   * The names pages use for it. Matched case-sensitively as whole words: they are proper nouns,
   * and lower-case "ground truth" (the true labels) or "debugger" (any debugger) mean something else.
   */
  names: readonly string[];
  status: AvailabilityStatus;
  /** The date the change takes effect (YYYY-MM-DD), only when AWS states one. */
  effective?: string;
  /** What a new customer uses instead, only as AWS names it; absent when AWS names nothing. */
  replacement?: string;
  /**
   * What AWS also withholds from accounts that already use it, in a few words, when the source says
   * so (Studio Classic: no new apps). Absent: existing accounts carry on as normal.
   */
  existingAccounts?: string;
  /** The AWS page that states the status. */
  source: { title: string; url: string };
  /** When the source was last read (YYYY-MM-DD). */
  checked: string;
  /** The topic page that teaches it and carries its badge, when it has a page of its own. */
  topic?: string;
}

export const availability: readonly AvailabilityRecord[] = [
  {
    id: 'model-monitor',
    name: 'Amazon SageMaker Model Monitor',
    names: ['Model Monitor'],
    status: 'closed-to-new-customers',
    replacement:
      'the open-source SageMaker AI monitoring solutions (MLflow Apps with the Evidently AI drift library), Amazon QuickSight dashboards and Amazon CloudWatch',
    source: {
      title: 'Amazon SageMaker Model Monitor availability change',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-availability-change.html',
    },
    checked: '2026-11-25',
    topic: 'model-monitor',
  },
  {
    id: 'clarify',
    name: 'Amazon SageMaker Clarify',
    names: ['Clarify'],
    status: 'closed-to-new-customers',
    replacement:
      'for foundation models, the open-source fmeval library or Amazon Bedrock Evaluations; for bias and explainability, the published bias formulas and the SHAP library, logged to a SageMaker AI MLflow App',
    source: {
      title: 'Clarify availability change',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-availability-change.html',
    },
    checked: '2026-11-25',
    topic: 'clarify',
  },
  {
    id: 'ground-truth',
    name: 'Amazon SageMaker Ground Truth',
    names: ['Ground Truth'],
    status: 'closed-to-new-customers',
    // The overview page (sms.html) shows no notice in its stored copies; this page carries it.
    source: {
      title: 'Custom labeling workflows (Ground Truth closure notice)',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates.html',
    },
    checked: '2026-12-06',
    topic: 'ground-truth',
  },
  {
    id: 'role-manager',
    name: 'Amazon SageMaker Role Manager',
    names: ['Role Manager'],
    status: 'closed-to-new-customers',
    replacement:
      'IAM roles and policies created directly, AWS IAM Identity Center, and infrastructure as code (CloudFormation, CDK)',
    source: {
      title: 'Role Manager availability change',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/role-manager-availability-change.html',
    },
    checked: '2026-11-25',
  },
  {
    id: 'debugger',
    name: 'Amazon SageMaker Debugger',
    names: ['SageMaker Debugger', 'Debugger'],
    status: 'closed-to-new-customers',
    effective: '2026-07-30',
    // The availability-change page gives no date; this page's notice does ("effective 7/30/26").
    source: {
      title: 'Configure Debugger using SageMaker API (closure notice)',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/debugger-createtrainingjob-api.html',
    },
    checked: '2026-11-26',
  },
  {
    id: 'a2i',
    name: 'Amazon Augmented AI (A2I)',
    names: ['A2I', 'Augmented AI'],
    status: 'closed-to-new-customers',
    source: {
      title: 'Use APIs in Amazon Augmented AI',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/a2i-api-references.html',
    },
    checked: '2026-11-25',
    topic: 'human-review',
  },
  {
    id: 'mechanical-turk',
    name: 'Amazon Mechanical Turk',
    names: ['Mechanical Turk', 'MTurk'],
    status: 'discontinued',
    effective: '2026-09-30',
    source: {
      title: 'Amazon Mechanical Turk API Reference (closure notice)',
      url: 'https://docs.aws.amazon.com/AWSMechTurk/latest/AWSMturkAPI/ApiReference_CreateWorkerBlockOperation.html',
    },
    checked: '2026-11-25',
  },
  {
    id: 'studio-classic',
    name: 'Amazon SageMaker Studio Classic',
    names: ['Studio Classic'],
    status: 'closed-to-new-customers',
    replacement: 'the current Amazon SageMaker Studio',
    existingAccounts: 'existing users cannot create new apps either',
    source: {
      title: 'Amazon SageMaker Studio Classic',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio.html',
    },
    checked: '2026-12-06',
  },
  {
    id: 'jumpstart-solutions',
    name: 'Amazon SageMaker JumpStart Solutions',
    // Capitalised as AWS writes it; the lower-case form is how a sentence may name them.
    names: ['JumpStart Solutions', 'JumpStart solutions'],
    status: 'closed-to-new-customers',
    existingAccounts: 'they run only in Studio Classic',
    // AWS names no replacement for the ready-made solutions; JumpStart's models stay in today's Studio.
    source: {
      title: 'Launch a Solution ("JumpStart Solutions are only available in Studio Classic")',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/jumpstart-solutions-launch.html',
    },
    checked: '2026-12-06',
  },
];

export const availabilityIds = availability.map((record) => record.id) as [string, ...string[]];

export function findAvailability(id: string): AvailabilityRecord | undefined {
  return availability.find((record) => record.id === id);
}

/** The record a topic page carries as its badge, if its service has one. */
export function availabilityOfTopic(slug: string): AvailabilityRecord | undefined {
  return availability.find((record) => record.topic === slug);
}

export function isClosed(record: AvailabilityRecord): boolean {
  return record.status !== 'open';
}

/** The closure label a topic's cards, map box and cheat-sheet row show; undefined when open. */
export function topicClosure(slug: string): string | undefined {
  const record = availabilityOfTopic(slug);
  return record && isClosed(record) ? statusLabel(record) : undefined;
}

const statusLabels: Record<AvailabilityStatus, string> = {
  open: 'Open',
  'closed-to-new-customers': 'Closed to new customers',
  discontinued: 'Discontinued',
};

/**
 * "Closed to new customers", with AWS's date ("Discontinued on 30 September 2026") and with what
 * existing accounts lose too ("Closed to new customers; existing users cannot create new apps either").
 */
export function statusLabel(record: AvailabilityRecord): string {
  const label = statusLabels[record.status];
  const dated = record.effective
    ? `${label} ${record.status === 'discontinued' ? 'on' : 'from'} ${readableDate(record.effective)}`
    : label;
  return record.existingAccounts ? `${dated}; ${record.existingAccounts}` : dated;
}

/** One sentence for a new customer: what AWS names instead, or that it names nothing. */
export function replacementNote(record: AvailabilityRecord): string {
  return record.replacement
    ? `What AWS suggests for new customers instead: ${record.replacement}.`
    : 'The AWS notice names no replacement.';
}

export function readableDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The closed records whose names a text uses (whole words, case-sensitive). */
export function closedNamesIn(text: string): AvailabilityRecord[] {
  return availability.filter(
    (record) => isClosed(record) && record.names.some((name) => wholeWord(name).test(text)),
  );
}

function wholeWord(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`);
}
