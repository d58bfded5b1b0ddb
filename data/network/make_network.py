#!/usr/bin/env python3
"""Builds the base road network (base_roads.geojson, district_seats.geojson, crossings.geojson) from the
shared geodata and the catalogue's places. Run from the project folder:

    python3 data/network/make_network.py ../shared/geodata

Every road below is a chain of NAMED waypoints; the script only looks their coordinates up, it adds no
point of its own. Each road carries its source and how sure it is; a road whose course is unknown is a
straight ("schematic") line between the named places it is known to join. Standard library only.
"""
import json, sys, os, csv, unicodedata

GEO = sys.argv[1] if len(sys.argv) > 1 else '../shared/geodata'
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

def nfc(s): return unicodedata.normalize('NFC', s)

# ---- waypoints: name -> (lon, lat, where the coordinate comes from) --------------------------------------
W = {}
def put(name, lon, lat, src):
    W[nfc(name)] = (round(lon, 5), round(lat, 5), src)

for f in json.load(open(os.path.join(GEO, 'places_geonames_cities500_clip.geojson')))['features']:
    p = f['properties']
    if p['country'] == 'VN':
        lon, lat = f['geometry']['coordinates']
        put('gn:' + p['name'], lon, lat, 'GeoNames cities500 "%s" (%s)' % (p['name'], p['feature_code']))
with open(os.path.join(GEO, 'features_named.csv'), encoding='utf-8') as fh:
    for r in csv.DictReader(fh):
        put('fn:' + r['name'], float(r['lon']), float(r['lat']),
            'features_named.csv "%s" (grade %s, ±%s km)' % (r['name'], r['confidence'], r['uncertainty_km']))
for f in json.load(open(os.path.join(GEO, 'ferry_terminals_osm_clip.geojson')))['features']:
    lon, lat = f['geometry']['coordinates']
    put('osm-ferry:%.5f,%.5f' % (lon, lat), lon, lat, 'OSM ferry terminal (© OpenStreetMap contributors)')
# vertices of the schematic routes (routes_schematic.geojson), by route name prefix and index
SCHEMATIC = {}
for f in json.load(open(os.path.join(GEO, 'routes_schematic.geojson')))['features']:
    name = nfc(f['properties']['name'])
    SCHEMATIC[name.split(' (')[0]] = f
    for i, (lon, lat) in enumerate(f['geometry']['coordinates']):
        put('rs:%s#%d' % (name.split(' (')[0], i), lon, lat, 'routes_schematic.geojson "%s" vertex %d' % (name, i))
# ends of the catalogue's bridges and ferry (so the base roads meet them)
import glob
for fn in sorted(glob.glob(os.path.join(DATA, 'catalogue', '*.json'))):
    for l in json.load(open(fn, encoding='utf-8'))['links']:
        g = l.get('geometry')
        if g and g['type'] == 'LineString':
            cs = g['coordinates']
            put('cat:%s#0' % l['id'], cs[0][0], cs[0][1], 'catalogue link %s, first vertex' % l['id'])
            put('cat:%s#-1' % l['id'], cs[-1][0], cs[-1][1], 'catalogue link %s, last vertex' % l['id'])
# links whose catalogue record says geometry_from "osm" (phà Rừng, cầu Cẩm Lý) take it from data/osm/links.geojson
for f in json.load(open(os.path.join(DATA, 'osm', 'links.geojson'), encoding='utf-8'))['features']:
    if f['geometry']['type'] == 'LineString':
        cs = f['geometry']['coordinates']
        put('cat:%s#0' % f['id'], cs[0][0], cs[0][1], 'catalogue link %s, first vertex (OpenStreetMap)' % f['id'])
        put('cat:%s#-1' % f['id'], cs[-1][0], cs[-1][1], 'catalogue link %s, last vertex (OpenStreetMap)' % f['id'])

def wp(name):
    return W[nfc(name)]

