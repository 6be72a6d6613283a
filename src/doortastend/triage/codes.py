"""Public phenomenon and urgency codes (see shared spec ``triage-codes.md``).

The order of both tuples is the order of the spec file; results list phenomena in this order.
This module has no Django imports so the engine and the CLI run without a configured project.
"""

from __future__ import annotations

PHENOMENA: tuple[str, ...] = (
    "criminele_uitbuiting",
    "geldezel",
    "financiele_uitbuiting",
    "hennepteelt",
    "seksuele_uitbuiting",
    "arbeidsuitbuiting",
    "huiselijk_geweld",
    "kindermishandeling",
    "gokschulden",
    "huisjesmelkerij",
    "zorgfraude",
    "witwassen",
    "ernstige_overlast",
)

# From most to least urgent.
URGENCIES: tuple[str, ...] = ("acuut", "spoed", "regulier", "monitoren")

PHENOMENON_LABELS: dict[str, str] = {
    "criminele_uitbuiting": "criminele uitbuiting",
    "geldezel": "geldezel",
    "financiele_uitbuiting": "financiële uitbuiting",
    "hennepteelt": "hennepteelt",
    "seksuele_uitbuiting": "seksuele uitbuiting",
    "arbeidsuitbuiting": "arbeidsuitbuiting",
    "huiselijk_geweld": "huiselijk geweld",
    "kindermishandeling": "kindermishandeling",
    "gokschulden": "gokschulden",
    "huisjesmelkerij": "huisjesmelkerij",
    "zorgfraude": "zorgfraude",
    "witwassen": "witwassen",
    "ernstige_overlast": "ernstige overlast",
}

URGENCY_LABELS: dict[str, str] = {
    "acuut": "acuut",
    "spoed": "spoed",
    "regulier": "regulier",
    "monitoren": "monitoren",
}

PHENOMENON_INDEX = {code: i for i, code in enumerate(PHENOMENA)}
URGENCY_INDEX = {code: i for i, code in enumerate(URGENCIES)}


def order_phenomena(codes) -> list[str]:
    """Return the known codes among ``codes`` in spec order, without duplicates."""
    wanted = set(codes)
    return [c for c in PHENOMENA if c in wanted]
