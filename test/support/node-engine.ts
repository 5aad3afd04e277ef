// The engine moved under src/db so that the build's first-screen snapshot starts it too.
export { startNodeEngine } from '@/db/node-engine';
