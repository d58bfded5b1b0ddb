#!/bin/sh
# Makes the geometry-import fixtures of GeometryFilesTest and GeometryWindowTest from traces-source.geojson
# (hand-written test data, not atlas facts) with GDAL. Run from this folder; GDAL 3.6 made the committed files.
set -e
rm -f traces.gpkg traces-utm.gpkg traces.geojson traces-utm.geojson
# WGS 84 GeoPackage: lines (with a Z value on one, dropped on import) and points in separate layers, as QGIS saves them
ogr2ogr -f GPKG traces.gpkg traces-source.geojson -nln traced_lines -where "OGR_GEOMETRY IN ('LINESTRING','LINESTRING25D')" -dim XYZ
ogr2ogr -f GPKG -update traces.gpkg traces-source.geojson -nln landings -where "OGR_GEOMETRY = 'POINT'"
# the same lines in UTM zone 48N: refused, naming the CRS
ogr2ogr -f GPKG traces-utm.gpkg traces-source.geojson -nln traced_lines_utm -t_srs EPSG:32648 -where "OGR_GEOMETRY IN ('LINESTRING','LINESTRING25D')"
# GeoJSON: RFC 7946 (WGS 84), and the old-style with a crs member naming EPSG:32648
ogr2ogr -f GeoJSON traces.geojson traces-source.geojson -lco RFC7946=YES
ogr2ogr -f GeoJSON traces-utm.geojson traces-source.geojson -t_srs EPSG:32648
