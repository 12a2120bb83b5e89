"""Shared test fixtures: where the read-only shared material lives (skip when it does not)."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not here")
    return path


@pytest.fixture
def devset_dir() -> Path:
    path = SHARED / "devset"
    if not (path / "articles.jsonl").is_file():
        pytest.skip("../shared/devset is not here")
    return path
