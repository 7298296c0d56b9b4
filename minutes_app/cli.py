"""Command line: `minutes-app check`, `minutes-app export`, `minutes-app convert`, and the
editor by default.

Exit codes of `check`: 0 no error-level finding, 1 at least one, 2 unusable input or
arguments (argparse already exits 2 on bad arguments); 141 when its reader went away
(`… | head`), as a shell reports a program ended by SIGPIPE. `convert`: 0 converted, 1 nothing to
convert (the file is Unicode already), 2 unusable input or output.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from pathlib import Path

JSON_VERSION = 1
_COMMANDS = ("check", "export", "convert")


def console() -> None:
    """The `minutes-app` command. A command-line run ends with os._exit once its output is
    flushed and the compiled patterns are kept (regex_cache.save): tearing down the word lists
    and the analysis object by object costs about a tenth of a check of a long report, and
    nothing else is left to write. The editor exits normally."""
    argv = sys.argv[1:]
    global _ONE_SHOT, _COLLECTOR_OFF
    _ONE_SHOT = True
    if argv and argv[0] in _COMMANDS:
        # The engine's modules, rules and word lists load now (imported by the command, not by
        # this module) with the cycle collector off: they make almost no cycles, and its
        # collections would only walk them as they grow (~10 ms of a check's start-up).
        # run_check keeps it off for one document (it ends with os._exit), the others turn it on.
        _COLLECTOR_OFF = True
        gc.disable()
        _keep_compiled_patterns()
    try:
        code = main(argv)
        if argv and argv[0] in _COMMANDS:
            sys.stdout.flush()
            sys.stderr.flush()
            from . import regex_cache

            regex_cache.save()
    except BrokenPipeError:
        # `minutes-app check … | head`: the reader has all it wanted; no traceback for that
        # (the Python documentation's recipe: stdout to devnull so the exit flush cannot fail again).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 141  # as a shell reports a program ended by SIGPIPE
    if argv and argv[0] in _COMMANDS:
        os._exit(code)
    sys.exit(code)


def _keep_compiled_patterns() -> None:
    """A command compiles ~800 patterns as it starts, ~0.1 s each time: kept in the user's cache
    folder from one run to the next (regex_cache.py). Installed before the engine is imported,
    which is why this module imports nothing of it at its top."""
    import platformdirs

    from . import regex_cache

    regex_cache.install(Path(platformdirs.user_cache_path("minutes_app", "minutes_app")))


def _seal_pattern_cache() -> None:
    """The engine is loaded: what is compiled from now on is built from the user's documents, not kept."""
    from . import regex_cache

    regex_cache.seal()


_ONE_SHOT = False  # the process ends with the command (console): nothing is torn down after it
_COLLECTOR_OFF = False  # console switched the cycle collector off for the start-up


def _collector_on() -> None:
    """The cycle collector back on, where console switched it off for the start-up."""
    global _COLLECTOR_OFF
    if _COLLECTOR_OFF:
        _COLLECTOR_OFF = False
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _use_utf8_console()
    if argv and argv[0] in _COMMANDS:
        parser = _parser()
        args = parser.parse_args(argv)
        return args.run(args)
    if argv and argv[0] in ("-h", "--help"):  # the editor's usage and every sub-command, without Qt
        _parser().print_help()
        return 0
    from .gui.app import run_gui  # Qt is only imported when the editor is wanted

    return run_gui(argv)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes-app", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Kiểm tra biên bản, báo cáo hội nghị.\n\n"
                    "  minutes-app [TỆP] [--screenshot ẢNH.png]\n"
                    "      mở trình soạn thảo (TỆP .txt hoặc .docx); --screenshot chụp cửa sổ ra PNG rồi thoát\n"
                    "  minutes-app LỆNH …   (minutes-app LỆNH --help cho chi tiết)")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="kiểm tra tệp và in các phát hiện")
    check.add_argument("files", nargs="+", type=Path)
    check.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    check.add_argument("--disable", action="append", default=[], metavar="CODE", help="tắt một quy tắc")
    check.add_argument("--words", type=Path, metavar="FILE",
                       help="từ điển cá nhân (mặc định: từ điển của người dùng, dùng chung với trình soạn thảo)")
    check.add_argument("--roster", type=Path, metavar="FILE",
                       help="danh bạ cán bộ .json, .csv hoặc .xlsx (mặc định: danh bạ của người dùng, "
                            "dùng chung với trình soạn thảo)")
    check.set_defaults(run=run_check)

    export = commands.add_parser("export", help="xuất bản tóm tắt hoặc bản có nhận xét (DOCX)")
    export.add_argument("file", type=Path)
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--annotated", action="store_true", help="xuất văn bản kèm nhận xét Word")
    export.set_defaults(run=run_export)

    convert = commands.add_parser("convert", help="chuyển văn bản mã cũ (TCVN3, VNI, VIQR) sang Unicode")
    convert.add_argument("file", type=Path)
    convert.add_argument("-o", "--output", type=Path, required=True, help="tệp .txt ghi kết quả (UTF-8)")
    convert.add_argument("--from", dest="scheme", choices=("tcvn3", "vni", "viqr", "cp1252"),
                         help="bảng mã của tệp, khi không muốn tự nhận biết")
    convert.set_defaults(run=run_convert)
    return parser


