"""Reuse the shared fixtures of tests/conftest.py (network with one user per role, processing off).

pytest only applies a conftest to tests below its own directory, so the shared one is loaded here by path
instead of moving it (others use it where it is).
"""

import importlib.util
from pathlib import Path

import pytest

_shared_path = Path(__file__).resolve().parents[4] / "tests" / "conftest.py"
_spec = importlib.util.spec_from_file_location("doortastend_shared_conftest", _shared_path)
_shared = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_shared)

network = _shared.network
_no_processing = _shared._no_processing


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def login(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user
