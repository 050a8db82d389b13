import { decimal } from '../../lib/decimal';
import { metrics, type Confusion } from '../../lib/threshold/metrics';

/** The confusion matrix at the threshold, and every metric with the counts it is computed from. */
export function MetricTables({ counts, threshold }: { counts: Confusion; threshold: number }) {
  const { tp, fp, fn, tn } = counts;
  const m = metrics(counts);
  const rows: [string, string, number | undefined][] = [
    ['Accuracy', `(${tp} + ${tn}) / ${tp + fp + fn + tn}`, m.accuracy],
    ['Precision', `${tp} / (${tp} + ${fp})`, m.precision],
    ['Recall', `${tp} / (${tp} + ${fn})`, m.recall],
    ['F1', `2×${tp} / (2×${tp} + ${fp} + ${fn})`, m.f1],
    ['False positive rate', `${fp} / (${fp} + ${tn})`, m.fpr],
  ];
  return (
    <div class="te-tables">
      <table class="island-table">
        <caption>Confusion matrix at {threshold.toFixed(2)}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Flagged</th>
            <th scope="col">Not flagged</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Fraud</th>
            <td data-cell="tp">TP {tp}</td>
            <td data-cell="fn">FN {fn}</td>
          </tr>
          <tr>
            <th scope="row">Legitimate</th>
            <td data-cell="fp">FP {fp}</td>
            <td data-cell="tn">TN {tn}</td>
          </tr>
        </tbody>
      </table>
      <table class="island-table">
        <caption>Metrics at {threshold.toFixed(2)}</caption>
        <tbody>
          {rows.map(([name, sum, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td class="te-sum">{sum}</td>
              <td data-metric={name}>{decimal(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
