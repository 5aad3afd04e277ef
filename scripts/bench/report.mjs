// Prints the bench table: each figure beside the floor of the same run, and a verdict per bar.
function formatValue(value, unit) {
  if (value === null || value === undefined) return '';
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 'MB') return `${Math.round(value).toLocaleString('en-US')} MB`;
  if (unit === 'score') return value.toFixed(3);
  // The long-task API only reports tasks over 50 ms.
  if (unit === 'task' && value === 0) return '< 50 ms';
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

function formatBar(bar, unit) {
  if (!bar) return '—';
  if (bar.ratio) return `≤ ${bar.ratio}× floor`;
  if (unit === 'score') return `≤ ${bar.max}`;
  return `≤ ${bar.max} ${unit === 'KB' || unit === 'MB' ? unit : 'ms'}`;
}

function verdict(row) {
  if (row.value === null) return `${row.failed ? 'FAIL' : 'n/a'} (${row.note})`;
  if (!row.bar) return '';
  if (row.bar.ratio) {
    if (!row.floor) return 'n/a (no floor)';
    return row.value <= row.bar.ratio * row.floor ? 'PASS' : 'FAIL';
  }
  return row.value <= row.bar.max ? 'PASS' : 'FAIL';
}

export function toTableRow(row) {
  // A ratio only where the floor is the yardstick, not beside absolute bars.
  const showRatio = row.value !== null && row.floor && !row.bar?.max;
  const ratio = showRatio ? `${(row.value / row.floor).toFixed(2)}×` : '';
  const result = verdict(row);
  const note = result.includes('(') ? '' : (row.note ?? '');
  return [
    row.measure,
    formatValue(row.value, row.unit),
    formatValue(row.floor, row.unit),
    ratio,
    formatBar(row.bar, row.unit),
    result,
    note,
  ];
}

export function printTable(rows) {
  const header = ['Measure', 'App', 'Floor', 'App/floor', 'Bar', 'Result', 'Note'];
  const cells = [header, ...rows.map(toTableRow)];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}
