"""Reading exported documents back: what a reviewer would see in Word."""

from __future__ import annotations

from docx.oxml.ns import qn

_START, _END, _R = qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:r")


def commented_texts(document) -> dict[int, str]:
    """Comment id → the text between its commentRangeStart and commentRangeEnd."""
    open_ids: set[int] = set()
    texts: dict[int, list[str]] = {}
    for element in document.element.body.iter(_START, _END, _R):
        if element.tag == _START:
            cid = int(element.get(qn("w:id")))
            open_ids.add(cid)
            texts[cid] = []
        elif element.tag == _END:
            open_ids.discard(int(element.get(qn("w:id"))))
        else:
            for cid in open_ids:
                texts[cid].append(element.text)
    return {cid: "".join(parts) for cid, parts in texts.items()}


def shaded_runs(document) -> list[tuple[str, str]]:
    """(text, fill) of every run with a background shading, in document order."""
    found = []
    for run in document.element.body.iter(_R):
        rpr = run.find(qn("w:rPr"))
        shd = rpr.find(qn("w:shd")) if rpr is not None else None
        if shd is not None:
            found.append((run.text, shd.get(qn("w:fill"))))
    return found


def expected_label(analysis, offset: int) -> str:
    """'đoạn N' computed independently: N = how many paragraphs with text up to this one."""
    index = analysis.paragraph_at(offset).index
    number = sum(1 for p in analysis.paragraphs[: index + 1] if p.text.strip())
    return f"đoạn {number}"


def sections(document) -> dict[str, list]:
    """Body blocks (Paragraph / Table) grouped under the "I. …" … "VII. …" headings."""
    from docx.text.paragraph import Paragraph

    grouped: dict[str, list] = {}
    current = None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph) and _is_heading(block.text):
            current = block.text
            grouped[current] = []
        elif isinstance(block, Paragraph) and block.text.startswith("Bản tóm tắt do"):
            current = None  # the closing note and signature follow section VI
        elif current is not None:
            grouped[current].append(block)
    return grouped


def _is_heading(text: str) -> bool:
    for mark in (". ", "- "):
        number, dash, rest = text.partition(mark)
        if dash and number in ("I", "II", "III", "IV", "V", "VI", "VII") and rest.isupper():
            return True
    return False


def table_rows(blocks, columns: int | None = None) -> list[list[str]]:
    """Cell texts of the first table among ``blocks`` (of ``columns`` columns, if given), header row excluded;
    [] if no table."""
    from docx.table import Table

    for block in blocks:
        if isinstance(block, Table) and (columns is None or len(block.columns) == columns):
            return [[cell.text for cell in row.cells] for row in block.rows[1:]]
    return []


def summary_of_text(text: str, tmp_path, name: str = "summary.docx"):
    """The Word summary of ``text``, written to ``tmp_path`` and read back."""
    from docx import Document

    from minutes_app.core.engine import analyze
    from minutes_app.export.summary import write_summary

    path = tmp_path / name
    write_summary(analyze(text), path)
    return Document(str(path))


def section(document, heading_end: str) -> list:
    """The blocks under the one heading that ends with ``heading_end``."""
    grouped = sections(document)
    (heading,) = [h for h in grouped if h.endswith(heading_end)]
    return grouped[heading]


def block_texts(blocks) -> str:
    return "\n".join(b.text for b in blocks if hasattr(b, "text"))
