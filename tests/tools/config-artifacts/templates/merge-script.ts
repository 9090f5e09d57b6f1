/**
 * ExtensionSettings is one value holding every extension's settings (and often the organisation's blocklist):
 * writing Passerelle's alone would erase the rest. This PowerShell script adds (or, with -Remove, takes out)
 * Passerelle's entry and keeps every other one; -WhatIf shows the new value without writing it.
 */
import type { TemplateTarget } from '../template-target';
import { extensionSettingsEntry } from './windows-reg';

function psString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function extensionSettingsMergeScript(target: TemplateTarget): string {
  const lines = [
    '# Adds Passerelle to the ExtensionSettings policy of Chrome or Edge and keeps every other entry;',
    '# -Remove takes Passerelle out again (rollback); -WhatIf prints the new value and writes nothing.',
    '# Run as administrator:',
    '#   powershell -ExecutionPolicy Bypass -File passerelle-extension-settings.ps1 -Browser Chrome [-Scope User] [-Remove] [-WhatIf]',
    '[CmdletBinding(SupportsShouldProcess = $true)]',
    'param(',
    "  [Parameter(Mandatory = $true)][ValidateSet('Chrome', 'Edge')][string]$Browser,",
    "  [ValidateSet('Machine', 'User')][string]$Scope = 'Machine',",
    '  [switch]$Remove',
    ')',
    "$ErrorActionPreference = 'Stop'",
    `$ExtensionId = ${psString(target.chromiumId)}`,
    "$Roots = @{ Chrome = 'SOFTWARE\\Policies\\Google\\Chrome'; Edge = 'SOFTWARE\\Policies\\Microsoft\\Edge' }",
    '$Entries = @{',
    `  Chrome = ${psString(JSON.stringify(extensionSettingsEntry('chrome', target)))}`,
    `  Edge = ${psString(JSON.stringify(extensionSettingsEntry('edge', target)))}`,
    '}',
    "$Hive = if ($Scope -eq 'Machine') { 'HKLM:' } else { 'HKCU:' }",
    '$Key = Join-Path $Hive $Roots[$Browser]',
    '$Current = (Get-ItemProperty -Path $Key -Name ExtensionSettings -ErrorAction SilentlyContinue).ExtensionSettings',
    'if ($Current) { $Settings = $Current | ConvertFrom-Json } else { $Settings = New-Object PSObject }',
    '$Settings.PSObject.Properties.Remove($ExtensionId)',
    'if (-not $Remove) {',
    '  $Settings | Add-Member -NotePropertyName $ExtensionId -NotePropertyValue ($Entries[$Browser] | ConvertFrom-Json)',
    '}',
    '$Json = $Settings | ConvertTo-Json -Depth 20 -Compress',
    'if ($PSCmdlet.ShouldProcess("$Key\\ExtensionSettings", "set to $Json")) {',
    '  if (-not (Test-Path $Key)) { New-Item -Path $Key -Force | Out-Null }',
    '  Set-ItemProperty -Path $Key -Name ExtensionSettings -Value $Json -Type String',
    '}',
    '$Json',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** What the script does to a value, shown in the admin guide: every other entry stays as it was. */
export function mergedExtensionSettings(
  existing: Record<string, unknown>,
  target: TemplateTarget,
  browser: 'chrome' | 'edge',
): Record<string, unknown> {
  const { [target.chromiumId]: _previous, ...others } = existing;
  return { ...others, [target.chromiumId]: extensionSettingsEntry(browser, target) };
}

/** An organisation's value before Passerelle: everything blocked but one allowed extension. */
export const EXAMPLE_EXISTING_EXTENSION_SETTINGS: Record<string, unknown> = {
  '*': { installation_mode: 'blocked', blocked_install_message: 'Ask the IT service desk.' },
  aapbdbdomjkkjkaonfhkkikfgjllcleb: { installation_mode: 'allowed' },
};
