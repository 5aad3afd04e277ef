/** Written by scripts/vite-plugin-first-screen.mjs: the built snapshot's URLs, null in dev and tests. */
declare module 'virtual:first-screen-snapshot' {
  const urls: { readonly first: string; readonly provinces: string } | null;
  export default urls;
}

/** Written by scripts/vite-plugin-first-screen.mjs: the URLs of the bundled tables (Arrow IPC). */
declare module 'virtual:bundled-tables' {
  const urls: { readonly scores: string; readonly lineage: string };
  export default urls;
}
