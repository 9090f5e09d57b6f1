/**
 * `npm run demo-esn [-- --port 8080]`: starts La Ruche on 127.0.0.1 and prints its main addresses.
 * Stops on SIGINT / SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startDemoEsn } from './server';

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`Invalid --port: ${value} (expected 0–65535)`);
  }
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } }, strict: true });
  const esn = await startDemoEsn({ port: parsePort(values.port) });
  const lines = [
    `La Ruche (demo ESN of Groupe Aubépine) is listening on ${esn.origin}`,
    '',
    `  Home page            ${esn.url('/')}`,
    `  News (RSS)           ${esn.url('/feeds/actualites.rss')}`,
    `  Events (Atom)        ${esn.url('/feeds/evenements.atom')}`,
    `  Config document      ${esn.url('/passerelle/config.json')}`,
    `  Sections index       ${esn.url('/passerelle/sections.json')}  |  ${esn.url('/passerelle/sections.csv')}`,
    `  Launch route         ${esn.url('/go/vehicle-booking')}`,
    `  Moved page (410)     ${esn.url('/rh/cantine/menus.aspx')}`,
    `  Indicators report    ${esn.url('/indicateurs/rapport')}`,
    `  Counters (control)   ${esn.url('/__demo/counters')}`,
    '',
    `Faults: curl -X POST ${esn.url('/__demo/fault')} -d '{"mode":"rateLimited","retryAfterSeconds":60}'`,
    'Press Ctrl+C to stop.',
  ];
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, stopping the demo ESN…`);
    esn.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
