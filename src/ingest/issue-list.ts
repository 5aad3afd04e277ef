import type { ImportIssue } from './types';

export const MAX_LISTED_ISSUES = 50;

/** Keeps the first issues for display and counts them all: a million bad rows must not become a million objects. */
export class IssueList {
  readonly items: ImportIssue[] = [];
  count = 0;

  constructor(private readonly cap = MAX_LISTED_ISSUES) {}

  add(issue: ImportIssue): void {
    this.count += 1;
    if (this.items.length < this.cap) this.items.push(issue);
  }

  addAll(issues: readonly ImportIssue[]): void {
    for (const issue of issues) this.add(issue);
  }
}
