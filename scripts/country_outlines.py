"""Write the country outlines the web map draws, from Natural Earth's public-domain
1:110m countries as the geopandas 0.14.4 wheel ships them (`naturalearth_lowres`).

The map must work offline, so the outlines are a data file inside the package
(`src/fogofwar/web/static/world.geojson`); this script is how that file was made:

    pip download --no-deps geopandas==0.14.4 -d /tmp/wheels
    .venv/bin/python scripts/country_outlines.py /tmp/wheels/geopandas-0.14.4-py3-none-any.whl

Coordinates are rounded to 0.01 degree (about 1 km), plenty for an outline at the map's
scale, which keeps the file small. Needs pyshp (a dev dependency).
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import shapefile  # pyshp

STEM = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUT = Path(__file__).resolve().parent.parent / "src/fogofwar/web/static/world.geojson"


def _rounded(geometry: dict) -> dict:
    def walk(value: object) -> object:
        if isinstance(value, (list, tuple)):
            if value and isinstance(value[0], float | int):
                return [round(float(v), 2) for v in value]
            return [walk(v) for v in value]
        return value

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shp = io.BytesIO(archive.read(STEM + ".shp"))
        dbf = io.BytesIO(archive.read(STEM + ".dbf"))
    # The .cpg file of this dataset says ISO-8859-1 ("Côte d'Ivoire" is one byte there).
    reader = shapefile.Reader(shp=shp, dbf=dbf, encoding="latin-1")
    features = []
    for record in reader.shapeRecords():
        fields = record.record.as_dict()
        features.append(
            {
                "type": "Feature",
                "properties": {"name": fields["name"], "iso_a3": fields["iso_a3"]},
                "geometry": _rounded(record.shape.__geo_interface__),
            }
        )
    collection = {"type": "FeatureCollection", "features": features}
    OUT.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(features)} countries, {OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
