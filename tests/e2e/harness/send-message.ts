/**
 * Sends a protocol message from an extension page, exactly as the popup or the options page would, and returns
 * the handler's answer (@webext-core/messaging wraps it as { res } or { err }).
 */
import type { ExtensionSession } from './session';

export async function sendMessage(session: ExtensionSession, type: string, data?: unknown): Promise<unknown> {
  const reply = (await session.evaluateInExtension(
    ({ name, payload }: { name: string; payload: unknown }) => {
      type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (scope.browser ?? scope.chrome)?.runtime.sendMessage({
        id: Date.now(),
        type: name,
        data: payload,
        timestamp: Date.now(),
      });
    },
    { name: type, payload: data },
  )) as { res?: unknown; err?: { message?: string } } | undefined;
  if (reply?.err) throw new Error(`"${type}" failed in the background: ${reply.err.message ?? 'no message'}`);
  return reply?.res;
}
