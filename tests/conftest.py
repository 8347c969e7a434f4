"""Shared pytest fixtures: paths of the repository's documents and the parsed showcase edition."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.xmlsource import parse

REPO = Path(__file__).resolve().parent.parent
TEI_DIR = REPO / "tei"
PASSAGE = TEI_DIR / "passage.xml"
PASSAGE_SOURCE = TEI_DIR / "passage.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="session")
def passage_root():
    """The parsed root of ``tei/passage.xml`` (parsed once per test session)."""
    return parse(PASSAGE).root


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests keep what a person may want to look at afterwards (screenshots, PNG pages)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
