/**
 * Writes what is generated from the configuration schemas:
 *   tsx tests/tools/config-artifacts.ts schema     → public/managed_schema.json, public/indicators_fields.json
 *                                                    and ADMIN.md's generated regions
 *   tsx tests/tools/config-artifacts.ts templates  → .output/policy-templates/* and its admx/ folder (run by `npm run build`)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHROMIUM_EXTENSION_ID } from '../../utils/manifest/build-manifest';
import { generatedRegions, writeRegions } from './config-artifacts/admin-guide';
import { admxTemplates } from './config-artifacts/admx/adml';
import { indicatorFieldsJson } from './config-artifacts/indicator-fields';
import { managedSchemaJson } from './config-artifacts/managed-schema';
import { policyTemplates, templateBytes } from './config-artifacts/policy-templates';

const root = join(import.meta.dirname, '..', '..');
const mode = process.argv[2];

if (mode === 'schema') {
  writeFileSync(join(root, 'public/managed_schema.json'), managedSchemaJson());
  writeFileSync(join(root, 'public/indicators_fields.json'), indicatorFieldsJson());
  const guidePath = join(root, 'ADMIN.md');
  writeFileSync(guidePath, writeRegions(readFileSync(guidePath, 'utf8'), generatedRegions()));
  // The guide is formatted like every other file (the test compares regions by meaning, not by layout).
  execFileSync('npx', ['biome', 'format', '--write', 'ADMIN.md'], { cwd: root, stdio: 'inherit' });
  console.log('Wrote public/managed_schema.json, public/indicators_fields.json and ADMIN.md generated regions');
} else if (mode === 'templates') {
  const dir = join(root, '.output/policy-templates');
  mkdirSync(dir, { recursive: true });
  const files = { ...policyTemplates(), ...admxTemplates(CHROMIUM_EXTENSION_ID) };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), templateBytes(file, content));
  }
  console.log(`Wrote policy templates to ${dir}`);
} else {
  console.error('Usage: tsx tests/tools/config-artifacts.ts schema|templates');
  process.exit(1);
}
