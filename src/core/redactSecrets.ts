// Shapes of secrets that must never reach a log: Anthropic keys (api, oat, admin), bearer tokens,
// and `x-api-key:` header values. Linear-time patterns (no nested quantifiers).
const SECRET_PATTERNS: readonly RegExp[] = [
  /sk-ant-[A-Za-z0-9]{2,10}-[A-Za-z0-9_-]{8,}/g,
  /\bsk-[A-Za-z0-9_-]{20,}/g,
  /(\bbearer\s+)[A-Za-z0-9._~+/=-]{12,}/gi,
  /(\bx-api-key["']?\s*[:=]\s*["']?)[^\s"',}]{8,}/gi,
];

/** Replaces anything shaped like an API key or bearer token with `[redacted]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match: string, prefix?: unknown) =>
      typeof prefix === 'string' && match.startsWith(prefix) ? `${prefix}[redacted]` : '[redacted]',
    );
  }
  return out;
}
