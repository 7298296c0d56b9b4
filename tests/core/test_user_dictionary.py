"""The personal dictionary: a word the user adds is never flagged again, in the engine and on
the command line; the file is written atomically and read again when it changes."""

from minutes_app.cli import main
from minutes_app.core.engine import Analyzer, analyze
from minutes_app.core.user_dictionary import UserDictionary

TEXT = "Xã mở rộng diện tích lúa séng cù đặc sản lên 120 ha."


def test_added_words_silence_word_checks(tmp_path):
    dictionary = UserDictionary(tmp_path / "words.txt")
    before = {f.text for f in analyze(TEXT).findings if f.code == "spelling"}
    assert "séng" in before
    dictionary.add("Séng  Cù")  # a phrase accepts each of its syllables
    assert "séng" not in dictionary.words() and "séng cù" in dictionary.words()
    after = Analyzer(user_words=dictionary.words()).analyze(TEXT)
    assert "séng" not in {f.text for f in after.findings if f.code == "spelling"}


def test_file_round_trip_and_reload(tmp_path):
    path = tmp_path / "sub" / "words.txt"
    dictionary = UserDictionary(path)
    assert dictionary.words() == frozenset()
    dictionary.add("  Chiềng   Sinh ")
    dictionary.add("UBBND")
    assert "chiềng sinh" in dictionary and "ubbnd" in dictionary
    other = UserDictionary(path)  # another process (the command line) sees the same words
    assert other.words() == dictionary.words()
    dictionary.remove("ubbnd")
    assert "ubbnd" not in other
    assert path.read_text(encoding="utf-8").startswith("#")


def test_command_line_honours_the_dictionary(tmp_path, capsys):
    source = tmp_path / "bao_cao.txt"
    source.write_text(TEXT, encoding="utf-8")
    words = tmp_path / "words.txt"
    main(["check", str(source), "--words", str(words)])
    assert "séng" in capsys.readouterr().out
    UserDictionary(words).add("séng")
    main(["check", str(source), "--words", str(words)])
    assert "séng" not in capsys.readouterr().out
