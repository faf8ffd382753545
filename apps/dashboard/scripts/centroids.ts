/**
 * Writes `src/client/charts/centroids.generated.json`: a point inside every country of Natural
 * Earth's 1:50m map (world-atlas), by ISO 3166-1 alpha-2 code, where flows start and end on the
 * overview's map. The 1:110m map the browser draws lacks small countries (Cabo Verde, Mauritius,
 * ...), whose projects still need an end point. `npm run centroids -w @ssc/dashboard`; a test
 * fails while the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const CENTROIDS_FILE = fileURLToPath(new URL('../src/client/charts/centroids.generated.json', import.meta.url));

type Ring = number[][];

/** Area and centroid of a ring (planar, in degrees: good enough to place a point inside a country). */
function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const f = x0 * y1 - x1 * y0;
    area += f;
    x += (x0 + x1) * f;
    y += (y0 + y1) * f;
  }
  area /= 2;
  return area === 0
    ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 }
    : { area: Math.abs(area), x: x / (6 * area), y: y / (6 * area) };
}

export function centroids(): Record<string, [number, number]> {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const out: Record<string, [number, number]> = {};
  for (const f of collection.features) {
    const alpha2 = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
    if (!alpha2 || !f.geometry) continue;
    const polygons: Ring[][] =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates as Ring[]]
        : f.geometry.type === 'MultiPolygon'
          ? (f.geometry.coordinates as Ring[][])
          : [];
    // the largest polygon's centroid: the mainland, not the overseas islands
    const best = polygons.map((p) => ringCentroid(p[0] ?? [])).sort((a, b) => b.area - a.area)[0];
    if (best) out[alpha2] = [Math.round(best.x * 100) / 100, Math.round(best.y * 100) / 100];
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export const centroidsText = () => `${JSON.stringify(centroids(), null, 0).replace(/\],/g, '],\n')}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(CENTROIDS_FILE, centroidsText());
  console.log(`wrote ${CENTROIDS_FILE}`);
}
