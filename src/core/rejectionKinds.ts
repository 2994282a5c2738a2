/**
 * The kinds of rejection the product tells apart, from the most to the least billing-related. A module of its own,
 * without zod, so the CLI's help and `usage` load no schema library.
 */
export const REJECTION_KINDS = [
  'extra-usage',
  'plan-limit',
  'rate-limit',
  'overloaded',
  'api-credit',
  'auth',
  'not-billing',
] as const;
