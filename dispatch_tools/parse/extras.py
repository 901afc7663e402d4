"""What else a clerk needs: links, contacts (person, unit, phone, e-mail), attachments sent with
the dispatch, the report-back obligation (what, to whom, by when, in which form) and the annexes
(label, title, ``Kèm theo …`` line, fields to fill in, tables)."""

from __future__ import annotations

import re

from ..model import Annex, AnnexTable, Contact, ReportDuty
from .context import Context
from .lexicon import lexicon
from .text import key, squash, strip_markup, trim_item

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”()]+", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "(0290) 3851246", "0918.693.113", "0290.3851.246" and "024.3825.1234" (a landline: the area's code, then
# four figures and three or four), "0918693113"
PHONE = re.compile(r"(?<![\d/])(?:\(0\d{1,3}\)\s?[\d .]{6,12}\d|0\d{2,3}[ .]\d{4}[ .]\d{3,4}|0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}"
                   r"|0\d{9,10})(?![\d/])")
PERSON = re.compile(r"(?:(?<=\s)|^)(?:[ôÔ]ng|[bB]à|[đĐ]ồng chí|[aA]nh|[cC]hị|[đĐ]/c)\s+(?P<name>(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*){2,5})")
REPORT_TO = re.compile(
    r"\bve(?:\s+|[.,]\s*)(?:theo\s+dia\s+chi\s*:?\s*)?(?P<to>[A-Z][^,;.()*\n]{1,80}?(?:\n[^,;.()*\n]{1,60}?)?)"  # "về.Ban": OCR speck
    r"(?=\s+(?:qua|cham\s+nhat|truoc|bang|theo|de|dong\s+thoi|trong|tai)\b|[,;.()*]|\n\s*\n|$)")


def extract(ctx: Context) -> None:
    _links(ctx)
    _contacts(ctx)
    _attachments(ctx)
    _report(ctx)
    _annexes(ctx)


def _links(ctx: Context) -> None:
    for m in URL.finditer(ctx.text):
        url = m.group(0).rstrip(".,;:>)]")
        if url not in ctx.fields.links:
            ctx.fields.links.append(url)
            ctx.mark("link", m.start(), m.start() + len(url))


def _contacts(ctx: Context) -> None:
    start, end = ctx.offset(ctx.body_start), ctx.offset(ctx.body_end)
    last_end = start
    for s, e in _contact_sentences(ctx, start, end):
        sentence = ctx.text[s:e]
        phones = [p.group(0).strip() for p in PHONE.finditer(sentence)]
        emails = [m.group(0) for m in EMAIL.finditer(sentence)]
        person = None
        for pm in PERSON.finditer(sentence):
            before = sentence[:pm.start()].split()
            if before and before[-1][:1].isupper() and not before[-1].endswith((":", ",")):
                continue  # "Hai Bà Trưng" is a street, not a person
            person = pm
            break
        if not (phones or emails or person):
            continue
        previous = ctx.fields.contacts[-1] if ctx.fields.contacts else None
        if (previous is not None and not person and previous.phone is None and previous.email is None
                and not ctx.text[last_end:s].strip(" \t;,")):
            previous.phone = ", ".join(phones) or None  # "Ông X - Phòng Y; điện thoại: …"
            previous.email = ", ".join(emails) or None
            last_end = e
            continue
        last_end = e
        contact = Contact(phone=", ".join(phones) or None, email=", ".join(emails) or None)
        if person:
            contact.name = squash(person.group("name")).rstrip(" ,-")
            rest = sentence[person.end():]
            unit = re.match(r"\s*[-,–]\s*(?:chuyên viên\s+)?(?P<u>[^;:,]{3,80}?)(?=[;,]|\s+theo|\s+điện|$)", rest)
            if unit:
                contact.unit = squash(unit.group("u"))
        ctx.fields.contacts.append(contact)
        ctx.mark("contact", s, e)


def _contact_sentences(ctx: Context, start: int, end: int):
    from .text import sentence_spans

    for s, e in sentence_spans(ctx.text, start, end):
        k = " ".join(ctx.folded[s:e].lower().split())  # "điện" / "thoại: …" a line's end apart is one label
        if "lien he" in k or "dien thoai" in k or "email" in k or "e-mail" in k or re.search(r"\bdt\s*:", k):
            yield s, e


def _numbers_joined(text: str, folded: str) -> str:
    """``text`` with each document number a line's end broke (``4406/VPUB-`` / ``KGVX``) written as one word,
    as references read it (:data:`.references.SHAPED`, :func:`.header_number.normalise_number`)."""
    from .header_number import normalise_number
    from .references import SHAPED

    out, last = [], 0
    for m in SHAPED.finditer(folded):
        if "\n" in m.group(0):
            out += [text[last:m.start()], normalise_number(text[m.start():m.end()])]
            last = m.end()
    return "".join(out) + text[last:]


