// Where tools print the status, most explicit first. Every pattern has one quantified class per gap.
const STATUS_PATTERNS: readonly RegExp[] = [
  /API\s*Error[\s:]*(?:\(?HTTP[\s:]*)?([45]\d\d)\b/i,
  /\b(?:error\s*code|status[\s_]*code|statusCode|status|http\s*status)["']?[\s:=]*["']?([45]\d\d)\b/i,
  /\bHTTP(?:\/[\d.]+)?[\s:]+([45]\d\d)\b/i,
  /["']code["']\s*:\s*["']?([45]\d\d)\b/,
  /(?:Error|Exception)[\s:]+([45]\d\d)\b/,
  /\b([45]\d\d)[\s:-]*(?:\{|[a-z_]+_error\b|request_too_large|too\s*many\s*requests|bad\s*request|unauthorized|forbidden|not\s*found|payment\s*required|internal\s*server|service\s*unavailable|overloaded)/i,
];

/** The HTTP status an error text names ("API Error: 400", `"status":429`, "529 {…}"), or null. */
export function extractHttpStatus(flat: string): number | null {
  for (const pattern of STATUS_PATTERNS) {
    const match = pattern.exec(flat);
    if (match?.[1]) return Number(match[1]);
  }
  return null;
}
