/**
 * fetch for unit tests: loopback addresses pass (servers the tests start), any other host fails at once with a
 * message saying so, instead of a DNS lookup of a made-up host (esn.example) that a background left running after
 * its test (whose fetch stub is gone) would otherwise make.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function hostOf(input: RequestInfo | URL): string | null {
  const href = input instanceof Request ? input.url : String(input);
  return URL.canParse(href) ? new URL(href).hostname : null;
}

export function loopbackOnlyFetch(realFetch: typeof fetch): typeof fetch {
  return (input, init) => {
    const host = hostOf(input);
    if (host !== null && !LOOPBACK.has(host)) {
      return Promise.reject(new TypeError(`Unit tests never reach the network (${host}): stub fetch in the test.`));
    }
    return realFetch(input, init);
  };
}
