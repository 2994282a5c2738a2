/** A Claude model id taken apart: `claude-sonnet-4-5` → family `sonnet`, major 4, minor 5. */
export interface ModelIdParts {
  readonly family: string;
  readonly major: number;
  /** Absent for ids without a minor version (`claude-opus-4`, `claude-3-opus`). */
  readonly minor?: number;
}

const FAMILY = /^[a-z]+$/;
const VERSION = /^\d{1,2}$/;

/**
 * The id a price table uses for a model id as some tool wrote it: lower case, without provider prefixes
 * (`anthropic/`, `us.anthropic.`), date or version suffixes (`-20250929`, `@20250929`, `-v1:0`, `-latest`),
 * variant tags (`[1m]`, `:thinking`), with dashes for dots, and in Anthropic's own word order (`claude-sonnet-4-5`
 * from Claude 4 on, `claude-3-5-sonnet` before). Ids that are not Claude ids come back cleaned but otherwise as given.
 */
export function normalizeModelId(raw: string): string {
  const id = stripDecorations(raw.trim().toLowerCase());
  const parts = parseLoose(id);
  return parts ? formatModelId(parts) : id;
}

/** Parts of an id already in normalised form; undefined for anything else. */
export function parseModelId(normalized: string): ModelIdParts | undefined {
  const parts = parseLoose(normalized);
  return parts && formatModelId(parts) === normalized ? parts : undefined;
}

function stripDecorations(id: string): string {
  let s = id.slice(id.lastIndexOf('/') + 1); // OpenRouter, Vertex resource names, Bedrock ARNs
  s = s.replace(/^(?:[a-z]{2,6}\.)?anthropic\./, ''); // Bedrock: anthropic.… and us./eu./apac./global.anthropic.…
  s = s.replace(/\[[^\]]*\]$/, ''); // Claude Code's `[1m]`
  s = s.replace(/@.*$/, ''); // Vertex: claude-sonnet-4-5@20250929
  s = s.replace(/:[a-z0-9]*$/, ''); // Bedrock `…-v1:0`, OpenRouter `:beta` / `:thinking`
  s = s.replace(/-v\d+$/, ''); // Bedrock `-v1`, Vertex `claude-3-5-sonnet-v2`
  s = s.replace(/-latest$/, '');
  s = s.replace(/-\d{8}$/, ''); // release date
  return s.replace(/(\d)\.(\d)/g, '$1-$2');
}

/** Accepts `claude-<family>-<major>[-<minor>]` and `claude-<major>[-<minor>]-<family>` in either generation. */
function parseLoose(id: string): ModelIdParts | undefined {
  const words = id.split('-');
  if (words[0] !== 'claude' || words.length < 3 || words.length > 4) return undefined;
  const rest = words.slice(1);
  const familyFirst = FAMILY.test(rest[0] ?? '');
  const family = familyFirst ? rest[0] : rest[rest.length - 1];
  const versions = familyFirst ? rest.slice(1) : rest.slice(0, -1);
  if (family === undefined || !FAMILY.test(family) || !versions.every((v) => VERSION.test(v))) return undefined;
  const [major, minor] = versions.map(Number);
  if (major === undefined) return undefined;
  // `claude-opus-4-0` is Anthropic's alias of `claude-opus-4`.
  return minor === undefined || minor === 0 ? { family, major } : { family, major, minor };
}

function formatModelId(parts: ModelIdParts): string {
  const version = parts.minor === undefined ? `${parts.major}` : `${parts.major}-${parts.minor}`;
  return parts.major >= 4 ? `claude-${parts.family}-${version}` : `claude-${version}-${parts.family}`;
}