# ---- roads -------------------------------------------------------------------------------------------------
# highway: OSM-like class (motorway = expressway, trunk = national road, secondary = provincial road,
# tertiary = a district road or a road whose class the sources do not give)
ROADS = []
def road(id, name, ref, highway, chain, source, accuracy='schematic', bridge=None, ferry=False, note=''):
    ROADS.append(dict(id=id, name=name, ref=ref, highway=highway, chain=chain, source=source,
                      accuracy=accuracy, bridge=bridge, ferry=ferry, note=note))

def schematic_route(id, key, ref, highway, source, idx=None, name=None):
    f = SCHEMATIC[key]
    n = len(f['geometry']['coordinates'])
    chain = ['rs:%s#%d' % (key, i) for i in (idx if idx is not None else range(n))]
    road(id, name or nfc(f['properties']['name']), ref, highway, chain,
         source + '; routes_schematic.geojson (confidence: %s)' % f['properties']['confidence'])

R = 'ROUTES.md [mem] order of towns'
schematic_route('base-ql1', 'QL1', 'QL1', 'trunk', R)
schematic_route('base-ql5', 'QL5', 'QL5', 'trunk', R)
schematic_route('base-ql18', 'QL18', 'QL18', 'trunk', R)
schematic_route('base-ql10', 'QL10', 'QL10', 'trunk', R)
schematic_route('base-ql31', 'QL31', 'QL31', 'trunk', R)
schematic_route('base-ql37', 'QL37', 'QL37', 'trunk', R + ' (LOW confidence)')
schematic_route('base-ql17', 'QL17', 'QL17', 'trunk', R + ' (LOW confidence)')
schematic_route('base-ql279', 'QL279', 'QL279', 'trunk', R + ' (LOW confidence)')
schematic_route('base-ct01', 'Cao tốc Hà Nội – Bắc Giang – Lạng Sơn', 'CT.01', 'motorway', 'ROUTES.md [src] dantri, [mem] end at Chi Lăng')
# CT.04: ROUTES.md [mem] gives the order "Hà Nội (Thanh Trì) – Hưng Yên – Gia Lộc/Thanh Hà (Hải Dương) – An Lão –
# Đình Vũ". The schematic line has a vertex in Gia Lộc (#2, 250 m from the seat) and one in Thanh Hà district (#3,
# dvhcvn polygon), but none in An Lão: its #4 lies in An Dương district. The An Lão seat is put in the chain
# between #3 and #4, where ROUTES.md's order has it (it lies 1.9 km from the schematic segment #3–#4).
schematic_route('base-ct04', 'Cao tốc Hà Nội – Hải Phòng', 'CT.04', 'motorway',
                'ROUTES.md [mem] (order of places: "Gia Lộc/Thanh Hà (Hải Dương) – An Lão – Đình Vũ", so An Lão is a waypoint)')
ROADS[-1]['chain'].insert(4, 'gn:An Lão')
schematic_route('base-hp-mc', 'Cao tốc Hải Phòng – Hạ Long – Vân Đồn – Móng Cái', '', 'motorway', 'ROUTES.md [mem]')

QL3_SRC = ('features_named.csv: "Phổ Yên (Ba Hàng) … on QL3 ~20 km south of Thái Nguyên"; issue 12 of this project '
           '("QL3 joins them today"); the towns between are [mem], unverified')
road('base-ql3', 'QL3 (Hà Nội – Sóc Sơn – Phổ Yên – Thái Nguyên – Chợ Mới – Bắc Kạn)', 'QL3', 'trunk',
     ['gn:Hanoi', 'gn:Đông Anh', 'gn:Sóc Sơn', 'fn:Phổ Yên (Ba Hàng)', 'gn:Thái Nguyên', 'gn:Đu', 'gn:Chợ Mới', 'gn:Bắc Kạn'],
     QL3_SRC)
road('base-ql37-south', 'QL37 (Hải Dương – Chí Linh)', 'QL37', 'trunk',
     ['gn:Hải Dương', 'gn:Nam Sách', 'fn:Chí Linh (Sao Đỏ)'],
     'ROUTES.md [mem] (LOW): "It comes from Thái Bình through Hải Dương to Chí Linh (Sao Đỏ)"; Nam Sách between is assumed')

