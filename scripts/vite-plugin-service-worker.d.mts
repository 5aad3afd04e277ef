// Types for the plain-JS plugin that vite.config.ts registers.
import type { Plugin } from 'vite';

export function precacheList(outDir: string): string[];
export function buildVersion(outDir: string, files: readonly string[]): string;
export function serviceWorkerSource(version: string, files: readonly string[]): string;
export function serviceWorkerPlugin(): Plugin;
