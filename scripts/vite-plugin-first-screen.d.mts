import type { Plugin } from 'vite';

export function firstScreenPlugin(): Plugin;