# Provincial and district roads that tie a district seat to the roads above. Where the sources name the road
# (ROUTES.md), the name is given; otherwise the road is "a road between A and B" whose course is unknown.
UNNAMED = 'no source names this road; a district seat is reached by road, so the two named places are joined by a straight schematic line'
def tie(id, a, b, ref='', name=None, source=UNNAMED, highway='tertiary'):
    la = a.split(':', 1)[1].split(' (')[0]
    lb = b.split(':', 1)[1].split(' (')[0]
    road(id, name or ('%s – %s' % (la, lb)), ref, highway, [a, b], source)

tie('base-dt398', 'gn:Neo', 'gn:Bắc Giang', 'ĐT398', 'ĐT398 (Bắc Giang – Neo)',
    'ROUTES.md [mem]: "ĐT398 runs from Bắc Giang city south through Yên Dũng (Neo)"', 'secondary')
road('base-dt398b', 'ĐT398B (Neo – Đồng Việt)', 'ĐT398B', 'secondary', ['gn:Neo', 'cat:cau-dong-viet#-1'],
     'ROUTES.md [mem] (low): "ĐT398B is presumably the branch to Đồng Việt and cầu Đồng Việt"; straight line to the '
     'bridge\'s west end, where the catalogue\'s approach road joins the network')
road('base-dong-viet-sao-do', 'Cầu Đồng Việt – Sao Đỏ', '', 'secondary', ['cat:cau-dong-viet#0', 'fn:Chí Linh (Sao Đỏ)'],
     'ROUTES.md [mem]: cầu Đồng Việt "links to Chí Linh (QL37/QL18)"; straight line from the bridge\'s east end to Sao Đỏ')
tie('base-bich-dong', 'gn:Bích Động', 'gn:Bắc Giang')
tie('base-chua-hang', 'gn:Chùa Hang', 'gn:Thái Nguyên')
tie('base-cho-chu', 'gn:Chợ Chu', 'gn:Đu')
tie('base-kinh-mon', 'gn:Kinh Môn', 'fn:Đông Triều (centre)')
tie('base-gia-loc', 'gn:Gia Lộc', 'gn:Hải Dương')
tie('base-tu-ky', 'gn:Tứ Kỳ', 'gn:Gia Lộc')
tie('base-ninh-giang', 'gn:Ninh Giang', 'gn:Tứ Kỳ')
tie('base-thanh-mien', 'gn:Thanh Miện', 'gn:Gia Lộc')
tie('base-ke-sat', 'gn:Kẻ Sặt', 'gn:Lai Cách')
tie('base-thanh-ha', 'gn:Thanh Hà', 'gn:Hải Dương')
tie('base-an-duong', 'gn:An Dương', 'fn:Cầu vượt Quán Toan (QL5 × QL10)')
tie('base-an-lao', 'gn:An Lão', 'fn:Cầu vượt Quán Toan (QL5 × QL10)', 'QL10', 'QL10 (Quán Toan – An Lão)',
    'ROUTES.md [mem]: QL10 "crosses QL5 at Quán Toan (the flyover) – An Lão / Kiến An – cầu Quý Cao"', 'trunk')
tie('base-nui-doi', 'gn:Núi Đối', 'gn:Haiphong')
tie('base-tien-lang', 'gn:Tiên Lãng', 'gn:An Lão')
road('base-ql279-east', 'QL279 (Tân Dân – Hoành Bồ (Trới) – Hạ Long)', 'QL279', 'trunk',
     ['fn:Tân Dân (Hạ Long, ex-Hoành Bồ)', 'gn:Trới', 'fn:TP Hạ Long'],
     'ROUTES.md [mem] (LOW): "Eastern part: Hạ Long (ex-Hoành Bồ, Tân Dân area) – Sơn Động"; Trới is the ex-Hoành Bồ seat (GeoNames)')
