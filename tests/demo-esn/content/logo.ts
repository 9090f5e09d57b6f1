/** La Ruche's logo (a hexagon, the hive's cell), served at /logo.svg so the white-label header shows a real one. */
export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">
<path d="M12 1.5 21.5 7v10L12 22.5 2.5 17V7z" fill="#e0a100"/>
<path d="M12 6.5 16.8 9.25v5.5L12 17.5l-4.8-2.75v-5.5z" fill="#fff4cc"/>
</svg>
`;
