"""Fixtures for writer tests."""

from __future__ import annotations

import pytest

from tests.writers.sample_articles import bare_article, hand_article
from toolkit.model import Article


@pytest.fixture
def hand() -> Article:
    return hand_article()


@pytest.fixture
def bare() -> Article:
    return bare_article()
