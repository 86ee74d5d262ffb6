import { expect } from 'vitest';
import type { EventInput } from '@growthkit/core';
import type { TestCollector } from './collector-fixture.ts';

/** Sends events as a host's server does (a secret key, the demo's unless given), in batches of 500, and checks every one was stored. */
export async function sendServerEvents(collector: TestCollector, events: readonly EventInput[], secretKey = 'sk_demo'): Promise<void> {
  for (let at = 0; at < events.length; at += 500) {
    const res = await fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secretKey}` },
      body: JSON.stringify({ events: events.slice(at, at + 500) }),
    });
    expect(await res.json()).toMatchObject({ accepted: Math.min(500, events.length - at), rejected: [] });
  }
}

/** GET an admin endpoint with the demo's secret key; the parsed JSON answer and its status. */
export async function adminGet<T>(collector: TestCollector, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${collector.url}${path}`, { headers: { authorization: 'Bearer sk_demo' } });
  return { status: res.status, body: (await res.json()) as T };
}
