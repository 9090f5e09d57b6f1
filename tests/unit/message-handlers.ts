import type { HandleMessage } from '@/utils/messaging/handle';

type Handler = (data?: unknown) => unknown;

/**
 * A stand-in for the background's message registrar: keeps each capability's handlers so a test calls them as a
 * page's message would, and can start a capability as often as it likes in one module graph.
 */
export function recordingHandlers() {
  const handlers = new Map<string, Handler>();
  const handleMessage = ((type: string, handler: Handler) => {
    handlers.set(type, handler);
  }) as HandleMessage;
  return { handleMessage, handlers, call: (type: string, data?: unknown) => handlers.get(type)?.(data) };
}
