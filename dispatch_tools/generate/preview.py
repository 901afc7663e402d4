"""Render generated DOCX files to PDF (LibreOffice headless) and PNG pages (pdftoppm) to look at.

``make render`` runs ``python -m dispatch_tools.generate.preview -o render-output``: it generates
the reply (report and công văn), the annex form and the checklist for the two seed dispatches
(``tests/data/seed00*.fields.json``) with the example profile, and writes each as DOCX, PDF and
one PNG per page. ``--fields FILE.json`` renders other parsed dispatches instead.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..errors import DispatchError, InputError, MissingDependency
from ..model import Document, Fields
from ..i18n import _

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [ROOT / "tests" / "data" / "seed000.fields.json", ROOT / "tests" / "data" / "seed002.fields.json"]


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx: Path, outdir: Path, timeout: float = 120) -> tuple[Path, str]:
    """Convert with LibreOffice headless; returns the PDF and what LibreOffice printed.

    A private user profile keeps parallel runs from blocking on one another's lock file.
    """
    exe = soffice()
    if not exe:
        raise MissingDependency(_("LibreOffice (soffice) is not installed"),
                                hint=_("Install it: apt-get install libreoffice-writer-nogui"))
    docx, outdir = Path(docx).resolve(), Path(outdir).resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dispatch-lo-") as profile:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(outdir), str(docx)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    pdf = outdir / (docx.stem + ".pdf")
    messages = "\n".join(line for line in (proc.stdout + proc.stderr).splitlines()
                         if line.strip() and "javaldx" not in line
                         and not line.startswith(("convert ", "Overwriting:")))
    if proc.returncode != 0 or not pdf.is_file():
        raise DispatchError(_("LibreOffice could not convert it: %(messages)s")
                            % {"messages": messages or proc.returncode}, path=docx)
    return pdf, messages


def page_count(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def to_png(pdf: Path, prefix: Path, dpi: int = 60) -> list[Path]:
    exe = shutil.which("pdftoppm")
    if not exe:
        raise MissingDependency(_("pdftoppm is not installed"), hint=_("Install poppler-utils"))
    subprocess.run([exe, "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True, timeout=120)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def load_fields(path: Path) -> Fields:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(_("cannot read parsed fields (%(error)s)") % {"error": exc}, path=path) from exc
    if "fields" in data and "kind" in data:
        doc = Document.from_dict(data)
        if doc.fields is None:
            raise InputError(_("the document has no parsed fields"), path=path)
        return doc.fields
    return Fields.from_dict(data)


def render(fields_files: list[Path], outdir: Path, profile_path: Path | None, dpi: int) -> list[Path]:
    from .annex import write_annex
    from .checklist import write_checklist
    from .files import safe_name
    from .profile import example_path, load_profile
    from .reply import write_reply

    profile = load_profile(profile_path or example_path())
    made: list[Path] = []
    for path in fields_files:
        fields = load_fields(path)
        stem = safe_name(fields.number, path.stem)
        outputs = {
            outdir / f"{stem}.reply.docx": lambda o: write_reply(fields, profile, o, force=True),
            outdir / f"{stem}.reply-cong-van.docx":
                lambda o: write_reply(fields, profile, o, form="cong-van", force=True),
            outdir / f"{stem}.annex.docx": lambda o: write_annex(fields, profile, o, force=True),
            outdir / f"{stem}.checklist.docx": lambda o: write_checklist(fields, o, force=True),
        }
        for out, write in outputs.items():
            write(out)
            pdf, messages = to_pdf(out, outdir)
            for old in outdir.glob(out.stem + "-*.png"):
                old.unlink()
            pngs = to_png(pdf, outdir / out.stem, dpi)
            note = f" (LibreOffice said: {messages})" if messages else ""
            print(f"{out}: {page_count(pdf)} page(s), {len(pngs)} PNG{note}")
            made += [out, pdf, *pngs]
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dispatch_tools.generate.preview",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", default="render-output", help="folder for DOCX, PDF and PNG")
    ap.add_argument("--fields", nargs="*", type=Path, help="parsed dispatches (JSON) to render")
    ap.add_argument("--profile", type=Path, help="profile (TOML); default: the example profile")
    ap.add_argument("--dpi", type=int, default=60, help="PNG resolution (default 60)")
    args = ap.parse_args(argv)
    try:
        render(args.fields or SEEDS, Path(args.output), args.profile, args.dpi)
    except DispatchError as exc:
        print(f"render: error: {exc.render()}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
