// Serves the explorer page and the map libraries it needs, from this repository and node_modules (no CDN, no tiles).
import path from 'node:path';
import express, { type Router } from 'express';

import { repoRoot } from '../repoRoot';

const vendorFiles: Record<string, string> = {
  'leaflet.js': 'node_modules/leaflet/dist/leaflet.js',
  'leaflet.css': 'node_modules/leaflet/dist/leaflet.css',
  'topojson-client.min.js': 'node_modules/topojson-client/dist/topojson-client.min.js',
  'countries-50m.json': 'node_modules/world-atlas/countries-50m.json',
};

export function explorerRoutes(): Router {
  const router = express.Router();
  router.get('/explorer/vendor/:file', (req, res) => {
    const file = vendorFiles[req.params.file];
    if (!file) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: `no explorer asset named ${req.params.file}` } });
      return;
    }
    res.sendFile(path.join(repoRoot, file), { maxAge: '1d' });
  });
  router.use(
    '/explorer',
    express.static(path.join(repoRoot, 'public/explorer'), { index: 'index.html', redirect: true }),
  );
  return router;
}
