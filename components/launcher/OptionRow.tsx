import { Highlighted } from '@/components/search/Highlighted';
import type { Tool } from '@/utils/config/schema';
import type { SearchResult } from '@/utils/search/source';
import { LINK_ICON } from './icons';
import { ToolIcon } from './ToolIcon';

interface Props {
  id: string;
  result: SearchResult;
  tool: Tool | undefined;
  active: boolean;
  onChoose(event: MouseEvent): void;
}

/** One option of the listbox: icon, title (matched words marked) and its category, host or origin. */
export function OptionRow({ id, result, tool, active, onChoose }: Props) {
  return (
    // The aria-activedescendant pattern: options are never focused (the search box keeps the focus and handles
    // the keys), so the focus and key-handler lints do not apply.
    // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox
    // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox
    <li
      id={id}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA listbox with grouped options
      role="option"
      aria-selected={active}
      class={active ? 'launcher__option launcher__option--active' : 'launcher__option'}
      data-result-kind={result.kind}
      data-result-id={result.id}
      // Keep the focus in the search box: the listbox is driven from there.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onAuxClick={(event) => event.button === 1 && onChoose(event)}
    >
      {result.kind === 'tool' && <ToolIcon icon={tool?.icon} label={result.title} />}
      {result.kind === 'link' && (
        <svg class="tool-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <path d={LINK_ICON} />
        </svg>
      )}
      <span class="launcher__label">
        <Highlighted text={result.title} terms={result.matchedTerms} />
      </span>
      {result.detail && <span class="launcher__detail">{result.detail}</span>}
    </li>
  );
}
