import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/common/i18n';

interface Props {
  href: string;
  children: ComponentChildren;
  class?: string;
}

/** A link that opens in a new tab, and says so to screen-reader users. */
export function ExternalLink({ href, children, class: className }: Props) {
  const { t } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className}>
      {children}
      <span class="visually-hidden"> {t('adoptionNewTab')}</span>
    </a>
  );
}
