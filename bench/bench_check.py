"""How fast `toolkit check` is, side by side with proselint, and how the batch rule scales.

Usage: python bench/bench_check.py [--rounds N] [--small 10000] [--large 100000] [--per-rule]

1. Articles per second on one core for seed-sized articles (varied copies of the seed),
   reading included, for the toolkit (all article rules) and for proselint 0.16 (all checks)
   on the same texts. Target: at least 500 articles/s for the toolkit.
2. Time of the cross-article rule (NC102) on generated batches of --small and --large
   articles whose people's names vary; the ratio must stay at or under 12 for 10x articles.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from pathlib import Path

from toolkit.checker.config import CheckConfig
from toolkit.checker.context import ArticleContext
from toolkit.checker.engine import check_article, check_batch, selected_rules
from toolkit.checker.selection import Selection
from toolkit.model import Article, Paragraph, Person, Source, Span, Title
from toolkit.readers import ReaderOptions, read_text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from baseline import versus  # noqa: E402
from varied_articles import varied_articles  # noqa: E402


def toolkit_rate(samples: list[tuple[str, bytes]], rounds: int) -> tuple[float, float, int]:
    """(articles/s reading and checking, articles/s checking alone, findings per round)."""
    config = CheckConfig()
    findings = 0
    checking = 0.0
    start = time.perf_counter()
    for _ in range(rounds):
        for name, data in samples:
            article = read_text(data, ReaderOptions(source_path=name, year=2022))
            begin = time.perf_counter()
            findings += len(check_article(article, config))
            checking += time.perf_counter() - begin
    elapsed = time.perf_counter() - start
    total = rounds * len(samples)
    return total / elapsed, total / checking, findings // rounds


def rule_times(samples: list[tuple[str, bytes]], rounds: int) -> list[tuple[str, float]]:
    """CPU milliseconds per article for each article rule, slowest first (best round).

    Rules run in engine order on each article, so the per-article caches they share
    (name spellings, quote marks) are paid by the first rule that asks.
    """
    config = CheckConfig()
    articles = [read_text(d, ReaderOptions(source_path=n, year=2022)) for n, d in samples]
    rules = [rule for rule in selected_rules(config) if rule.check is not None]
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent = dict.fromkeys((rule.code for rule in rules), 0.0)
        for article in articles:
            context = ArticleContext(article)  # shared by the rules, as the engine does
            for rule in rules:
                assert rule.check is not None
                begin = time.process_time()
                list(rule.check(context, config.house))
                spent[rule.code] += time.process_time() - begin
        for code, seconds in spent.items():
            best[code] = min(best.get(code, seconds), seconds)
    per_article = {code: 1000 * seconds / len(articles) for code, seconds in best.items()}
    return sorted(per_article.items(), key=lambda item: -item[1])


def proselint_rate(samples: list[tuple[str, bytes]], rounds: int) -> tuple[float, int] | None:
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)
    findings = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for name, data in samples:
            findings += len(LintFile(name, data.decode("utf-8")).lint(DEFAULT))
    elapsed = time.perf_counter() - start
    return rounds * len(samples) / elapsed, findings // rounds


SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "to",
    "ne",
    "su",
    "di",
    "va",
    "go",
    "re",
    "shi",
    "an",
    "el",
    "po",
    "ku",
    "ya",
    "ze",
    "mo",
    "ti",
    "bar",
    "den",
    "fu",
    "hal",
    "jin",
    "nor",
]
ROLES = ["spokesman", "minister", "director", "ambassador", "governor", "professor"]
ORGS = ["Navy", "Ministry of Trade", "Port Authority", "Central Bank", "Red Cross", "Senate"]


def word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high))).capitalize()


def synthetic(count: int, seed: int = 7) -> list[Article]:
    """Articles naming one person each; every 50th misspells an earlier article's person."""
    rng = random.Random(seed)
    # Given names repeat far more than family names in real copy: a fixed pool of 600, so
    # that 10,000 and 100,000 articles share the same mix rather than the small batch having
    # mostly one-off given names.
    given_names = [word(rng, 2, 3) for _ in range(600)]
    people: list[tuple[str, str, str]] = []
    articles = []
    for index in range(count):
        if people and index % 50 == 0:
            name, role, org = rng.choice(people)
            first, last = name.split()
            cut = rng.randrange(1, len(last))
            name = f"{first} {last[:cut]}{last[cut:]}h" if len(last) >= 5 else name
        else:
            name = f"{rng.choice(given_names)} {word(rng, 3, 4)}"
            role, org = rng.choice(ROLES), rng.choice(ORGS)
            people.append((name, role, org))
        title = f"{org} {role}"
        text = f"{title} {name} said on Monday that talks would go on.\n"
        start = len(title) + 1
        name_span = Span(start, start + len(name))
        articles.append(
            Article(
                id=f"a{index}",
                text=text,
                source=Source(f"gen/{index:06}.txt", "0" * 64, "utf-8"),
                paragraphs=(Paragraph(text.strip(), Span(0, len(text) - 1), 1),),
                people=(Person(name, (Title(title, Span(0, len(title))),), (name_span,)),),
            )
        )
    return articles


def batch_time(count: int, repeat: int = 3) -> tuple[float, int]:
    """Best of ``repeat`` runs. The garbage left by building the batch is collected first, so
    the timing measures the rule, not a full collection of the setup's objects."""
    articles = synthetic(count)
    config = CheckConfig(selection=Selection(select=("NC102",)))
    best, found = float("inf"), 0
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        found = len(check_batch(articles, config))
        best = min(best, time.perf_counter() - start)
    return best, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--samples", type=int, default=200, help="distinct articles per round")
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument(
        "--per-rule", action="store_true", help="also print CPU ms per article for each rule"
    )
    args = parser.parse_args()
    # Seed-sized: varied copies of the user's seed article (about 3.7 KB each).
    samples = list(varied_articles(args.samples, only_seed=True))
    size = sum(len(d) for _, d in samples) / len(samples)
    print(f"{len(samples)} sample articles, {size:.0f} bytes on average, {args.rounds} rounds")
    rate, check_only, found = toolkit_rate(samples, args.rounds)
    print(f"toolkit check   {rate:8.0f} articles/s  ({found} findings per round), reading included")
    print(f"                {versus('check', 'articles_per_s', rate)}")
    print(f"  rules alone   {check_only:8.0f} articles/s  (the rest is the text reader)")
    if args.per_rule:
        times = rule_times(samples, args.rounds)
        for code, ms in times:
            print(f"    {code}       {ms:8.3f} ms per article (CPU)")
        print(f"    all rules   {sum(ms for _, ms in times):8.3f} ms per article (CPU)")
    other = proselint_rate(samples, args.rounds)
    if other is None:
        print("proselint       not installed")
    else:
        print(f"proselint 0.16  {other[0]:8.0f} articles/s  ({other[1]} findings per round)")
    small, small_found = batch_time(args.small)
    large, large_found = batch_time(args.large)
    print(f"NC102 batch     {args.small:>7} articles {small:7.2f} s  ({small_found} findings)")
    print(f"NC102 batch     {args.large:>7} articles {large:7.2f} s  ({large_found} findings)")
    ratio = large / small
    verdict = "ok" if ratio <= 12 * args.large / args.small / 10 else "TOO SLOW"
    print(f"growth ratio    {ratio:.1f} for {args.large / args.small:.0f}x articles ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
