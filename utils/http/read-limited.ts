/**
 * A response body read up to a limit: a misconfigured address (a video, a database dump) served without a
 * Content-Length must not be downloaded whole by every browser at every poll. The reading stops, and the
 * connection is closed, as soon as the limit is passed.
 */

/** The body's bytes, or null when it is larger than `limit` bytes (declared or read). */
export async function readLimited(response: Response, limit: number): Promise<Uint8Array | null> {
  if (Number(response.headers.get('Content-Length') ?? '0') > limit) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > limit ? null : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function describeBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
