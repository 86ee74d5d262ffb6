import type { EventInput } from '@growthkit/core';
import type { SeededRandom } from './seeded-random.ts';

/** Text a database layer might mistake for SQL: valid wherever free text is, and stored verbatim. */
export const SQL_STRINGS = [
  "'; DROP TABLE events; --",
  '" OR 1=1 --',
  "Robert'); DELETE FROM projects WHERE ('1'='1",
  '1; UPDATE events SET name = NULL',
  "' UNION SELECT secret_key FROM projects --",
  '%_\\',
];

/** Free text that is valid JSON and storable Unicode but unusual: escapes, control characters, astral characters, right-to-left. */
const ODD_STRINGS = [
  'doc_créé',
  '文档已创建',
  '🚀 launch',
  'a\u0001b',
  'tab\there',
  'line\nbreak',
  '\u202eevil',
  'x'.repeat(120),
  ...SQL_STRINGS,
];

/** Keys that mean something to JavaScript objects but are plain data here; only "__proto__" is refused. */
export const OBJECT_KEYS = ['constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const TIMESTAMPS = [
  '2026-11-22T10:00:00.000Z',
  '2026-11-22T10:00:00Z',
  '2026-11-22T15:30:00+05:30',
  '2024-02-29T23:59:59.999Z',
  '2026-01-01T00:00:00-08:00',
];
const OPTIONAL_REFS = ['userId', 'accountId', 'sessionId', 'campaignId', 'experiment', 'variant'] as const;

/** Makes events that pass the event schema, each with an id no other event of the run has. */
export class ValidEvents {
  private made = 0;

  constructor(private readonly random: SeededRandom) {}

  /** A fresh id of 8–64 id characters, unique in this run by its counter prefix. */
  id(): string {
    this.made += 1;
    const prefix = `fz${this.made.toString(36)}_`;
    return prefix + this.random.text(ID_ALPHABET, this.random.int(Math.max(0, 8 - prefix.length), 64 - prefix.length));
  }

  freeText(maxLength: number): string {
    const text = this.random.chance(0.5) ? this.random.pick(ODD_STRINGS) : this.random.text(ID_ALPHABET, this.random.int(1, 24));
    return text.slice(0, maxLength) || 'x';
  }

  /** A small JSON value, nested at most `depth` more levels. */
  value(depth: number): unknown {
    const roll = this.random.int(0, depth > 0 ? 7 : 5);
    if (roll === 0) return null;
    if (roll === 1) return this.random.chance(0.5);
    if (roll === 2) return this.random.int(-1_000_000, 1_000_000);
    if (roll === 3) return this.random.next() * 1e6;
    if (roll <= 5) return this.freeText(200);
    if (roll === 6) return Array.from({ length: this.random.int(0, 4) }, () => this.value(depth - 1));
    return this.record(depth - 1);
  }

  record(depth: number): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    for (let i = this.random.int(0, 4); i > 0; i--) {
      const key = this.random.chance(0.3) ? this.random.pick(OBJECT_KEYS) : this.freeText(40);
      // defineProperty: "constructor" and friends become plain own keys, as JSON.parse makes them.
      Object.defineProperty(record, key, { value: this.value(depth), enumerable: true, writable: true, configurable: true });
    }
    return record;
  }

  event(): EventInput {
    const random = this.random;
    const event: EventInput = {
      id: this.id(),
      type: random.pick(['track', 'identify', 'group', 'page', 'widget'] as const),
      name: this.freeText(200),
      ts: random.pick(TIMESTAMPS),
      anonymousId: this.freeText(128),
    };
    for (const field of OPTIONAL_REFS) if (random.chance(0.3)) event[field] = this.freeText(128);
    if (random.chance(0.8)) event.props = this.record(2);
    if (random.chance(0.4)) {
      event.context = {
        url: `https://app.example.com/${this.freeText(100)}`,
        locale: random.pick(['en', 'zh-CN', 'pt-BR']),
        sdkVersion: '0.1.0',
      };
      if (random.chance(0.3)) event.context[random.pick(OBJECT_KEYS)] = this.freeText(50);
    }
    // A hash is accepted without identity verification, and never stored.
    if (random.chance(0.1)) event.hash = random.text('0123456789abcdef', 64);
    return event;
  }
}

/** The row the collector should keep for `event`: no hash, props defaulting to {}. */
export function expectedRow(event: EventInput) {
  const { hash: _proof, props, ...rest } = event;
  return { ...rest, props: props ?? {} };
}
