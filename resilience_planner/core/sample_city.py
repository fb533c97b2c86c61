"""A fictional but believable sample city for demos, training and tests.

"Mto Mkuu" is a city of about 10 x 8 km on a river valley in UTM zone 37S. The
same seed always gives the same data. Rasters are written in UTM (EPSG:32737) and
vectors in EPSG:4326, so that every run exercises reprojection. Nothing here is
downloaded or copied from real data.
"""
import math
import os

import fiona
import numpy as np
import rasterio
from fiona.crs import CRS as FIONA_CRS
from rasterio.transform import from_origin
from rasterio.warp import transform as warp_transform

from .coverage import polygon_area, zone_cells
from .grid import RasterGrid
from .zonal import StripCells

RASTER_CRS = 'EPSG:32737'
VECTOR_CRS = 'EPSG:4326'
ORIGIN = (240000.0, 9866000.0)  # top-left corner, UTM 37S metres
CELL = 25.0
WIDTH, HEIGHT = 400, 320       # 10 km x 8 km
VECTORS = 'sample_city.gpkg'

SETTLEMENT_NAMES = [
    'Mto Chini', 'Kisiwani', 'Bondeni', 'Mlimani', 'Kilimahewa', 'Majengo', 'Kanisani',
    'Soko Mjinga', 'Madoya', 'Kichangani', 'Mabatini', 'Kwa Njenga', 'Matopeni', 'Gatwekera',
    'Shauri Moyo', 'Kiambiu', 'Mukuru Ndogo', 'Kijiji Cha Chewa', 'Mradi', 'Lunga Lunga',
    'Kambi Moto', 'Mashimoni', 'Soweto Mashariki', 'Raila', 'Kianda Juu', 'Laini Saba',
    'Makina Ndogo', 'Silanga', 'Kisumu Ndogo', 'Gichagi', 'Mathare Kona', 'Bondo',
    'Kwa Reuben', 'Mtoni', 'Kibagare', 'Githogoro', 'Deep Sea', 'Ruben Centre', 'Fuata Nyayo',
    'Kosovo',
]

PROFILE_FIELDS = [
    # name, type, unit, meaning
    ('settlement_id', 'str', '', 'Settlement key, as in the settlements layer'),
    ('population', 'int', 'persons', 'Residents counted by the federation'),
    ('households', 'int', 'households', 'Households counted'),
    ('structures', 'int', 'structures', 'Residential structures counted'),
    ('piped_water_pct', 'float', '%', 'Households with a piped water connection or yard tap'),
    ('toilets_per_100', 'float', 'toilets per 100 people', 'Working toilet seats per 100 residents'),
    ('electricity_pct', 'float', '%', 'Households with an electricity connection (formal or not)'),
    ('informal_connections_pct', 'float', '%', 'Connected households whose connection is informal (not metered)'),
    ('drainage', 'int', '0-3', 'Storm drainage: 0 none, 1 open earth drains, 2 partly lined, 3 lined network'),
    ('tenure_security', 'int', '0-3', 'Tenure: 0 none, 1 informal rent, 2 occupancy letter, 3 title or lease'),
    ('eviction_threat', 'int', '0-2', 'Eviction threat: 0 none, 1 rumoured, 2 notice served'),
    ('flood_frequency', 'float', 'floods per year', 'Floods that entered homes, average per year'),
    ('community_organisation', 'int', '0-2', 'Organisation: 0 none, 1 savings group, 2 federation chapter'),
]


def generate(folder, seed=7):
    """Write the sample city into ``folder`` and return the paths written.

    Parameters
    ----------
    folder : str
    seed : int
        The same seed gives the same data.
    """
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(seed)
    transform = from_origin(ORIGIN[0], ORIGIN[1], CELL, CELL)
    x, y = _cell_centres(transform)
    river_y = _river_line(x[0])[None, :]
    elevation = _terrain(x, y, river_y, rng)
    flood = _flood_depth(elevation, x, y, river_y)
    slope = _slope(elevation)
    landslide = np.digitize(slope, [0.05, 0.09]).astype(np.uint8) + 1
    settlements = _settlements(rng, river_y, elevation, transform)
    grid = RasterGrid(rasterio.crs.CRS.from_string(RASTER_CRS), transform, WIDTH, HEIGHT)
    cells = zone_cells([s['geometry'] for s in settlements], grid)
    share = np.clip(cells.to_dense(HEIGHT, WIDTH), 0, 1)
    population = _population(rng, share, x, y, river_y)
    heat = _heat(rng, elevation, share, x, y)
    paths = {
        'flood_depth': _write_raster(folder, 'flood_depth.tif', flood, transform, -9999.0, 'float32'),
        'landslide_susceptibility': _write_raster(
            folder, 'landslide_susceptibility.tif', landslide, transform, 0, 'uint8'),
        'heat_lst': _write_raster(folder, 'heat_lst.tif', heat, transform, -9999.0, 'float32'),
        'population': _write_raster(folder, 'population.tif', population, transform, -1.0, 'float32'),
    }
    profiles = _profiles(rng, settlements, population, cells, flood)
    paths['vectors'] = _write_vectors(folder, rng, settlements, profiles, river_y)
    return paths


