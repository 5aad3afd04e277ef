// Types for the plain-JS launcher that the e2e tests and the bench share.
import type { Browser } from 'playwright-core';

export declare function launchBrowser(): Promise<Browser>;
