"""The command line: linter-style lines, the JSON contract, exit codes."""

import json

from minutes_app.cli import main
from tests.helpers import SEEDS


def test_json_contract(capsys):
    seed = next(p for p in SEEDS if p.name.startswith("001"))
    assert main(["check", "--json", str(seed)]) == 1
    output = json.loads(capsys.readouterr().out)
    assert output["version"] == 1
    document = output["documents"][0]
    text = seed.read_text(encoding="utf-8")
    assert document["path"] == str(seed)
    for record in document["entities"] + document["findings"]:
        assert text[record["start"]:record["end"]] == record["text"]
    for entity in document["entities"]:
        assert entity["kind"] in {"official", "person", "organization", "target", "task", "figure"}
    finding = next(f for f in document["findings"] if f["code"] == "percent-mismatch" and f["text"] == "75,5%")
    assert finding["severity"] == "error" and finding["suggestion"] == "77,5%" and finding["message"]
    assert any(e["kind"] == "figure" and e["text"] == "62/80" for e in document["entities"])
    assert {"severity", "code", "message", "suggestion", "start", "end", "text"} <= set(finding)


def test_json_official_record(capsys):
    seed = next(p for p in SEEDS if p.name.startswith("002"))
    main(["check", "--json", str(seed)])
    document = json.loads(capsys.readouterr().out)["documents"][0]
    first = next(e for e in document["entities"] if e["kind"] == "official")
    assert first["name"] == "Nguyễn Văn Thể"
    assert first["titles"] == ["Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối"]
    assert first["text"].startswith("Nguyễn Văn Thể, Ủy viên Trung ương Đảng")


def test_lines_and_exit_codes(tmp_path, capsys):
    clean = tmp_path / "clean.txt"
    clean.write_text("Chi bộ có 45/52 đảng viên (đạt 86,5%) tham gia học tập.", encoding="utf-8")
    assert main(["check", str(clean)]) == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Dòng đầu.\nChi bộ có 45/52 đảng viên (đạt 84,6%).", encoding="utf-8")
    assert main(["check", str(wrong)]) == 1
    out = capsys.readouterr().out
    assert f"{wrong}:2:" in out and "error percent-mismatch" in out


def test_unusable_input_exits_2(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 binary")
    assert main(["check", str(empty)]) == 2
    assert main(["check", str(old)]) == 2
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert "rỗng" in err and ".doc" in err and "Không tìm thấy" in err


def test_hostile_inputs_finish_quickly_without_tracebacks(tmp_path, capsys):
    """Inputs the review found slow or fatal: a year 0000 date line, long runs of letters or
    spaces (regex backtracking), a control character inside a finding's message."""
    cases = {
        "year0.txt": "Hà Nội, ngày 05 tháng 02 năm 0000\nChi bộ họp.",
        "letters.txt": "x" * 50_000,
        "spaces.txt": "Tán thành: 10 phiếu" + " " * 5_000 + "x 100%\n50 phiếu" + " " * 5_000 + "đạt 9%",
        "commas.txt": "1," * 10_000 + "1-NQ/TU",
        "control.txt": "Chi bộ có 3 chi\vbộ gồm: (1) Chi bộ A; (2) Chi bộ B.",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert main(["check", str(path)]) in (0, 1), name
        assert main(["export", str(path), "--annotated", "-o", str(tmp_path / f"{name}.docx")]) == 0, name
    assert "Traceback" not in capsys.readouterr().err


def test_unknown_rule_code_is_refused(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Chi bộ họp.", encoding="utf-8")
    assert main(["check", "--disable", "percent-mismatchh", str(path)]) == 2
    assert "percent-mismatchh" in capsys.readouterr().err


def test_a_deletion_is_printed_as_such(tmp_path, capsys):
    """The web page's lines pasted with a news item: the line says "→ xóa", not an empty quote."""
    news = tmp_path / "tin.txt"
    news.write_text("Hội nghị Ban Chấp hành Đảng bộ xã An Bình lần thứ 5\nChiều 12/10/2025, Ban Chấp hành Đảng bộ xã An "
                    "Bình tổ chức Hội nghị lần thứ 5 nhằm đánh giá kết quả công tác 9 tháng đầu năm.\nLượt xem: 1.245\n"
                    "Chia sẻ\n", encoding="utf-8")
    main(["check", str(news)])
    line = next(line for line in capsys.readouterr().out.splitlines() if "web-debris" in line)
    assert line.endswith("→ xóa") and "“”" not in line
