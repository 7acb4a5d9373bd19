"""Findings on NewsML-G2, NITF and ninjs inputs point at the line and column of the document
itself (what SARIF and GitHub annotations show), not at the text the reader assembled."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from toolkit.cli import cli
from toolkit.readers import read_newsmlg2, read_ninjs, read_nitf
from toolkit.readers.options import ReaderOptions

G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"
    guid="urn:newsml:newsroom.example:20250120:harbour" version="1"
    standard="NewsML-G2" standardversion="2.35" conformance="power">
  <contentMeta>
    <headline>Harbour strike ends</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
        <body><body.content>
          <p>LONDON, Jan. 20 (Reuters) -- The manager said the strike
             was over &amp; done.</p>
          <p>Ships sail from the "Belt and Road" berth and the “Belt and Road”
             quay foundation At noon.</p>
        </body.content></body>
      </nitf>
    </inlineXML>
  </contentSet>
</newsItem>
"""


def _check(tmp_path: Path, name: str, content: str) -> list[str]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--format", "github", str(path)])
    return [line.split("::")[1] for line in result.stdout.splitlines() if line.startswith("::")]


def test_g2_findings_land_on_the_xml_lines(tmp_path: Path) -> None:
    """The annotations GitHub shows: line 14 holds the odd curly quotes, 15 "foundation At"."""
    path = tmp_path / "item.xml"
    assert _check(tmp_path, "item.xml", G2) == [
        f"warning file={path},line=14,col=64,endLine=14,endColumn=79,title=NC301",
        f"warning file={path},line=15,col=19,endLine=15,endColumn=32,title=NC501",
    ]
    lines = G2.splitlines()
    assert lines[13][63:78] == "“Belt and Road”"
    assert lines[14][18:31] == "foundation At"


def _positions(article: object, words: list[str]) -> list[tuple[int, int]]:
    text: str = article.text  # type: ignore[attr-defined]
    out = []
    for word in words:
        position = article.position(text.index(word))  # type: ignore[attr-defined]
        out.append((position.line, position.column))
    return out


def test_g2_words_map_to_their_place_in_the_xml() -> None:
    article = read_newsmlg2(G2.encode(), ReaderOptions())
    # headline in contentMeta; paragraph words across a line break; after an entity
    assert _positions(article, ["strike ends", "LONDON", "was over", "done", "quay"]) == [
        (6, 23), (12, 14), (13, 14), (13, 29), (15, 14),
    ]  # fmt: skip
    assert article.text_position(article.text.index("LONDON")) == article.text_position(21)


NITF = """<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
  <head><title>Harbour</title></head>
  <body>
    <body.head><hedline><hl1>Harbour strike ends</hl1></hedline></body.head>
    <body.content>
      <p>LONDON, Jan. 20 -- The strike is over.</p>
      <p>
        Ships sail again.
      </p>
    </body.content>
  </body>
</nitf>
"""


def test_nitf_words_map_to_their_place() -> None:
    article = read_nitf(NITF.encode(), ReaderOptions())
    assert _positions(article, ["Harbour strike", "LONDON", "Ships"]) == [(4, 30), (6, 10), (8, 9)]


def test_ninjs_words_map_into_the_json_string() -> None:
    document = {
        "uri": "urn:newsml:newsroom.example:20250120:harbour",
        "headlines": [{"role": "main", "value": "Harbour strike ends"}],
        "bodies": [
            {
                "role": "main",
                "contentType": "text/html",
                "value": '<p>LONDON -- The "strike" is over.</p>\n<p>Ships sail at noon.</p>',
            }
        ],
    }
    source = json.dumps(document, indent=2)
    article = read_ninjs(source.encode(), ReaderOptions())
    lines = source.splitlines()
    body_line = next(i for i, line in enumerate(lines, 1) if '"value": "<p>' in line)
    value = lines[body_line - 1]
    assert _positions(article, ["Harbour", "LONDON", '"strike"', "Ships"]) == [
        (next(i for i, line in enumerate(lines, 1) if "Harbour" in line), 17),
        (body_line, value.index("LONDON") + 1),
        (body_line, value.index('\\"strike') + 1),  # written \\"strike\\" in the JSON
        (body_line, value.index("Ships") + 1),
    ]


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC", min_size=1, max_size=8)
_PARAGRAPHS = st.lists(st.lists(_WORDS, min_size=1, max_size=8), min_size=1, max_size=5)
_SPACES = st.sampled_from([" ", "  ", "\n      ", "\n"])


@given(_PARAGRAPHS, st.lists(_SPACES, min_size=40, max_size=40))
def test_every_word_maps_to_itself_in_the_nitf(
    paragraphs: list[list[str]], spaces: list[str]
) -> None:
    body = []
    for number, words in enumerate(paragraphs):
        joined = "".join(
            word + spaces[(number * 8 + i) % len(spaces)] for i, word in enumerate(words)
        )
        body.append(f"      <p>{joined}</p>")
    source = (
        '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">\n  <body><body.content>\n'
        + "\n".join(body)
        + "\n  </body.content></body>\n</nitf>\n"
    )
    article = read_nitf(source.encode(), ReaderOptions())
    lines = source.split("\n")
    for paragraph in article.paragraphs:
        offset = paragraph.span.start
        for word in paragraph.text.split(" "):
            position = article.position(offset)
            line = lines[position.line - 1]
            assert line[position.column - 1 :].startswith(word)
            offset += len(word) + 1