def _cell_centres(transform):
    cols = np.arange(WIDTH) + 0.5
    rows = np.arange(HEIGHT) + 0.5
    x = transform.c + cols * transform.a
    y = transform.f + rows * transform.e
    return np.meshgrid(x, y)


def _river_line(x):
    """Northing of the river's centre line at each easting: a gentle meander."""
    t = (x - ORIGIN[0]) / (WIDTH * CELL)
    return ORIGIN[1] - HEIGHT * CELL * (0.55 + 0.08 * np.sin(2 * math.pi * 1.3 * t) - 0.05 * t)


def _terrain(x, y, river_y, rng):
    distance = np.abs(y - river_y)
    north = y > river_y
    # Steep hills north of the river, a gentle plateau to the south, the valley falling east.
    rise = np.where(north, 0.03 * distance + 1.2e-5 * distance ** 2, 0.012 * distance)
    fall = 12.0 * (x - ORIGIN[0]) / (WIDTH * CELL)
    ridges = 6.0 * np.sin(x / 700.0) * np.cos(y / 900.0) * np.clip(distance / 800.0, 0, 1)
    noise = rng.normal(0, 0.15, x.shape)
    return 1520.0 - fall + rise + ridges + noise


def _flood_depth(elevation, x, y, river_y):
    distance = np.abs(y - river_y)
    channel = 1520.0 - 12.0 * (x - ORIGIN[0]) / (WIDTH * CELL)
    water = channel + 3.2
    depth = np.clip(water - elevation, 0, None) * (distance < 1200)
    depth = depth.astype(np.float32)
    # The hydraulic model did not cover the city's north-east corner.
    depth[:40, 330:] = -9999.0
    return depth


def _slope(elevation):
    gy, gx = np.gradient(elevation, CELL)
    return np.hypot(gx, gy)


def _blob(rng, cx, cy, area_m2):
    """An irregular, simple polygon of about ``area_m2`` around (cx, cy)."""
    radius = math.sqrt(area_m2 / math.pi)
    n = 24
    angles = np.linspace(0, 2 * math.pi, n, endpoint=False)
    wobble = 1 + 0.18 * np.sin(angles * rng.integers(2, 5) + rng.uniform(0, 6)) \
        + rng.uniform(-0.06, 0.06, n)
    ring = np.column_stack([cx + radius * wobble * np.cos(angles),
                            cy + radius * wobble * np.sin(angles) * rng.uniform(0.7, 1.0)])
    return np.vstack([ring, ring[:1]])


