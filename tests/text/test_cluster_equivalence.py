"""cluster() indexes hosts instead of scanning every person: it must group exactly as the scan."""

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.readers.text import people as p
from toolkit.readers.text.people import Anchor, cluster


def _oracle_forms(anchors: list[Anchor]) -> list[list[tuple[str, ...]]]:
    """The forms of each person as the former pairwise scan over all people grouped them."""
    by_key: dict[tuple[str, ...], list[Anchor]] = {}
    for anchor in anchors:
        by_key.setdefault(p._key(anchor.words), []).append(anchor)
    keys = sorted(by_key, key=lambda k: (-len(k), by_key[k][0].span.start))
    kept: dict[tuple[str, ...], list[Anchor]] = {}
    for key in keys:
        hosts = [
            full
            for full in kept
            if len(full) > len(key)
            and (p._contiguous(key, full) or (len(key) == 1 and key[0] == p._short(full)))
        ]
        if not hosts:
            kept[key] = list(by_key[key])
        elif len(hosts) == 1:
            kept[hosts[0]].extend(by_key[key])
    result = []
    for group in kept.values():
        group.sort(key=lambda a: a.span.start)
        fullest = max(group, key=lambda a: (len(p._key(a.words)), -a.span.start))
        result.append([fullest.words] + [a.words for a in group if a.words != fullest.words])
    return result


WORDS = st.sampled_from(["Ana", "Bo", "Cruz", "de", "la", "Dee", "Ely", "Bo-Dee", "Van"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=4), min_size=1, max_size=12))
def test_cluster_groups_as_the_pairwise_scan(names: list[list[str]]) -> None:
    anchors = [
        Anchor(tuple(words), " ".join(words), p.Span(n * 100, n * 100 + 10), None, None)
        for n, words in enumerate(names)
    ]
    assert [person.forms for person in cluster(anchors)] == _oracle_forms(anchors)
