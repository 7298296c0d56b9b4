"""The user's own dictionary (từ điển cá nhân): local names, places and terms the checker must
accept. One word or phrase a line in a UTF-8 file in the platformdirs data folder, shared by
the editor and the command line; written atomically, read again when it changes on disk.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import platformdirs

from .atomic import write_atomic

APP_NAME = "minutes_app"  # the same folder as the editor's settings and autosaves
FILE_NAME = "tu_dien_ca_nhan.txt"
HEADER = "# Từ điển cá nhân của minutes_app: mỗi dòng một từ; chương trình không báo lỗi chính tả các từ này.\n"

# The checks whose findings are about a word as written: a word of the dictionary silences them.
WORD_CODES = frozenset({"spelling", "real-word", "split-word", "acronym-doubled"})


def default_path() -> Path:
    return Path(platformdirs.user_data_path(APP_NAME, APP_NAME)) / FILE_NAME


def normalize(word: str) -> str:
    return " ".join(unicodedata.normalize("NFC", word).split()).lower()


class UserDictionary:
    """The words of one dictionary file, normalised (NFC, lower case, single spaces)."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else default_path()
        self._stamp: tuple[float, int] | None = None
        self._words: frozenset[str] = frozenset()

    def words(self) -> frozenset[str]:
        """The current words, re-read when the file changed since the last call."""
        try:
            stat = self.path.stat()
        except OSError:
            self._stamp, self._words = None, frozenset()
            return self._words
        stamp = (stat.st_mtime, stat.st_size)
        if stamp != self._stamp:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
            self._words = frozenset(normalize(w) for line in lines if (w := line.split("#", 1)[0].strip()))
            self._stamp = stamp
        return self._words

    def __contains__(self, word: str) -> bool:
        return normalize(word) in self.words()

    def add(self, word: str) -> None:
        self.replace(self.words() | {normalize(word)})

    def remove(self, word: str) -> None:
        self.replace(self.words() - {normalize(word)})

    def replace(self, words) -> None:
        """Write exactly these words (sorted), atomically: a crash never leaves half a file."""
        words = sorted({normalize(w) for w in words if normalize(w)})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # with the mode of any new file: an exported list is for colleagues (mkstemp left it 0600)
        write_atomic(self.path, lambda temp: temp.write_text(HEADER + "".join(f"{w}\n" for w in words),
                                                             encoding="utf-8"))
        self._stamp = None  # read back on the next call


def accepted(words: frozenset[str]) -> frozenset[str]:
    """The entries and each syllable of them: "Chiềng Sinh" accepts "Chiềng" where it stands."""
    return words | {part for word in words for part in word.split(" ")}


def silenced(code: str, text: str, accepted_words: frozenset[str]) -> bool:
    """A finding about a word the user has added to the dictionary (see ``accepted``)."""
    return code in WORD_CODES and bool(accepted_words) and normalize(text) in accepted_words
