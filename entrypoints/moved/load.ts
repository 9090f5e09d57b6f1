import { effectiveConfigItem } from '@/utils/config/storage';
import type { Connector } from '@/utils/connector/connector';
import { parseGuidanceQuery, redirectDelaySeconds } from '@/utils/sections/guidance';
import { matchedOldAddress } from '@/utils/sections/old-address';
import { loadEntry, openSectionsDb } from '@/utils/sections/store';
import type { GuidanceData } from './App';

/** What the guidance page shows for the address in its query, from storage (checked when read). */
export async function loadGuidance(
  search: string,
  connector: Pick<Connector, 'send' | 'getSnapshot'>,
): Promise<GuidanceData> {
  const query = parseGuidanceQuery(search);
  const [config, db] = await Promise.all([effectiveConfigItem.getValue(), openSectionsDb()]);
  const entry = query ? ((await loadEntry(db, query.id)) ?? null) : null;
  db.close();
  // The snapshot only fills the hotline's diagnostics, offered for an unknown section: a known one, the common case,
  // leaves without reading it. Without it the page still guides.
  const snapshot = entry ? null : await connector.getSnapshot().catch(() => null);
  // Usage indicator (a no-op unless IT turned indicators on): the configured old address or prefix that matched,
  // never the address opened below a prefix.
  const oldAddress = entry && query ? matchedOldAddress(query.from, entry) : null;
  if (entry && oldAddress !== null) {
    const event = { kind: 'guidanceShown', sectionId: entry.id, oldAddress } as const;
    connector.send('recordIndicator', event).catch(() => undefined);
  }
  return {
    entry,
    from: query?.from ?? '',
    delaySeconds: redirectDelaySeconds(config),
    esn: config.esn,
    links: config.links,
    allowedInsecureOrigins: config.allowedInsecureOrigins,
    snapshot,
  };
}

/** Usage indicators (a no-op unless IT turned them on): the guidance was followed to the section. */
export async function followGuidance(connector: Pick<Connector, 'send'>, sectionId: string): Promise<void> {
  if (!sectionId) return;
  await Promise.all([
    connector.send('recordIndicator', { kind: 'path', from: 'guidance', to: 'section', id: sectionId }),
    connector.send('recordIndicator', { kind: 'sequence', sequence: 'oldAddress>guidance>section' }),
  ]).catch(() => undefined);
}
