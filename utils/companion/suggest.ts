/**
 * "Suggest a tool", "report a broken link", "this section is missing": the organisation's feedback template
 * (a form with {query} and {context}, or a mailto: address) filled with what the team needs and nothing personal:
 * the kind of suggestion, the tool's id, the page address without query or fragment, the extension's version.
 */
import { fillFeedbackChannel } from '../adoption/feedback-channel';

export type SuggestionKind = 'suggestTool' | 'brokenLink' | 'missingSection';

interface SuggestionContext {
  kind: SuggestionKind;
  toolId?: string;
  /** Already stripped of query and fragment (match.ts shareableAddress). */
  page?: string;
  version: string;
}

const KIND_VALUES: Record<SuggestionKind, string> = {
  suggestTool: 'suggest-tool',
  brokenLink: 'broken-link',
  missingSection: 'missing-section',
};

function suggestionContextValue(context: SuggestionContext): string {
  return [
    KIND_VALUES[context.kind],
    ...(context.toolId ? [`tool=${context.toolId}`] : []),
    ...(context.page ? [`page=${context.page}`] : []),
    `version=${context.version}`,
  ].join(';');
}

/** The filled template, or null when there is none or the result may not be opened. */
export function suggestionUrl(
  template: string | undefined,
  context: SuggestionContext,
  allowedInsecureOrigins: readonly string[],
): string | null {
  if (!template) return null;
  return fillFeedbackChannel(template, { context: suggestionContextValue(context), query: '' }, allowedInsecureOrigins);
}
