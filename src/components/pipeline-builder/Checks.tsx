import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { findStep } from '../../lib/pipeline/edit';
import type { BuilderPipeline } from '../../lib/pipeline/model';
import type { Finding } from '../../lib/pipeline/rules';
import { topicHref } from '../../lib/url';
import type { Announce } from '../sortable/announcer';
import { useLazyModule } from './useLazyModule';

// The rules' words (why, fix, links) load with the first finding: a sound pipeline never needs them.
const loadRuleTexts = () => import('../../data/pipeline-rules');

interface ChecksProps {
  findings: readonly Finding[];
  pipeline: BuilderPipeline;
  base: string;
  root: RefObject<HTMLElement>;
  /** Adds to what the live region says about the change that made the new problems. */
  announce: Announce;
}

/** Findings about a step's name: "Show the step" takes the reader to the name field itself. */
const nameRules = new Set(['invalid-step-name', 'duplicate-step-name']);

const order = { error: 0, warning: 1, info: 2 } as const;
const heading = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;

/** The live checks: what would not make sense or would fail in SageMaker, why, and how to fix it. */
export function Checks({ findings, pipeline, base, root, announce }: ChecksProps) {
  const texts = useLazyModule(loadRuleTexts, findings.length > 0).module;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  // New problems are said, after what the change itself said; fewer are visible only.
  const errorsBefore = useRef(errors);
  useEffect(() => {
    if (errors > errorsBefore.current) {
      announce(`The checks now find ${errors} ${errors === 1 ? 'problem' : 'problems'}.`);
    }
    errorsBefore.current = errors;
  }, [errors]);
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
                      const field = nameRules.has(finding.rule)
                        ? card?.querySelector<HTMLElement>('.pb-name')
                        : undefined;
                      (field ?? card?.querySelector<HTMLElement>('[data-role="handle"]'))?.focus();
                    }}
                  >
                    Show the step
                    <span class="sr-only"> {findStep(pipeline, finding.stepKey)?.step.name ?? ''}</span>
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
