/**
 * The built manifest rewritten for one organisation's package. The code is the tested build's, byte for byte:
 * only the identity (key / gecko id), where updates come from, the version and the product name change.
 */
export type Manifest = Record<string, unknown> & { version: string };

interface ManifestIdentity {
  version: string;
  /** Replaces the localised name when the organisation renames the product. */
  productName?: string;
}

function renamed(manifest: Manifest, identity: ManifestIdentity): Manifest {
  const { productName, version } = identity;
  return { ...manifest, version, ...(productName ? { name: productName } : {}) };
}

/**
 * Chrome/Edge: `key` pins the id to the organisation's key, `update_url` is where the browser checks for new
 * versions after the policy's first install. For a store upload (`updateUrl` null) both go: the store signs and
 * updates itself and refuses a `key`.
 */
export function chromiumOrgManifest(
  manifest: Manifest,
  identity: ManifestIdentity & { publicKey: string | null; updateUrl: string | null },
): Manifest {
  const { key: _storeRefusesKey, update_url: _storeUpdates, ...rest } = renamed(manifest, identity);
  return {
    ...rest,
    ...(identity.publicKey ? { key: identity.publicKey } : {}),
    ...(identity.updateUrl ? { update_url: identity.updateUrl } : {}),
  } as Manifest;
}

interface GeckoSettings {
  gecko?: Record<string, unknown>;
  [other: string]: unknown;
}

/** Firefox: the organisation's add-on id, and its updates.json unless the package goes to AMO's listing. */
export function firefoxOrgManifest(
  manifest: Manifest,
  identity: ManifestIdentity & { geckoId: string; updateUrl: string | null },
): Manifest {
  const specific = (manifest.browser_specific_settings ?? {}) as GeckoSettings;
  const { update_url: _listedUpdates, ...gecko } = specific.gecko ?? {};
  return {
    ...renamed(manifest, identity),
    browser_specific_settings: {
      ...specific,
      gecko: { ...gecko, id: identity.geckoId, ...(identity.updateUrl ? { update_url: identity.updateUrl } : {}) },
    },
  };
}
