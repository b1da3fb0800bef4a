// Serves the project folder (the demo pages and dist/) with @web/dev-server, as `npm start` does,
// for the scripts that load pages in Chromium (size, bench).
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

/** Starts a server on `port` (0: any free port); resolves with a handle to close it and its origin. */
export async function startServer(port = 0) {
  const server = await startDevServer({
    config: { ...config, port: port || undefined },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server?.address();
  const actualPort = typeof address === 'object' && address ? address.port : server.config.port;
  return { server: { close: () => void server.stop() }, origin: `http://localhost:${actualPort}` };
}
