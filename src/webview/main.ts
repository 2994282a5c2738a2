// Walkthrough panel script (browser). Filled in by the walkthrough issue.
export {};
