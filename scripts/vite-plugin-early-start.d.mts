import type { Plugin } from 'vite';

/** `entries`: [chunk name, entry file] pairs, in the order their scripts run. */
export function earlyStartPlugin(entries?: readonly (readonly [string, string])[]): Plugin;
