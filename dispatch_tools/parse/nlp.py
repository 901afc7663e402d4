"""The spaCy pipeline: a blank Vietnamese language with rule components.

    tokenizer          blank "vi" (no pyvi), with punctuation split off words; each word's NORM is
                       its folded lower-case form (no diacritics), a lexical attribute
    dispatch_cues      a SpanRuler matching the cue phrases of models/parse/cues.jsonl on NORM
                       (Kính gửi, Nơi nhận, đề nghị, chậm nhất, TM./KT., Phụ lục, …) into
                       ``doc.spans["cues"]``, whatever the state of the diacritics
    dispatch_context   the state the extractors share (``doc._.dispatch``, a :class:`.Context`)
    dispatch_header, dispatch_addressees, dispatch_foot, dispatch_references,
    dispatch_deadlines, dispatch_tasks, dispatch_extras
                       one registered component per extractor, in this order (each reads what the
                       earlier ones left); each writes its labelled spans to ``doc.spans[<part>]``
                       (``header``, ``addressees``, ``foot``, ``references``, ``deadlines``,
                       ``tasks``, ``extras``) and its typed result to ``doc._.dispatch.fields``
    dispatch_fields    every labelled span in ``doc.spans["fields"]``

The pipeline is built once per process (:func:`get_nlp`).
"""

from __future__ import annotations

import json
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.attrs import NORM
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex, compile_suffix_regex

from ..resources import model_path
from . import addressees, deadlines, extras, foot, header_fields, references, tasks
from .context import Context, Span, spans_into
from ..vntext import strip_diacritics
from .text import key

if not Doc.has_extension("dispatch"):
    Doc.set_extension("dispatch", default=None)
if not Doc.has_extension("columns"):
    Doc.set_extension("columns", default=None)


def _norm(text: str) -> str:
    """A token's NORM: its folded lower-case form (no diacritics), computed once per word of the
    vocabulary (a lexical attribute getter), not once per token."""
    return key(text) or text


@Language.component("dispatch_context", requires=["doc.spans"], assigns=["doc._.dispatch"])
def dispatch_context(doc: Doc) -> Doc:
    """The shared state of the extractors: the text, its lines, zones, and the cues found."""
    ctx = Context(doc.text, columns=doc._.columns)
    ctx.cues = [Span(sp.label_, sp.start_char, sp.end_char) for sp in doc.spans.get("cues", [])
                if _same_accents(sp.text, sp.id_)]
    ctx.cues.sort(key=lambda c: c.start)
    doc._.dispatch = ctx
    return doc


def _extractor(name: str, key: str, run) -> None:
    """Register ``run(ctx)`` as the spaCy component ``name``; the spans it marks go to ``doc.spans[key]``."""

    def component(doc: Doc) -> Doc:
        ctx = doc._.dispatch
        before = len(ctx.spans)
        run(ctx)
        spans_into(doc, key, ctx.spans[before:])
        return doc

    Language.component(name, requires=["doc._.dispatch"], assigns=["doc.spans"], func=component)


EXTRACTORS = [  # (component, spans key, function), in the order they must run
    ("dispatch_header", "header", header_fields.extract),
    ("dispatch_addressees", "addressees", addressees.extract),
    ("dispatch_foot", "foot", foot.extract),
    ("dispatch_references", "references", references.extract),
    ("dispatch_deadlines", "deadlines", deadlines.extract),
    ("dispatch_tasks", "tasks", tasks.extract),
    ("dispatch_extras", "extras", extras.extract),
]
for _name, _key, _run in EXTRACTORS:
    _extractor(_name, _key, _run)


@Language.component("dispatch_fields", requires=["doc._.dispatch"], assigns=["doc.spans"])
def dispatch_fields(doc: Doc) -> Doc:
    """Every labelled span of every extractor in ``doc.spans["fields"]``."""
    spans_into(doc, "fields", doc._.dispatch.spans)
    return doc


def _same_accents(text: str, pattern: str) -> bool:
    """A cue matched without diacritics counts when the text has none to compare (lost in OCR)
    or has exactly the pattern's: ``giáo`` is not ``giao``."""
    low = " ".join(text.lower().split())
    if not pattern or low == pattern or strip_diacritics(low) == low:
        return True
    return strip_diacritics(low) != low and low.replace("uỷ", "ủy") == pattern.replace("uỷ", "ủy")


def run_extractors(ctx: Context) -> None:
    for _, _, run in EXTRACTORS:
        run(ctx)


def _tokenizer(nlp: Language) -> Tokenizer:
    from spacy.lang.punctuation import TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES

    prefixes = list(TOKENIZER_PREFIXES) + [r"\*+", "“", "‘"]
    suffixes = list(TOKENIZER_SUFFIXES) + [r"\*+", "”", "’", ":"]
    return Tokenizer(nlp.vocab,
                     prefix_search=compile_prefix_regex(prefixes).search,
                     suffix_search=compile_suffix_regex(suffixes).search)


def _patterns(nlp: Language) -> list[dict]:
    """Token patterns on NORM (folded words); a line break or extra spaces may stand between words."""
    out = []
    path = model_path("parse", "cues.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        tokens = []
        for token in nlp.make_doc(key(entry["pattern"])):
            tokens.append({"NORM": token.text})
            if token.whitespace_:
                tokens.append({"IS_SPACE": True, "OP": "*"})
        # the id keeps the printed form of a cue whose accents matter ("giao" is not "giáo")
        out.append({"label": entry["label"], "pattern": tokens,
                    "id": entry["pattern"].lower() if entry.get("strict") else ""})
    return out


def _shipped() -> tuple[str, ...]:
    """The trained components whose card switches them on: the task gate when ``task_gate.json``
    says ``"shipped": true``."""
    from .task_gate import shipped

    return ("dispatch_task_gate",) if shipped() else ()


# Trained components the shipped pipeline uses (each kept only where it beats the rules on the
# held-out test part: models/parse/README.md)
TRAINED: tuple[str, ...] = _shipped()


@lru_cache(maxsize=4)
def get_nlp(trained: tuple[str, ...] | None = None) -> Language:
    """The pipeline, built once per process; ``trained`` names the trained components to add
    (default :data:`TRAINED`), e.g. ``("dispatch_task_classifier",)``."""
    trained = TRAINED if trained is None else trained
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = _tokenizer(nlp)
    nlp.vocab.lex_attr_getters[NORM] = _norm
    ruler = nlp.add_pipe("span_ruler", name="dispatch_cues",
                         config={"spans_key": "cues", "validate": False, "overwrite": True})
    ruler.add_patterns(_patterns(nlp))
    nlp.add_pipe("dispatch_context")
    for name, _, _ in EXTRACTORS:
        nlp.add_pipe(name)
        if name == "dispatch_deadlines" and "dispatch_assignee_spans" in trained:
            from . import span_model  # noqa: F401  (registers the component)

            nlp.add_pipe("dispatch_assignee_spans")
        if name == "dispatch_tasks" and "dispatch_task_classifier" in trained:
            from . import task_classifier  # noqa: F401  (registers the factory)

            nlp.add_pipe("dispatch_task_classifier")
        if name == "dispatch_tasks" and "dispatch_task_gate" in trained:
            from . import task_gate  # noqa: F401  (registers the factory)

            nlp.add_pipe("dispatch_task_gate")
    nlp.add_pipe("dispatch_fields")
    return nlp
