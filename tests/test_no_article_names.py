"""No company or person named in the corpus may appear in the code or the lexicons: the rules
must be linguistic (places from the general gazetteer excepted)."""

import json
import re

from pipeline.entities import fold, is_place

from .conftest import CORPUS, ROOT


def _gold_names() -> set[str]:
    names = set()
    for path in (CORPUS / "gold").rglob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for a in gold["announcements"]:
            for party in a["actors"] + a["partners"] + ([a["object"]] if a.get("object") else []):
                names.add(party["name"])
    return {n for n in names if not is_place(n) and len(n) > 2}


def _sources() -> str:
    files = [*ROOT.joinpath("pipeline").rglob("*.py"), *ROOT.joinpath("models").rglob("*.json")]
    return fold("\n".join(p.read_text(encoding="utf-8") for p in files))


def test_no_gold_name_in_code_or_models():
    text = _sources()
    leaked = sorted(
        n for n in _gold_names() if re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", text)
    )
    assert leaked == []
