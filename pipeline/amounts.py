"""Money amounts in French news, read at character level.

A tokenizer cuts « 6,4 Md€ », « 1 250 000 € » or « d'euros » in ways that vary with the text,
and spans rebuilt from tokens drift; a grammar over characters keeps offsets exact and costs a
fraction of a tokenizer pass. One compiled regular expression, built from the tables in
``models/`` (currencies.tsv, amounts.json), finds every number that carries a scale word or a
currency; a small grammar in Python then joins the ends of ranges, attaches bound words, tells
money from counts (« 3 millions de personnes ») and lends a currency to the bare amounts that a
money amount governs (« 20 milliards d'euros, dont 15 milliards »).

No pattern can backtrack catastrophically: every repetition is bounded, the alternatives of a
repetition start differently, and digit runs are capped, so the cost stays linear in the text.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, cached_property, lru_cache

from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from .assets import load_json, models_dir
from .sentences import dash_follows

SP = r"[ \t\u00a0\u2009\u202f]"  # a space within a line, the no-break ones included
APOS = r"['’ʼ]"
DE = rf"(?i:d(?:e{SP}{{1,3}}|{APOS}{SP}?))"  # « de » or its elided « d' »
INTEGER = (
    r"(?:[0-9]{1,3}(?:" + SP + r"[0-9]{3}){1,4}"  # 1 250 000
    r"|[0-9]{1,3}(?:\.[0-9]{3}){1,4}"  # 1.250.000
    r"|[0-9]{1,3}(?:,[0-9]{3}){2,4}"  # 1,250,000
    r"|[0-9]{1,3}(?:['’][0-9]{3}){1,4}"  # 1'250'000, as the Swiss write it
    r"|[0-9]{1,12})(?![0-9])"
)
DIGITS = INTEGER + r"(?:[.,][0-9]{1,4}(?![0-9]))?"  # then a comma or a lone dot marks decimals
NUMBER_START = r"(?<![\w.,])"  # not inside a word or another number
_DIGIT_PARTS = re.compile(rf"(?P<integer>{INTEGER})(?:[.,](?P<decimals>[0-9]{{1,4}}))?")
_SPACES = re.compile(SP + "+")
FIRST_GROUP_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "er", "era", "eront", "erait")
FIRST_GROUP_ENDINGS += ("eraient", "ait", "aient", "ant")
AND_ONE = ("un", "une", "onze")  # « vingt et un », « soixante et onze »
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# 1800-2001 as a whole number (not « 1 999 000 »): francs were still spent until 2002
_YEAR_BEFORE_EURO = re.compile(r"(?<![\w,.])(?<!\d\s)(?:1[89][0-9]{2}|200[01])(?!\w|,\d|\s\d{3})")

RECENT_CURRENCY_CHARS = 400  # how far back a bare « 25 millions » borrows a currency
MILLION = Decimal(1_000_000)
PAPER_MENTIONS = 6  # how often an article names its own country's places, at least


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """One money mention; ``text == source_text[start:end]``."""

    start: int
    end: int
    text: str
    value: float | None
    min: float | None
    max: float | None
    currency: str | None  # ISO 4217
    approximate: bool
    currency_from: int | None = None  # index of the mention this one took its currency from


@dataclass(frozen=True, slots=True)
class CurrencyForm:
    surface: str
    code: str
    kind: str  # symbol, code, name or weak_name


# ---------------------------------------------------------------- vocabulary


def _read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated table in models/, ``#`` lines being comments."""
    with open(models_dir() / name, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def currency_forms() -> tuple[CurrencyForm, ...]:
    """The currency table, one surface form a row."""
    return tuple(
        CurrencyForm(r["surface"], r["code"], r["kind"]) for r in _read_tsv("currencies.tsv")
    )


@cache
def iso_codes() -> frozenset[str]:
    """The active ISO 4217 codes (and the French franc), which the currency table must use."""
    return frozenset(r["code"] for r in _read_tsv("iso4217.tsv"))


def vocabulary() -> dict:
    """Scale, bound, vague and context words (models/amounts.json)."""
    return load_json("amounts.json")


def _atoms(phrase: str) -> list[str]:
    """A phrase as a list of patterns, one a character: any run of spaces between words,
    either apostrophe."""
    atoms: list[str] = []
    for i, word in enumerate(phrase.split()):
        if i:
            atoms.append(rf"{SP}{{1,3}}")
        atoms.extend(APOS if c == "'" else re.escape(c) for c in word)
    return atoms


def _atom_order(atom: str) -> tuple[int, str]:
    """Characters first, then classes, lookarounds last: the longer way is tried first."""
    if atom.startswith(("(?<", "(?!", "(?=")):
        return 2, atom
    return (0 if len(atom) <= 2 else 1), atom


def _trie(sequences: Iterable[list[str]]) -> str:
    """One pattern for many sequences of atoms, sharing their prefixes, so the engine tests a
    character once rather than once per word; as in a longest-first alternation, the longer
    continuation is tried first."""
    root: dict = {}
    for atoms in sequences:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[None] = {}  # a sequence ends here

    def emit(node: dict) -> str:
        branches = [a + emit(node[a]) for a in sorted(filter(None, node), key=_atom_order)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if None in node else body

    return emit(root)


def _phrase(words: str) -> str:
    return "".join(_atoms(words))


def _words(words: Iterable[str], boundary: str = r"(?![\w-])") -> str:
    """Whole words or phrases, in any case."""
    return f"(?i:{_trie(_atoms(w) + [boundary] for w in words)})"


def _cues(phrases: Iterable[str]) -> str:
    """Phrases written just before a number, up to it; a final « de » may be « d' »."""

    def atoms(phrase: str) -> list[str]:
        *head, last = phrase.split()
        if head and last == "de":
            return _atoms(" ".join(head)) + [rf"{SP}{{1,3}}", DE]
        return _atoms(phrase) + [rf"{SP}{{1,3}}"]

    return f"(?i:{_trie(atoms(p) for p in phrases)})"


def _signs(surfaces: Iterable[str], after_scale: bool = False) -> str:
    """Symbols and codes, case-sensitive; where made of letters, they must not touch other
    letters, but for the scale letter they may stick to (« 5 MUSD »)."""

    def atoms(surface: str) -> list[str]:
        found = [re.escape(c) for c in surface]
        if surface[0].isalpha() and not after_scale:
            found.insert(0, r"(?<![^\W\d_])")
        if surface[-1].isalpha():
            found.append(r"(?![^\W\d_])")
        return found

    return _trie(atoms(s) for s in surfaces)


class _Lexicon:
    """Words to values, looked up as the case-insensitive patterns matched them."""

    def __init__(self, table: dict[str, object]):
        self.folded = {self.fold(k): v for k, v in table.items()}
        self.patterns = [(re.compile(_phrase(k), re.IGNORECASE), v) for k, v in table.items()]
        self.lookup = lru_cache(maxsize=1024)(self._lookup)

    @staticmethod
    def fold(words: str) -> str:
        return _SPACES.sub(" ", words).lower()

    def _lookup(self, words: str):
        found = self.folded.get(self.fold(words))
        if found is not None:
            return found
        # A case the regex engine folds and str.lower() does not (« ſ », « İ »).
        return next(v for pattern, v in self.patterns if pattern.fullmatch(words))

    def __getitem__(self, words: str):
        return self.lookup(words)


# ---------------------------------------------------------------- grammar


def _word_number(vocab: dict) -> str:
    """A number in words (« deux cent cinquante », « quatre-vingt-dix », « vingt et un »)."""
    word_end = r"(?![\w])"
    word = _words(vocab["number_words"], word_end)
    link = rf"(?:{SP}{{1,3}}|-)"
    and_one = rf"{link}(?i:et){link}{_words(AND_ONE, word_end)}"  # « et » only before un, onze
    return rf"{word}(?:{link}{word}|{and_one}){{0,6}}"


class _Grammar:
    """The compiled patterns and lookup tables, built once per process from models/."""

    def __init__(self) -> None:
        vocab = vocabulary()
        forms = currency_forms()
        self.sign_currency = {f.surface: f.code for f in forms if f.kind in ("symbol", "code")}
        self.name_currency = _Lexicon(
            {f.surface: f.code for f in forms if f.kind in ("name", "weak_name")}
        )
        self.scales = _Lexicon({w: Decimal(v) for w, v in vocab["scale_words"].items()})
        self.scale_abbreviations = {w: Decimal(v) for w, v in vocab["scale_abbreviations"].items()}
        self.compact_scales = {w: Decimal(v) for w, v in vocab["compact_scales"].items()}
        self.vague = _Lexicon({w: Decimal(v) for w, v in vocab["vague_quantifiers"].items()})
        self.collectives = _Lexicon({w: Decimal(v) for w, v in vocab["collectives"].items()})
        self.article_numbers = frozenset(vocab["article_numbers"])
        self.symbolic_price = re.compile(rf"{SP}{{1,2}}{_words(vocab['symbolic_prices'])}", re.I)
        self.price_before = re.compile(
            rf"(?<![\w]){_words(vocab['price_prepositions'])}{SP}{{1,2}}$"
        )
        self.price_after = re.compile(rf"{SP}*(?:[^\w\s]|{_words(vocab['words_after_a_price'])})")
        number = rf"(?:{DIGITS}|{_word_number(vocab)})"
        self.quantity = re.compile(self._quantity_pattern(vocab, forms, number))

        between = _words(vocab["range_between"])
        to = _trie(_atoms(w) for w in vocab["range_to"])
        self.gap_to = re.compile(rf"{SP}{{0,3}}(?i:{to}){SP}{{0,3}}")
        self.gap_and = re.compile(rf"{SP}{{1,3}}{_words(vocab['range_between_and'])}{SP}{{1,3}}")
        # The first end of a range whose second end carries the scale: « 30 à », « entre 100 et »
        self.range_first = re.compile(
            rf"{NUMBER_START}(?:(?P<between>{between}){SP}{{1,3}})?(?P<number>{number})"
            rf"(?:(?P<to>{self.gap_to.pattern})|(?P<and>{self.gap_and.pattern}))"
        )
        self.between = re.compile(rf"(?<![\w]){between}{SP}{{1,3}}")
        endings = _trie(_atoms(e) for e in FIRST_GROUP_ENDINGS)
        self.change = re.compile(
            rf"(?<![\w])(?i:{_trie(_atoms(s) for s in vocab['change_verb_stems'])}{endings}"
            rf"|{_trie(_atoms(f) for f in vocab['change_verb_forms'])}){SP}{{1,3}}{DE}"
        )
        kinds = ("min", "max", "about")
        bounds, postfix = vocab["bounds"], vocab["postfix_bounds"]
        self.bound = re.compile(
            r"(?<![\w])(?:" + "|".join(f"(?P<{k}>{_cues(bounds[k])})" for k in kinds) + ")"
        )
        self.postfix = re.compile(
            rf"{SP}{{1,2}}(?:" + "|".join(f"(?P<{k}>{_words(postfix[k])})" for k in kinds) + ")"
        )
        self.context = re.compile(
            r"(?<![\w])" + _cues(vocab["money_context"]) + f"(?:{_cues(vocab['intensifiers'])})?"
        )
        self.after_de = re.compile(
            rf"{SP}{{1,3}}{DE}(?:(?P<money>{_words(vocab['money_nouns'])})"
            rf"|(?P<comparative>{_words(vocab['comparatives'])})|(?P<noun>[^\W\d_]))"
        )
        # « les 900 millions de Corvane », « les 12 millions de la Région »: a figure owned by
        # someone, after a definite word, is a repeat, not a count (« 3 millions de personnes »)
        self.repeat_before = re.compile(rf"(?i:(?<![\w])(?:les|ces|aux|des|sur{SP}+les){SP}+)$")
        self.share_before = re.compile(rf"(?i:(?<![\w])(?:{_words(vocab['share_cues'])}){SP}+)$")
        self.count_before = re.compile(rf"(?i:(?<![\w])(?:{_words(vocab['count_verbs'])}){SP}+)$")
        self.owner_after = re.compile(
            rf"{SP}{{1,3}}(?:(?i:du|des){SP}|{DE}(?:(?i:la|le|les){SP}|l{APOS}|[A-ZÉÈÀÂÎ]))"
        )
        self.sentence_break = re.compile(r"\n|[.!?…][\"'»”’)\]]*\s")
        self.places: dict[str, re.Pattern] = {}  # a shared currency name -> its countries
        self.article_scoped: set[str] = set()  # names read from the whole article's places
        self.paper_scoped: set[str] = set()  # names read from the paper's country alone
        self.paper_domains: re.Pattern | None = None  # the web addresses of those countries
        self.paper_styles: re.Pattern | None = None  # the ways of writing money of those
        self.before_euro: dict[str, str] = {}  # a name -> its French reading before 2002
        for entry in vocab["currency_places"]:
            places = entry["places"].items()
            pattern = re.compile(
                "|".join(rf"(?<![\w])(?P<{code}>{_words(words)})" for code, words in places)
            )
            self.places.update((_Lexicon.fold(name), pattern) for name in entry["names"])
            if entry.get("scope") == "article":
                self.article_scoped.update(_Lexicon.fold(name) for name in entry["names"])
            if entry.get("scope") == "paper":
                self.paper_scoped.update(_Lexicon.fold(name) for name in entry["names"])
                self.paper_domains = _web_addresses(entry.get("domains", {}))
                self.paper_styles = _writing_styles(entry.get("styles", {}))
            if "before_euro" in entry:
                code = entry["before_euro"]
                self.before_euro.update((_Lexicon.fold(name), code) for name in entry["names"])

    @staticmethod
    def _quantity_pattern(vocab: dict, forms: tuple[CurrencyForm, ...], number: str) -> str:
        """Numbers with a scale word or a currency, one named branch per way of writing them."""
        sign_forms = [f.surface for f in forms if f.kind in ("symbol", "code")]
        signs = _signs(sign_forms)
        names = _words(f.surface for f in forms if f.kind == "name")
        weak_names = _words(f.surface for f in forms if f.kind == "weak_name")
        word_end = r"(?![\w])"
        scale = (
            rf"(?:{_words(vocab['scale_words'])}"
            rf"|{_trie(_atoms(a) + [word_end] for a in vocab['scale_abbreviations'])})"
        )
        half = rf"{SP}{{1,2}}{_words(vocab['half_words'])}"
        compact = _trie(_atoms(c) for c in vocab["compact_scales"])
        collective = _words(vocab["collectives"])

        def currency_after_scale(b: str) -> str:
            return (
                rf"(?:(?:{SP}{{0,2}}|{SP}{{1,2}}{DE})(?P<{b}_sign>{signs})"
                rf"|{SP}{{1,2}}{DE}?(?P<{b}_name>{names}|{weak_names}))?"
            )

        def collectives(b: str) -> str:
            return (
                rf"(?P<{b}_coll>{collective}){SP}{{1,3}}{DE}"
                rf"(?:(?P<{b}_coll2>{collective}){SP}{{1,3}}{DE})?"
            )

        after_number = {
            # 450 M€, 500 k€, 5 MUSD
            "compact": rf"{SP}{{0,2}}(?P<compact_scale>{compact}){SP}?"
            rf"(?P<compact_sign>{_signs(sign_forms, after_scale=True)})",
            # 20 milliards d'euros, 6,4 Md€, trois milliards et demi, 15 milliards
            "scaled": rf"{SP}{{0,3}}(?P<scaled_scale>{scale})(?P<scaled_half>{half})?"
            + currency_after_scale("scaled"),
            # 2 500 euros, 49,99 €, cinq dollars
            "priced": rf"{SP}{{0,2}}(?P<priced_sign>{signs})|{SP}{{1,2}}(?P<priced_name>{names})",
        }
        branches = [
            # €2 milliards, US$ 3,5 milliards, USD 500 millions, $40
            # a code glued to digits is a name (« COP29 », « G7 »), not money
            rf"(?P<signfirst>(?P<signfirst_sign>{signs}){SP}{{0,2}}(?<![^\W\d_])"
            rf"(?P<signfirst_num>{DIGITS})"
            rf"(?:{SP}{{1,3}}(?P<signfirst_scale>{scale})(?P<signfirst_half>{half})?)?)",
            # the number is read once, whatever follows it
            rf"(?P<num>{number})(?:"
            + "|".join(f"(?P<{b}>{p})" for b, p in after_number.items())
            + ")",
            # plusieurs milliards d'euros, des dizaines de millions, quelques centaines d'euros
            rf"(?P<vague>(?P<vague_quant>{_words(vocab['vague_quantifiers'])}){SP}{{1,3}}"
            rf"(?:{collectives('vague')})?"
            rf"(?:(?P<vague_scale>{scale}){currency_after_scale('vague')}"
            rf"|(?P<vague_cname>{names})))",
            # une dizaine de millions d'euros, un millier d'euros
            rf"(?P<about>(?P<about_art>{_words(vocab['article_numbers'])}){SP}{{1,3}}"
            rf"{collectives('about')}"
            rf"(?:(?P<about_scale>{scale}){currency_after_scale('about')}"
            rf"|(?P<about_cname>{names})))",
        ]
        return NUMBER_START + "(?:" + "|".join(branches) + ")"


@cache
def _grammar() -> _Grammar:
    return _Grammar()


def grammar_patterns() -> dict[str, re.Pattern]:
    """Every compiled pattern of the grammar by name, so that each can be timed on hostile
    input by the benchmark and the tests."""
    return {name: p for name, p in vars(_grammar()).items() if isinstance(p, re.Pattern)}


def symbolic_price(text: str, start: int, end: int) -> bool:
    """« pour un euro symbolique », « reprise pour un euro par X »: the amount at
    ``start:end`` is a nominal price, small as it is; not « pour un euro numérique »."""
    g = _grammar()
    if g.symbolic_price.match(text, end) is not None:
        return True
    if _Lexicon.fold(text[start:end].split()[0]) not in g.article_numbers:
        return False  # « pour 43 euros par action » is a share's price
    if g.price_before.search(text, max(0, start - 12), start) is None:
        return False
    return g.price_after.match(text, end) is not None or end == len(text)


# ---------------------------------------------------------------- one quantity


@dataclass(slots=True)
class _Quantity:
    """A number with a scale or a currency, before it is known to be money."""

    start: int
    end: int
    value: Decimal | None
    min: Decimal | None = None
    max: Decimal | None = None
    currency: str | None = None  # its own, written next to it
    currency_word: str | None = None  # how it is written
    approximate: bool = False
    scale: Decimal = Decimal(1)  # lent to the first end of a range (« 30 à 50 milliards »)
    vague: bool = False  # « plusieurs milliards »: a bound of its own already
    ranged: bool = False
    donor: _Quantity | None = None  # the other side of a change, which lends its currency


def _digits_value(text: str) -> Decimal:
    parts = _DIGIT_PARTS.fullmatch(text)
    integer = re.sub(r"[^0-9]", "", parts["integer"])
    return Decimal(f"{integer}.{parts['decimals'] or 0}")


def _number_value(text: str) -> Decimal | None:
    if text[0].isdigit():
        return _digits_value(text)
    try:
        return Decimal(text2num(_Lexicon.fold(text), "fr"))
    except ValueError:  # number words that make no number together (« cent un cent »)
        return None


def _read(m: re.Match, g: _Grammar) -> _Quantity | None:
    """The quantity one match of the grammar stands for, or None when it is none."""
    branch = m.lastgroup
    part = m.groupdict()

    def get(key: str) -> str | None:
        return part.get(f"{branch}_{key}")

    currency = None
    written = get("sign") or get("name") or get("cname")
    if written is not None:
        currency = g.sign_currency.get(written) or g.name_currency[written]
    priced = {"currency": currency, "currency_word": written}
    scale = Decimal(1)
    if (word := get("scale")) is not None:
        if branch == "compact":
            scale = g.compact_scales[word]
        else:
            scale = g.scale_abbreviations.get(word) or g.scales[word]
    if branch in ("vague", "about"):
        count = Decimal(1)
        for key in ("coll", "coll2"):
            if word := get(key):
                count *= g.collectives[word]
        if branch == "about":
            return _Quantity(m.start(), m.end(), count * scale, **priced, approximate=True)
        if get("cname") and not get("coll"):
            return None  # « des dollars »: the currency, not an amount
        least = g.vague[part["vague_quant"]] * count * scale
        return _Quantity(
            m.start(), m.end(), None, min=least, **priced, approximate=True, vague=True
        )
    number_text = part["num"] or part["signfirst_num"]
    article = branch == "priced" and _Lexicon.fold(number_text) in g.article_numbers
    if article and not symbolic_price(m.string, m.start(), m.end()):
        return None  # « un euro numérique »: an article before the currency's name
    number = _number_value(number_text)
    if number is None:
        return None
    if get("half"):
        number += Decimal("0.5")
    return _Quantity(m.start(), m.end(), number * scale, **priced, scale=scale)


# ---------------------------------------------------------------- the words around


class _Cues:
    """Where the words around amounts end in one text: each pattern runs once over the text,
    on first need, rather than once before every amount."""

    def __init__(self, text: str, g: _Grammar):
        self.text = text
        self.g = g
        self.named: dict[re.Pattern, tuple[list[int], list[re.Match]]] = {}

    def _ends(self, pattern: re.Pattern) -> dict[int, re.Match]:
        return {m.end(): m for m in pattern.finditer(self.text)}

    @cached_property
    def bounds(self) -> dict[int, re.Match]:
        return self._ends(self.g.bound)

    @cached_property
    def contexts(self) -> dict[int, re.Match]:
        return self._ends(self.g.context)

    @cached_property
    def changes(self) -> dict[int, re.Match]:
        return self._ends(self.g.change)

    @cached_property
    def betweens(self) -> dict[int, re.Match]:
        return self._ends(self.g.between)

    @cached_property
    def range_firsts(self) -> dict[int, re.Match]:
        return self._ends(self.g.range_first)

    def places(self, pattern: re.Pattern) -> tuple[list[int], list[re.Match]]:
        """Where ``pattern``'s places are named: starts, and matches in order."""
        if pattern not in self.named:
            found = list(pattern.finditer(self.text))
            self.named[pattern] = [m.start() for m in found], found
        return self.named[pattern]

    @cached_property
    def breaks(self) -> list[int]:
        return [m.start() for m in self.g.sentence_break.finditer(self.text)]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Where the sentence holding ``start:end`` begins and ends."""
        i = bisect_left(self.breaks, start)
        j = bisect_left(self.breaks, end, lo=i)
        begin = self.breaks[i - 1] + 1 if i else 0
        return begin, self.breaks[j] if j < len(self.breaks) else len(self.text)

    def same_sentence(self, start: int, end: int) -> bool:
        """No sentence ends between ``start`` and ``end``."""
        i = bisect_left(self.breaks, start)
        return i == len(self.breaks) or self.breaks[i] >= end


# ---------------------------------------------------------------- shared currency names


def _localise(quantities: list[_Quantity], cues: _Cues, g: _Grammar) -> None:
    """A currency name several countries share (« dirhams ») takes the currency of the country
    the sentence names last before it (the subject, a framing « Aux Émirats, »), else (for
    names read article-wide) the one of them the article writes with a sign of its own
    (« 640 MDH »: a Moroccan paper), else the one the sentence names first after it, else
    the one whose places the article names most; with no
    country named it keeps its usual reading. « $ » and « dollars » follow the paper's own
    country alone: a paper's currency does not change with the bidder's nationality."""
    spelled_out = {  # « 15 000 dollars américains »: the paper had to say when it meant them
        q.currency
        for q in quantities
        if q.currency and q.currency_word not in (None, q.currency) and not _shared(q, g)
    }
    for q in quantities:
        pattern = g.places.get(_Lexicon.fold(q.currency_word or ""))
        if pattern is None:
            continue
        begin, end = cues.sentence(q.start, q.end)
        starts, named = cues.places(pattern)
        i = bisect_left(starts, q.start)
        word = _Lexicon.fold(q.currency_word or "")
        if word in g.paper_scoped:  # « 410 M$ » is CAD in a Québec paper, whoever offers it
            own = _paper_country(
                named, cues.text, g.paper_domains, g.paper_styles, spelled_out, q.currency
            )
            q.currency = own or q.currency
        elif i and named[i - 1].start() >= begin:
            q.currency = named[i - 1].lastgroup
        elif word in g.article_scoped and len(own := spelled_out & set(pattern.groupindex)) == 1:
            q.currency = own.pop()  # « dirhams » in a paper that writes « 640 MDH » elsewhere
        elif i < len(named) and named[i].start() < end:
            q.currency = named[i].lastgroup
        elif named and word in g.article_scoped:
            tally = Counter(m.lastgroup for m in named)  # dirhams in a piece on Abou Dhabi
            q.currency = tally.most_common(1)[0][0]
        elif word in g.before_euro and _dated_before_euro(cues, begin, end):
            q.currency = g.before_euro[word]


def _shared(q: _Quantity, g: _Grammar) -> bool:
    """Its currency is written with a name several countries share (« dollars », « $ »)."""
    return _Lexicon.fold(q.currency_word or "") in g.places


def _dated_before_euro(cues: _Cues, begin: int, end: int) -> bool:
    """The sentence, or the one before it, names a year before the euro's notes (2002)."""
    before, _ = cues.sentence(max(begin - 2, 0), max(begin - 1, 0))
    return _YEAR_BEFORE_EURO.search(cues.text, min(before, begin), end) is not None


def _writing_styles(styles: dict[str, list[str]]) -> re.Pattern | None:
    """A way of writing money proper to a country's press (« 9,8 millions $ »), one named
    group per currency."""
    if not styles:
        return None
    ways = "|".join(rf"(?P<{code}>{_words(phrases)})" for code, phrases in styles.items())
    return re.compile(rf"\d{SP}+(?:{ways})")


def _web_addresses(domains: dict[str, list[str]]) -> re.Pattern | None:
    """An e-mail or web address ending in one of a country's top-level domains, one named
    group per currency (« presse@port.qc.ca », « www.agence.com.au »)."""
    if not domains:
        return None
    ends = "|".join(rf"(?P<{code}>{_words(tlds)})" for code, tlds in domains.items())
    return re.compile(rf"(?:@|https?://|www\.)(?:[\w-]+\.)+?(?:{ends})(?![\w-]|\.\w)")


_DATELINE_TAIL = re.compile(r"(?: \([^()\n]{2,30}\))?,? [^.\n—–]{0,40}? [—–-] ")


def _paper_country(
    named: list[re.Match],
    text: str,
    domains: re.Pattern | None,
    styles: re.Pattern | None,
    spelled_out: set[str] = frozenset(),
    usual: str | None = None,
) -> str | None:
    """The currency of the paper's own country: the place of its dateline (« MONTRÉAL – »),
    else the country of the web address it gives (a release's « communications@ville.qc.ca »),
    else the one whose places the article names often, and three times as often as any
    other's (a French paper on a Canadian rival is no Québec paper), or names most when the
    paper writes money its way (« 9,8 millions $ »). A paper that spells out the usual reading
    (« dollars américains ») and never its rival's is of the other country it names most,
    when it names it a few times."""
    for m in named:
        line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        dash = dash_follows(text, m.end()) or _DATELINE_TAIL.match(text, m.end()) is not None
        if line_start and m.group(0).isupper() and dash:
            return m.lastgroup  # « MONTRÉAL – », « OTTAWA (Ontario), le 7 octobre 2025 — »
    address = domains.search(text) if domains else None
    if address:
        return address.lastgroup
    tally = Counter(m.lastgroup for m in named).most_common(2)
    if usual in spelled_out:
        others = Counter(m.lastgroup for m in named if m.lastgroup != usual).most_common(2)
        leader = others[0] if others else None
        if (
            leader
            and leader[0] not in spelled_out
            and leader[1] >= PAPER_MENTIONS // 2
            and (len(others) == 1 or leader[1] > others[1][1])
        ):
            return leader[0]
    written = {m.lastgroup for m in styles.finditer(text)} if styles else set()
    if tally and tally[0][0] in written and (len(tally) == 1 or tally[0][1] > tally[1][1]):
        return tally[0][0]
    if not tally or tally[0][1] < PAPER_MENTIONS:
        return None
    if len(tally) > 1 and tally[0][1] < 3 * tally[1][1]:
        return None
    return tally[0][0]


# ---------------------------------------------------------------- ranges and changes


def _range(start: int, low: Decimal, high: _Quantity, currency: str | None) -> _Quantity | None:
    if high.value is None or low > high.value:
        return None
    return _Quantity(start, high.end, None, min=low, max=high.value, currency=currency, ranged=True)


def _join(text: str, first: _Quantity, second: _Quantity, cues: _Cues, g: _Grammar):
    """Two quantities as one range (« entre 800 millions et 1 milliard d'euros »), or as the
    two sides of a change (« passe de 500 millions à 1 milliard »); None if neither."""
    if first.vague or first.ranged or second.vague or second.ranged or first.donor is not None:
        return None
    if first.currency and second.currency and first.currency != second.currency:
        return None
    currency = second.currency or first.currency
    low = first.value
    if first.scale == 1 and text[first.end - 1].isdigit():
        low *= second.scale  # « Rs 2 à 3 milliards »: a bare first end borrows the scale
    if g.gap_and.fullmatch(text, first.end, second.start):
        opener = cues.betweens.get(first.start)
        if opener is None:
            return None
        joined = _range(opener.start(), low, second, currency)
        return [joined] if joined else None
    if not g.gap_to.fullmatch(text, first.end, second.start):
        return None
    if first.start in cues.changes:
        if first.currency is None:
            first.donor = second
        first.value = low
        return [first, second]
    joined = _range(first.start, low, second, currency)
    return [joined] if joined else None


def _with_first_end(found: re.Match, second: _Quantity, cues: _Cues) -> list[_Quantity]:
    """« de 30 à 50 milliards d'euros », « entre 100 et 500 milliards »: the first end borrows
    the scale of the second; after a verb of change they are two amounts."""
    between, to = found["between"], found["to"]
    number_text = found["number"]
    number = _number_value(number_text)
    if second.vague or second.ranged or number is None or (to is None) == (between is None):
        return [second]
    if second.scale == 1 and _YEAR.fullmatch(number_text):
        return [second]  # « de 2020 à 2025 euros » is no range of years
    low = number * second.scale
    if between is None and found.start("number") in cues.changes:
        first = _Quantity(
            found.start("number"), found.end("number"), low, scale=second.scale, donor=second
        )
        return [first, second]
    joined = _range(found.start(), low, second, second.currency)
    return [joined] if joined else [second]


def _link(text: str, quantities: list[_Quantity], cues: _Cues, g: _Grammar) -> list[_Quantity]:
    linked: list[_Quantity] = []
    for q in quantities:
        previous = linked[-1] if linked else None
        if previous is not None and (joined := _join(text, previous, q, cues, g)):
            linked[-1:] = joined
            continue
        first = cues.range_firsts.get(q.start)
        if first is not None and (previous is None or first.start() >= previous.end):
            linked.extend(_with_first_end(first, q, cues))
        else:
            linked.append(q)
    return linked


# ---------------------------------------------------------------- bounds


def _bound(text: str, quantities: list[_Quantity], cues: _Cues, g: _Grammar) -> None:
    """« plus de 5 millions » is at least 5 million, « environ 5 millions » about 5 million,
    « environ 2 à 3 milliards » a range about; the bound word joins the span, before or after
    the amount."""
    for i, q in enumerate(quantities):
        if q.vague:
            continue
        floor = quantities[i - 1].end if i else 0
        ceiling = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
        found = cues.bounds.get(q.start)
        if found is not None and found.start() < floor:
            found = None
        if found is None and not q.ranged:
            found = g.postfix.match(text, q.end, ceiling)
        if found is None or (q.ranged and found.lastgroup != "about"):
            continue
        if found.end() <= q.start:
            q.start = found.start()
        else:
            q.end = found.end()
        q.approximate = True
        if found.lastgroup == "min":
            q.min, q.value = q.value, None
        elif found.lastgroup == "max":
            q.max, q.value = q.value, None


# ---------------------------------------------------------------- money or count


def _outside_aside(text: str, last: _Quantity, previous: _Quantity | None, q: _Quantity):
    """The amount lending its currency to q, past a parenthesised aside that closed before q.

    « 3,2 milliards de FCFA (environ 4,9 millions d'euros), dont 2 milliards »: the aside
    converts the figure; the text goes on in the currency of the figure it converted.
    """
    if (
        previous is not None
        and previous.currency is not None
        and "(" in text[previous.end : last.start]
        and ")" in text[last.end : q.start]
    ):
        return previous
    return last


def _settle(text: str, quantities: list[_Quantity], cues: _Cues, g: _Grammar):
    """Which quantities are money, and where the bare ones take their currency from.

    A quantity without currency followed by « de » and a noun, or after a counting verb, is a
    count (« 3 millions de personnes », « la ville compte 3 millions »). Otherwise it is money
    when a money amount of the same sentence governs it (the nearest one before it lends its
    currency), when it repeats the figure of an earlier money amount (which lends its
    currency; « les 900 millions de X » too, a figure owned after a definite word), or when a
    money word introduces it (« une valorisation de 300 milliards »); then it may take the
    currency of a money amount later in the sentence, or none. A figure in millions or more
    that is none of these is still the story's money, in the currency said last (or next).
    """
    counts = set()
    introduced = set()
    for q in quantities:
        if q.currency is not None:
            continue
        noun = g.after_de.match(text, q.end)
        counted = g.count_before.search(text, max(0, q.start - 16), q.start)
        if noun is not None and noun.lastgroup == "noun" or counted:  # « compte 3 millions »
            counts.add(id(q))
        elif (noun is not None and noun.lastgroup == "money") or q.start in cues.contexts:
            introduced.add(id(q))
    priced = [q for q in quantities if q.currency is not None]
    source: dict[int, _Quantity | None] = {}  # id of a money quantity -> who lends its currency
    before: _Quantity | None = None  # the last amount with a currency so far
    said_before: _Quantity | None = None  # the one with a currency before it
    said: dict[Decimal, _Quantity] = {}  # each figure given so far with a currency -> its last
    ahead = iter(priced)
    after = next(ahead, None)  # the next amount with a currency
    for q in quantities:
        if q.currency is not None:
            source[id(q)] = None
            said_before, before, after = before, q, next(ahead, None)
            if q.value is not None:
                said[q.value] = q
            continue
        repeat = q.value in said and g.repeat_before.search(text, max(0, q.start - 12), q.start)
        share = (  # « 12 M$, dont 3 M$ d'Opportunités X », right after the whole
            g.share_before.search(text, max(0, q.start - 12), q.start)
            and before is not None
            and q.start - before.end <= 12
        )
        owned = g.owner_after.match(text, q.end)
        if id(q) in counts and not ((repeat or share) and owned):
            continue
        if q.donor is not None:
            continue
        if before is not None and cues.same_sentence(before.end, q.start):
            source[id(q)] = _outside_aside(text, before, said_before, q)
        elif q.value in said:
            source[id(q)] = said[q.value]  # a figure given earlier (« ce plan de 1,1 milliard »)
        elif id(q) in introduced:
            near = after is not None and cues.same_sentence(q.end, after.start)
            near = near or after is not None and after.value == q.value  # a headline's « X lève
            # 48 millions » over « X a levé 48 millions de francs »: the figure said again
            recent = before is not None and q.start - before.end < RECENT_CURRENCY_CHARS
            # « …45 millions d'euros. La banque y apporte 25 millions. »: the currency just said
            source[id(q)] = after if near else before if recent else None
        elif q.scale >= MILLION and (before is not None or after is not None):
            # « Ces 650 millions », « Hôpitaux : 480 millions pour les urgences »: a figure in
            # millions that counts nothing is the story's money, in its latest currency
            source[id(q)] = before if before is not None else after
    for q in quantities:
        if q.donor is not None and id(q.donor) in source:
            source[id(q)] = q.donor if q.donor.currency else source[id(q.donor)]
    money = [q for q in quantities if id(q) in source]
    index = {id(q): i for i, q in enumerate(money)}
    mentions = []
    for q in money:
        lender = source[id(q)]
        mentions.append(
            MoneyMention(
                start=q.start,
                end=q.end,
                text=text[q.start : q.end],
                value=_float(q.value),
                min=_float(q.min),
                max=_float(q.max),
                currency=q.currency or (lender.currency if lender else None),
                approximate=q.approximate,
                currency_from=index[id(lender)] if lender else None,
            )
        )
    return mentions


def _float(number: Decimal | None) -> float | None:
    return None if number is None else float(number)


_CAPTION_UNIT = re.compile(r"\((?:en|in)?\s*([^()\n]{1,30})\)[ \t]*$", re.M)
_CELL_SEPARATORS = ("|", "\t")


def _table_unit(caption: str, g: _Grammar) -> _Quantity | None:
    """« (en millions d'euros) », « (M€) »: the unit a table's caption gives its figures,
    read as the amount of one of it."""
    found = g.quantity.fullmatch(f"1 {caption.strip()}")
    unit = _read(found, g) if found is not None else None
    return unit if unit is not None and unit.currency is not None and unit.scale > 1 else None


def _table_cells(text: str, g: _Grammar) -> list[MoneyMention]:
    """The bare figures of a table whose caption gives their unit (« Plan de financement (en
    millions d'euros) », then « Prêt bancaire | 235 »): each row's last cell, down to the first
    line without a cell separator past the header."""
    mentions = []
    for caption in _CAPTION_UNIT.finditer(text):
        unit = _table_unit(caption[1], g)
        if unit is None:
            continue
        at = caption.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            if not any(sep in line for sep in _CELL_SEPARATORS):
                break
            cell = re.split(r"[|\t]", line)[-1]
            figure = re.fullmatch(rf"\s*({DIGITS})\s*", cell)
            if figure is not None:
                start = end - len(cell) + figure.start(1)
                value = _digits_value(figure[1]) * (unit.value or 1)
                mentions.append(
                    MoneyMention(
                        start,
                        start + len(figure[1]),
                        figure[1],
                        _float(value),
                        None,
                        None,
                        unit.currency,
                        False,
                    )
                )
            at = end + 1
    return mentions


def find_amounts(text: str) -> list[MoneyMention]:
    """Every money mention of ``text``, sorted by start and without overlap."""
    g = _grammar()
    quantities = [q for m in g.quantity.finditer(text) if (q := _read(m, g)) is not None]
    if not quantities:
        return _table_cells(text, g)
    cues = _Cues(text, g)
    _localise(quantities, cues, g)
    quantities = _link(text, quantities, cues, g)
    _bound(text, quantities, cues, g)
    mentions = _settle(text, quantities, cues, g)
    cells = [
        c
        for c in _table_cells(text, g)
        if not any(m.start < c.end and c.start < m.end for m in mentions)
    ]
    if not cells:
        return mentions
    ordered = sorted([*mentions, *cells], key=lambda m: m.start)
    new_index = {id(m): i for i, m in enumerate(ordered)}
    return [
        replace(m, currency_from=new_index[id(mentions[m.currency_from])])
        if m.currency_from is not None
        else m
        for m in ordered
    ]


# ---------------------------------------------------------------- spaCy component

if not Doc.has_extension("amounts"):
    Doc.set_extension("amounts", default=None)


@Language.factory("summit_amounts")
def make_amount_recogniser(nlp: Language, name: str):
    """Sets ``doc._.amounts`` (list of MoneyMention) and ``doc.spans["amounts"]``."""

    def recognise_amounts(doc: Doc) -> Doc:
        mentions = find_amounts(doc.text)  # every mention, a teaser's too (« Lire aussi : X
        doc._.amounts = mentions  # lève 150 M€ »): its line makes no announcement
        spans = (
            doc.char_span(m.start, m.end, label="MONEY", alignment_mode="expand") for m in mentions
        )
        doc.spans["amounts"] = [s for s in spans if s is not None]
        return doc

    return recognise_amounts
