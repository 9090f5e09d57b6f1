/** Reading a request body with a size limit (the rest is drained so that the connection stays usable). */
import type { IncomingMessage } from 'node:http';

export interface BodyResult {
  body: Buffer;
  /** More than `limit` bytes were sent; `body` is then empty. */
  tooLarge: boolean;
}

export function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve({ body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge }));
    request.on('error', reject);
  });
}

/** Parses JSON, returning `undefined` for anything that is not valid JSON. */
export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
