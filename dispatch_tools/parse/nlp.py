"""The spaCy pipeline: a blank Vietnamese language with rule components.

    tokenizer          blank "vi" (no pyvi), with punctuation split off words
    dispatch_norms     sets each token's NORM to its folded lower-case form (no diacritics)
    dispatch_cues      a SpanRuler matching the cue phrases of models/parse/cues.jsonl on NORM
                       (Kính gửi, Nơi nhận, đề nghị, chậm nhất, TM./KT., Phụ lục, …) into
                       ``doc.spans["cues"]``, whatever the state of the diacritics
    dispatch_fields    runs the extractors (header, addressees, foot, references, deadlines,
                       tasks, extras) and puts every field as a labelled span in
                       ``doc.spans["fields"]``; the typed result is ``doc._.dispatch``

The pipeline is built once per process (:func:`get_nlp`).
"""

from __future__ import annotations

import json
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex, compile_suffix_regex

from ..resources import model_path
from . import addressees, deadlines, extras, foot, header_fields, references, tasks
from .context import Context, Span
from ..vntext import strip_diacritics
from .text import key

if not Doc.has_extension("dispatch"):
    Doc.set_extension("dispatch", default=None)
if not Doc.has_extension("columns"):
    Doc.set_extension("columns", default=None)


@Language.component("dispatch_norms")
def dispatch_norms(doc: Doc) -> Doc:
    for token in doc:
        token.norm_ = key(token.text) or token.text
    return doc


@Language.component("dispatch_fields")
def dispatch_fields(doc: Doc) -> Doc:
    ctx = Context(doc.text, columns=doc._.columns)
    ctx.cues = [Span(sp.label_, sp.start_char, sp.end_char) for sp in doc.spans.get("cues", [])
                if _same_accents(sp.text, sp.id_)]
    ctx.cues.sort(key=lambda c: c.start)
    run_extractors(ctx)
    spans = []
    for sp in ctx.spans:
        span = doc.char_span(sp.start, sp.end, label=sp.label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["fields"] = spans
    doc._.dispatch = ctx
    return doc


def _same_accents(text: str, pattern: str) -> bool:
    """A cue matched without diacritics counts when the text has none to compare (lost in OCR)
    or has exactly the pattern's: ``giáo`` is not ``giao``."""
    low = " ".join(text.lower().split())
    if not pattern or low == pattern or strip_diacritics(low) == low:
        return True
    return strip_diacritics(low) != low and low.replace("uỷ", "ủy") == pattern.replace("uỷ", "ủy")


def run_extractors(ctx: Context) -> None:
    header_fields.extract(ctx)
    addressees.extract(ctx)
    foot.extract(ctx)
    references.extract(ctx)
    deadlines.extract(ctx)
    tasks.extract(ctx)
    extras.extract(ctx)


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


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = _tokenizer(nlp)
    nlp.add_pipe("dispatch_norms")
    ruler = nlp.add_pipe("span_ruler", name="dispatch_cues",
                         config={"spans_key": "cues", "validate": False, "overwrite": True})
    ruler.add_patterns(_patterns(nlp))
    nlp.add_pipe("dispatch_fields")
    return nlp
