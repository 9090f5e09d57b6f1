import { useEffect, useState } from 'preact/hooks';
import { AmbassadorsSection } from '@/components/adoption/AmbassadorsSection';
import { CharterSection } from '@/components/adoption/CharterSection';
import { LearnSection } from '@/components/adoption/LearnSection';
import { PinSection } from '@/components/adoption/PinSection';
import { WelcomeSteps } from '@/components/adoption/WelcomeSteps';
import { I18nProvider } from '@/components/common/i18n';
import { PageHeader } from '@/components/common/PageHeader';
import { useSnapshot } from '@/components/common/use-snapshot';
import type { OnboardingTarget } from '@/utils/adoption/onboarding';
import { type BrowserKind, pinAdvice } from '@/utils/adoption/pin';
import type { Connector } from '@/utils/connector/connector';
import { localize } from '@/utils/i18n/localized-text';
import type { Language, Translate } from '@/utils/i18n/translator';
import '@/components/adoption/adoption-pages.css';

interface Props {
  connector: Connector;
  t: Translate;
  language: Language;
  browserKind: BrowserKind;
  /** Whether the button is pinned already; undefined when the browser cannot tell. */
  isOnToolbar: () => Promise<boolean | undefined>;
  /** Opened by the install (not by the user): it then follows IT's later choice to suppress or redirect it. */
  openedByInstall: boolean;
  onLeave: (target: Exclude<OnboardingTarget, { kind: 'welcome' }>) => void;
}

/**
 * The first-run page. The configuration may arrive after the install opened it: the page follows the
 * snapshot, so the charter appears, and a page IT turned off or moved leaves, as soon as it does.
 */
export function App({ connector, t, language, browserKind, isOnToolbar, openedByInstall, onLeave }: Props) {
  const snapshot = useSnapshot(connector);
  const [pinned, setPinned] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    isOnToolbar()
      .then(setPinned)
      .catch(() => undefined);
  }, [isOnToolbar]);

  const onboarding = snapshot?.adoption.onboarding;
  const leave = openedByInstall && onboarding ? (onboarding.url ?? (onboarding.enabled ? null : '')) : null;
  useEffect(() => {
    if (leave === null) return;
    onLeave(leave ? { kind: 'url', url: leave } : { kind: 'none' });
  }, [leave, onLeave]);

  const esnName = localize(snapshot?.config.esnName, language) || t('adoptionWelcomeEsnFallback');
  return (
    <I18nProvider value={{ t, language }}>
      <PageHeader
        name={localize(snapshot?.config.esnName, language)}
        logoUrl={snapshot?.config.esnLogoUrl}
        homeUrl={snapshot?.config.esnHomeUrl}
      />
      <main class="welcome page">
        <h1>{t('adoptionWelcomeTitle')}</h1>
        {leave === '' ? (
          <p role="status">{t('adoptionSuppressed')}</p>
        ) : (
          <>
            <p>{t('adoptionWelcomeIntro', esnName)}</p>
            {snapshot && !snapshot.config.configured && <p role="status">{t('adoptionWelcomeWaiting')}</p>}
            <WelcomeSteps />
            <PinSection advice={pinAdvice(browserKind, pinned)} />
            {snapshot?.adoption.charter && <CharterSection charter={snapshot.adoption.charter} connector={connector} />}
            <LearnSection
              help={snapshot?.adoption.help ?? {}}
              onFollow={() =>
                // Usage indicators (a no-op unless IT turned them on): the path welcome page → help.
                connector.send('recordIndicator', { kind: 'path', from: 'welcome', to: 'help' }).catch(() => undefined)
              }
            />
            {snapshot?.adoption.ambassadors && <AmbassadorsSection ambassadors={snapshot.adoption.ambassadors} />}
          </>
        )}
      </main>
    </I18nProvider>
  );
}
