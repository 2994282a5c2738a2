import { z } from 'zod';

/** Buttons an explanation can offer; the editor maps each to a command, the CLI ignores them. */
export const EXPLANATION_ACTIONS = ['claimCredit', 'useApiKey', 'openWalkthrough', 'openStatusPage', 'openConsoleBilling', 'setBalance'] as const;

/** Schema of an explanation action. */
export const explanationActionSchema = z.enum(EXPLANATION_ACTIONS);
/** One of {@link EXPLANATION_ACTIONS}. */
export type ExplanationAction = z.infer<typeof explanationActionSchema>;

/** The balance a request was charged to: plan limits, extra usage, API billing, or none (not a billing matter). */
export const billingPoolSchema = z.enum(['plan', 'extra-usage', 'api-billing', 'none']);
/** One of the billing pools. */
export type BillingPool = z.infer<typeof billingPoolSchema>;

/** Schema of an explanation: what happened, which pool, whether waiting helps, and what to do. */
export const explanationSchema = z.object({
  title: z.string(),
  pool: billingPoolSchema,
  poolLabel: z.string(),
  waitingHelps: z.boolean(),
  /** ISO time when waiting is over, if the message named one. */
  waitUntil: z.string().nullable(),
  summary: z.string(),
  steps: z.array(z.string()),
  pitfalls: z.array(z.string()),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  actions: z.array(explanationActionSchema),
});
/** An explanation of one rejection, for the panel, the notification and the CLI. */
export type Explanation = z.infer<typeof explanationSchema>;