tie('base-loc-binh', 'gn:Lộc Bình', 'gn:Lạng Sơn')
tie('base-cao-loc', 'gn:Thị Trấn Cao Lộc', 'gn:Lạng Sơn')
tie('base-na-sam', 'gn:Thị Trấn Na Sầm', 'gn:Thị Trấn Đồng Đăng')
tie('base-van-quan', 'gn:Văn Quan', 'gn:Lạng Sơn')
tie('base-binh-gia', 'gn:Bình Gia', 'gn:Văn Quan')
tie('base-bac-son', 'gn:Bắc Sơn', 'gn:Bình Gia')
tie('base-dong-dang', 'gn:Thị Trấn Đồng Đăng', 'rs:QL1#8')
tie('base-quang-yen', 'gn:Quảng Yên', 'rs:QL18#6')
road('base-ql279-west', 'QL279 (Đồng Mỏ – Văn Quan)', 'QL279', 'trunk', ['gn:Đồng Mỏ', 'gn:Văn Quan'],
     'ROUTES.md [mem] (LOW): "Chi Lăng (Đồng Mỏ) – Văn Quan / Bắc Sơn area – towards Bắc Kạn"')
road('base-quang-yen-expressway', 'Quảng Yên – expressway', '', 'tertiary', ['gn:Quảng Yên', 'rs:Cao tốc Hải Phòng – Hạ Long – Vân Đồn – Móng Cái#1'],
     'ROUTES.md [mem]: the expressway runs "Đình Vũ – Bạch Đằng bridge – Quảng Yên"; straight line from the town to the expressway\'s waypoint')
road('base-thanh-ha-ct04', 'Thanh Hà – CT.04', '', 'tertiary', ['gn:Thanh Hà', 'rs:Cao tốc Hà Nội – Hải Phòng#3'],
     'ROUTES.md [mem]: CT.04 runs by "Gia Lộc/Thanh Hà (Hải Dương)", and the schematic line\'s vertex #3 lies in the '
     'dvhcvn polygon of Huyện Thanh Hà; no source names the road from the seat to it: a straight schematic line (as '
     'Quảng Yên – expressway)')
# neighbouring seats on the same bank: joined by a road whose course no source gives
tie('base-vo-nhai-binh-gia', 'fn:Võ Nhai (TT Đình Cả)', 'gn:Bình Gia')
tie('base-chua-hang-vo-nhai', 'gn:Chùa Hang', 'fn:Võ Nhai (TT Đình Cả)')
tie('base-loc-binh-dinh-lap', 'gn:Lộc Bình', 'gn:Đình Lập')
tie('base-na-sam-van-quan', 'gn:Thị Trấn Na Sầm', 'gn:Văn Quan')
tie('base-bac-son-huu-lung', 'gn:Bắc Sơn', 'gn:Hữu Lũng')
tie('base-thanh-mien-ninh-giang', 'gn:Thanh Miện', 'gn:Ninh Giang')
tie('base-ke-sat-gia-loc', 'gn:Kẻ Sặt', 'gn:Gia Lộc')
tie('base-kinh-mon-phu-thai', 'gn:Kinh Môn', 'gn:Phú Thái')
tie('base-nui-doi-an-lao', 'gn:Núi Đối', 'gn:An Lão')
# phà Rừng and cầu Bến Rừng: the roads of both banks to their ends
road('base-pha-rung-west', 'Núi Đèo – bến phà Rừng (bờ tây)', 'QL10', 'trunk', ['gn:Núi Đèo', 'cat:pha-rung#-1'],
     'ROUTES.md [mem]: "The old alignment crossed the Bạch Đằng by phà Rừng"; straight line to the catalogue\'s landing')
road('base-pha-rung-east', 'bến phà Rừng (bờ đông) – Quảng Yên', 'QL10', 'trunk', ['cat:pha-rung#0', 'gn:Quảng Yên'],
     'ROUTES.md [mem]: the old QL10 alignment by phà Rừng; straight line from the catalogue\'s landing')
road('base-ben-rung-west', 'Núi Đèo – cầu Bến Rừng', '', 'trunk', ['gn:Núi Đèo', 'cat:cau-ben-rung#-1'],
     'ROUTES.md [src]: "Cầu Bến Rừng replaced phà Rừng in 2024"; the approach is a straight line to the catalogue\'s bridge end')
