"""Run the checker over a folder of articles and print every finding, per rule and per article.

Usage: python bench/check_corpus.py [FOLDER] (default: ../shared/corpus next to the repo).
Read every finding: each should be a real problem an editor would fix.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from toolkit import files
from toolkit.checker.engine import check
from toolkit.errors import ToolkitError
from toolkit.readers import ReaderOptions, get_reader, sniff_format

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO.parent / "shared" / "corpus"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args()
    articles = []
    for path in files.iter_input_files([args.folder], frozenset({".txt", ".xml", ".json"})):
        data = files.read_bytes(path, 64 * 1024 * 1024)
        try:
            reader = get_reader(sniff_format(data, str(path)))
            articles.append(reader(data, ReaderOptions(source_path=str(path))))
        except ToolkitError as error:
            print(f"{path}: {error}", file=sys.stderr)
    findings = check(articles)
    for finding in findings:
        print(f"{finding.path}:{finding.line}:{finding.column}: {finding.code} {finding.message}")
    by_rule = Counter(f.code for f in findings)
    by_article = Counter(Path(f.path).name for f in findings)
    print(f"\n{len(findings)} findings in {len(articles)} articles")
    print("per rule:", ", ".join(f"{code} {n}" for code, n in sorted(by_rule.items())) or "none")
    print("per article:")
    for article in articles:
        name = Path(article.source.path or article.id).name
        print(f"  {by_article[name]:3}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
