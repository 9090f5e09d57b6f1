/**
 * `make`, called once per key and its result kept: for what costs far more to make than to use and cannot change
 * while a page lives (an Intl format per language, a message of the browser's catalog).
 */
export function oncePerKey<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
