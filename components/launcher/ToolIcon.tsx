import { useState } from 'preact/hooks';
import { isAllowedUrl } from '@/utils/config/url-policy';
import { BUILT_IN_ICONS, isBuiltInIcon, monogram } from './icons';

interface Props {
  icon: string | undefined;
  label: string;
}

/**
 * A tool's icon in a fixed 24px box (no layout shift while an image loads): a built-in drawing, a configured
 * https image, or the label's monogram when there is neither or the image fails. Decorative: the label names it.
 */
export function ToolIcon({ icon, label }: Props) {
  const [broken, setBroken] = useState(false);
  if (isBuiltInIcon(icon)) {
    return (
      <svg class="tool-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
        <path d={BUILT_IN_ICONS[icon]} />
      </svg>
    );
  }
  if (icon && !broken && isAllowedUrl(icon, [])) {
    return (
      <img class="tool-icon" src={icon} width={24} height={24} alt="" loading="lazy" onError={() => setBroken(true)} />
    );
  }
  return (
    <span class="tool-icon tool-icon--monogram" aria-hidden="true">
      {monogram(label)}
    </span>
  );
}
