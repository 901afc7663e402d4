"""The annex form: the dispatch's attached form made fillable and pre-filled with the unit.

Seed 000 attaches ``Phụ lục THỐNG KÊ KẾT QUẢ``: general-information fields, then a numbered table.
The form is rebuilt from ``fields.annexes[0]`` (label, title, ``Kèm theo …`` line, sections,
fields, tables), with the unit's name, phone and preparer filled in from the profile. When the
dispatch attaches no form, the result is a table of results with one row per task.
Written as ``.docx`` (python-docx) or ``.xlsx`` (openpyxl, see :mod:`.sheets`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OutputError
from ..model import Annex, Fields
from . import officedoc as od
from .checklist_rows import checklist_items, deadline_label
from .files import atomic_write
from .profile import Profile
from .reply import figures_table, for_unit, reply_year
from ..vntext import lowercase_words, nfc
from .vn import _load, citation, citation_short, parse_date, short_date, text
from ..i18n import _

FORMATS = (".docx", ".xlsx")


@dataclass
class FormTable:
    columns: list[str]
    rows: list[list[str]]


@dataclass
class Block:
    kind: str  # "heading", "field", "table"
    text: str = ""
    value: str = ""  # pre-filled answer of a field
    long: bool = False  # a field that needs several lines
    table: int = -1


@dataclass
class AnnexForm:
    label: str
    title: str
    attached: str
    blocks: list[Block] = field(default_factory=list)
    tables: list[FormTable] = field(default_factory=list)
    from_dispatch: bool = True
    intro: str = ""


def _prefill(label: str, profile: Profile) -> str:
    if profile.is_placeholder:
        return ""
    values = {"unit": profile.unit.text_name, "phone": profile.prepared_by.phone,
              "preparer": profile.prepared_by.name, "email": profile.prepared_by.email}
    folded = lowercase_words(label)
    for rule in _load("annex.json")["prefill"]:
        if any(lowercase_words(m) in folded for m in rule["match"]):
            return values.get(rule["value"], "")
    return ""


def _is_long(label: str) -> bool:
    folded = lowercase_words(label)
    return any(lowercase_words(w) in folded for w in _load("annex.json")["long_answer"])


def attached_line(fields: Fields, annex: Annex, notices: list[str]) -> str:
    """The ``(Kèm theo …)`` line as printed when it cites this dispatch, else rebuilt from the
    dispatch's own number and date (a printed line citing another number is a typo in the
    dispatch, which is reported)."""
    printed = nfc(" ".join((annex.attached_line or "").split()))
    number = (fields.number or "").replace(" ", "")
    if printed and (not number or number in printed.replace(" ", "")):
        return printed if printed.startswith("(") else f"({printed.strip('()')})"
    d = parse_date(fields.date)
    m = re.search(r"\bcủa\s+(.+?)\)?$", printed)
    issuer = m.group(1).strip() if m else None
    if not issuer:
        from .vn import issuer_in_text

        issuer = issuer_in_text(fields)
    line = text("annex", "attached").format(citation_short=citation_short(fields),
                                            date=short_date(d) if d else "…", issuer=issuer)
    if printed:
        notices.append(_("the annex's line %(printed)s does not cite this dispatch's number "
                         "%(number)s: the form says %(line)s")
                       % {"printed": printed, "number": fields.number, "line": line})
    return nfc(line)


def annex_form(fields: Fields, profile: Profile) -> tuple[AnnexForm, list[str]]:
    notices: list[str] = []
    annex = fields.annexes[0] if fields.annexes else None
    if annex and (annex.fields or any(t.columns for t in annex.tables)):
        form = AnnexForm(nfc(annex.label or text("annex", "default_label")), nfc(annex.title.upper()),
                         attached_line(fields, annex, notices))
        sections = [nfc(s) for s in annex.sections]
        if annex.fields:
            if sections:
                form.blocks.append(Block("heading", sections.pop(0)))
            names = [nfc(f.strip().rstrip(":").strip()) for f in annex.fields if f.strip(" -.:…")]
            if not any(_prefill(n, profile) == profile.unit.text_name for n in names) \
                    and not profile.is_placeholder:
                names.insert(0, text("annex", "unit_field"))
            for name in names:
                form.blocks.append(Block("field", name, _prefill(name, profile), _is_long(name)))
        for table in annex.tables:
            if not table.columns:
                continue
            if sections:
                form.blocks.append(Block("heading", sections.pop(0)))
            form.tables.append(FormTable([nfc(c) for c in table.columns],
                                         [[nfc(v) for v in r] for r in table.rows]))
            form.blocks.append(Block("table", table=len(form.tables) - 1))
        form.blocks += [Block("heading", s) for s in sections]
        if len(fields.annexes) > 1:
            notices.append(_("the dispatch has %(count)d annexes: the form reproduces the first")
                           % {"count": len(fields.annexes)})
        return form, notices
    return results_form(fields, profile), notices


def results_items(fields: Fields) -> list:
    """The rows of a results table: the tasks that are not a report to write (the report is
    what the table goes with); a dispatch that asks only for reports gets a row for each."""
    items = checklist_items(fields)
    work = [it for it in items if not it.is_report]
    return work or items


def results_form(fields: Fields, profile: Profile) -> AnnexForm:
    """No form in the dispatch: a table of results, one row per task."""
    labels = text("annex")
    year = reply_year(fields, None)
    attached = labels["attached_reply"].format(blank="     ", code=profile.unit.code, dblank="   ",
                                               year=year, unit=profile.unit.text_name)
    form = AnnexForm(labels["default_label"], labels["results_title"], nfc(attached),
                     from_dispatch=False)
    form.blocks.append(Block("field", labels["unit_field"], _prefill(labels["unit_field"], profile)))
    form.blocks.append(Block("field", labels["phone_field"], _prefill(labels["phone_field"], profile)))
    items = results_items(fields)
    rows = []
    mine = [it for it in items if for_unit(it.assignees, profile)] if not profile.is_placeholder else []
    for it in mine or items:
        task = f"{it.heading.rstrip(':')}: {it.text}" if it.heading else it.text
        rows.append([str(len(rows) + 1), task, it.bodies, deadline_label(it), "", ""])
    form.tables.append(FormTable(list(labels["results_columns"]), rows))
    form.blocks.append(Block("table", table=0))
    form.intro = labels["results_intro"].format(citation=citation(fields))
    return form


# --------------------------------------------------------------------------- DOCX


def annex_docx(form: AnnexForm, profile: Profile, fields: Fields):
    wide = max((len(t.columns) for t in form.tables), default=0) > 5
    doc = od.new_document(landscape=wide)
    width = od.text_width_cm(doc)
    od.para(doc, form.label, size=14, bold=True, align="center")
    od.para(doc, od.balanced(form.title, 14, width, bold=True), size=14, bold=True, align="center")
    if form.attached:
        od.para(doc, od.balanced(form.attached, 14, width, italic=True), size=14, italic=True,
                align="center", after=12)
    if form.intro:
        od.body(doc, form.intro + ".")
    for block in form.blocks:
        if block.kind == "heading":
            od.para(doc, block.text, size=14, bold=True, before=6, after=3, keep_next=True)
        elif block.kind == "field":
            label = f"- {block.text}: "
            if block.value:
                od.para(doc, [od.Seg(label), od.Seg(block.value)], size=14, after=3)
            else:
                p = od.para(doc, [od.Seg(label), od.Seg("\t")], size=14, after=3)
                od.dotted_tab(p, width)
            if block.long:
                for _row in range(2):
                    p = od.para(doc, "\t", size=14, after=3)
                    od.dotted_tab(p, width)
        elif block.kind == "table":
            table = form.tables[block.table]
            _docx_table(doc, table, width)
    _form_foot(doc, profile, fields, width)
    od.finish(doc)
    return doc


def _docx_table(doc, table: FormTable, width: float) -> None:
    figures_table(doc, table, 13 if len(table.columns) <= 4 else 12, width=width, space_after=8)


def _form_foot(doc, profile: Profile, fields: Fields, width: float) -> None:
    """Who filled it in (left) and who signs for the unit (right), under a date line; the two
    names on the same line."""
    from .head_foot import signature_block
    from .vn import date_line

    right_cm = 9.0
    table = od.layout_table(doc, [width - right_cm, right_cm], rows=1)
    left, right = table.cell(0, 0), table.cell(0, 1)
    od.para(right, date_line(profile.unit.place, None, reply_year(fields, None)), size=14,
            italic=True, align="center")
    titles = signature_block(right, profile)
    od.para(left, "", size=14)
    od.para(left, text("annex", "preparer"), size=od.SIZE["sign"], bold=True, align="center",
            before=6)
    for _row in range(titles - 1 + 4):
        od.para(left, "", size=od.SIZE["sign"])
    od.para(left, profile.prepared_by.name, size=od.SIZE["name"], bold=True, align="center")
    for cell in (left, right):
        od.drop_empty_first(cell)
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    el = od.OxmlElement("w:cantSplit")
    el.set(od.qn("w:val"), "true")
    tr_pr.append(el)


def write_annex(fields: Fields, profile: Profile, out: str | Path, *, force: bool = False) -> list[str]:
    out = Path(out)
    ext = out.suffix.lower()
    if ext not in FORMATS:
        raise OutputError(_("an annex form is written as .docx or .xlsx, not %(suffix)s")
                          % {"suffix": ext or _("no extension")},
                          path=out, hint=_("Give an output name ending in .docx or .xlsx"))
    form, notices = annex_form(fields, profile)
    if not form.from_dispatch:
        notices.append(_("the dispatch attaches no form: written a table of results, one row per task"))
    if ext == ".docx":
        doc = annex_docx(form, profile, fields)
        atomic_write(out, lambda tmp: doc.save(str(tmp)), force=force)
    else:
        from .sheets import annex_workbook

        wb = annex_workbook(form)
        atomic_write(out, lambda tmp: wb.save(str(tmp)), force=force)
    return notices