def _settlements(rng, river_y, elevation, transform):
    """About 40 settlements: on the floodplain, on the slopes and on safe ground."""
    settings = (['floodplain'] * 16) + (['slope'] * 12) + (['safe'] * 12)
    areas_ha = np.exp(rng.uniform(math.log(0.4), math.log(65.0), len(settings)))
    areas_ha[:3] = [0.3, 0.7, 58.0]  # one smaller than a cell block, one very large
    placed = []
    x_river = ORIGIN[0] + (np.arange(WIDTH) + 0.5) * CELL
    for setting, area_ha in zip(settings, areas_ha):
        radius = math.sqrt(area_ha * 1e4 / math.pi)
        for _ in range(500):
            cx = rng.uniform(ORIGIN[0] + 400, ORIGIN[0] + WIDTH * CELL - 400)
            ry = float(np.interp(cx, x_river, river_y[0]))
            if setting == 'floodplain':
                cy = ry + rng.uniform(-350, 350)
            elif setting == 'slope':
                cy = ry + rng.uniform(700, 2300)
            else:
                cy = ry - rng.uniform(900, 2800)
            if not (ORIGIN[1] - HEIGHT * CELL + radius + 100 < cy < ORIGIN[1] - radius - 100):
                continue
            if all(math.hypot(cx - px, cy - py) > 1.35 * (radius + pr) + 60 for px, py, pr in placed):
                break
        else:
            continue
        placed.append((cx, cy, radius))
    settlements = []
    for index, (cx, cy, radius) in enumerate(placed):
        area = math.pi * radius ** 2
        if index == 5:
            # A settlement split by a road reserve: two parts, one feature.
            parts = [[_blob(rng, cx - radius * 0.95, cy, area * 0.45).tolist()],
                     [_blob(rng, cx + radius * 0.95, cy, area * 0.4).tolist()]]
            geometry = {'type': 'MultiPolygon', 'coordinates': parts}
        elif index == 8:
            # A settlement around a fenced school compound: a polygon with a hole.
            outer = _blob(rng, cx, cy, area)
            hole = np.column_stack([cx + 0.25 * radius * np.cos(np.linspace(0, -2 * math.pi, 9)),
                                    cy + 0.25 * radius * np.sin(np.linspace(0, -2 * math.pi, 9))])
            geometry = {'type': 'Polygon', 'coordinates': [outer.tolist(), hole.tolist()]}
        else:
            geometry = {'type': 'Polygon', 'coordinates': [_blob(rng, cx, cy, area).tolist()]}
        settlements.append({'id': 'S{0:02d}'.format(index + 1),
                            'name': SETTLEMENT_NAMES[index % len(SETTLEMENT_NAMES)],
                            'geometry': geometry, 'centre': (cx, cy)})
    return settlements


def _population(rng, share, x, y, river_y):
    centre_x = ORIGIN[0] + WIDTH * CELL * 0.45
    distance_centre = np.hypot(x - centre_x, y - (river_y - 600))
    formal = 7.0 * np.exp(-distance_centre / 3500.0)  # persons per 25 m cell
    informal = rng.uniform(45, 75, share.shape)        # about 900 persons/ha
    people = formal * (1 - share) + informal * share
    people *= rng.uniform(0.85, 1.15, share.shape)
    return np.round(people, 2).astype(np.float32)


def _heat(rng, elevation, share, x, y):
    lst = 31.0 + 6.5 * share - 0.0065 * (elevation - 1500.0) + rng.normal(0, 0.4, share.shape)
    return lst.astype(np.float32)


def _write_raster(folder, name, array, transform, nodata, dtype):
    path = os.path.join(folder, name)
    profile = dict(driver='GTiff', width=WIDTH, height=HEIGHT, count=1, dtype=dtype,
                   crs=RASTER_CRS, transform=transform, nodata=nodata, compress='deflate',
                   tiled=True, blockxsize=256, blockysize=256)
    with rasterio.open(path, 'w', **profile) as dataset:
        dataset.write(array.astype(dtype), 1)
    return path


def _profiles(rng, settlements, population, cells, flood):
    strip = StripCells(cells, 0, HEIGHT, WIDTH)
    people = strip.weighted_sum(strip.take(population.astype(np.float64)))
    flooded = strip.weighted_sum(strip.take(flood > 0.3))
    area = cells.covered_cells()
    rows = []
    for index, settlement in enumerate(settlements):
        wet = flooded[index] / max(area[index], 1e-9)
        residents = int(round(people[index] * rng.uniform(0.9, 1.1)))
        households = max(1, int(round(residents / rng.uniform(3.2, 4.6))))
        row = {
            'settlement_id': settlement['id'],
            'population': residents,
            'households': households,
            'structures': max(1, int(round(households / rng.uniform(1.1, 2.5)))),
            'piped_water_pct': round(float(np.clip(rng.normal(35 - 20 * wet, 15), 0, 100)), 1),
            'toilets_per_100': round(float(np.clip(rng.normal(3.0 - 1.5 * wet, 1.0), 0.1, 12)), 2),
            'electricity_pct': round(float(np.clip(rng.normal(55, 25), 0, 100)), 1),
            'informal_connections_pct': round(float(np.clip(rng.normal(60, 20), 0, 100)), 1),
            'drainage': int(np.clip(round(rng.normal(1.4 - wet, 0.8)), 0, 3)),
            'tenure_security': int(rng.integers(0, 4)),
            'eviction_threat': int(rng.choice([0, 1, 2], p=[0.5, 0.3, 0.2])),
            'flood_frequency': round(float(max(0.0, rng.normal(3.5 * wet, 0.4))), 1),
            'community_organisation': int(rng.choice([0, 1, 2], p=[0.3, 0.4, 0.3])),
        }
        # Real profiles have gaps: a few answers were not collected.
        for name in ('piped_water_pct', 'toilets_per_100', 'electricity_pct', 'flood_frequency'):
            if rng.random() < 0.06:
                row[name] = None
        rows.append(row)
    return rows


