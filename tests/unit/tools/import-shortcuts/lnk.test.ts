// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importShortcuts } from '../../../tools/import-shortcuts/import-shortcuts';
import { parseLnkFile, targetOf } from '../../../tools/import-shortcuts/lnk/lnk-file';
import { parseShellLink } from '../../../tools/import-shortcuts/lnk/shell-link';
import { LNK_CASES } from './lnk-cases';
import { writeLnk } from './lnk-fixtures';

const files = Object.entries(LNK_CASES).map(([name, spec]) => ({ name, bytes: writeLnk(spec) }));

describe('.lnk reader', () => {
  it.each(Object.entries(LNK_CASES))('reads every field of %s', (name, spec) => {
    const link = parseShellLink(writeLnk(spec));
    expect(link).toEqual({
      isUnicode: spec.unicode,
      ...(spec.localPath && { localPath: spec.localPath }),
      ...(spec.network && { networkPath: `${spec.network.netName}\\${spec.network.suffix}` }),
      ...(spec.environmentTarget && { environmentTarget: spec.environmentTarget }),
      ...Object.fromEntries(
        (['name', 'relativePath', 'workingDir', 'arguments', 'iconLocation'] as const)
          .filter((field) => spec[field] !== undefined)
          .map((field) => [field, spec[field]]),
      ),
    });
    expect(targetOf(link), name).toBeTruthy();
  });

  it('turns browser shortcuts into tools and reports the others with their reason', () => {
    const result = importShortcuts(files);
    expect(result.tools.map((tool) => [tool.id, tool.label, tool.url])).toEqual([
      ['notes-de-frais', 'Notes de frais', 'https://frais.aubepine.example/'],
      ['planning', 'Planning', 'https://planning.aubepine.example/semaine'],
      ['reservation-de-vehicule', 'Réservation de véhicule', 'https://flotte.aubepine.example/reservations'],
      ['intranet', 'Intranet', 'https://intranet.aubepine.example/accueil'],
      ['portail', 'Portail', 'https://portail.aubepine.example/'],
    ]);
    expect(result.skipped.map((skip) => `${skip.origin}: ${skip.reason}`)).toEqual([
      'Congés.lnk: installed web app (--app-id=gdfaincndogidkdcdkhapmbffkckdkhn, profile Default): the shortcut does not hold its address; add the tool by hand with the address the app opens',
      'Calculatrice.lnk: local program (C:\\Windows\\System32\\calc.exe): only web addresses become tools',
      'Outil compta.lnk: network file (\\\\fichiers\\compta\\outils\\saisie.exe): only web addresses become tools (a browser does not open file: links from an extension)',
      'Chrome.lnk: opens a browser with no web address',
    ]);
    expect(result.imported.map(({ file, toolId }) => [file.name, toolId])).toEqual([
      ['Notes de frais.lnk', 'notes-de-frais'],
      ['Planning.lnk', 'planning'],
      ['Réservation de véhicule.lnk', 'reservation-de-vehicule'],
      ['Intranet.lnk', 'intranet'],
      ['Portail.lnk', 'portail'],
    ]);
  });

  it('takes --app= before any other address, and refuses an --app= that is not a web address', () => {
    const spec = { unicode: true, localPath: 'C:\\chrome.exe' };
    const withApp = writeLnk({ ...spec, arguments: 'https://other.example/ --app=https://app.example/' });
    expect(parseLnkFile('a.lnk', withApp).candidates[0]?.url).toBe('https://app.example/');
    const fileApp = writeLnk({ ...spec, arguments: '--app=file:///C:/x.html' });
    expect(parseLnkFile('b.lnk', fileApp).skipped[0]?.reason).toBe('--app= is not a web address (file:///C:/x.html)');
  });

  it('recovers a web app’s address from its jump-list argument, and reads Explorer opening an address', () => {
    const spec = { unicode: true, localPath: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome_proxy.exe' };
    const jumpList = writeLnk({
      ...spec,
      arguments:
        '--profile-directory=Default --app-id=abcdefghijklmnopabcdefghijklmnop --app-launch-url-for-shortcuts-menu-item=https://rh.example/conges',
    });
    expect(parseLnkFile('c.lnk', jumpList).candidates[0]?.url).toBe('https://rh.example/conges');
    const explorer = writeLnk({
      unicode: true,
      localPath: 'C:\\Windows\\explorer.exe',
      arguments: '"https://wiki.example/"',
    });
    expect(parseLnkFile('d.lnk', explorer).candidates[0]?.url).toBe('https://wiki.example/');
  });

  it('reports a file that is not a shell link, or is cut short, without throwing', () => {
    const whole = writeLnk(LNK_CASES['Notes de frais.lnk'] ?? { unicode: true });
    expect(parseLnkFile('cut.lnk', whole.subarray(0, 120)).skipped[0]?.reason).toMatch(
      /^unreadable shortcut: .+ at offset \d+ goes past the end of the file \(120 bytes\)$/,
    );
    expect(parseLnkFile('text.lnk', new TextEncoder().encode('[InternetShortcut]')).skipped[0]?.reason).toBe(
      'unreadable shortcut: not a shell link: the header size is not 0x4C',
    );
    const wrongClsid = whole.slice();
    wrongClsid[5] = 0;
    expect(parseLnkFile('clsid.lnk', wrongClsid).skipped[0]?.reason).toBe(
      'unreadable shortcut: not a shell link: wrong LinkCLSID',
    );
  });
});
