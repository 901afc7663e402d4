"""A narrow use of the trained task classifier: a gate that may drop a unit the task rules keep, only
where the classifier is confidently against it and the rules' own evidence for it is weak.

The gate, fixed before it was measured on the test part (trained and tuned on the development part
only, ``python -m dispatch_tools.training.task_gate``; weights, threshold and the ``shipped`` switch
in ``models/parse/task_gate.json``):

    drop a unit  <=>  the rules keep it as a task
                      AND its evidence is weak (:func:`weak`)
                      AND the classifier's probability that it is a task is below the threshold

A unit's evidence is weak when NONE of these holds:

- it holds a request or duty cue of the lexicons (``đề nghị``, ``giao``, ``chủ trì``,
  ``có trách nhiệm`` …; its reason is ``request`` or ``duty``);
- it names a body: its own assignees (lead, cooperating, others), a body as its subject, or the
  bodies its heading or introducing sentence names (the scope's lead);
- it is a row of a task table (``table_row``) or an item headed by its bodies (``own_heading``);
- it stands under a heading or a sentence that introduces directions or duties (its scope's mode
  is ``request``, ``list`` or ``rules``: ``… như sau:``, ``Đề nghị các đơn vị:``, ``Tổ chức thực
  hiện``, an article of duties);
- it stands in the part of a plan that lists the work to do (``II. NHIỆM VỤ VÀ GIẢI PHÁP``, ``2. Nội
  dung``), whose activities are tasks though they name no body;
- it is in an article of a legal document (the execution clause included);
- it opens, after its number and any adverb of ``adverbs.txt``, with a directive verb of
  ``task_verbs.txt`` (``Triển khai …``, ``Khẩn trương rà soát …``);
- it carries a deadline of its own (a date in it, or its row's time cell).

So only a unit the rules keep for want of anything against it (in practice a list item under no
heading that directs, naming nobody, opening with no directive verb: ``item``) can be dropped.

The threshold is fixed by the out-of-fold probabilities of the development units (five folds by
document, the classifier trained on the other four): the largest of 0.05, 0.10, …, 0.50 below which
no real task the rules keep falls. The classifier is :mod:`.task_classifier`'s (same features, same
training), trained again on the development part as the rules read it now.

As a spaCy component (``dispatch_task_gate``, after ``dispatch_tasks``) it rebuilds the tasks only
when it drops a unit. The shipped pipeline uses it when the card's ``shipped`` is true
(:data:`.nlp.TRAINED`).
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import model_path
from .body_words import task_verbs
from .context import Context, spans_into
from .task_classifier import TaskClassifier, features
from .task_deadlines import deadline_in
from .task_build import build_tasks
from .task_units import Unit
from .text import key, load_list, words_regex

MODEL = ("parse", "task_gate.json")
STRONG_REASONS = frozenset({"request", "duty", "table_row", "own_heading"})
DIRECTING_SCOPES = frozenset({"request", "list", "rules"})
_MARKER = re.compile(r"\W*(?:(?:\d+(?:\.\d+)*|[a-zđ]|[ivxlc]+)\s*[.)/]\s*)?[-+•–—*]?\s*", re.I)


@lru_cache(maxsize=1)
def _adverbs() -> re.Pattern:
    return words_regex(load_list("adverbs.txt"))


def opens_with_directive(text: str) -> bool:
    """Does ``text`` open, after its number or bullet and any adverbs, with a verb of ``task_verbs.txt``?"""
    folded = key(text)
    pos = _MARKER.match(folded).end()
    while (m := _adverbs().match(folded, pos)) is not None and m.end() > pos:
        pos = m.end() + len(folded[m.end():]) - len(folded[m.end():].lstrip(" ,"))
    return task_verbs()[0].match(folded, pos) is not None


def names_a_body(unit: Unit) -> bool:
    roles, scope, sig = unit.roles, unit.scope, unit.signals
    return bool(roles.lead or roles.cooperating or roles.others or sig.get("subject") or sig.get("recipient")
                or scope.lead or getattr(scope, "others", ()))


def weak(ctx: Context | None, unit: Unit) -> bool:
    """Is the rules' evidence that ``unit`` is a task weak (the module's list: no cue, no body, …)?"""
    sig = unit.signals
    if unit.reason in STRONG_REASONS or sig.get("request") or sig.get("duty"):
        return False
    if names_a_body(unit) or unit.scope.mode in DIRECTING_SCOPES or getattr(unit.scope, "task_part", False) \
            or sig.get("in_article"):
        return False
    if opens_with_directive(unit.text) or unit.deadline is not None:
        return False
    return ctx is None or deadline_in(ctx, unit.s, unit.e) is None


class TaskGate:
    def __init__(self, classifier: TaskClassifier, threshold: float, shipped: bool = False):
        self.classifier, self.threshold, self.shipped = classifier, threshold, shipped

    @classmethod
    def load(cls, path=None) -> "TaskGate":
        data = json.loads((path or model_path(*MODEL)).read_text(encoding="utf-8"))
        return cls(TaskClassifier(data["weights"], data["bias"]), data["threshold"], data.get("shipped") is True)

    def drops(self, ctx: Context | None, unit: Unit, doc_type: str | None) -> bool:
        return (unit.task and weak(ctx, unit)
                and self.classifier.probability(features(unit, doc_type)) < self.threshold)

    def keep(self, ctx: Context | None, units: list[Unit], doc_type: str | None) -> list[bool]:
        return [u.task and not self.drops(ctx, u, doc_type) for u in units]


def shipped() -> bool:
    """Does the gate's card say the shipped pipeline uses it (``"shipped": true``)?"""
    try:
        data = json.loads(model_path(*MODEL).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return data.get("shipped") is True


_OVERRIDE: list[TaskGate] = []


@contextmanager
def using(gate: TaskGate):
    """Run the component with ``gate`` instead of the shipped weights (out-of-fold scoring)."""
    _OVERRIDE.append(gate)
    try:
        yield gate
    finally:
        _OVERRIDE.pop()


@lru_cache(maxsize=1)
def _loaded() -> TaskGate:
    return TaskGate.load()


def model() -> TaskGate:
    return _OVERRIDE[-1] if _OVERRIDE else _loaded()


@Language.factory("dispatch_task_gate", requires=["doc._.dispatch"], assigns=["doc.spans"])
def make_task_gate(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        ctx = doc._.dispatch
        units = getattr(ctx, "task_units", [])
        keep = model().keep(ctx, units, ctx.fields.doc_type)
        if keep != [u.task for u in units]:
            build_tasks(ctx, units, keep)
            spans_into(doc, "tasks", [sp for sp in ctx.spans if sp.label == "task"])
        return doc

    return component
