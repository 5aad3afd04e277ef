// Types for the plain-JS static server (scripts/serve.mjs), which the e2e setup starts.
declare module '*/scripts/serve.mjs' {
  export interface Mount {
    root: string;
    basePath: string;
  }
  export interface ServerOptions {
    root: string;
    basePath?: string;
    port?: number;
    host?: string;
    mounts?: Mount[];
  }
  export interface RunningServer {
    url: string;
    origin: string;
    port: number;
    close(): Promise<void>;
  }
  export const CSP: string;
  export const DEFAULT_BASE_PATH: string;
  export function startServer(options: ServerOptions): Promise<RunningServer>;
}
