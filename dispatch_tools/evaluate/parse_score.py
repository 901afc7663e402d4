"""How a parse is scored against gold: per field precision, recall and F1, like spaCy's scorer.

* scalar fields (number, doc_type, issuer, parent_issuer, place, date, subject, and the signer's
  authority, capacity, title, name): exact match after collapsing whitespace. A subject is
  compared without its lead words (``V/v``, ``V/v:``, ``Về việc``, ``Về:``; the conventions of
  ``../shared/dev/README.md``). A value where the gold has one counts a true positive when equal,
  else a false positive and a false negative; a value where the gold has none is a false
  positive; a missing value a false negative.
* list fields: recipients and distribution as sets of items (whitespace collapsed, trailing
  ``;``/``.`` dropped, case ignored); references as a set of (number, date) pairs; deadlines as a set
  of (date, time) pairs.
* tasks: a predicted task is paired with the gold task whose text (first 12 words) is most similar
  (rapidfuzz ratio of the folded texts at least 60, each used once). A pair earns credit 1/3 for
  the pairing itself, 1/3 for the assignees (F1 of the two sets, names equal when their folded
  token-set ratio is at least 85, compared as bodies: a person's title before the body dropped,
  ``UBND``/``HĐND`` spelt out) and 1/3 when the deadlines are equal (both null counts). Precision
  is the credit over the predicted tasks, recall over the gold tasks. The three parts are also
  reported alone: ``tasks.count`` (pairs), ``tasks.assignees`` and ``tasks.deadline`` (each
  pair's credit for that part, over the predicted and the gold tasks).
* overall: micro-averaged F1 over every field (true positives, false positives and false negatives
  summed, task credit counted as true positives; the ``tasks.*`` parts are not counted again).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

SCALARS = ["number", "doc_type", "issuer", "parent_issuer", "place", "date", "subject"]
SIGNER = ["authority", "capacity", "title", "name"]
LISTS = ["recipients", "distribution", "references", "deadlines"]
FIELDS = SCALARS + [f"signer.{k}" for k in SIGNER] + LISTS + ["tasks"]
TASK_PARTS = ["tasks.count", "tasks.assignees", "tasks.deadline"]
HEADER = SCALARS + [f"signer.{k}" for k in SIGNER]


def _norm(value) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _item(value: str) -> str:
    text = " ".join(value.split()).strip().rstrip(";.").strip()
    return text.casefold()


def fold(text: str) -> str:
    from ..parse.text import key

    return key(text)


# A subject's lead words (dev/README.md): "V/v", "V/v:", "Về việc", "VỀ VIỆC", "Về:", "Về".
_LEAD = re.compile(r"^(?P<quote>[\"“‘'(]?)\s*(?:V\s*/\s*v\b\s*:?|v[eề]\s+vi[eệ]c\b\s*:?|v[eề]\s*:|v[eề]\s+)\s*",
                   re.IGNORECASE)


def subject_key(value) -> str | None:
    text = _norm(value)
    if text is None:
        return None
    m = _LEAD.match(text)
    if m:
        text = m.group("quote") + text[m.end():]
    return text.strip() or None


# Assignees are compared as bodies: a person's title before a body is dropped, UBND and HĐND spelt out.
_TITLE = re.compile(
    r"^(?:(?:cac|quy)\s+)?(?:pho\s+)?(?:tong\s+)?"
    r"(?:giam\s+doc|chu\s+tich|chanh|thu\s+truong|bo\s+truong|cuc\s+truong|vu\s+truong|vien\s+truong|"
    r"hieu\s+truong|truong|chu\s+nhiem|bi\s+thu|tong\s+cuc\s+truong|chi\s+cuc\s+truong|tong\s+giam\s+doc)"
    r"\s+(?=(?:cac\s+)?(?:so|bo|uy\s+ban|hoi\s+dong|van\s+phong|cuc|vu|vien|truong|ban|phong|trung\s+tam|"
    r"co\s+quan|don\s+vi|chi\s+cuc|tong\s+cuc|thanh\s+tra|dai\s+hoc|hoc\s+vien|benh\s+vien|ngan\s+hang|"
    r"kho\s+bac|bao\s+hiem|dai|cong\s+an|doanh\s+nghiep|to\s+chuc|hoi|khu|chinh\s+phu)\b)")


def body_key(name: str) -> str:
    k = fold(name)
    k = re.sub(r"\bubnd\b", "uy ban nhan dan", k)
    k = re.sub(r"\bhdnd\b", "hoi dong nhan dan", k)
    return _TITLE.sub("", k).strip(" ,;.")


class Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0.0

    def add(self, tp: float = 0, fp: float = 0, fn: float = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def new_counts() -> dict[str, Counts]:
    return {name: Counts() for name in FIELDS + TASK_PARTS}


def _scalar(counts: Counts, pred, gold) -> bool:
    p, g = _norm(pred), _norm(gold)
    if p is None and g is None:
        return True
    if p is not None and g is not None and p == g:
        counts.add(tp=1)
        return True
    counts.add(fp=1 if p is not None else 0, fn=1 if g is not None else 0)
    return False


def _set(counts: Counts, pred: set, gold: set) -> bool:
    counts.add(tp=len(pred & gold), fp=len(pred - gold), fn=len(gold - pred))
    return pred == gold


def names_f1(pred: list[str], gold: list[str]) -> float:
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    used, hits = set(), 0
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and fuzz.token_set_ratio(body_key(p), body_key(g)) >= 85:
                used.add(i)
                hits += 1
                break
    prec, rec = hits / len(pred), hits / len(gold)
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def pair_tasks(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """(predicted index, gold index) of the tasks paired by their text."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            score = fuzz.ratio(fold(p["text"]), fold(g["text"]))
            if score >= 60:
                pairs.append((score, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _tasks(counts: dict[str, Counts], pred: list[dict], gold: list[dict], errors: list[str] | None) -> bool:
    pairs = pair_tasks(pred, gold)
    credit = names = dates = 0.0
    for i, j in pairs:
        p, g = pred[i], gold[j]
        n = names_f1(p.get("assignees", []), g.get("assignees", []))
        d = 1.0 if p.get("deadline") == g.get("deadline") else 0.0
        names += n
        dates += d
        credit += (1 + n + d) / 3
        if errors is not None and (n < 1 or d < 1):
            errors.append(f"tasks: «{g['text']}»\n      assignees gold {g.get('assignees')} got {p.get('assignees')}"
                          + (f"\n      deadline gold {g.get('deadline')} got {p.get('deadline')}" if d < 1 else ""))
    if errors is not None:
        paired_p, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
        for j, g in enumerate(gold):
            if j not in paired_g:
                errors.append(f"tasks: missed «{g['text']}» {g.get('assignees')} {g.get('deadline')}")
        for i, p in enumerate(pred):
            if i not in paired_p:
                errors.append(f"tasks: extra «{p['text']}» {p.get('assignees')} {p.get('deadline')}")
    n_p, n_g = len(pred), len(gold)
    counts["tasks"].add(tp=credit, fp=n_p - credit, fn=n_g - credit)
    counts["tasks.count"].add(tp=len(pairs), fp=n_p - len(pairs), fn=n_g - len(pairs))
    counts["tasks.assignees"].add(tp=names, fp=n_p - names, fn=n_g - names)
    counts["tasks.deadline"].add(tp=dates, fp=n_p - dates, fn=n_g - dates)
    return abs(credit - n_p) < 1e-9 and n_p == n_g


def score_header(pred: dict, gold: dict, counts: dict[str, Counts], errors: list[str] | None = None,
                 lists: tuple[str, ...] = ()) -> list[str]:
    """Add one document's counts for the header and signer fields (:data:`HEADER`) and the item
    lists ``lists`` (``recipients``, ``distribution``); return the names of the fields it got wrong,
    with ``errors`` a line per wrong field."""
    wrong = []

    def scalar(name, p, g):
        if not _scalar(counts[name], p, g):
            wrong.append(name)
            if errors is not None:
                errors.append(f"{name}: gold {g!r} got {p!r}")

    for name in SCALARS:
        g, p = gold.get(name), pred.get(name)
        if name == "subject":
            g, p = subject_key(g), subject_key(p)
        scalar(name, p, g)
    for k in SIGNER:
        scalar(f"signer.{k}", (pred.get("signer") or {}).get(k), (gold.get("signer") or {}).get(k))
    for name in lists:
        _listed(counts, name, {_item(x) for x in pred.get(name, [])}, {_item(x) for x in gold.get(name, [])},
                wrong, errors)
    return wrong


def deadline_pairs(items: list[dict]) -> set[tuple]:
    """Deadlines as they are scored: the set of their (date, time) pairs."""
    return {(d.get("date"), d.get("time")) for d in items}


def _listed(counts: dict[str, Counts], name: str, p: set, g: set, wrong: list[str], errors: list[str] | None) -> None:
    if not _set(counts[name], p, g):
        wrong.append(name)
        if errors is not None:
            errors.append(f"{name}: missed {sorted(g - p, key=str)} extra {sorted(p - g, key=str)}")


def score_document(pred: dict, gold: dict, counts: dict[str, Counts], errors: list[str] | None = None) -> list[str]:
    """Add one document's counts; return the names of the fields it got wrong. With ``errors``,
    append a line per wrong field with the gold and the predicted value."""
    for name in TASK_PARTS:
        counts.setdefault(name, Counts())
    wrong = score_header(pred, gold, counts, errors, ("recipients", "distribution"))

    def listed(name, p: set, g: set):
        _listed(counts, name, p, g, wrong, errors)

    refs = lambda items: {(re.sub(r"\s+", "", r["number"]), r.get("date")) for r in items}  # noqa: E731
    listed("references", refs(pred.get("references", [])), refs(gold.get("references", [])))
    listed("deadlines", deadline_pairs(pred.get("deadlines", [])), deadline_pairs(gold.get("deadlines", [])))
    if not _tasks(counts, pred.get("tasks", []), gold.get("tasks", []), errors):
        wrong.append("tasks")
    return wrong


def summary(counts: dict[str, Counts]) -> dict:
    total = Counts()
    for name, c in counts.items():
        if name in FIELDS:
            total.add(c.tp, c.fp, c.fn)
    fields = {name: {"precision": round(c.precision, 4), "recall": round(c.recall, 4),
                     "f1": round(c.f1, 4)} for name, c in counts.items()}
    main = [c for name, c in counts.items() if name in FIELDS]
    macro = sum(c.f1 for c in main) / len(main)
    return {"fields": fields, "overall_f1": round(total.f1, 4), "overall_precision": round(total.precision, 4),
            "overall_recall": round(total.recall, 4), "macro_f1": round(macro, 4)}


def error_listing(heading: str, errors: list[str]) -> str:
    """One document's wrong fields as the ``--errors`` listings print them."""
    return f"\n== {heading}\n" + "".join(f"  {line}\n" for line in errors)


def summary_line(which: str, documents: int, counts: dict[str, Counts]) -> str:
    """The closing line of an ``--errors`` listing: overall F1 and every field below 1."""
    s = summary(counts)
    return (f"\n{which}, {documents} documents: overall F1 {s['overall_f1']:.3f}; "
            + ", ".join(f"{k} {v['f1']:.3f}" for k, v in s["fields"].items() if v["f1"] < 1))
