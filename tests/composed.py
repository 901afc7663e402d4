"""Composed documents for the parser's tests: the head and foot of a document in the layout of Decree 30
(issuer, motto, number, place and date, type, subject; `Nơi nhận` and the signature) around the lines a test
is about, and the tasks the parser reads from the whole. The documents are made up, not taken from any."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def head(issuer: str, number: str, dated: str, title: str, subject: str, *after: str, spaced: bool = False) -> str:
    """The head down to the lines ``after`` the subject (the first articles), each line ending in a newline;
    ``spaced`` leaves a blank line before the type's title, after the subject and after the last line."""
    gap = "\n" if spaced else ""
    top = "\n".join([*issuer.split("\n"), *MOTTO, f"Số: {number}", dated]) + "\n"
    return top + gap + f"{title}\n{subject}\n" + gap + "".join(f"{line}\n" for line in after) + (gap if after else "")


def foot(like: str, *signer: str, spaced: bool = False) -> str:
    """``Nơi nhận`` (``- Như {like};``, ``- Lưu: VT.``) and the signature's lines; ``spaced`` as a page
    prints them, with blank lines before the block and before the name."""
    gap = "\n" if spaced else ""
    *titles, name = signer
    return f"Nơi nhận:\n- Như {like};\n- Lưu: VT.\n" + gap + "".join(f"{t}\n" for t in titles) + gap * 2 + f"{name}\n"


def tasks_in(text: str) -> list[dict]:
    """The tasks of the contract the parser reads from ``text``."""
    return to_contract(parse_text(text).fields)["tasks"]


def items_reader(head_text: str, foot_text: str):
    """A function giving the tasks the parser reads from ``head_text``, the lines given to it, then
    ``foot_text``."""
    def tasks_of(*items: str) -> list[dict]:
        return tasks_in(head_text + "\n".join(items) + "\n" + foot_text)
    return tasks_of


def decision_items(issuer: str, number: str, dated: str, subject: str, scope: str, heading: str,
                   title: str, name: str):
    """The reader of :func:`items_reader` for items set under ``heading`` (``Điều 2. …``) of a decision
    whose first article is ``scope``, signed by ``title`` and ``name``."""
    return items_reader(head(issuer, number, dated, "QUYẾT ĐỊNH", subject, "QUYẾT ĐỊNH:", scope, heading),
                        foot("Điều 2", title, name))


def assignment_items(number: str, dated: str):
    """The reader of :func:`items_reader` for the list items of a provincial công văn assigning tasks
    (``… phân công thực hiện nhiệm vụ như sau:``), numbered ``number``, dated ``dated``, signed by its chairman."""
    return items_reader(head("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH", number, dated, "V/v phân công thực hiện nhiệm vụ",
                             "Ủy ban nhân dân tỉnh phân công thực hiện nhiệm vụ như sau:"),
                        foot("trên", "CHỦ TỊCH", "Lê Văn Cường"))
