"""`minutes-app convert`: auto-detected or forced legacy tables, exact output, exit codes."""

import pytest

from minutes_app.cli import main
from tests.samples.make_samples import write_legacy_docx, write_txt_samples


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    folder = tmp_path_factory.mktemp("convert")
    return folder, {name: (expected, scheme) for name, expected, scheme in
                    write_txt_samples(folder) + write_legacy_docx(folder)}


def _read(path):
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")


@pytest.mark.parametrize("name", ["tcvn3.txt", "vni.txt", "viqr.txt", "tcvn3_in_utf8.txt", "tcvn3.docx", "vni.docx"])
def test_converts_to_the_exact_text(samples, tmp_path, capsys, name):
    folder, cases = samples
    out = tmp_path / "out.txt"
    assert main(["convert", str(folder / name), "-o", str(out)]) == 0
    assert _read(out).strip("\n") == cases[name][0].strip("\n")
    assert "Đã chuyển" in capsys.readouterr().out


def test_unicode_input_has_nothing_to_convert(samples, tmp_path, capsys):
    folder, _ = samples
    out = tmp_path / "out.txt"
    assert main(["convert", str(folder / "nfd.txt"), "-o", str(out)]) == 1
    assert "đã là Unicode" in capsys.readouterr().err and not out.exists()


def test_forced_table(samples, tmp_path):
    folder, cases = samples
    out = tmp_path / "out.txt"
    assert main(["convert", str(folder / "vni.txt"), "--from", "vni", "-o", str(out)]) == 0
    assert _read(out).strip("\n") == cases["vni.txt"][0].strip("\n")
    (tmp_path / "short.txt").write_text("Ha` No^.i", encoding="ascii")  # too short to be detected
    assert main(["convert", str(tmp_path / "short.txt"), "--from", "viqr", "-o", str(out)]) == 0
    assert _read(out) == "Hà Nội"


def test_unusable_input_and_output(samples, tmp_path, capsys):
    folder, _ = samples
    assert main(["convert", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o.txt")]) == 2
    assert "Không tìm thấy" in capsys.readouterr().err
    assert main(["convert", str(folder / "vni.txt"), "-o", str(tmp_path / "o.docx")]) == 2
    assert ".txt" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["convert", str(folder / "vni.txt"), "--from", "viscii", "-o", str(tmp_path / "o.txt")])
    assert exit_.value.code == 2


def test_check_says_when_a_file_needs_converting(samples, capsys):
    folder, _ = samples
    main(["check", str(folder / "tcvn3.txt")])
    assert "minutes-app convert" in capsys.readouterr().err
