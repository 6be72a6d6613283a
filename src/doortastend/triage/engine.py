"""The triage engine: Dutch signal text (+ reporter role) -> indicators, phenomena, urgency, explanation.

Two layers:

1. **Lexicon/rules** (``matcher``, ``rules``): catalogue triggers are matched on normalised, lemmatised
   text with typo and abbreviation tolerance; every match becomes evidence with character offsets into
   the original text and ``negated``/``past`` flags. Urgency cue groups (weapon, violence, threat,
   suicide, minor, sexual, no place to sleep, now/tonight) give hard ``acuut`` rules.
2. **Statistical** (``model``): logistic regression over lemma n-grams, character n-grams, the indicator
   hits and the cue flags decides phenomena and urgency; trained by ``python -m doortastend.triage.train``.

No Django imports: usable from the CLI, the benchmark and the web app alike.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .codes import PHENOMENA, PHENOMENON_LABELS, URGENCIES, order_phenomena
from .matcher import Match, Matcher
from .model import LinearModel, role_feature
from .rules import CUE_TRIGGERS, CueFlags, acute_reasons, adult_age, cue_flags, time_features
from .text import Doc, analyse

DATA_DIR = Path(__file__).resolve().parent / "data"
CATALOGUE_PATH = DATA_DIR / "indicators.json"
EXTRA_TRIGGERS_PATH = DATA_DIR / "triggers_extra.json"
MODEL_PATH = DATA_DIR / "model.npz"
MIN_TOKENS_FOR_MODEL = 3


@dataclass(frozen=True)
class Evidence:
    indicator: str
    start: int
    end: int
    text: str
    negated: bool = False
    past: bool = False

    @property
    def counts(self) -> bool:
        return not (self.negated or self.past)


@dataclass
class TriageResult:
    phenomena: list[str]
    urgency: str
    indicators: list[str]
    evidence: list[Evidence]
    explanation: str
    scores: dict[str, float] = field(default_factory=dict)  # phenomenon/urgency probabilities
    acute_reasons: list[str] = field(default_factory=list)

    def to_contract_dict(self, id: str | None) -> dict:
        """The CLI output object: only evidence that counts (not negated, not past) is listed."""
        return {
            "id": id,
            "phenomena": list(self.phenomena),
            "urgency": self.urgency,
            "indicators": list(self.indicators),
            "evidence": [
                {"indicator": e.indicator, "start": e.start, "end": e.end} for e in self.evidence if e.counts
            ],
        }

    def to_dict(self) -> dict:
        d = asdict(self)
        return d


def load_catalogue(path: Path = CATALOGUE_PATH) -> list[dict]:
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("indicators", [])
    return [d for d in data if isinstance(d, dict) and d.get("code")]


def load_extra_triggers(path: Path = EXTRA_TRIGGERS_PATH) -> dict[str, list[str]]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: list(v) for k, v in data.items() if not k.startswith("_")}


@dataclass
class Analysis:
    """Intermediate result shared by the engine and the training code."""

    doc: Doc
    matches: list[Match]
    present: list[str]  # indicator codes, first-occurrence order
    flags: CueFlags
    features: list[str]  # indicator-layer feature names for the model
    reasons: list[str] = field(default_factory=list)  # hard acute rules that fired (Dutch)


# stage-2 urgency inputs besides the text model's four urgency scores: cue flags, time/state features and
# urgency hints of the indicator layer, the acute rules that fired, the reporter role
STAGE2_PREFIXES = ("f:", "t:", "u:")


def stage2_names(features, reasons, role) -> list[str]:
    """Names of the binary stage-2 inputs of one signal (the same at training and at run time)."""
    out = [f for f in features if f.startswith(STAGE2_PREFIXES)]
    out.extend("reason:" + r for r in reasons)
    out.extend(role_feature(role))
    return out


class Stage2(NamedTuple):
    """The second urgency stage of a model artifact (``meta["stage2"]``)."""

    index: dict[str, int]  # input name -> column of ``coef`` (columns 0-3 are the four urgency scores)
    coef: np.ndarray  # (4 urgencies, inputs)
    intercept: np.ndarray
    threshold: float  # P(acuut) at or above which a signal is acute
    use_rules: bool  # whether the hard acute rules decide too


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


class TriageEngine:
    def __init__(self, catalogue: list[dict], model: LinearModel | None, extra: dict[str, list[str]] | None = None):
        self.catalogue = {d["code"]: d for d in catalogue}
        self.indicator_phenomena = {
            code: [p for p in (d.get("phenomena") or []) if p in PHENOMENA] for code, d in self.catalogue.items()
        }
        self.urgency_hints = {
            code: d.get("urgency_hint") for code, d in self.catalogue.items() if d.get("urgency_hint") in URGENCIES
        }
        triggers: dict[str, list[str]] = {}
        for code, d in self.catalogue.items():
            triggers[code] = [t for t in (d.get("triggers") or []) if isinstance(t, str)]
        cues = {code: list(trigs) for code, trigs in CUE_TRIGGERS.items()}
        for code, trigs in (extra or {}).items():
            if code in self.catalogue:
                triggers.setdefault(code, []).extend(trigs)
            elif code in cues:  # extra wordings for an urgency cue group ("!suicide", ...)
                cues[code].extend(trigs)
        triggers.update(cues)
        self.matcher = Matcher(triggers)
        self.model = model
        meta = model.meta if model else {}
        self.thresholds = meta.get("thresholds", {})
        self.acute_threshold = meta.get("acute_threshold", 0.5)
        self.acute_threshold_cue = meta.get("acute_threshold_cue", self.acute_threshold)
        self.danger_flags = frozenset(meta.get("danger_flags", ()))
        self.urgency_bias = meta.get("urgency_bias", {})
        self.hint_floor = meta.get("hint_floor", 1.0)
        self.any_gate = meta.get("any_gate", 0.0)
        # acute rules precise enough on the training split to decide alone; the others lower the bar
        hard = meta.get("hard_reasons")
        self.hard_reasons = None if hard is None else frozenset(hard)
        # stage 2 (optional): logistic regression over the 4 urgency scores + compact cue/time/state features
        s2 = meta.get("stage2")
        self.stage2: Stage2 | None = None
        if s2:
            self.stage2 = Stage2(
                {n: 4 + i for i, n in enumerate(s2["names"])},
                np.asarray(s2["coef"], dtype=np.float64),
                np.asarray(s2["intercept"], dtype=np.float64),
                float(s2["threshold"]),
                bool(s2.get("use_rules", False)),
            )
            self._coef_scores = self.stage2.coef[:, :4]  # the columns of the four urgency scores

    @classmethod
    def load(cls, catalogue: list[dict] | None = None, model_path: Path | None = MODEL_PATH) -> TriageEngine:
        """Engine with the given catalogue (None = the shipped one) and the shipped model (if built)."""
        if catalogue is None:
            catalogue = load_catalogue()
        model = LinearModel.load(model_path) if model_path is not None and Path(model_path).exists() else None
        return cls(catalogue, model, load_extra_triggers())

    # -- layer 1 -----------------------------------------------------------------------------------
    def analyse(self, text: str) -> Analysis:
        doc = analyse(text)
        matches = self.matcher.find(doc)
        present: list[str] = []
        feats: set[str] = set()
        for m in matches:
            code = m.indicator
            if code.startswith("!"):
                continue
            if m.negated:
                feats.add("n:" + code)
            elif m.past:
                feats.add("p:" + code)
            else:
                feats.add("x:" + code)
                if code not in present:
                    present.append(code)
        for code in present:
            for p in self.indicator_phenomena.get(code, ()):
                feats.add("h:" + p)
            hint = self.urgency_hints.get(code)
            if hint:
                feats.add("u:" + hint)
        flags = cue_flags(doc, matches)
        feats.update("f:" + n for n in flags.names())
        feats.update(time_features(doc, matches))
        if flags.minor and adult_age(text):
            feats.add("t:minor+adult")
        reasons = acute_reasons(flags)
        if reasons:
            feats.add("f:acute_rule")
        return Analysis(doc, matches, present, flags, sorted(feats), reasons)

    # -- both layers -------------------------------------------------------------------------------
    def probabilities(self, a: Analysis, reporter_role: str | None):
        if self.model is None:
            return None
        s = self.model.score(a.doc, a.features, reporter_role)
        n = len(PHENOMENA)
        nu = len(URGENCIES)
        # the sigmoid of the clipped scores, in float32 as before, in place (np.clip has a slow Python wrapper)
        x = np.maximum(s, -30.0)
        np.minimum(x, 30.0, out=x)
        np.negative(x, out=x)
        np.exp(x, out=x)
        x += 1.0
        sig = np.divide(1.0, x, out=x).tolist()
        u = s[n : n + nu]
        any_p = sig[n + nu] if len(sig) > n + nu else 1.0
        if self.stage2 is not None:
            urg = self._stage2(a, u, reporter_role)
            return sig[:n], urg, any_p, urg[0]
        ex = np.exp(u - u.max())
        urg = (ex / ex.sum()).tolist()
        return sig[:n], urg, any_p, sig[n]

    def _stage2(self, a: Analysis, u: np.ndarray, reporter_role: str | None) -> list[float]:
        """Stage-2 urgency probabilities (same inputs as ``train.stage2_inputs``)."""
        idx, coef = self.stage2.index, self.stage2.coef
        # the columns of stage2_names(...): its names all start with f:/t:/u:/reason:/r:, so the features
        # with other prefixes have no column and need not be filtered out first
        get = idx.get
        cols = set(map(get, a.features))
        if a.reasons:
            cols.update(get("reason:" + r) for r in a.reasons)
        cols.update(map(get, role_feature(reporter_role)))
        cols.discard(None)
        z = self.stage2.intercept + self._coef_scores @ u.astype(np.float64)
        if cols:
            # (indexing gives a column-major copy, so each row is added up one number after the other)
            z += np.add.reduce(coef[:, sorted(cols)], axis=1)
        ex = np.exp(z - z.max()).tolist()
        # the softmax of four numbers: the sum and divisions in plain floats give the same float64 results
        total = ex[0] + ex[1] + ex[2] + ex[3]
        return [e / total for e in ex]

    def decide(self, a: Analysis, probs) -> tuple[list[str], str, list[str]]:
        reasons = a.reasons
        hinted = {p for code in a.present for p in self.indicator_phenomena.get(code, ())}
        if probs is None:
            phenomena = order_phenomena(hinted)
            if reasons:
                urgency = "acuut"
            elif phenomena:
                urgency = "regulier"
            else:
                urgency = "monitoren"
            return phenomena, urgency, reasons
        phen_p, urg_p, any_p, acute_p = probs
        if not _enough_words(a.doc.norms):
            # too little text for the statistical layer (single letters and stray characters do not count):
            # only the rules speak
            return [], ("acuut" if reasons else "monitoren"), reasons
        chosen = []
        if any_p >= self.any_gate:
            thresholds = self.thresholds
            for k, code in enumerate(PHENOMENA):
                thr = thresholds.get(code, 0.5)
                if phen_p[k] >= thr or (code in hinted and phen_p[k] >= thr * self.hint_floor):
                    chosen.append(code)
        hard = [r for r in reasons if self.hard_reasons is None or r in self.hard_reasons]
        if self.stage2 is not None:
            # stage 2: its own acute threshold (tuned for the recall target), the hard rules only if they
            # helped on cross-validation. Exactly the decision that was tuned: no extra condition here, or the
            # recall on new text falls below the cross-validated one (a calm "ik heb alle pillen gepakt"
            # carries no cue word but a high P(acuut))
            is_acute = (self.stage2.use_rules and bool(hard)) or urg_p[0] >= self.stage2.threshold
        else:
            # older artifacts: the model may only call a signal acute when the text gives it something to go
            # on (an indicator or any cue; the features are sorted and "f:" sorts before every other prefix)
            support = bool(a.present) or (bool(a.features) and a.features[0].startswith("f:"))
            # a soft rule counts as a danger cue: it lowers the model's bar for acuut instead of deciding alone
            danger = bool(reasons) or any(f in self.danger_flags for f in a.features)
            is_acute = bool(hard) or (support and acute_p >= (self.acute_threshold_cue if danger else self.acute_threshold))
        if is_acute:
            urgency = "acuut"
        else:
            best = max(range(1, len(URGENCIES)), key=lambda k: urg_p[k] + self.urgency_bias.get(URGENCIES[k], 0.0))
            urgency = URGENCIES[best]
        return chosen, urgency, (reasons if urgency == "acuut" else [])

    def triage(self, text: str, reporter_role: str | None = None, explain: bool = True) -> TriageResult:
        """Triage one signal. ``explain=False`` skips the Dutch explanation (the CLI does not print it)."""
        a = self.analyse(text)
        probs = self.probabilities(a, reporter_role)
        phenomena, urgency, reasons = self.decide(a, probs)
        evidence = _merge_evidence(text, [m for m in a.matches if not m.indicator.startswith("!")])
        scores = {}
        if probs is not None:
            scores = dict(zip(PHENOMENA, probs[0], strict=True))
            scores.update(zip(URGENCIES, probs[1], strict=True))
            scores["any"] = probs[2]
            scores["acuut_score"] = probs[3]
        result = TriageResult(phenomena, urgency, list(a.present), evidence, "", scores, reasons)
        if explain:
            result.explanation = self.explain(result)
        return result

    # -- explanation -------------------------------------------------------------------------------
    def label(self, code: str) -> str:
        d = self.catalogue.get(code)
        return (d.get("label") if d else None) or code

    def explain(self, r: TriageResult) -> str:
        parts = []
        if r.phenomena:
            for p in r.phenomena:
                why = [self.label(c) for c in r.indicators if p in self.indicator_phenomena.get(c, ())]
                name = PHENOMENON_LABELS[p]
                if why:
                    parts.append(f"{name}: signalen {', '.join(why[:4])}")
                else:
                    parts.append(f"{name}: de tekst lijkt op eerdere meldingen over {name}")
            text = "Mogelijk " + "; ".join(parts) + "."
        else:
            text = "Geen duidelijk fenomeen herkend."
        ignored = [e for e in r.evidence if not e.counts]
        if ignored:
            bits = []
            for e in ignored[:3]:
                how = "ontkend" if e.negated else "vroeger"
                bits.append(f"'{e.text}' ({how})")
            text += " Niet meegeteld: " + ", ".join(bits) + "."
        if r.urgency == "acuut":
            if r.acute_reasons:
                text += " Urgentie acuut: " + "; ".join(r.acute_reasons) + "."
            else:
                text += " Urgentie acuut: de beschrijving lijkt op acute meldingen (direct gevaar)."
        elif r.urgency == "spoed":
            text += " Urgentie spoed: er lijkt een crisis die binnen een dag of twee een professional vraagt."
        elif r.urgency == "regulier":
            text += " Urgentie regulier: zorgelijk en concreet, maar geen crisis."
        else:
            text += " Urgentie monitoren: een zwak signaal; bewaren en samenleggen met andere signalen."
        return text


def _enough_words(norms: list[str]) -> bool:
    """At least MIN_TOKENS_FOR_MODEL tokens of two or more characters (stops counting there)."""
    count = 0
    for w in norms:
        if len(w) >= 2:
            count += 1
            if count >= MIN_TOKENS_FOR_MODEL:
                return True
    return False


def _merge_evidence(text: str, matches: list[Match]) -> list[Evidence]:
    """One evidence span per indicator and flag combination where trigger matches overlap."""
    spans: dict[tuple[str, bool, bool], list[list[int]]] = {}
    for m in sorted(matches, key=lambda m: (m.start, m.end)):
        key = (m.indicator, m.negated, m.past)
        lst = spans.setdefault(key, [])
        if lst and m.start < lst[-1][1]:
            lst[-1][1] = max(lst[-1][1], m.end)
        else:
            lst.append([m.start, m.end])
    out = [
        Evidence(code, s, e, text[s:e], neg, past)
        for (code, neg, past), lst in spans.items()
        for s, e in lst
    ]
    out.sort(key=lambda e: (e.start, e.end, e.indicator))
    return out


_ENGINE: TriageEngine | None = None
_LOCK = threading.Lock()


def get_engine() -> TriageEngine:
    """The shipped engine, loaded once per process."""
    global _ENGINE
    if _ENGINE is None:
        with _LOCK:
            if _ENGINE is None:
                _ENGINE = TriageEngine.load()
    return _ENGINE


def reset_engine() -> None:
    """Forget the cached engine (e.g. after the catalogue or model changed)."""
    global _ENGINE
    with _LOCK:
        _ENGINE = None
