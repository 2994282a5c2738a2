/** The code of a file-system error (`ENOENT`, `EACCES`, …), or `EUNKNOWN`; never a message that could hold content. */
export function fsErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}
