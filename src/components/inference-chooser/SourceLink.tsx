import type { Source } from '../../data/inference-options';

/** A link to the AWS page behind a limit or fact. */
export function SourceLink({ source }: { source: Source }) {
  return (
    <a class="chooser-source" href={source.url}>
      AWS: {source.title}
    </a>
  );
}

/** Marks a fact that is newer than older study material: how AWS documents it today. */
export function SinceTheNotes({ since }: { since?: boolean }) {
  return since ? <span class="chooser-badge">AWS today</span> : null;
}
