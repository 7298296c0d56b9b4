"""`make render-docs`: export seeds 001 and 004, then render the DOCX files to PDF and PNG.

Looking at the pages is the only way to see that the summary reads like an official document
and that nothing overflows; LibreOffice (soffice) renders the DOCX files as Word would lay them
out, closely enough, and pdftoppm turns the pages into images. The annotated copies are
rendered with their comments as PDF notes (the icons beside the text).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutes_app.core.engine import Analyzer  # noqa: E402
from minutes_app.core.loading import load_file  # noqa: E402
from minutes_app.export import write_annotated, write_summary  # noqa: E402

SEEDS = ("001_5b83d424bdd5d02b", "004_bc74bf3a4776a6c8")
PDF_PLAIN = "pdf"
PDF_WITH_COMMENTS = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
DPI = 80


def export(out_dir: Path) -> tuple[list[Path], list[Path]]:
    """Summary and annotated copy of each seed: (summaries, annotated copies)."""
    analyzer = Analyzer()
    summaries, annotated = [], []
    for seed in SEEDS:
        loaded = load_file(ROOT / "seeds" / f"{seed}.txt")
        analysis = analyzer.analyze(loaded.text)
        summary = out_dir / f"{seed}_tom_tat.docx"
        checked = out_dir / f"{seed}_nhan_xet.docx"
        write_summary(analysis, summary, source=loaded.path)
        write_annotated(analysis, checked, source=loaded.path)
        summaries.append(summary)
        annotated.append(checked)
    return summaries, annotated


def to_pdf(files: list[Path], out_dir: Path, target: str) -> list[Path]:
    """One soffice run for all files, with a private profile so a running LibreOffice
    (or a parallel run) does not block the conversion."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
             "--outdir", str(out_dir), *map(str, files)],
            check=True, capture_output=True, timeout=300,
        )
    return [out_dir / f"{f.stem}.pdf" for f in files]


def to_png(pdf: Path) -> list[Path]:
    for old in pdf.parent.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), str(pdf), str(pdf.with_suffix(""))], check=True, timeout=120)
    return sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))


def main() -> int:
    missing = [tool for tool in ("soffice", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        print(f"Thiếu {', '.join(missing)}: cài libreoffice-writer-nogui poppler-utils.", file=sys.stderr)
        return 1
    out_dir = ROOT / "out"
    out_dir.mkdir(exist_ok=True)
    summaries, annotated = export(out_dir)
    pdfs = to_pdf(summaries, out_dir, PDF_PLAIN) + to_pdf(annotated, out_dir, PDF_WITH_COMMENTS)
    for docx_file, pdf in zip(summaries + annotated, pdfs):
        print(docx_file.relative_to(ROOT))
        print(f"  {pdf.relative_to(ROOT)}")
        for png in to_png(pdf):
            print(f"  {png.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
