import type { ComponentChildren } from 'preact';

/** A definition list of facts; a missing value shows as a dash. */
export function Facts({ facts }: { facts: [label: string, value: ComponentChildren][] }) {
  return (
    <dl class="it__facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An address or a technical value: may wrap anywhere, unlike words. */
export function Code({ children }: { children: ComponentChildren }) {
  return <code class="it__code">{children}</code>;
}
