/** Written by scripts/vite-plugin-first-screen.mjs: the built snapshot's URLs, null in dev and tests. */
declare module 'virtual:first-screen-snapshot' {
  const urls: { readonly first: string; readonly provinces: string } | null;
  export default urls;
}
