"""One exception hierarchy for the whole toolkit.

The library raises these; only the CLI turns them into a one-line message and an exit code.
Every message names the file concerned and says what the user can do about it.

Exit codes (documented in the README, "Errors"):

====  =========================================================
code  meaning
====  =========================================================
0     success
1     unexpected internal error (a bug: please report it with ``-v``)
2     bad command line (argparse)
3     input file missing, unreadable or of an unsupported kind
4     input file damaged, encrypted or over a safety limit
5     a required external program or model is missing
6     output cannot be written
7     batch finished, but some files failed (listed in failures.csv)
8     another batch is writing to the same output folder
====  =========================================================
"""

from __future__ import annotations

from pathlib import Path

from .i18n import N_, _, number


class DispatchError(Exception):
    """Root of every error the toolkit raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | Path | None = None, hint: str | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        head = f"{self.path}: {self.message}" if self.path else self.message
        return f"{head}. {self.hint}" if self.hint else head


class InputError(DispatchError):
    """The input cannot be read: missing, unreadable, empty or of an unsupported kind."""

    exit_code = 3


class UnsupportedFormat(InputError):
    pass


class EmptyInput(InputError):
    """The input holds nothing to read."""

    def __init__(self, path: str | Path):
        super().__init__(_("standard input is empty") if str(path) == "-" else _("the file is empty"),
                         path=path, hint=_("Check that this is the right file"))


class NotText(UnsupportedFormat):
    """Standard input, where only text is read, holds a file of another kind or binary data."""

    KINDS = {"pdf": N_("a PDF file"), "image": N_("an image"),
             "zip": N_("a DOCX file or another ZIP archive"),
             "doc": N_("an old Word 97-2003 or Excel file"), "binary": N_("binary data")}

    def __init__(self, kind: str):
        what = _(self.KINDS.get(kind, self.KINDS["binary"]))
        super().__init__(_("standard input holds %(kind)s, not text") % {"kind": what},
                         path="-", hint=_("Give the file itself instead: dispatch restore FILE "
                                          "reads PDF, images and DOCX too"))


class DamagedInput(DispatchError):
    """The input is of a known kind but damaged, encrypted or over a safety limit."""

    exit_code = 4


class EncryptedInput(DamagedInput):
    pass


class LimitExceeded(DamagedInput):
    pass


class TextTooLong(LimitExceeded):
    """The text of the input is longer than one dispatch can be (what the parser can take)."""

    def __init__(self, path: str | Path, amount: str, limit: int):
        super().__init__(_("its text is %(amount)s, more than one dispatch can have (at most "
                           "%(limit)s characters, about %(pages)s pages)")
                         % {"amount": amount, "limit": number(limit), "pages": number(limit // 3000)},
                         path=path, hint=_("Split it into its dispatches, or repair the text alone "
                                           "with: dispatch restore FILE"))


class MissingDependency(DispatchError):
    """An external program (Tesseract) or a language model is not installed."""

    exit_code = 5


class OutputError(DispatchError):
    """An output file or folder cannot be written."""

    exit_code = 6


class FolderBusy(OutputError):
    """Another batch holds the output folder's lock (wait for it, or use ``--wait``)."""

    exit_code = 8
