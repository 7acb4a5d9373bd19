"""The country and city lexicon: names, aliases, demonyms, cities and regions to ISO codes."""

from __future__ import annotations

import pytest

from toolkit.lexicon.cities import city_country, region_country
from toolkit.lexicon.countries import (
    COUNTRY_NAMES,
    DEMONYMS,
    country_code,
    country_name,
    demonym_country,
)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("China", "CN"),
        ("china", "CN"),
        ("CHINA", "CN"),
        ("the United States", "US"),
        ("The United States", "US"),
        ("U.S.", "US"),
        ("US", "US"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Hong Kong", "HK"),
        ("Egypt", "EG"),
        ("Cuba", "CU"),
        ("Pakistan", "PK"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Turkey", "TR"),
        ("Kosovo", "XK"),
        ("the  Netherlands", "NL"),
        ("United\u00a0Arab Emirates", "AE"),
    ],
)
def test_country_code_of_names_and_aliases(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Atlantis", "", "the", "Wuzhen", "Belt and Road"])
def test_country_code_of_unknown_names_is_none(name: str) -> None:
    assert country_code(name) is None


def test_country_name_of_codes() -> None:
    assert country_name("CN") == "China"
    assert country_name("cn") == "China"
    assert country_name("GB") == "United Kingdom"
    assert country_name("ZZ") is None


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Cuban", "CU"),
        ("Chinese", "CN"),
        ("Pakistani", "PK"),
        ("Egyptian", "EG"),
        ("Saudi", "SA"),
        ("American", "US"),
        ("British", "GB"),
        ("Pakistanis", "PK"),
        ("Americans", "US"),
        ("Dominican", "DO"),
    ],
)
def test_demonym_country(word: str, code: str) -> None:
    assert demonym_country(word) == code


def test_demonym_country_of_a_non_demonym_is_none() -> None:
    assert demonym_country("Minister") is None
    assert demonym_country("") is None


def test_every_iso_3166_country_is_named_once() -> None:
    codes = set(COUNTRY_NAMES.values())
    assert len(codes) == 250
    assert all(len(code) == 2 and code.isupper() for code in codes)
    assert all(country_name(code) is not None for code in codes)


def test_tables_are_keyed_by_casefolded_names() -> None:
    assert all(key == key.casefold() for key in COUNTRY_NAMES)
    assert all(key == key.casefold() for key in DEMONYMS)
    with pytest.raises(TypeError):
        COUNTRY_NAMES["narnia"] = "NA"  # type: ignore[index]


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Wuzhen", "CN"),
        ("WUZHEN", "CN"),
        ("Beijing", "CN"),
        ("Peking", "CN"),
        ("Nanchang", "CN"),
        ("Beidaihe", "CN"),
        ("Washington", "US"),
        ("Syracuse", "US"),
        ("Moscow", "RU"),
        ("Cairo", "EG"),
        ("Havana", "CU"),
        ("Islamabad", "PK"),
        ("Singapore", "SG"),
        ("New  York", "US"),
    ],
)
def test_city_country(city: str, code: str) -> None:
    assert city_country(city) == code


def test_city_country_of_unknown_city_is_none() -> None:
    assert city_country("Sparta") is None
    assert city_country("") is None


@pytest.mark.parametrize(
    ("region", "code"),
    [
        ("Ga.", "US"),
        ("N.Y.", "US"),
        ("Georgia", "US"),
        ("Calif.", "US"),
        ("W. Va.", "US"),
        ("W.Va.", "US"),
        ("Hebei", "CN"),
        ("Qinghai Province", "CN"),
        ("qinghai province", "CN"),
        ("Xinjiang Uygur Autonomous Region", "CN"),
        ("Ontario", "CA"),
    ],
)
def test_region_country(region: str, code: str) -> None:
    assert region_country(region) == code


@pytest.mark.parametrize("word", ["IN", "OR", "ME", "Province", "Narnia Province"])
def test_region_country_ignores_words_that_are_not_regions(word: str) -> None:
    assert region_country(word) is None
