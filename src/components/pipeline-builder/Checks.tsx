import type { RefObject } from 'preact';
import type { BuilderPipeline } from '../../lib/pipeline/model';
import type { Finding } from '../../lib/pipeline/rules';
import { topicHref } from '../../lib/url';
import { useLazyModule } from './useLazyModule';

// The rules' words (why, fix, links) load with the first finding: a sound pipeline never needs them.
const loadRuleTexts = () => import('../../data/pipeline-rules');

interface ChecksProps {
  findings: readonly Finding[];
  pipeline: BuilderPipeline;
  base: string;
  root: RefObject<HTMLElement>;
}

const order = { error: 0, warning: 1, info: 2 } as const;
const heading = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;

/** The live checks: what would not make sense or would fail in SageMaker, why, and how to fix it. */
export function Checks({ findings, base, root }: ChecksProps) {
  const texts = useLazyModule(loadRuleTexts, findings.length > 0).module;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return (
    <section class="pb-checks" aria-labelledby="pb-checks-heading">
      <h3 id="pb-checks-heading">Checks</h3>
      <p class="pb-checks-summary" data-testid="checks-summary">
        {findings.length === 0
          ? 'No problems: this pipeline makes sense and would be accepted.'
          : `${errors} ${errors === 1 ? 'problem' : 'problems'}, ${findings.length - errors} other ${
              findings.length - errors === 1 ? 'note' : 'notes'
            }.`}
      </p>
      {sorted.length > 0 && (
        <ul class="pb-findings">
          {sorted.map((finding, index) => {
            const rule = texts?.findRule(finding.rule);
            return (
              <li
                key={`${finding.rule}-${finding.stepKey ?? ''}-${index}`}
                class={`pb-finding pb-${finding.severity}`}
                data-rule={finding.rule}
              >
                <p>
                  <strong>{heading[finding.severity]}:</strong> {finding.message}
                </p>
                {rule && (
                  <p class="pb-finding-detail">
                    {rule.why} <em>Fix:</em> {rule.fix}{' '}
                    <a href={topicHref(base, rule.learnMore.slug, rule.learnMore.hash)}>
                      {rule.learnMore.label}
                    </a>
                    {' · '}
                    <a href={rule.source.url}>Source: {rule.source.title}</a>
                  </p>
                )}
                {finding.stepKey !== undefined && (
                  <button
                    type="button"
                    class="pb-show-step"
                    onClick={() => {
                      const card = root.current?.querySelector<HTMLElement>(
                        `[data-step-key="${CSS.escape(finding.stepKey ?? '')}"]`,
                      );
                      card?.scrollIntoView({ block: 'center', behavior: 'auto' });
                      card?.querySelector<HTMLElement>('.pb-name, [data-role="handle"]')?.focus();
                    }}
                  >
                    Show the step
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
