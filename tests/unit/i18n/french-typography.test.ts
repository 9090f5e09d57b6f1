import { describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';

/**
 * French typography in every French message: the typographic apostrophe (’), and a non-breaking space (U+00A0, or
 * the narrow U+202F) before « : ; ? ! » and inside « ». A plain space there lets the line break before the
 * punctuation, and straight and curly apostrophes side by side look careless.
 */
const messages = Object.entries(fr as Record<string, { message: string }>).map(([key, { message }]) => ({
  key,
  message,
}));

function typographyFaults(message: string): string[] {
  const faults: string[] = [];
  if (message.includes("'")) faults.push('straight apostrophe (use ’)');
  if (/ [:;?!]/.test(message)) faults.push('plain space before : ; ? or ! (use U+00A0 or U+202F)');
  if (/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/.test(message))
    faults.push('« » without a non-breaking space inside (use U+00A0)');
  return faults;
}

describe('French messages', () => {
  it('use French typography', () => {
    const faulty = messages
      .map(({ key, message }) => ({ key, faults: typographyFaults(message) }))
      .filter(({ faults }) => faults.length > 0);
    expect(faulty).toEqual([]);
  });

  it('are checked by a rule that catches each fault', () => {
    expect(typographyFaults("l'outil")).toHaveLength(1);
    expect(typographyFaults('Assistance : $1')).toHaveLength(1);
    expect(typographyFaults('Merci !')).toHaveLength(1);
    expect(typographyFaults('« $1 »')).toHaveLength(1);
    expect(typographyFaults('«$1»')).toHaveLength(1);
    expect(typographyFaults('L’outil «\u00a0$1\u00a0» est prêt\u202f! Assistance\u00a0: $2')).toEqual([]);
  });
});