road('base-ben-rung-east', 'cầu Bến Rừng – Quảng Yên', '', 'trunk', ['cat:cau-ben-rung#0', 'gn:Quảng Yên'],
     'ROUTES.md [src]: "Cầu Bến Rừng replaced phà Rừng in 2024"; the approach is a straight line from the catalogue\'s bridge end')

# cầu Lại Xuân (planned, Thủy Nguyên – Đông Triều over sông Đá Bạch): no source names the roads that reach it, so
# each bank has an "approach, schematic": a straight line from the bridge end to the nearest point of the network
# on that bank. The catalogue's first vertex is on the Đông Triều (Quảng Ninh) bank, its last in Thủy Nguyên
# (the dvhcvn polygon of Huyện Thuỷ Nguyên holds it).
road('base-lai-xuan-south', 'Núi Đèo – cầu Lại Xuân (approach, schematic)', '', 'tertiary',
     ['gn:Núi Đèo', 'cat:cau-lai-xuan#-1'],
     'no source names the road; features_named.csv places cầu Lại Xuân "Thủy Nguyên (HP) – Đông Triều (QN) over sông '
     'Đá Bạch at the NW corner of Thủy Nguyên", so the district seat is joined to the bridge\'s Thủy Nguyên end by a '
     'straight schematic line')
road('base-lai-xuan-north', 'cầu Lại Xuân – QL18 (approach, schematic)', '', 'tertiary',
     ['cat:cau-lai-xuan#0', 'rs:QL18#4'],
     'no source names the road; a straight schematic line from the bridge\'s Đông Triều end to the nearest QL18 '
     'waypoint (routes_schematic.geojson), the road through Đông Triều (ROUTES.md)')
# cầu Cẩm Lý (planned road bridge beside the Kép – Cái Lân rail bridge over sông Lục Nam, both ends in Lục Nam
# district): the catalogue takes it to carry QL37; the schematic QL37 line runs 2–3 km east of it. Approaches,
# schematic, from each end to the nearest QL37 point on that bank: the first vertex (north bank) to Đồi Ngô, the
# last (south bank, Cẩm Lý side) to QL37's waypoint south of the river.
road('base-cam-ly-north', 'Đồi Ngô – cầu Cẩm Lý (approach, schematic)', '', 'tertiary',
     ['fn:Lục Nam (TT Đồi Ngô)', 'cat:cau-cam-ly#0'],
     'catalogue cầu Cẩm Lý (seed 003 "xây dựng cầu đường bộ Cẩm Lý tách khỏi đường sắt", named with the QL37 '
     'widening Chí Linh – Lục Nam – Kép); no source gives the road\'s course: a straight schematic line from the '
     'Lục Nam seat to the bridge\'s north end')
road('base-cam-ly-south', 'cầu Cẩm Lý – QL37 (approach, schematic)', '', 'tertiary',
     ['cat:cau-cam-ly#-1', 'rs:QL37#1'],
     'catalogue cầu Cẩm Lý (seed 003); no source gives the road\'s course: a straight schematic line from the '
     'bridge\'s south end to the QL37 waypoint south of sông Lục Nam (routes_schematic.geojson, LOW confidence)')

