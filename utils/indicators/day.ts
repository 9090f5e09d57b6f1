/** A day in the device's time zone, as YYYY-MM-DD: the finest time Passerelle keeps or sends for indicators. */
export function localDay(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
