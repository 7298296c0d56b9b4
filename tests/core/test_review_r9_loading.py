"""Review round 9: text files the loader misread (UTF-16 big-endian without a BOM; Unicode
damaged into Windows-1252 mojibake), read through the real loader and the command line."""

from __future__ import annotations

import pytest

from minutes_app import cli
from minutes_app.core.legacy import convert_spans, decode_bytes, detect_text
from minutes_app.core.loading import load_file

# Sentences of our own, as different clerks write them.
SENTENCES = (
    "Chi bộ Thôn Đông có 27 đảng viên, dự họp 25 đồng chí, vắng 2 đồng chí có lý do.",
    "Đồng chí Hoàng Thị Thủy, Phó Bí thư Đảng ủy xã, phát biểu chỉ đạo hội nghị.",
    "Năm 2025 thu ngân sách trên địa bàn đạt 12.480 triệu đồng, bằng 104,2% dự toán huyện giao.",
    "Hội nghị kết thúc lúc 11 giờ 30 phút cùng ngày; biên bản được thông qua với 100% tán thành.",
)


def _mojibake(text: str) -> str:
    """What a Windows program shows (and saves again) for UTF-8 read as Windows-1252."""
    return decode_bytes(text.encode("utf-8"))


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_reads_in_either_byte_order(tmp_path, order):
    """Before: big-endian UTF-16 without a BOM was refused as "binary data"."""
    text = "\n".join(SENTENCES)
    path = tmp_path / "bien ban họp chi bộ.txt"
    path.write_bytes(text.encode(order))
    loaded = load_file(path)
    assert loaded.text == text and loaded.encoding == "utf-16"


def test_mostly_ascii_utf16_without_a_bom_is_not_taken_for_utf8_with_nuls(tmp_path):
    """Unaccented text in UTF-16 is valid UTF-8 full of NULs: the byte pattern decides first."""
    text = "Bien ban hop chi bo thon Dong, ngay 05/3/2025. Co mat 25/27 dang vien."
    path = tmp_path / "khong dau.txt"
    path.write_bytes(text.encode("utf-16-le"))
    assert load_file(path).text == text


@pytest.mark.parametrize("sentence", SENTENCES)
def test_windows_1252_mojibake_is_detected_and_converts_back(tmp_path, sentence):
    """Before: "Ä‘á»“ng chÃ­" was checked as it stood, with made-up spelling findings."""
    text = "\n".join([sentence] * 3)
    path = tmp_path / "loi_phong.txt"
    path.write_text(_mojibake(text), encoding="utf-8")
    loaded = load_file(path)
    assert loaded.legacy_scheme == "cp1252"
    assert convert_spans(loaded.text, loaded.legacy) == text


@pytest.mark.parametrize("text", [
    "\n".join(SENTENCES),
    "Hoà bình, Thuỷ lợi, Khánh Hoà: à á â ã è é ê ì í ò ó ô õ ù ú ý đều là chữ Latin-1 thật.",
    "Café «Sài Gòn» — giá 25.000 đồng; tỷ lệ ±2%; nhiệt độ 30°C.",
])
def test_real_unicode_is_never_taken_for_mojibake(text):
    assert detect_text(text) is None


def test_mojibake_keeps_what_is_no_utf8():
    """A real Latin-1 letter standing beside mojibake stays as it is."""
    from minutes_app.core.legacy import cp1252_mojibake_to_unicode

    assert cp1252_mojibake_to_unicode(_mojibake("đồng chí") + " Hoà ©") == "đồng chí Hoà ©"


def test_check_warns_and_convert_repairs_mojibake(tmp_path, capsys):
    source = tmp_path / "báo cáo lỗi phông.txt"
    text = "\n".join(SENTENCES)
    source.write_text(_mojibake(text), encoding="utf-8")
    cli.main(["check", str(source)])
    assert "Windows-1252" in capsys.readouterr().err
    out = tmp_path / "đã sửa.txt"
    assert cli.main(["convert", str(source), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").replace("\r\n", "\n") == text


def test_check_piped_into_head_ends_without_a_traceback(tmp_path):
    """`minutes-app check --json … | head`: before, a BrokenPipeError traceback on stderr."""
    import subprocess
    import sys
    from pathlib import Path

    seeds = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    script = "from minutes_app.cli import console; import sys; sys.argv = ['minutes-app', *sys.argv[1:]]; console()"
    reader = subprocess.Popen(["head", "-c", "100"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    done = subprocess.run([sys.executable, "-c", script, "check", "--json", *seeds, *seeds],
                          stdout=reader.stdin, stderr=subprocess.PIPE, timeout=120)
    reader.stdin.close()
    reader.wait()
    assert b"Traceback" not in done.stderr, done.stderr.decode()[-500:]
    assert done.returncode == 141


def test_a_file_just_over_20_mb_is_said_to_be_over_the_limit(tmp_path):
    """Before: “quá lớn (20.0 MB); chương trình nhận tệp đến 20 MB”: English decimals, and a size
    that reads as within the limit."""
    from minutes_app.core.loading import MAX_FILE_BYTES, LoadError

    path = tmp_path / "báo cáo năm (bản đầy đủ).txt"
    line = "Chi bộ có 27 đảng viên, có mặt 25 đồng chí.\n".encode("utf-8")
    path.write_bytes((line * (MAX_FILE_BYTES // len(line) + 100))[:MAX_FILE_BYTES + 4096])
    assert path.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(LoadError) as raised:
        load_file(path)
    assert "(20,1 MB)" in str(raised.value) and "20 MB" in str(raised.value)


def test_command_line_os_errors_are_told_in_vietnamese(tmp_path, capsys, monkeypatch):
    """Before: “không ghi được tệp: No such file or directory”, “Không đọc được tệp …: Permission denied.”"""
    import errno
    from pathlib import Path

    source = tmp_path / "biên bản.txt"
    source.write_text("\n".join(SENTENCES), encoding="utf-8")
    missing = tmp_path / "thư mục chưa tạo" / "tóm tắt.docx"
    assert cli.main(["export", str(source), "-o", str(missing)]) == 2
    assert cli.main(["convert", str(source), "-o", str(missing.with_suffix(".txt")), "--from", "vni"]) == 2
    err = capsys.readouterr().err
    assert err.count("không ghi được tệp: không tìm thấy tệp hoặc thư mục.") == 2 and "No such file" not in err

    def refused(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refused)
    assert cli.main(["check", str(source)]) == 2
    err = capsys.readouterr().err
    assert "Không đọc được tệp “biên bản.txt”: không có quyền truy cập." in err and "Permission" not in err