# ---- district seats of the six provinces of the agreements ------------------------------------------------
SIX = {'71': 'Bắc Giang', '79': 'Hải Dương', '30': 'Quảng Ninh', '13': 'Hải Phòng', '85': 'Thái Nguyên', '39': 'Lạng Sơn'}
def inside(pt, ring):
    x, y = pt; c = False
    for i in range(len(ring) - 1):
        (x1, y1), (x2, y2) = ring[i], ring[i + 1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            c = not c
    return c
def rings(g):
    polys = g['coordinates'] if g['type'] == 'MultiPolygon' else [g['coordinates']]
    return [p[0] for p in polys]
DISTRICTS = [(f['properties']['district'], f['properties']['province'], rings(f['geometry']))
             for f in json.load(open(os.path.join(GEO, 'districts_dvhcvn_clip.geojson'), encoding='utf-8'))['features']]
def district_of(lon, lat):
    for name, prov, rs in DISTRICTS:
        if any(inside((lon, lat), r) for r in rs):
            return name
    return None
# Quảng Ninh has no district polygons in the geodata: its seats' districts, from the place names themselves
QN = {'Hạ Long': 'Thành phố Hạ Long', 'Quảng Yên': 'Thị xã Quảng Yên', 'Móng Cái': 'Thành phố Móng Cái',
      'Quảng Hà': 'Huyện Hải Hà', 'Trới': 'Huyện Hoành Bồ (ex-, since 2019 in Hạ Long)', 'Cô Tô': 'Huyện Cô Tô',
      'Cẩm Phả': 'Thành phố Cẩm Phả'}
ISLANDS = {'Cô Tô'}  # reached only by boat
SEATS = []
def seat(name, lon, lat, province, district, src, island=False):
    short = district
    for pre in ('Thành phố ', 'Thành Phố ', 'Thị xã ', 'Huyện ', 'Quận '):
        if short.startswith(pre): short = short[len(pre):]
    short = short.split(' (')[0]
    SEATS.append(dict(id='seat-' + str(len(SEATS) + 1), name=name, district=district, district_short=short,
                      province=province, lon=lon, lat=lat, source=src, island=island))
for f in json.load(open(os.path.join(GEO, 'places_geonames_cities500_clip.geojson'), encoding='utf-8'))['features']:
    p = f['properties']
    if p['country'] == 'VN' and p['admin1'] in SIX and p['feature_code'] in ('PPLA', 'PPLA2'):
        lon, lat = f['geometry']['coordinates']
        prov = SIX[p['admin1']]
        d = QN.get(p['name']) if prov == 'Quảng Ninh' else district_of(lon, lat)
        if d is None:
            continue
        seat(nfc(p['name']).replace('Thị Trấn ', ''), lon, lat, prov, nfc(d),
             'GeoNames cities500 "%s" (%s); district from %s' % (p['name'], p['feature_code'],
             'the place name' if prov == 'Quảng Ninh' else 'the dvhcvn district polygon it lies in'),
             p['name'] in ISLANDS)
# seats GeoNames lacks or misplaces, from features_named.csv
for fname, d, prov in [('Chí Linh (Sao Đỏ)', 'Thành phố Chí Linh', 'Hải Dương'),
                       ('Phổ Yên (Ba Hàng)', 'Thành phố Phổ Yên', 'Thái Nguyên'),
                       ('Võ Nhai (TT Đình Cả)', 'Huyện Võ Nhai', 'Thái Nguyên'),
                       ('Đông Triều (centre)', 'Thị xã Đông Triều', 'Quảng Ninh'),
                       ('Uông Bí', 'Thành phố Uông Bí', 'Quảng Ninh')]:
    lon, lat, src = wp('fn:' + fname)
    seat(fname.split(' (')[0] if '(' in fname and not fname.startswith('Chí') else fname.split(' (')[0], lon, lat, prov, d, src)

# ---- river crossings --------------------------------------------------------------------------------------
# Where a base road meets a line of a big river in the geodata (RiverCrossingTest lists the river lines:
# Hồng, Cầu, Thương, Thái Bình, Kinh Thầy, Đá Bạch/Bạch Đằng; the lower Lục Nam is missing from the data).
# Each crossing says what crosses there. A road whose course is unknown crosses only where the road it stands
# for must cross (a seat across a river from the place it is tied to) or where the poor river line (±1–3 km)
# runs through the town the road starts from.
EXISTING = 'a bridge of the existing road; our sources do not name it'
CROSSINGS = {
    'base-ql1': [(105.855, 21.034, 'Hồng', 'the Red River bridges of Hà Nội (several; the network crosses once, schematically)'),
                 (106.102, 21.205, 'Cầu', 'QL1 over sông Cầu north of Bắc Ninh: ' + EXISTING),
                 (106.187, 21.268, 'Thương', 'QL1 over sông Thương at Bắc Giang city: ' + EXISTING),
                 (106.306, 21.448, 'Thương', 'QL1 along the Thương valley north of Kép: ' + EXISTING),
                 (106.347, 21.507, 'Thương', 'QL1 at Hữu Lũng (Mẹt): ' + EXISTING)],
    'base-ct01': [(105.855, 21.034, 'Hồng', 'the Red River bridges of Hà Nội (several; the network crosses once, schematically)'),
                  (106.103, 21.205, 'Cầu', 'CT.01 over sông Cầu: ' + EXISTING),
                  (106.185, 21.270, 'Thương', 'CT.01 over sông Thương at Bắc Giang: ' + EXISTING),
                  (106.309, 21.448, 'Thương', 'CT.01 along the Thương valley north of Kép: ' + EXISTING),
                  (106.347, 21.507, 'Thương', 'CT.01 at Hữu Lũng: ' + EXISTING)],
    'base-ql3': [(105.844, 21.060, 'Hồng', 'QL3 over the Red River out of Hà Nội (Thăng Long / Nhật Tân bridges [mem])'),
                 (105.805, 21.637, 'Cầu', 'QL3 north of Thái Nguyên, where the Cầu runs beside the road (river line ±1–3 km)'),
                 (105.825, 21.617, 'Cầu', 'QL3 in Thái Nguyên city, where the river line (±1–3 km) winds round the city point')],
    'base-ql5': [(106.350, 20.943, 'Thái Bình', 'QL5 over sông Thái Bình at Hải Dương: ' + EXISTING),
                 (106.427, 20.953, 'Thái Bình', 'QL5 over the eastern branch (Kinh Thầy / Lai Vu) in Kim Thành: ' + EXISTING),
                 (106.621, 20.881, 'Kinh Thầy', 'QL5 at Quán Toan: the river line (±1–3 km) is drawn across the road, which runs along the bank of sông Cấm'),
                 (106.680, 20.866, 'Kinh Thầy', 'QL5 entering Hải Phòng city: the same river line drawn across the road')],
    'base-ql18': [(106.296, 21.123, 'Thái Bình', 'QL18 over the Phả Lại bridge (ROUTES.md [mem] "Phả Lại bridge")')],
    'base-ql10': [(106.616, 20.883, 'Kinh Thầy', 'QL10 over sông Cấm by cầu Kiền (ROUTES.md [mem] "cầu Kiền over the sông Cấm")')],
    'base-ql37': [(105.897, 21.544, 'Cầu', 'QL37 beside sông Cầu south of Thái Nguyên, where the second river line (±1–3 km) runs'),
                  (105.870, 21.570, 'Cầu', 'QL37 over sông Cầu between Phú Bình and Thái Nguyên: ' + EXISTING),
                  (105.967, 21.472, 'Cầu', 'QL37 at Phú Bình (Hương Sơn), where a river line (±1–3 km) passes the town'),
                  (106.020, 21.440, 'Cầu', 'QL37 between Hiệp Hòa and Phú Bình over sông Cầu: ' + EXISTING),
                  (106.172, 21.391, 'Thương', 'QL37 over sông Thương between Cao Thượng and Kép: ' + EXISTING),
                  (105.850, 21.590, 'Cầu', 'QL37 entering Thái Nguyên city')],
    'base-ql17': [(106.175, 21.310, 'Thương', 'QL17 over sông Thương north of Bắc Giang: ' + EXISTING),
                  (106.107, 21.674, 'Thương', 'QL17 in the upper Thương valley (Yên Thế – Võ Nhai): ' + EXISTING),
                  (106.077, 21.749, 'Thương', 'QL17 at Võ Nhai (Đình Cả), where the river line passes the town')],
    'base-ct04': [(105.895, 20.971, 'Hồng', 'CT.04 over the Red River (Thanh Trì bridge [mem])'),
                  (106.414, 20.857, 'Thái Bình', 'CT.04 over sông Thái Bình: ' + EXISTING),
                  (106.492, 20.848, 'Thái Bình', 'CT.04 over the lower Thái Bình / Văn Úc: ' + EXISTING)],
    'base-ql37-south': [(106.334, 20.958, 'Thái Bình', 'QL37 over sông Thái Bình north of Hải Dương: ' + EXISTING),
                        (106.365, 21.049, 'Thái Bình', 'QL37 between Nam Sách and Chí Linh: ' + EXISTING)],
    'base-dt398': [(106.217, 21.242, 'Thương', 'ĐT398 over sông Thương: the road runs from Bắc Giang city to Neo (ROUTES.md), so it crosses; bridge not named')],
    'base-bich-dong': [(106.181, 21.273, 'Thương', 'into Bắc Giang city over the Thương, by the city\'s bridges (QL1 crosses 0.9 km away)')],
    'base-chua-hang': [(105.846, 21.604, 'Cầu', 'Đồng Hỷ (Chùa Hang) faces Thái Nguyên city across sông Cầu: by the city\'s bridges, not named in our sources')],
    'base-kinh-mon': [(106.552, 20.997, 'Kinh Thầy', 'the river line (±1–3 km) runs through the GeoNames point of Kinh Môn itself')],
    'base-thanh-ha': [(106.348, 20.934, 'Thái Bình', 'Thanh Hà faces Hải Dương across the Thái Bình: by the QL5 bridge 1 km north')],
    'base-bac-son-huu-lung': [(106.3445, 21.5066, 'Thương', 'the river line runs through the GeoNames point of Hữu Lũng (TT Mẹt) itself, as it does for QL1 there')],
    'base-lai-xuan-south': [(106.6487, 20.9616, 'Đá Bạch', 'no crossing: the GSHHG line of the Đá Bạch (±1–3 km) bulges south across the approach, which stays inside the dvhcvn polygon of Thủy Nguyên (whose edge is the river) all the way to the bridge'),
                            (106.6224, 21.0087, 'Đá Bạch', 'no crossing: the same river line passes 0.6 km south of the bridge\'s Thủy Nguyên end, which the dvhcvn polygon of Thủy Nguyên holds; the river is crossed by cầu Lại Xuân itself')],
    'base-thanh-ha-ct04': [(106.4508, 20.8711, 'Thái Bình', 'no crossing: the GSHHG line of the Thái Bình (±1–3 km) runs 1.2 km inside the dvhcvn polygon of Thanh Hà, whose western edge is the river; the line from the seat to CT.04 stays inside that polygon all the way')],
    'base-tien-lang': [(106.555, 20.757, 'Thái Bình', 'Tiên Lãng district lies between the Văn Úc and Thái Bình rivers and is reached by road; bridge not named in our sources')],
}
for rid in CROSSINGS:
    assert any(r['id'] == rid for r in ROADS), rid

# ---- output ---------------------------------------------------------------------------------------------
def feature(r):
    cs = [list(wp(n)[:2]) for n in r['chain']]
    props = dict(id=r['id'], name=r['name'], ref=r['ref'], highway=r['highway'], accuracy=r['accuracy'],
                 source=r['source'], waypoints=' – '.join('%s [%s]' % (n.split(':', 1)[1], wp(n)[2]) for n in r['chain']))
    if r['id'] in CROSSINGS:
        props['crossings'] = [dict(lon=c[0], lat=c[1], river=c[2], what=c[3]) for c in CROSSINGS[r['id']]]
    if r['bridge']: props['bridge'] = r['bridge']
    if r['ferry']: props['route'] = 'ferry'
    return dict(type='Feature', properties=props, geometry=dict(type='LineString', coordinates=cs))

def dump(path, obj):
    with open(os.path.join(HERE, path), 'w', encoding='utf-8') as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=None, separators=(',', ':'))
        fh.write('\n')
dump('base_roads.geojson', dict(type='FeatureCollection', features=[feature(r) for r in ROADS]))
dump('district_seats.geojson', dict(type='FeatureCollection', features=[
    dict(type='Feature', properties={k: v for k, v in s.items() if k not in ('lon', 'lat')},
         geometry=dict(type='Point', coordinates=[s['lon'], s['lat']])) for s in SEATS]))
print('%d roads, %d seats' % (len(ROADS), len(SEATS)))
for s in SEATS: print('  ', s['province'], '|', s['district'], '|', s['name'])
