/**
 * Sends a protocol message from an extension page, exactly as the popup or the options page would, and returns
 * the handler's answer (@webext-core/messaging wraps it as { res } or { err }).
 */
import type { ExtensionSession } from './session';

/** A protocol message as @webext-core/messaging sends it (its envelope around `type` and `data`). */
export function protocolMessage(type: string, data?: unknown) {
  return { id: Date.now(), type, data, timestamp: Date.now() };
}

export async function sendMessage(session: ExtensionSession, type: string, data?: unknown): Promise<unknown> {
  const reply = (await session.evaluateInExtension(
    (message: ReturnType<typeof protocolMessage>) => {
      type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (scope.browser ?? scope.chrome)?.runtime.sendMessage(message);
    },
    protocolMessage(type, data),
  )) as { res?: unknown; err?: { message?: string } } | undefined;
  if (reply?.err) throw new Error(`"${type}" failed in the background: ${reply.err.message ?? 'no message'}`);
  return reply?.res;
}
