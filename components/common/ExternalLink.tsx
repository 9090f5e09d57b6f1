import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/common/i18n';

interface Props {
  href: string;
  children: ComponentChildren;
  class?: string;
  onClick?: () => void;
}

/** A link that opens in a new tab, and says so to screen-reader users. */
export function ExternalLink({ href, children, class: className, onClick }: Props) {
  const { t } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className} onClick={onClick}>
      {children}
      <span class="visually-hidden"> {t('adoptionNewTab')}</span>
    </a>
  );
}
