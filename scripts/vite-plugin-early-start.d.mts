import type { Plugin } from 'vite';

export function earlyStartPlugin(entry?: string): Plugin;
