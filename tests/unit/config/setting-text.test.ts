import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { settingText } from '@/utils/config/setting-text';
import { catalogTranslator } from '../i18n/catalog-translator';

const tEn = catalogTranslator(en);
const tFr = catalogTranslator(fr);

describe('a setting as the options page shows it (never raw JSON)', () => {
  it('says on and off in words, in the UI language', () => {
    expect(settingText(true, tEn)).toBe('on');
    expect(settingText(false, tFr)).toBe('désactivé');
  });

  it('joins lists of words and counts lists of objects', () => {
    expect(settingText(['cantine', 'menus'], tEn)).toBe('cantine, menus');
    expect(settingText([{ id: 'a' }, { id: 'b' }, { id: 'c' }], tFr)).toBe('3 entrées');
    expect(settingText([], tEn)).toBe('—');
  });

  it('shows a label per language and nested settings as key = value', () => {
    expect(settingText({ fr: 'La Ruche', en: 'The Hive' }, tEn)).toBe('fr = La Ruche · en = The Hive');
    expect(settingText({ launcher: true, news: false }, tEn)).toBe('launcher = on · news = off');
  });

  it('shows a dash for what is not set, and cuts very long values with an ellipsis', () => {
    expect(settingText(undefined, tEn)).toBe('—');
    expect(settingText(null, tEn)).toBe('—');
    const long = settingText('x'.repeat(1000), tEn);
    expect(long).toHaveLength(301);
    expect(long.endsWith('…')).toBe(true);
  });

  it('never shows JSON punctuation for any nested value', () => {
    const text = settingText(
      { polling: { intervalMinutes: 30 }, tools: [{ id: 'x' }], esn: { name: { fr: 'R' } } },
      tEn,
    );
    expect(text).not.toMatch(/[{}"[\]]/);
  });
});
