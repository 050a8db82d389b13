export interface ErrorRow {
  /** The row's header: a degree or an epoch. */
  label: string;
  train: number;
  validation: number;
  note: string;
  current?: boolean;
}

const e3 = (value: number) => value.toFixed(3);

/** Training and validation error as text: the equivalent of a chart. */
export function ErrorTable({
  caption,
  first,
  last,
  rows,
}: {
  caption: string;
  first: string;
  last: string;
  rows: ErrorRow[];
}) {
  return (
    <table class="island-table fe-table">
      <caption>{caption}</caption>
      <thead>
        {/* Soft hyphens let the headers break on a 320 px screen. */}
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">Train­ing</th>
          <th scope="col">Vali­dation</th>
          <th scope="col">{last}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} aria-current={row.current ? 'true' : undefined}>
            <th scope="row">{row.label}</th>
            <td>{e3(row.train)}</td>
            <td>{e3(row.validation)}</td>
            <td>{row.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
