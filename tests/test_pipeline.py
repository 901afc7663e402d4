"""The pipeline as a whole: stages in order, each filling its part of the one document."""

from dispatch_tools import pipeline, read
from dispatch_tools.model import Document

from .conftest import SAMPLES


def test_read_runs_the_stages_up_to_the_one_asked():
    ingested = read(SAMPLES / "seed002.txt", until="ingest")
    assert ingested.changes == [] and ingested.fields is None
    repaired = read(SAMPLES / "seed002.txt", until="repair")
    assert repaired.changes and repaired.fields is None
    assert repaired.raw_text == ingested.raw_text and repaired.text != repaired.raw_text
    parsed = read(SAMPLES / "seed002.txt")
    assert parsed.fields.number == "2632/STTTT-CNTTVT"
    assert set(parsed.meta["seconds"]) == {"ingest", "repair", "parse"}


def test_generate_writes_every_output_from_the_document(tmp_path):
    doc = read(SAMPLES / "seed000.txt")
    written = pipeline.generate(doc, tmp_path)
    assert sorted(written.outputs) == ["annex", "calendar", "checklist", "checklist-md", "parsed", "reply",
                                     "slip"]
    for path in written.outputs.values():
        assert path.is_file() and path.parent == tmp_path
    assert written.outputs["reply"].name == "1690-CV_TDTN-BTG.reply.docx"
    again = Document.from_dict(__import__("json").loads(written.outputs["parsed"].read_text("utf-8")))
    assert again.fields.number == doc.fields.number
