/** Questions of the page that an explainer shows rather than its Check yourself: where, and how many. */
export interface ShownElsewhere {
  /** What the page calls the explainer. */
  name: string;
  /** The id of the heading over its questions. */
  headingId: string;
  /** The ids of its questions. */
  ids: readonly string[];
}

/** "2 of them follow the fit explorer above", linked to the explainer's questions. */
export function ElsewhereNote({ elsewhere }: { elsewhere: readonly ShownElsewhere[] }) {
  return (
    <>
      {elsewhere.map(({ name, headingId, ids }) => (
        <p key={headingId}>
          {ids.length === 1 ? 'One of them follows' : `${ids.length} of them follow`} the{' '}
          <a href={`#${headingId}`}>{name} above</a>.
        </p>
      ))}
    </>
  );
}
