import type { VerdictEvidence } from '../model/evidence-lines';

/** The checks (each marked as met or not), the placing notes, and the near-miss reason first of all. */
export function EvidenceCell({ evidence }: { evidence: VerdictEvidence }) {
  return (
    <>
      {evidence.nearMiss && <p className="near-miss">{evidence.nearMiss}</p>}
      <ul className="evidence-list">
        {evidence.lines.map((line) => (
          <li key={line.text} className={`evidence evidence-${line.verdict}`}>
            {line.text}
          </li>
        ))}
        {evidence.notes.map((note) => (
          <li key={note} className="evidence evidence-note">
            {note}
          </li>
        ))}
      </ul>
    </>
  );
}
