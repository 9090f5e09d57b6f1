import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Diagnostics } from '@/utils/config/diagnostics';
import type { Connector } from '@/utils/connector/connector';

type DiagnosticsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; diagnostics: Diagnostics };

/** The background's diagnostics, asked again whenever the background publishes a new snapshot. */
export function useDiagnostics(connector: Connector): { state: DiagnosticsState; reload: () => void } {
  const [state, setState] = useState<DiagnosticsState>({ status: 'loading' });
  const reload = useCallback(() => {
    connector
      .send('getDiagnostics')
      .then((diagnostics) => setState({ status: 'ready', diagnostics }))
      .catch((error: unknown) =>
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
  }, [connector]);
  useEffect(() => {
    reload();
    return connector.subscribe(() => reload());
  }, [connector, reload]);
  return { state, reload };
}
