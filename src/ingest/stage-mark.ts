/**
 * `performance.mark('import:<stage>')` at each stage of an import, in the page and in the prepare
 * worker alike: the marks land in a Chromium trace on their own threads, so a profile of a slow import
 * shows which stage took the time without any logging left in the code.
 */
export function markStage(stage: string): void {
  globalThis.performance?.mark(`import:${stage}`);
}