def _to_lonlat(coords):
    array = np.asarray(coords, dtype=np.float64)
    lon, lat = warp_transform(RASTER_CRS, VECTOR_CRS, array[:, 0].tolist(), array[:, 1].tolist())
    return [(round(a, 8), round(b, 8)) for a, b in zip(lon, lat)]


def _geometry_lonlat(geometry):
    kind = geometry['type']
    if kind == 'Point':
        return {'type': 'Point', 'coordinates': _to_lonlat([geometry['coordinates']])[0]}
    if kind == 'LineString':
        return {'type': 'LineString', 'coordinates': _to_lonlat(geometry['coordinates'])}
    if kind == 'Polygon':
        return {'type': 'Polygon', 'coordinates': [_to_lonlat(r) for r in geometry['coordinates']]}
    return {'type': 'MultiPolygon',
            'coordinates': [[_to_lonlat(r) for r in p] for p in geometry['coordinates']]}


def _roads(rng, river_y):
    """A connected network: two valley roads, cross streets with bridges, local streets."""
    xs = ORIGIN[0] + np.linspace(200, WIDTH * CELL - 200, 15)
    x_river = ORIGIN[0] + (np.arange(WIDTH) + 0.5) * CELL
    ry = np.interp(xs, x_river, river_y[0])
    rows = {
        'north_main': ry + 600, 'south_main': ry - 700,
        'north_upper': ry + 1700, 'south_lower': ry - 2000,
    }
    top, bottom = ORIGIN[1] - 150, ORIGIN[1] - HEIGHT * CELL + 150
    roads = []
    for name, ys in rows.items():
        ys = np.clip(ys + rng.normal(0, 20, len(xs)), bottom, top)
        rows[name] = ys
        kind = 'primary' if name.endswith('main') else 'residential'
        for i in range(len(xs) - 1):
            roads.append(({'type': 'LineString', 'coordinates': [(xs[i], ys[i]), (xs[i + 1], ys[i + 1])]},
                          kind, name.replace('_', ' ').title() + ' Road'))
    order = ['south_lower', 'south_main', 'north_main', 'north_upper']
    for i in range(0, len(xs), 2):
        for a, b in zip(order[:-1], order[1:]):
            bridge = a == 'south_main'
            roads.append(({'type': 'LineString', 'coordinates': [(xs[i], rows[a][i]), (xs[i], rows[b][i])]},
                          'secondary' if bridge else 'residential',
                          'Bridge Street {0}'.format(i // 2 + 1) if bridge else 'Cross Street'))
    return roads


def _points(rng, count, river_y=None, wet=0):
    """Random points over the city; the first ``wet`` on the floodplain, as many are in real cities."""
    points = []
    x_river = ORIGIN[0] + (np.arange(WIDTH) + 0.5) * CELL
    while len(points) < count:
        x = rng.uniform(ORIGIN[0] + 200, ORIGIN[0] + WIDTH * CELL - 200)
        if len(points) < wet:
            y = float(np.interp(x, x_river, river_y[0])) + rng.uniform(-120, 120)
        else:
            y = rng.uniform(ORIGIN[1] - HEIGHT * CELL + 200, ORIGIN[1] - 200)
        points.append((x, y))
    return points


def _write_vectors(folder, rng, settlements, profiles, river_y):
    path = os.path.join(folder, VECTORS)
    if os.path.exists(path):
        os.remove(path)
    crs = FIONA_CRS.from_string(VECTOR_CRS)
    by_id = {p['settlement_id']: p for p in profiles}

    def layer(name, geometry, properties, records):
        with fiona.open(path, 'w', driver='GPKG', layer=name, crs=crs,
                        schema={'geometry': geometry, 'properties': properties}) as sink:
            for geom, props in records:
                sink.write({'geometry': _geometry_lonlat(geom) if geom else None,
                            'properties': props})

    layer('settlements', 'MultiPolygon',
          {'settlement_id': 'str:8', 'name': 'str:40', 'population': 'int', 'area_ha': 'float'},
          [({'type': 'MultiPolygon', 'coordinates': s['geometry']['coordinates']}
            if s['geometry']['type'] == 'MultiPolygon'
            else {'type': 'MultiPolygon', 'coordinates': [s['geometry']['coordinates']]},
            {'settlement_id': s['id'], 'name': s['name'],
             'population': by_id[s['id']]['population'],
             'area_ha': round(_area_ha(s['geometry']), 3)}) for s in settlements])
    with fiona.open(path, 'w', driver='GPKG', layer='settlement_profiles',
                    schema={'geometry': 'None',
                            'properties': {n: t for n, t, _, _ in PROFILE_FIELDS}}) as sink:
        for row in profiles:
            sink.write({'geometry': None, 'properties': row})

    roads = _roads(rng, river_y)
    layer('roads', 'LineString', {'road_class': 'str:16', 'name': 'str:40'},
          [(g, {'road_class': k, 'name': n}) for g, k, n in roads])
    facilities = []
    for kind, count, wet in (('hospital', 2, 0), ('health_centre', 5, 1), ('dispensary', 9, 3)):
        for x, y in _points(rng, count, river_y, wet):
            facilities.append(({'type': 'Point', 'coordinates': (x, y)},
                               {'facility_type': kind, 'name': '{0} {1}'.format(
                                   kind.replace('_', ' ').title(), len(facilities) + 1)}))
    layer('health_facilities', 'Point', {'facility_type': 'str:16', 'name': 'str:40'}, facilities)
    schools = [({'type': 'Point', 'coordinates': p},
                {'school_type': 'primary' if i % 3 else 'secondary', 'name': 'School {0}'.format(i + 1)})
               for i, p in enumerate(_points(rng, 24, river_y, 4))]
    layer('schools', 'Point', {'school_type': 'str:16', 'name': 'str:40'}, schools)
    water = [({'type': 'Point', 'coordinates': p},
              {'point_type': ['kiosk', 'standpipe', 'borehole'][i % 3], 'functional': int(rng.random() > 0.2)})
             for i, p in enumerate(_points(rng, 45, river_y, 8))]
    layer('water_points', 'Point', {'point_type': 'str:16', 'functional': 'int'}, water)
    substations = [(ORIGIN[0] + 2200, ORIGIN[1] - 1200), (ORIGIN[0] + 7600, ORIGIN[1] - 7000)]
    layer('substations', 'Point', {'name': 'str:40', 'capacity_mva': 'float'},
          [({'type': 'Point', 'coordinates': p}, {'name': 'Substation {0}'.format(i + 1),
                                                   'capacity_mva': [45.0, 30.0][i]})
           for i, p in enumerate(substations)])
    lines = []
    for i, (sx, sy) in enumerate(substations):
        for dx, dy in ((1, 0), (0, -1) if i == 0 else (0, 1), (-1, 0)):
            length = rng.uniform(2500, 4500)
            # Feeders stay inside the city.
            end = (float(np.clip(sx + dx * length, ORIGIN[0] + 100, ORIGIN[0] + WIDTH * CELL - 100)),
                   float(np.clip(sy + dy * length * 0.7, ORIGIN[1] - HEIGHT * CELL + 100, ORIGIN[1] - 100)))
            mid = ((sx + end[0]) / 2 + rng.normal(0, 150), (sy + end[1]) / 2 + rng.normal(0, 150))
            lines.append(({'type': 'LineString', 'coordinates': [(sx, sy), mid, end]},
                          {'voltage_kv': 11.0, 'name': 'Feeder {0}'.format(len(lines) + 1)}))
    layer('power_lines', 'LineString', {'voltage_kv': 'float', 'name': 'str:40'}, lines)
    x0, y0 = ORIGIN
    x1, y1 = x0 + WIDTH * CELL, y0 - HEIGHT * CELL
    boundary = {'type': 'Polygon', 'coordinates': [[(x0 + 50, y0 - 50), (x1 - 50, y0 - 50),
                                                    (x1 - 50, y1 + 50), (x0 + 50, y1 + 50),
                                                    (x0 + 50, y0 - 50)]]}
    layer('city_boundary', 'Polygon', {'name': 'str:40'}, [(boundary, {'name': 'Mto Mkuu'})])
    return path


def _area_ha(geometry):
    return polygon_area(geometry) / 1e4
