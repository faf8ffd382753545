import { useEffect, useMemo } from 'react';
import { formatNumber, formatUsd } from '../ui.tsx';
import { CENTROIDS, worldGeoJson } from './world.ts';

export interface Flow {
  provider: { code: string; name: string };
  recipient: { code: string; name: string };
  count: number;
  budgetUsd: number;
}

/** The stroke of a flow's line: the browser test counts the map's paths of this colour. */
export const FLOW_COLOR = '#c2410c';

// equirectangular, two units per degree, from 84°N to 58°S (Antarctica left out)
const NORTH = 84;
const SOUTH = -58;
const WIDTH = 720;
const HEIGHT = (NORTH - SOUTH) * 2;
const px = (lon: number) => (lon + 180) * 2;
const py = (lat: number) => (NORTH - Math.max(SOUTH, Math.min(NORTH, lat))) * 2;

type Ring = number[][];
/** A ring that crosses the antimeridian (Chukotka, Fiji) is drawn east of it, past the map's edge, not across the world. */
function ring(r: Ring) {
  const crosses = r.some(([lon = 0], i) => i > 0 && Math.abs(lon - (r[i - 1]?.[0] ?? 0)) > 180);
  const x = (lon: number) => px(crosses && lon < 0 ? lon + 360 : lon);
  return `M${r.map(([lon = 0, lat = 0]) => `${x(lon).toFixed(1)},${py(lat).toFixed(1)}`).join('L')}Z`;
}

/** Every country's outline as one SVG path, projected once. */
let outlines: { iso: string; name: string; d: string }[] | undefined;
function countryOutlines() {
  outlines ??= worldGeoJson().features.map((f) => {
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates as Ring[]] : g.type === 'MultiPolygon' ? (g.coordinates as Ring[][]) : [];
    return { iso: f.properties.iso, name: f.properties.name, d: polygons.map((p) => p.map(ring).join('')).join('') };
  });
  return outlines;
}
// projected as soon as this module loads: while the overview's query is still out
countryOutlines();

/** A curve from one point to another, bowed to the left of its direction. */
function arc([lon0, lat0]: [number, number], [lon1, lat1]: [number, number]) {
  const [x0, y0, x1, y1] = [px(lon0), py(lat0), px(lon1), py(lat1)];
  const [dx, dy] = [x1 - x0, y1 - y0];
  const [cx, cy] = [(x0 + x1) / 2 - dy * 0.2, (y0 + y1) / 2 + dx * 0.2];
  return `M${x0.toFixed(1)},${y0.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${x1.toFixed(1)},${y1.toFixed(1)}`;
}

/**
 * Cooperation flows on the world map (Natural Earth 1:110m from world-atlas, drawn as plain SVG):
 * one curved line from each provider country to each recipient country, as thick as its projects.
 */
export function FlowMap({ flows }: { flows: readonly Flow[] }) {
  const placed = useMemo(() => flows.filter((f) => CENTROIDS[f.provider.code] && CENTROIDS[f.recipient.code]), [flows]);
  useEffect(() => {
    performance.mark('ssc:map-drawn');
  }, []);
  const max = Math.max(1, ...placed.map((f) => f.count));
  const ends = new Map<string, string>();
  for (const f of placed) {
    ends.set(f.provider.code, f.provider.name);
    ends.set(f.recipient.code, f.recipient.name);
  }
  const unplaced = flows.length - placed.length;
  const label = `Map of ${placed.length} cooperation flows from provider to recipient countries${unplaced ? ` (${unplaced} without a place on the map)` : ''}`;
  return (
    <div className="map chart" data-flows={placed.length} data-testid="flow-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
        <g className="countries">
          {countryOutlines().map((c) => (
            <path key={`${c.iso}-${c.name}`} d={c.d} fill={ends.has(c.iso) ? '#cfe0f1' : '#e5e7eb'} stroke="#9ca3af" strokeWidth={0.3} />
          ))}
        </g>
        <g className="flows" fill="none">
          {placed.map((f) => (
            <path
              key={`${f.provider.code}-${f.recipient.code}`}
              className="flow"
              d={arc(CENTROIDS[f.provider.code] as [number, number], CENTROIDS[f.recipient.code] as [number, number])}
              stroke={FLOW_COLOR}
              strokeOpacity={0.55}
              strokeWidth={0.5 + (2.5 * f.count) / max}
              strokeLinecap="round"
            >
              <title>{`${f.provider.name} → ${f.recipient.name}: ${formatNumber(f.count)} projects · ${formatUsd(f.budgetUsd)}`}</title>
            </path>
          ))}
        </g>
        <g className="ends" fill="#1f3a5f">
          {[...ends].map(([code, name]) => {
            const [lon = 0, lat = 0] = CENTROIDS[code] ?? [];
            return (
              <circle key={code} cx={px(lon)} cy={py(lat)} r={1.6}>
                <title>{name}</title>
              </circle>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
