import type { Ref } from 'preact';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  value: string;
  label: string;
  placeholder: string;
  listboxId: string;
  expanded: boolean;
  activeId: string | undefined;
  onInput(value: string): void;
  onKeyDown(event: KeyboardEvent): void;
}

/** The combobox input of the one search box: the list stays visible while it has options; the active
 * option follows ↑/↓ while the focus stays in the box. */
export function SearchBox({
  inputRef,
  value,
  label,
  placeholder,
  listboxId,
  expanded,
  activeId,
  onInput,
  onKeyDown,
}: Props) {
  return (
    <input
      ref={inputRef}
      class="search-box"
      type="search"
      // biome-ignore lint/a11y/noRedundantRoles: without a datalist an input is a textbox, not a combobox
      role="combobox"
      // No datalist: the suggestions are the listbox below.
      list={undefined}
      aria-label={label}
      aria-expanded={expanded}
      aria-controls={listboxId}
      aria-autocomplete="list"
      aria-activedescendant={activeId}
      autocomplete="off"
      spellcheck={false}
      placeholder={placeholder}
      value={value}
      onInput={(event) => onInput(event.currentTarget.value)}
      onKeyDown={onKeyDown}
    />
  );
}
