import { parseArgs } from 'node:util';
import { startCollector } from '@growthkit/collector';
import { startDemo } from './serve.ts';

// `pnpm demo`: the collector on its embedded SQLite file with the demo project seeded, and Acme Docs beside it.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.GROWTHKIT_PORT ?? '8787' },
    'demo-port': { type: 'string', default: process.env.DEMO_PORT ?? '5173' },
    db: { type: 'string', default: process.env.GROWTHKIT_DB ?? './growthkit.sqlite' },
  },
});

const collector = await startCollector({ port: Number(values.port), dbPath: values.db, seedDemo: true });
const demo = await startDemo({ collectorUrl: collector.url, port: Number(values['demo-port']) });

console.log(`
  GrowthKit collector  ${collector.url}   (SQLite: ${values.db}; keys pk_demo / sk_demo)
  Acme Docs demo       ${demo.url}
  Debug panel          ${demo.url}/?growthkit_debug=1
  Console              ${collector.url}/console   (sign in with sk_demo)
  Stored events        curl -H 'Authorization: Bearer sk_demo' ${collector.url}/v1/admin/events

  Ctrl+C stops both.
`);

const stop = async () => {
  // the demo first: its server sends its last events (an upgrade) while the collector still takes them
  await demo.close();
  await collector.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
