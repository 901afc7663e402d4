"""A trained judge of where the name of a body ends: ``Cơ quan hải quan | cung cấp …``,
``Bộ Giao thông vận tải | chủ trì …``, ``các cơ quan, tổ chức có liên quan | phối hợp …``.

The words after a name's first word are read one by one; for each, a logistic regression over its
form, its neighbours and its case says whether the name goes on with it. The name ends before the
first word it does not go on with. Trained on sentences of Vietnamese legal and administrative text
whose subject is known to end where a duty starts (``X có trách nhiệm …``, ``X chủ trì, …``), the
duty taken out, so that the body is followed by its action as in ``đề nghị X <action>``
(``python -m dispatch_tools.training.assignee_spans``; the weights and their card:
``models/parse/assignee_spans.json``, ``models/parse/README.md``).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import model_path
from ..vntext import strip_diacritics

MODEL = ("parse", "assignee_spans.json")
TOKEN = re.compile(r"\w+|[^\w\s]")
MAX_WORDS = 40


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the words and signs of ``text[start:end]``."""
    return [(m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


def _shape(word: str) -> str:
    if not word[:1].isalpha():
        return "num" if word[:1].isdigit() else "sign"
    if word.isupper() and len(word) > 1:
        return "upper"
    return "cap" if word[:1].isupper() else "low"


def _bucket(ratio: float | None) -> str:
    if not ratio:
        return "0"
    for edge in (0.001, 0.003, 0.01, 0.03):
        if ratio < edge:
            return f"<{edge}"
    return "hi"


def features(words: list[str], i: int, verbness: dict[str, float] | None = None) -> list[str]:
    """The features of going on with ``words[i]`` in a name that starts with ``words[0]``.
    ``verbness`` gives, for a word or two words, how often the corpus prints them right after a
    mark of a verb (``đã``, ``sẽ``, ``phải``, …): verbs the model never saw in a name's place still
    look like verbs."""
    def fold(j: int) -> str:
        return strip_diacritics(words[j]).lower() if 0 <= j < len(words) else "<e>" if j >= 0 else "<s>"

    w, p, n, n2 = fold(i), fold(i - 1), fold(i + 1), fold(i + 2)
    word = words[i]
    marked = strip_diacritics(word) != word
    shape = _shape(word)
    nshape = _shape(words[i + 1]) if i + 1 < len(words) else "end"
    out = ["bias", f"w={w}", f"m={word.lower()}" if marked else f"m0={w}", f"s={shape}", f"p={p}",
           f"n={n}", f"wn={w}_{n}", f"pw={p}_{w}", f"wnn={w}_{n}_{n2}", f"s_ns={shape}_{nshape}",
           f"ps_s={_shape(words[i - 1])}_{shape}", f"at={min(i, 6)}", f"h={fold(0)}", f"h_w={fold(0)}_{w}",
           f"s_n={shape}_{n}"]
    if verbness is not None:
        low, nxt = word.lower(), words[i + 1].lower() if i + 1 < len(words) else ""
        one, two = _bucket(verbness.get(low)), _bucket(verbness.get(f"{low} {nxt}"))
        out += [f"vb1={one}", f"vb2={two}", f"vb12={one}_{two}", f"vb_s={two}_{shape}"]
    return out


class SpanModel:
    def __init__(self, weights: dict[str, float], verbness: dict[str, float] | None = None, threshold: float = 0.5):
        self.weights, self.verbness, self.threshold = weights, verbness, threshold

    @classmethod
    def load(cls, path=None) -> "SpanModel":
        data = json.loads((path or model_path(*MODEL)).read_text(encoding="utf-8"))
        return cls(data["weights"], data.get("verbness"), data.get("threshold", 0.5))

    def goes_on(self, words: list[str], i: int) -> float:
        z = sum(self.weights.get(f, 0.0) for f in features(words, i, self.verbness))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def surely_goes_on(self, text: str, start: int, at: int, sure: float = 0.9) -> bool:
        """Does the name that starts at ``start`` surely go on with the word at ``at``
        (``các cơ quan, tổ chức …``, where ``tổ chức`` is no action)?"""
        spans = tokens(text, start, at + 60)[:MAX_WORDS + 2]
        words = [text[a:b] for a, b in spans]
        i = next((k for k, (a, _) in enumerate(spans) if a >= at), None)
        return i is not None and i > 0 and self.goes_on(words, i) >= sure

    def name_end(self, text: str, start: int, limit: int) -> int:
        """Where the name that starts at ``start`` ends (before ``limit``)."""
        spans = tokens(text, start, limit)[:MAX_WORDS + 2]
        words = [text[a:b] for a, b in spans]
        end = spans[0][1] if spans else start
        for i in range(1, len(words)):
            if self.goes_on(words, i) < self.threshold:
                break
            end = spans[i][1]
        return end


@lru_cache(maxsize=1)
def model() -> SpanModel | None:
    """The shipped model, or None when its weights are not there."""
    try:
        return SpanModel.load()
    except (OSError, ValueError):
        return None


@Language.component("dispatch_assignee_spans", requires=["doc._.dispatch"], assigns=["doc._.dispatch"])
def dispatch_assignee_spans(doc: Doc) -> Doc:
    """Let the task extractor end the names of bodies with the trained model (before ``dispatch_tasks``)."""
    doc._.dispatch.span_model = model()
    return doc
