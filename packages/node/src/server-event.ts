/**
 * An event as a server sends it on the wire (SPEC §7, POST /v1/events). The package depends on nothing of the workspace,
 * so this is the part of core's EventSchema a server fills; packages/node/test checks it against that schema.
 */
export interface ServerEvent {
  id: string;
  type: 'track';
  name: string;
  ts: string;
  anonymousId: string;
  userId?: string;
  accountId?: string;
  props: Record<string, unknown>;
  context: { library: string };
}

/** What POST /v1/events answers with 200 (core's IngestResult). */
export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: { index: number; field: string; message: string }[];
}