def _attachments(ctx: Context) -> None:
    start, end = ctx.offset(ctx.body_start), ctx.offset(ctx.foot_end)
    for m in re.finditer(r"\(\s*(?:dinh|gui)\s+kem[^)]*\)|(?:xin\s+)?gui\s+kem\s+theo[^.;)]*", ctx.folded[start:end],
                         re.IGNORECASE):
        s, e = start + m.start(), start + m.end()
        text = squash(_numbers_joined(ctx.text[s:e], ctx.folded[s:e])).strip("() ")
        if text and text not in ctx.fields.attachments:
            ctx.fields.attachments.append(text)
            ctx.mark("attachment", s, e)


def _report(ctx: Context) -> None:
    """Each task's report duty (``báo cáo …``, ``gửi … về X``) and to whom; the first one with a
    deadline that says to whom (else the first with a deadline) is the dispatch's report duty (what
    the reply answers; a plan's row ``Tổng hợp, báo cáo kết quả với …`` is its issuer's own work)."""
    duties = []
    for task, (s, e) in zip(ctx.fields.tasks, _task_spans(ctx)):
        if not re.search(r"bao\s+cao(?!\s+vien\b)|gui\s+(?:y\s+kien|ve)", ctx.folded[s:e], re.I):  # not "báo cáo viên"
            continue
        to = _report_to(ctx, s, e)
        task.report_to = to
        if task.deadline is None:
            continue
        task.report = True
        duties.append((task, s, e))
    duties.sort(key=lambda d: d[0].report_to is None)  # stable: the first that says to whom
    for task, s, e in duties[:1] if ctx.fields.report is None else []:
        to = task.report_to
        duty = ReportDuty(deadline=task.deadline, what=squash(strip_markup(ctx.text[s:e])), to=to)
        for d, ds, _ in ctx.deadline_spans:
            if s <= ds < e:
                duty.time = d.time
                break
        links = [u for u in ctx.fields.links if u in ctx.text[s:e]]
        if links:
            duty.form = links[-1]
        ctx.fields.report = duty
        ctx.mark("report", s, e)


def _report_to(ctx: Context, s: int, e: int) -> str | None:
    """The body named after ``về`` (``báo cáo kết quả về Sở Nội vụ``), else the one ``báo cáo`` takes
    as its object (``báo cáo Ủy ban nhân dân tỉnh``, ``báo cáo Thủ tướng Chính phủ``)."""
    from .body_words import starts_body
    from .name_end import name_end

    lex = lexicon()
    for m in REPORT_TO.finditer(ctx.folded, s, e):
        to = squash(strip_markup(ctx.text[m.start("to"):m.end("to")]))
        if lex.body_noun_re.match(key(to)) or lex.starts_with_head(to):
            return to
    for m in re.finditer(r"(?<![\w])bao\s+cao\s+(?!ve\b)", ctx.folded[s:e], re.I):
        at = s + m.end()
        if ctx.text[at:at + 1].isupper() and starts_body(ctx.text[at:at + 80]):
            end = name_end(ctx.text, ctx.folded, at, e)
            to = squash(strip_markup(ctx.text[at:end])).strip(" ,;.")
            if to:
                return to
    return None


def _task_spans(ctx: Context) -> list[tuple[int, int]]:
    return [(sp.start, sp.end) for sp in ctx.spans if sp.label == "task"]


def _annexes(ctx: Context) -> None:
    if ctx.foot_end >= len(ctx.lines):
        return
    from .foot_patterns import ANNEX

    starts = [i for i in range(ctx.foot_end, len(ctx.lines))
              if len(ctx.lines[i].stripped) < 60 and ANNEX.match(ctx.lines[i].folded)]
    for n, i in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(ctx.lines)
        ctx.fields.annexes.append(_annex(ctx, i, stop))
        ctx.mark("annex", ctx.lines[i].content_start, ctx.lines[stop - 1].content_end)


def _annex(ctx: Context, first: int, stop: int) -> Annex:
    label_line = squash(strip_markup(ctx.lines[first].stripped))
    annex = Annex(label=label_line)
    title: list[str] = []
    table_rows: list[list[str]] = []
    for j in range(first + 1, stop):
        t = ctx.lines[j].text.strip("\n")
        s = squash(strip_markup(t))
        if not s:
            continue
        k = key(s)
        if "\t" in t or "|" in t:
            cells = [c.strip() for c in re.split(r"\t|\|", t.strip().strip("|"))]
            table_rows.append(cells)
            continue
        if re.match(r"^\(?\s*kem theo", k):
            annex.attached_line = s
            continue
        if not annex.attached_line and not annex.sections and s.isupper() and not annex.fields:
            title.append(s)
            continue
        if re.match(r"^(?:[IVX]+|\d{1,2})[.)]\s", s):
            annex.sections.append(s)
            continue
        if re.match(r"^[-–+•]", s):
            item = trim_item(s)
            if item:
                annex.fields.append(item)
            continue
    annex.title = " ".join(title)
    if table_rows:
        width = max(len(r) for r in table_rows)
        header = table_rows[0]
        rows = [r + [""] * (width - len(r)) for r in table_rows[1:]]
        annex.tables.append(AnnexTable(columns=header + [""] * (width - len(header)), rows=rows))
    return annex
