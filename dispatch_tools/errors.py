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
        super().__init__("standard input is empty" if str(path) == "-" else "the file is empty",
                         path=path, hint="Check that this is the right file")


class NotText(UnsupportedFormat):
    """Standard input, where only text is read, holds a file of another kind or binary data."""

    KINDS = {"pdf": "a PDF file", "image": "an image", "zip": "a DOCX file or another ZIP archive",
             "doc": "an old Word 97-2003 or Excel file", "binary": "binary data"}

    def __init__(self, kind: str):
        super().__init__(f"standard input holds {self.KINDS.get(kind, 'binary data')}, not text",
                         path="-", hint="Give the file itself instead: dispatch restore FILE "
                                        "reads PDF, images and DOCX too")


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
        super().__init__(f"its text is {amount}, more than one dispatch can have (at most "
                         f"{limit:,} characters, about {limit // 3000:,} pages)", path=path,
                         hint="Split it into its dispatches, or repair the text alone with: "
                              "dispatch restore FILE")


class MissingDependency(DispatchError):
    """An external program (Tesseract) or a language model is not installed."""

    exit_code = 5


class OutputError(DispatchError):
    """An output file or folder cannot be written."""

    exit_code = 6


class FolderBusy(OutputError):
    """Another batch holds the output folder's lock (wait for it, or use ``--wait``)."""

    exit_code = 8
