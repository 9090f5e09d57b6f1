/**
 * The built-in icon set (24×24, drawn with a 2px stroke in the text colour): one path per common kind of tool,
 * so a configuration can say `"icon": "car"` without hosting images.
 */
export const BUILT_IN_ICONS = {
  car: 'M5 17h14v-5l-2-5H7l-2 5zM5 12h14M7.5 17v2M16.5 17v2M8 14.5h.01M16 14.5h.01',
  laptop: 'M5 6h14v9H5zM3 18h18',
  clock: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 2',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4',
  chart: 'M4 20h16M7 16v-5M12 16V7M17 16v-8',
  receipt: 'M6 3h12v18l-3-2-3 2-3-2-3 2zM9 8h6M9 12h6',
  users: 'M9 11a3 3 0 1 0 0-6a3 3 0 1 0 0 6M3 20c0-3 3-5 6-5s6 2 6 5M16 5a3 3 0 0 1 0 6M18 15c2 .5 3 2 3 5',
  book: 'M4 5c3-1 6-1 8 1c2-2 5-2 8-1v14c-3-1-6-1-8 1c-2-2-5-2-8-1zM12 6v14',
  lifebuoy:
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8M6 6l3 3M18 6l-3 3M6 18l3-3M18 18l-3-3',
  door: 'M6 21V3h10v18M3 21h18M13 12h.01M16 5l3 1v15',
  wallet: 'M4 7h15v12H4zM4 7l12-3v3M15 13h2',
  bus: 'M6 4h12v13H6zM6 11h12M8 20v-3M16 20v-3M9 14h.01M15 14h.01',
} as const;

/** The icon of the user's own links (not a configurable icon name: tools cannot use it). */
export const LINK_ICON = 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1';

type BuiltInIcon = keyof typeof BUILT_IN_ICONS;

export function isBuiltInIcon(name: string | undefined): name is BuiltInIcon {
  return name !== undefined && Object.hasOwn(BUILT_IN_ICONS, name);
}

/** One or two letters for a tool without a usable icon: "Réservation de véhicule" → "RV". */
export function monogram(label: string): string {
  const words = label.split(/[\s'’-]+/).filter((word) => word.length > 2 || /^\p{Lu}/u.test(word));
  const letters = (words.length > 0 ? words : [label]).slice(0, 2).map((word) => word.charAt(0));
  return letters.join('').toUpperCase();
}