def run_check(args: argparse.Namespace) -> int:
    from .core.checks import all_rules
    from .core.engine import Analyzer
    from .core.loading import LoadError, load_file
    from .core.model import Severity
    from .core.os_reasons import os_reason

    unknown = sorted(set(args.disable) - set(all_rules()))
    if unknown:  # a typo would otherwise silently disable nothing
        print(f"Không có quy tắc: {', '.join(unknown)}. Các mã hợp lệ: {', '.join(all_rules())}", file=sys.stderr)
        return 2
    from .core import roster as roster_module
    from .core.user_dictionary import UserDictionary

    try:
        if args.roster is None or args.roster.suffix.lower() == ".json":
            roster = roster_module.Roster.load(args.roster).entries()
        else:
            roster = tuple(roster_module.import_file(args.roster))
    except (OSError, ValueError, KeyError) as err:
        reason = os_reason(err) if isinstance(err, OSError) else err  # the OS's text is English
        print(f"Không đọc được danh bạ cán bộ {args.roster or roster_module.default_path()}: {reason}", file=sys.stderr)
        return 2
    analyzer = Analyzer(disabled=frozenset(args.disable), user_words=UserDictionary(args.words).words(),
                        roster=roster)
    _seal_pattern_cache()
    if _ONE_SHOT and len(args.files) == 1:
        # One document, then os._exit: the cycle collector would only walk the whole analysis
        # once more before the process ends (~40 ms on 200k characters). Off for that run.
        gc.disable()
    else:
        _collector_on()  # several documents: the garbage of each is collected
    documents = []
    has_error = unusable = False
    for path in args.files:
        try:
            loaded = load_file(path)
        except LoadError as err:
            print(f"{path}: {err}", file=sys.stderr)
            unusable = True
            continue
        if loaded.legacy:
            from .core.legacy import NAMES

            print(f"{path}: văn bản dùng mã {NAMES[loaded.legacy_scheme]}, kết quả kiểm tra không đáng tin; hãy chuyển "
                  f"sang Unicode: minutes-app convert {path} -o ban_unicode.txt", file=sys.stderr)
        analysis = analyzer.analyze(loaded.text)
        has_error |= any(f.severity is Severity.ERROR for f in analysis.findings)
        if args.json:
            documents.append({"path": str(path), **analysis.to_json()})
        else:
            places = _line_cols(loaded.text, [f.start for f in analysis.findings])
            for finding, (line, col) in zip(analysis.findings, places):
                fix = "" if finding.suggestion is None else " → xóa" if finding.suggestion == "" else \
                    f" → “{finding.suggestion}”"
                print(f"{path}:{line}:{col}: {finding.severity.value} {finding.code} {finding.message}{fix}")
    if args.json:
        json.dump({"version": JSON_VERSION, "documents": documents}, sys.stdout, ensure_ascii=False, indent=1)
        print()
    if unusable:
        return 2
    return 1 if has_error else 0


def run_export(args: argparse.Namespace) -> int:
    from .core.engine import Analyzer
    from .core.loading import LoadError, load_file
    from .core.os_reasons import os_reason
    from .export import write_annotated, write_summary

    _collector_on()  # python-docx makes cycles
    _seal_pattern_cache()
    try:
        loaded = load_file(args.file)
    except LoadError as err:
        print(f"{args.file}: {err}", file=sys.stderr)
        return 2
    analysis = Analyzer().analyze(loaded.text)
    try:
        if args.annotated:
            write_annotated(analysis, args.output, source=loaded.path)
        else:
            write_summary(analysis, args.output, source=loaded.path)
    except OSError as err:
        print(f"{args.output}: không ghi được tệp: {os_reason(err)}.", file=sys.stderr)
        return 2
    except Exception as err:  # noqa: BLE001  (a bug of ours: say so, never a traceback)
        print(f"{args.output}: xuất tệp không thành công do lỗi của chương trình: {err}", file=sys.stderr)
        return 3
    print(f"Đã xuất {args.output}")
    return 0


def run_convert(args: argparse.Namespace) -> int:
    from .core.legacy import NAMES, converted_text
    from .core.loading import LoadError, load_file
    from .core.os_reasons import os_reason

    _collector_on()

    if args.output.suffix.lower() != ".txt":
        print(f"{args.output}: kết quả chuyển mã được ghi ra tệp văn bản .txt; hãy đặt tên tệp kết thúc bằng .txt.",
              file=sys.stderr)
        return 2
    try:
        loaded = load_file(args.file)
    except LoadError as err:
        print(f"{args.file}: {err}", file=sys.stderr)
        return 2
    text = converted_text(loaded, args.scheme)
    if text is None:
        print(f"{args.file}: không nhận ra mã cũ (TCVN3, VNI, VIQR) nào: văn bản đã là Unicode, không cần chuyển. "
              "Nếu chắc chắn tệp dùng mã cũ, hãy chỉ rõ bằng --from tcvn3, --from vni hoặc --from viqr.",
              file=sys.stderr)
        return 1
    try:
        # UTF-8 with a BOM and Windows line ends, as the editor saves: old Notepad reads it too.
        args.output.write_bytes("\r\n".join(text.split("\n")).encode("utf-8-sig"))
    except OSError as err:
        print(f"{args.output}: không ghi được tệp: {os_reason(err)}.", file=sys.stderr)
        return 2
    scheme = args.scheme or loaded.legacy_scheme
    print(f"Đã chuyển {args.file} từ mã {NAMES[scheme]} sang Unicode: {args.output}")
    return 0


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _line_cols(text: str, offsets: list[int]):
    """_line_col of each offset, the lines counted on from the previous offset when they come in
    order (the findings do): a long report is not counted from its start for every finding."""
    line, counted = 1, 0  # the line at offset ``counted``
    for offset in offsets:
        if offset >= counted:
            line += text.count("\n", counted, offset)
        else:
            line = text.count("\n", 0, offset) + 1
        counted = offset
        yield line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _use_utf8_console() -> None:
    """Windows consoles default to a legacy code page that cannot print Vietnamese."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    console()
