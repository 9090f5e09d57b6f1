/**
 * The organisation's packages and its signing key (ADMIN.md › Build your organisation's packages):
 *   tsx tests/tools/org-package.ts key      → a new private key at keyFile (npm run package:key)
 *   tsx tests/tools/org-package.ts package  → .output/org/* from the build (npm run package builds first)
 * Settings: passerelle.org.json (or the file PASSERELLE_ORG_SETTINGS names), then PASSERELLE_ORG_* variables.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extensionIdOf, publicKeyDer } from './packaging/crx-id';
import { packageForOrganisation } from './packaging/org-package';
import { ENV_NAMES, resolveOrgSettings } from './packaging/org-settings';
import { generateSigningKeyPem } from './packaging/signing-key';

const root = resolve(import.meta.dirname, '..', '..');

function loadSettings() {
  const settingsFile = resolve(root, process.env.PASSERELLE_ORG_SETTINGS || 'passerelle.org.json');
  let fileValue: unknown;
  if (existsSync(settingsFile)) {
    try {
      fileValue = JSON.parse(readFileSync(settingsFile, 'utf8'));
    } catch (error) {
      throw new Error(`${settingsFile} is not valid JSON: ${(error as Error).message}`);
    }
  } else if (process.env.PASSERELLE_ORG_SETTINGS) {
    throw new Error(`PASSERELLE_ORG_SETTINGS names ${settingsFile}, which does not exist.`);
  }
  return resolveOrgSettings(fileValue, process.env, settingsFile);
}

function writeKey(): void {
  const { settings } = loadSettings();
  const keyPath = resolve(root, settings.keyFile);
  if (existsSync(keyPath)) throw new Error(`${keyPath} already exists: it is kept (delete it first to replace it).`);
  const pem = generateSigningKeyPem();
  writeFileSync(keyPath, pem, { mode: 0o600 });
  console.log(
    `Wrote ${keyPath} (keep it safe, never commit it). Chromium extension id: ${extensionIdOf(publicKeyDer(pem))}`,
  );
}

async function writePackages(): Promise<void> {
  const { settings, defaulted } = loadSettings();
  const keyPath = resolve(root, settings.keyFile);
  if (!existsSync(keyPath)) {
    throw new Error(`The signing key ${keyPath} is missing: run \`npm run package:key\` once, then keep that file.`);
  }
  const outDir = join(root, '.output/org');
  const summary = await packageForOrganisation({
    chromeDir: join(root, '.output/chrome-mv3'),
    firefoxDir: join(root, '.output/firefox-mv3'),
    outDir,
    settings,
    privateKeyPem: readFileSync(keyPath, 'utf8'),
  });
  console.log(`Wrote ${summary.files.length} files to ${outDir}:\n  ${summary.files.join('\n  ')}`);
  console.log(`Chromium id ${summary.chromiumId} · gecko id ${summary.geckoId} · version ${summary.version}`);
  console.log(`Publish every file at the top of ${outDir} under ${settings.updateBaseUrl}`);
  for (const field of defaulted) {
    if (field === 'productName' || field === 'keyFile') continue;
    const name = ENV_NAMES[field];
    console.warn(`Warning: ${field} is the example value (set it in passerelle.org.json or ${name}).`);
  }
}

const mode = process.argv[2];
try {
  if (mode === 'key') writeKey();
  else if (mode === 'package') await writePackages();
  else throw new Error('Usage: tsx tests/tools/org-package.ts key|package');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
