// Properties checked by test/unit/fuzz.test.ts (short runs) and bench/fuzzLong.ts (a million cases).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classifyRejection } from '../../src/core/classifyRejection';
import { rejectionEventSchema, rejectionSchema } from '../../src/core/rejection';
import { PANEL_PAGES, LINK_IDS, webviewToHostMessageSchema } from '../../src/core/webviewProtocol';
import { parseClaudeCodeRecord, type ClaudeCodeRecordContext } from '../../src/sources/parseClaudeCodeRecord';
import { parseClineTask } from '../../src/sources/parseClineTask';
import type { UsageEvent } from '../../src/core/usageEvent';
import {
  anyText, fixtureClineMessages, fixtureRecords, fixtureRejectionTexts, keywordSoup, mutatedJson, mutatedText,
} from './fuzzArbitraries';
import { ledgerProperties } from './ledgerProperties';
import { fileProperties } from './fileProperties';
import type { FuzzProperty } from './fuzzProperty';

export { checkProperty, runsOf, type FuzzProperty } from './fuzzProperty';


const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham', 'Not/AZone', ''];
const classifyOptions = fc.record({
  now: fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  timeZone: fc.constantFrom(...ZONES),
});

function assertRejectionOrNothing(result: unknown): void {
  if (result === undefined) return;
  const parsed = rejectionSchema.safeParse(result);
  assert.ok(parsed.success, `classifier result fails rejectionSchema: ${JSON.stringify(result)}`);
}

/** A real classifier that must not throw itself (sources call it on every error text). */
const classify = (text: string) => classifyRejection(text, { now: new Date('2026-11-25T12:00:00Z'), timeZone: 'UTC' });

function assertRejectionEvent(event: unknown): void {
  assert.ok(rejectionEventSchema.safeParse(event).success, `rejection event fails rejectionEventSchema: ${JSON.stringify(event)}`);
}

function assertRecordResult(result: ReturnType<typeof parseClaudeCodeRecord>): void {
  assert.ok(['ignored', 'malformed', 'record'].includes(result.kind));
  if (result.kind !== 'record') return;
  assert.ok(result.usage || result.rejection, 'a record result carries something');
  if (result.usage) {
    for (const n of [result.usage.inputTokens, result.usage.outputTokens, result.usage.cacheCreationTokens, result.usage.cacheReadTokens]) {
      assert.ok(typeof n === 'number' && n >= 0, `token count ${n}`);
    }
    assert.ok(!Number.isNaN(Date.parse(result.usage.at)));
  }
  if (result.rejection) assertRejectionEvent(result.rejection);
}

const recordContext: ClaudeCodeRecordContext = { classify, isHistorical: true, location: 'p/s.jsonl' };

function classifierProperties(): FuzzProperty[] {
  const texts = fixtureRejectionTexts();
  const input = fc.oneof(anyText, keywordSoup, mutatedText(texts), mutatedJson(texts.map((t) => JSON.stringify({ error: { message: t } }))));
  const longInput = fc
    .tuple(fc.array(fc.oneof(keywordSoup, fc.constantFrom(...texts)), { minLength: 1, maxLength: 12 }), fc.integer({ min: 33_000, max: 200_000 }), fc.nat())
    .map(([parts, size, seed]) => {
      const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(size / 27)).slice(0, size);
      const step = Math.max(1, Math.floor(size / parts.length));
      return parts.reduce((text, part, i) => text.slice(0, (i * step + seed) % text.length) + part + text.slice((i * step + seed) % text.length), filler);
    });
  return [
    {
      name: 'classifyRejection never throws and returns undefined or a valid Rejection',
      share: 5,
      property: () => fc.property(input, classifyOptions, (text, options) => assertRejectionOrNothing(classifyRejection(text, options))),
    },
    {
      name: 'classifyRejection on texts past the whole-text limit (windowed scan)',
      share: 0.03,
      property: () => fc.property(longInput, (text) => assertRejectionOrNothing(classifyRejection(text))),
    },
  ];
}

