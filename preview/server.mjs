#!/usr/bin/env node
// Serves a built preview (preview/dist) on 127.0.0.1 only: static files, no caching, nothing from
// the network. `node preview/server.mjs` serves the last build; `npm start` builds first.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.gif': 'image/gif',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.map': 'application/json; charset=utf-8'
};

/**
 * Starts the server. Port 0 picks a free port (what the browser tests do).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startServer({ dir, port = 4173, host = '127.0.0.1' }) {
    const root = path.resolve(dir);
    if (!existsSync(path.join(root, 'index.html'))) {
        return Promise.reject(new Error(`${root} has no index.html: build the preview first (npm run preview:build).`));
    }
    const server = createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        let file = path.join(root, decodeURIComponent(url.pathname));
        if (!file.startsWith(root)) {
            response.writeHead(403).end();
            return;
        }
        if (existsSync(file) && statSync(file).isDirectory()) {
            file = path.join(file, 'index.html');
        }
        if (!existsSync(file)) {
            response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
            return;
        }
        response.writeHead(200, {
            'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            'Cache-Control': 'no-store'
        });
        createReadStream(file).pipe(response);
    });
    const sockets = new Set();
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    return new Promise((resolve, reject) => {
        server.once('error', (error) =>
            reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use: set PORT to another port.`) : error)
        );
        server.listen(port, host, () => {
            const actual = server.address().port;
            resolve({
                url: `http://${host}:${actual}`,
                port: actual,
                // Keep-alive sockets from a browser would hold close() open: end them.
                close: () =>
                    new Promise((done) => {
                        sockets.forEach((socket) => socket.destroy());
                        server.close(() => done());
                    })
            });
        });
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dist');
    startServer({ dir, port: Number(process.env.PORT ?? 4173) }).then(
        (server) => process.stdout.write(`preview: serving ${server.url} (Ctrl+C to stop)\n`),
        (error) => {
            process.stderr.write(`preview: ${error.message}\n`);
            process.exitCode = 1;
        }
    );
}
