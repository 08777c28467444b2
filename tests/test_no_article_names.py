"""No company or person named in the corpus may appear in the code or the lexicons: the rules
must be linguistic (places from the general gazetteer and the GeoNames towns, single ordinary
words of the language such as « État » or « Département », and phrases written without a
capital, excepted)."""

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
    # a single word the articles also write in lower case is an ordinary word of the language
    written = " ".join(p.read_text(encoding="utf-8") for p in (CORPUS / "articles").rglob("*.txt"))
    lower_words = set(  # not inside a link, a hashtag or a hyphenated slug
        re.findall(r"(?<![\w/#@.\-])[a-zàâçéèêëîïôûùüÿœ]+(?![\w/@\-])", written)
    )
    folded_words = {fold(w) for w in lower_words}  # « Etat » is « état » written without accent
    ordinary = {n for n in names if " " not in n and fold(n) in folded_words}
    ordinary |= {n for n in names if n == n.lower()}  # « conseil départemental »: no capital,
    # a common noun phrase the annotator kept as the actor, no company's or person's name
    ordinary |= {  # « Journée investisseurs », a phrase the articles also write in lower case
        n
        for n in names
        if " " in n
        and n.lower() in written  # a plain substring first, the word-bounded search on a hit
        and re.search(rf"(?<![\w/#@.\-]){re.escape(n.lower())}(?![\w/@\-])", written)
    }
    return {n for n in names if not is_place(n) and len(n) > 2 and n not in ordinary}


def _sources() -> str:
    """Code and lexicons; not ``models/towns.json``, GeoNames' list written by a script, where
    a word of a town's name (« Roche ») may be a company's."""
    models = [p for p in ROOT.joinpath("models").rglob("*.json") if p.name != "towns.json"]
    files = [*ROOT.joinpath("pipeline").rglob("*.py"), *models]
    return fold("\n".join(p.read_text(encoding="utf-8") for p in files))


def test_no_gold_name_in_code_or_models():
    text = _sources()
    leaked = sorted(  # a plain substring test first: the word-bounded search only on a hit
        n
        for n in _gold_names()
        if fold(n) in text and re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", text)
    )
    assert leaked == []