function parserProperties(): FuzzProperty[] {
  const records = fixtureRecords();
  const clineMessages = fixtureClineMessages();
  const clineItems = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.array(fc.oneof(fc.constantFrom(...clineMessages), mutatedJson(clineMessages.map((m) => JSON.stringify(m))).map((t) => JSON.parse(t) as unknown), fc.jsonValue({ maxDepth: 2 })), { maxLength: 12 }),
  );
  const clineContext = fc.record({
    taskId: fc.string({ maxLength: 10 }),
    source: fc.constantFrom('cline' as const, 'roo-code' as const, 'kilo-code' as const),
    isHistorical: fc.boolean(),
    afterTs: fc.option(fc.oneof(fc.integer(), fc.double()), { nil: undefined }),
    pendingTs: fc.option(fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }), { maxLength: 5 }), { nil: undefined }),
    modelUsage: fc.option(fc.array(fc.record({ ts: fc.integer(), modelId: fc.string({ maxLength: 12 }) }), { maxLength: 4 }), { nil: undefined }),
  });
  return [
    {
      name: 'parseClaudeCodeRecord never throws on arbitrary lines',
      share: 3,
      property: () => fc.property(anyText, (line) => assertRecordResult(parseClaudeCodeRecord(line, recordContext))),
    },
    {
      name: 'parseClaudeCodeRecord never throws on mutated real records',
      share: 3,
      property: () => fc.property(fc.oneof(mutatedText(records), mutatedJson(records)), fc.boolean(), (line, wantsRejections) =>
        assertRecordResult(parseClaudeCodeRecord(line, { ...recordContext, wantsRejections }))),
    },
    {
      name: 'parseClineTask never throws on arbitrary JSON and mutated real messages',
      share: 1,
      property: () => fc.property(clineItems, clineContext, (raw, context) => {
        const result = parseClineTask(raw, { ...context, classify });
        assert.ok(Number.isInteger(result.malformed) && result.malformed >= 0);
        for (const usage of result.usage) assertUsageShape(usage);
        for (const rejection of result.rejections) assertRejectionEvent(rejection);
      }),
    },
  ];
}

function assertUsageShape(usage: UsageEvent): void {
  assert.equal(typeof usage.at, 'string');
  for (const n of [usage.inputTokens, usage.outputTokens, usage.cacheCreationTokens, usage.cacheReadTokens]) assert.ok(n >= 0, `token count ${n}`);
}

/** Independent oracle of what the host may accept from the panel. */
export function isValidWebviewMessage(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Map || value instanceof Set) return false;
  const m = value as Record<string, unknown>;
  const text = (v: unknown, min: number, max: number): boolean => typeof v === 'string' && v.length >= min && v.length <= max;
  switch (m.type) {
    case 'ready': case 'setBalance': case 'checkApiKey': case 'removeApiKey': return true;
    case 'navigate': return (PANEL_PAGES as readonly unknown[]).includes(m.page);
    case 'openLink': return (LINK_IDS as readonly unknown[]).includes(m.link);
    case 'confirmClaimed': return text(m.amount, 0, 40);
    case 'saveApiKey': return text(m.key, 1, 500);
    case 'provideKeyToTerminals': return typeof m.enabled === 'boolean';
    case 'saveAutoReload': return text(m.threshold, 0, 40) && text(m.amount, 0, 40);
    default: return false;
  }
}

const TYPES = ['ready', 'navigate', 'openLink', 'confirmClaimed', 'setBalance', 'saveApiKey', 'checkApiKey', 'removeApiKey', 'provideKeyToTerminals', 'saveAutoReload', 'eval', 'READY', ''];
const fieldValue = fc.oneof(
  fc.constantFrom(...PANEL_PAGES, ...LINK_IDS, 'settings', true, false, null, 0),
  fc.string({ maxLength: 45 }),
  fc.string({ minLength: 490, maxLength: 510 }),
  fc.anything({ maxDepth: 1 }),
);
/** Objects close to real messages: a known or near-miss type, the fields any variant uses, extra keys. */
const nearMessage = fc
  .record({
    type: fc.constantFrom(...TYPES),
    page: fieldValue, link: fieldValue, amount: fieldValue, key: fieldValue, enabled: fieldValue, threshold: fieldValue,
    extra: fc.anything({ maxDepth: 1 }),
  }, { requiredKeys: ['type'] });

function protocolProperties(): FuzzProperty[] {
  const input = fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), nearMessage);
  return [{
    name: 'webviewToHostMessageSchema.safeParse never throws and accepts exactly the valid shapes',
    share: 2,
    property: () => fc.property(input, (value) => {
      const parsed = webviewToHostMessageSchema.safeParse(value);
      assert.equal(parsed.success, isValidWebviewMessage(value), JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));
    }),
  }];
}

/** Every property, cheapest first. */
export function allProperties(): FuzzProperty[] {
  return [...classifierProperties(), ...parserProperties(), ...protocolProperties(), ...ledgerProperties(), ...fileProperties()];
}
