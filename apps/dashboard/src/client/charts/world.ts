/**
 * The world map, vendored in the build: Natural Earth 1:110m countries from world-atlas
 * (TopoJSON, converted to GeoJSON with topojson-client), each region named by its ISO 3166-1
 * alpha-2 code (i18n-iso-countries maps the atlas's numeric ids) so flows and countries match.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import centroidTable from './centroids.generated.json' with { type: 'json' };

export const CENTROIDS = centroidTable as unknown as Record<string, [number, number]>;

let world: FeatureCollection<Geometry, { name: string; iso: string }> | undefined;

export function worldGeoJson() {
  if (world) return world;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  world = {
    type: 'FeatureCollection',
    // Antarctica takes a fifth of the map and holds no partner
    features: collection.features
      .filter((f) => f.properties?.name !== 'Antarctica')
      .map((f) => ({
        ...f,
        properties: { name: f.properties?.name ?? '', iso: (f.id !== undefined && countries.numericToAlpha2(String(f.id))) || '' },
      })),
  };
  return world;
}
