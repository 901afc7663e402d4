"""A trained judge of which units of the body are tasks: a logistic regression over what the task
rules found in each unit (their reason and signals), its place in the document and its first
words. Trained on the development part of ``../shared/dev`` only
(``python -m dispatch_tools.training.parse_tasks``); the weights and their card are in
``models/parse/task_classifier.json`` and ``models/parse/README.md``.

As a spaCy component (``dispatch_task_classifier``, after ``dispatch_tasks``) it decides again
for every unit the rules read, and rebuilds the tasks from those it keeps. Whether the shipped
pipeline uses it is decided by the held-out test part (see the model card).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import model_path
from .context import spans_into
from .task_build import build_tasks
from .task_units import Unit
from .text import key

MODEL = ("parse", "task_classifier.json")


def features(unit: Unit, doc_type: str | None) -> list[str]:
    """The names of the unit's features (binary)."""
    words = key(unit.text).split()
    out = [f"reason={unit.reason}", f"kind={unit.block.kind}", f"scope={unit.scope.mode}",
           f"type={doc_type}", f"listed={unit.listed}", f"len={_bucket(len(words))}",
           f"depth={min(3, sum(1 for _ in unit.block.ancestors()))}"]
    out += [f"sig={k}" for k, v in sorted(unit.signals.items()) if v]
    out += [f"w1={w}" for w in words[:1]] + [f"w2={' '.join(words[:2])}"] if words else []
    if unit.roles.lead or unit.roles.others:
        out.append("has_roles")
    if unit.scope.lead:
        out.append("scope_lead")
    return out


def _bucket(n: int) -> str:
    return "1-4" if n < 5 else "5-14" if n < 15 else "15-39" if n < 40 else "40+"


class TaskClassifier:
    def __init__(self, weights: dict[str, float], bias: float, threshold: float = 0.5):
        self.weights, self.bias, self.threshold = weights, bias, threshold

    @classmethod
    def load(cls, path=None) -> "TaskClassifier":
        data = json.loads((path or model_path(*MODEL)).read_text(encoding="utf-8"))
        return cls(data["weights"], data["bias"], data.get("threshold", 0.5))

    def probability(self, names: list[str]) -> float:
        z = self.bias + sum(self.weights.get(n, 0.0) for n in names)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, units: list[Unit], doc_type: str | None) -> list[bool]:
        return [self.probability(features(u, doc_type)) >= self.threshold for u in units]


@lru_cache(maxsize=1)
def _model() -> TaskClassifier:
    return TaskClassifier.load()


@Language.factory("dispatch_task_classifier", requires=["doc._.dispatch"], assigns=["doc.spans"])
def make_task_classifier(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        ctx = doc._.dispatch
        units = getattr(ctx, "task_units", [])
        build_tasks(ctx, units, _model().keep(units, ctx.fields.doc_type))
        spans_into(doc, "tasks", [sp for sp in ctx.spans if sp.label == "task"])
        return doc

    return component
