"""Shared fixtures: a fresh workspace per test, and no storage thread left behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.storage import Workspace

#: The stand-in Decidim and its fixtures, for the sync tests and the app's Sync section.
pytest_plugins = ["tests.decidim"]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(data_dir)
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture(autouse=True)
def _no_dangling_writer() -> Iterator[None]:
    before = {t for t in threading.enumerate() if t.name == "storage-writer"}
    yield
    left = [t for t in threading.enumerate() if t.name == "storage-writer" and t not in before]
    assert not left, "a workspace was not closed: its writer thread is still running"
