"""The name tables load lazily and once: importing the readers or the CLI reads none of them,
the first look-up reads its table, later look-ups reuse it.

Checked in a fresh interpreter (this test process has long since read them).
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache

from tests.conftest import REPO

_PROBE = """
import json, sys
import toolkit.cli, toolkit.readers, toolkit.readers.text
from toolkit.lexicon import person_names as pn
tables = (pn._table_given, pn.given_names, pn.surnames, pn.common_words, pn.pinyin_syllables)
def loaded():
    return [f.cache_info().currsize for f in tables]
out = {"after_import": loaded()}
BUILD = ("pypinyin", "wordfreq", "faker", "names", "anyascii", "english_words")
out["build_packages"] = sorted(m for m in BUILD if m in sys.modules)
pn.is_given_name("Aino")
out["after_given"] = loaded()
pn.is_family_name("Lehtola")
out["after_family"] = loaded()
from toolkit.readers.text import read_text
read_text("Talks\\n\\nLONDON, May 1 (Reuters) - Wang Liwen said Aino Lehtola was right.\\n")
read_text("Talks\\n\\nLONDON, May 2 (Reuters) - Alan Tremlow said Dana Wexley was wrong.\\n")
out["after_two_articles"] = loaded()
out["misses"] = [f.cache_info().misses for f in tables]
out["build_packages_after_reading"] = sorted(m for m in BUILD if m in sys.modules)
print(json.dumps(out))
"""


@cache
def _probe() -> dict[str, list[int]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=True,
    )
    result: dict[str, list[int]] = json.loads(done.stdout)
    return result


def test_importing_the_readers_and_the_cli_reads_no_table_and_no_build_package() -> None:
    found = _probe()
    assert found["after_import"] == [0, 0, 0, 0, 0]
    assert found["build_packages"] == []  # tools/build_lexicons.py's packages are not runtime


def test_each_table_is_read_at_its_first_look_up_and_only_once() -> None:
    found = _probe()
    # given_names.txt (raw and less the copy words) for the first given-name look-up
    assert found["after_given"] == [1, 1, 0, 0, 0]
    assert found["after_family"] == [1, 1, 1, 0, 0]
    # reading articles may load the rest, but each table exactly once
    assert all(size == 1 for size in found["after_two_articles"][:3])
    assert found["misses"] == found["after_two_articles"]
    assert found["build_packages_after_reading"] == []
