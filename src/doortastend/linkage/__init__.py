"""Linkage: bring mentions of the same person together (plaintext path; PPRL lives in ``pprl/``).

Public API (imported lazily so that loading the Django app stays cheap)::

    from doortastend.linkage import (
        normalize_record, NormalizedRecord, blocking_keys,
        Matcher, person_profile, AUTO_LINK_THRESHOLD, REVIEW_THRESHOLD,
    )
"""

from __future__ import annotations

_EXPORTS = {
    "normalize_record": "normalize",
    "NormalizedRecord": "normalize",
    "blocking_keys": "normalize",
    "Matcher": "matcher",
    "person_profile": "matcher",
    "AUTO_LINK_THRESHOLD": "matcher",
    "ONLINE_AUTO_LINK_THRESHOLD": "matcher",
    "REVIEW_THRESHOLD": "matcher",
    "Comparison": "scoring",
    "FieldExplanation": "scoring",
    "deduplicate": "batch",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        mod = importlib.import_module(f"{__name__}.{_EXPORTS[name]}")
        return getattr(mod, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
