"""The ``facilitator`` command: the desktop app with no subcommand, headless tools otherwise.

Exit codes: 0 success, 1 failure with a one-line reason on stderr, 2 usage error.
Expected failures never print a traceback; the log file has the details.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from facilitator import __version__, app
from facilitator.domain.errors import FacilitatorError, current_language
from facilitator.domain.plurals import counted

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


class CommandFailed(FacilitatorError):
    """A command that cannot do what was asked, for a reason the user can fix."""


def _open_workspace(args: argparse.Namespace) -> Any:
    from facilitator.storage import Workspace

    return Workspace.open(args.data_dir_path)


# -- subcommands ----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from facilitator.storage.demo import create_demo

    with _open_workspace(args) as ws:
        meeting = create_demo(ws)
    print(meeting.id)
    return EXIT_OK


def cmd_meetings(args: argparse.Namespace) -> int:
    with _open_workspace(args) as ws:
        summaries = ws.meetings.summaries(include_archived=args.all)
    if args.json:
        print(json.dumps([s.to_dict() for s in summaries], ensure_ascii=False, indent=2))
        return EXIT_OK
    lang = current_language()
    if not summaries:
        print("Aucune réunion." if lang == "fr" else "No meetings.")
        return EXIT_OK
    for s in summaries:
        m = s.meeting
        date = m.date.astimezone().strftime("%Y-%m-%d %H:%M")
        counts = ", ".join(
            [
                counted(s.ideas, lang, ("idea", "ideas"), ("idée", "idées")),
                counted(s.polls, lang, ("poll", "polls"), ("vote", "votes")),
                counted(s.ballots, lang, ("ballot", "ballots"), ("bulletin", "bulletins")),
                counted(s.headcount, lang, ("present", "present"), ("présent", "présents")),
            ]
        )
        print(f"{m.id}  {date}  {m.title}  [{counts}]")
    return EXIT_OK


def cmd_poll(args: argparse.Namespace) -> int:
    with _open_workspace(args) as ws:
        meeting = ws.meetings.find(args.meeting)
        poll = ws.polls.find(meeting.id, args.poll)
        if args.action == "open":
            poll = ws.polls.open(poll.id)
        elif args.action == "close":
            poll = ws.polls.close(poll.id)
        else:
            poll = ws.polls.reveal(poll.id)
        print(f"{poll.id} {poll.state.value}{' revealed' if poll.revealed else ''}")
    return EXIT_OK


def _lazy(module: str, function: str) -> Handler:
    """A handler implemented in another module, imported only when the command runs."""

    def run(args: argparse.Namespace) -> int:
        import importlib

        try:
            target = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("facilitator"):
                raise CommandFailed(
                    f"The command “{args.command}” is not part of this version yet.",
                    f"La commande « {args.command} » n'existe pas encore dans cette version.",
                ) from exc
            raise
        result: int = getattr(target, function)(args)
        return result

    return run


# -- parser ---------------------------------------------------------------------------------------


def port_number(text: str) -> int:
    """A TCP port for argparse: 0 (choose) to 65535."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is between 0 and 65535, not {value}")
    return value


def decidim_locale(text: str) -> str:
    """A Decidim locale for argparse ("fr", "ca", "pt-BR")."""
    from facilitator.domain.proposal_rules import is_locale

    if not is_locale(text):
        raise argparse.ArgumentTypeError(f"not a locale: {text!r} (for example fr, en, pt-BR)")
    return text


def non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _data_dir_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="workspace folder (default: the platform's user data folder)",
    )
    parent.add_argument(
        "--lang", choices=("fr", "en"), default=argparse.SUPPRESS, help="language of messages"
    )
    parent.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log more detail"
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _data_dir_parent()
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description=(
            "Facilitator: capture ideas and run polls in neighbourhood meetings, then sync them "
            "to Decidim. With no command, opens the desktop app."
        ),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[common], help="create a French demo meeting, print its id")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("meetings", parents=[common], help="list meetings with their counts")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all", action="store_true", help="include archived meetings")
    p.set_defaults(handler=cmd_meetings)

    p = sub.add_parser(
        "serve", parents=[common], help="run the phone server headless, print the join URL"
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id (or a unique prefix)")
    p.add_argument("--host", help="address to listen on (default: the Wi-Fi/LAN address)")
    p.add_argument(
        "--port",
        type=port_number,
        default=0,
        help="port (default: 8765 if free, else any free port)",
    )
    p.add_argument("--qr-png", metavar="FILE", help="also write the join QR code as a PNG")
    p.set_defaults(handler=_lazy("facilitator.lan.cli", "cmd_serve"))

    p = sub.add_parser("poll", parents=[common], help="open, close or reveal a poll headless")
    p.add_argument("action", choices=("open", "close", "reveal"))
    p.add_argument("meeting", metavar="MEETING", help="meeting id (or a unique prefix)")
    p.add_argument("poll", metavar="POLL", help="poll id, unique prefix, or number (1 = first)")
    p.set_defaults(handler=cmd_poll)

    p = sub.add_parser("tickets", parents=[common], help="print one-time ticket cards to a PDF")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--count", type=int, required=True, metavar="N")
    p.add_argument("--pdf", required=True, metavar="FILE")
    p.add_argument("--host", help="address printed in the QR codes (default: the Wi-Fi/LAN one)")
    p.add_argument("--port", type=port_number, help="port printed in the QR codes (default: 8765)")
    p.set_defaults(handler=_lazy("facilitator.lan.cli", "cmd_tickets"))

    p = sub.add_parser("export", parents=[common], help="export meetings to files")
    p.add_argument("meetings", nargs="+", metavar="MEETING")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--xlsx", metavar="FILE", help="Excel workbook with charts")
    group.add_argument("--csv", metavar="DIR", help="CSV files (UTF-8 with BOM)")
    group.add_argument("--pdf", metavar="FILE", help="printable report")
    group.add_argument("--decidim-import", metavar="FILE", help="Decidim proposals import file")
    group.add_argument("--bundle", metavar="FILE", help="meeting bundle for another laptop")
    p.add_argument("--separator", choices=(";", ","), default=";", help="CSV separator")
    p.add_argument(
        "--force", action="store_true", help="replace files that already exist (refused without)"
    )
    p.add_argument(
        "--locale",
        type=decidim_locale,
        metavar="LOCALE",
        help="Decidim import file: the platform's default locale (default: the meeting's language)",
    )
    p.add_argument(
        "--proposal-length",
        type=non_negative,
        metavar="N",
        help="Decidim import file: the component's maximum proposal length (default 500; 0: none)",
    )
    p.set_defaults(handler=_lazy("facilitator.export.cli", "cmd_export"))

    p = sub.add_parser(
        "import-bundle", parents=[common], help="merge a meeting bundle from another laptop"
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=_lazy("facilitator.export.cli", "cmd_import_bundle"))

    p = sub.add_parser(
        "conflicts", parents=[common], help="list or settle fields two laptops edited apart"
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id (or a unique prefix)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--keep", metavar="CONFLICT", help="keep the value shown")
    group.add_argument("--take", metavar="CONFLICT", help="take the other value")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_lazy("facilitator.export.conflicts_cli", "cmd_conflicts"))

    _add_sync_parsers(sub, common)
    return parser


def _platform_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rate-limit", type=int, default=100, metavar="N", help=argparse.SUPPRESS)
    p.add_argument("--timeout", type=float, default=20.0, metavar="S", help=argparse.SUPPRESS)


def _add_sync_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    sync_cli = "facilitator.sync.cli"
    p = sub.add_parser(
        "signin", parents=[common], help="sign in to a Decidim (kept in the keyring)"
    )
    p.add_argument("url", metavar="URL", help="the platform's address")
    p.add_argument(
        "--api-key",
        metavar="KEY",
        help="API credentials (secret asked, or read from FACILITATOR_DECIDIM_API_SECRET)",
    )
    p.add_argument(
        "--client-id",
        metavar="ID",
        help="the platform's OAuth application for "
        "Facilitator (default: FACILITATOR_DECIDIM_CLIENT_ID)",
    )
    p.add_argument("--wait", type=float, default=300.0, help=argparse.SUPPRESS)
    _platform_options(p)
    p.set_defaults(handler=_lazy(sync_cli, "cmd_signin"))

    p = sub.add_parser("signout", parents=[common], help="sign out of a Decidim, revoke tokens")
    p.add_argument("url", metavar="URL")
    _platform_options(p)
    p.set_defaults(handler=_lazy(sync_cli, "cmd_signout"))

    p = sub.add_parser(
        "platform", parents=[common], help="list a Decidim's spaces, components and meetings"
    )
    p.add_argument("url", metavar="URL")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument(
        "--search",
        metavar="WORDS",
        help="only spaces, components and meetings whose names have these words",
    )
    _platform_options(p)
    p.set_defaults(handler=_lazy(sync_cli, "cmd_platform"))

    p = sub.add_parser("sync", parents=[common], help="push a meeting to Decidim")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--decidim", metavar="URL", help="the platform (remembered after first use)")
    p.add_argument("--proposals", metavar="ID", help="the proposals component")
    p.add_argument("--meetings", metavar="ID", help="the meetings component")
    p.add_argument(
        "--meeting",
        dest="remote_meeting",
        metavar="ID",
        help="the platform's meeting (else one is created in --meetings)",
    )
    p.add_argument("--dry-run", action="store_true", help="show what would be sent, send nothing")
    p.add_argument("--json", action="store_true", help="a final summary in JSON")
    p.add_argument(
        "--update", action="store_true", help="also update proposals changed since they were sent"
    )
    p.add_argument(
        "--title",
        nargs=2,
        action="append",
        metavar=("IDEA", "TITLE"),
        help="a proposal title of your own for idea IDEA (its number or id)",
    )
    p.add_argument(
        "--exclude", action="append", metavar="IDEA", help="keep an idea off the platform"
    )
    p.add_argument("--report", metavar="FILE", help="where to write the meeting's report")
    p.add_argument(
        "--proposal-length",
        type=int,
        metavar="N",
        help="the component's maximum proposal length (default 500)",
    )
    p.add_argument("--settle", type=float, default=30.0, help=argparse.SUPPRESS)
    p.add_argument("--backoff", type=float, default=1.0, help=argparse.SUPPRESS)
    _platform_options(p)
    p.set_defaults(handler=_lazy(sync_cli, "cmd_sync"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "command", None) == "export" and not args.decidim_import:
        for option, value in (
            ("--locale", args.locale),
            ("--proposal-length", args.proposal_length),
        ):
            if value is not None:
                parser.error(f"{option} goes with --decidim-import")
    args.lang = getattr(args, "lang", None)
    args.verbose = getattr(args, "verbose", False)
    data_dir = getattr(args, "data_dir", None)
    args.data_dir_path = app.resolve_data_dir(data_dir)
    app.configure_language(args.lang)  # messages before (or without) the app
    app.setup_logging(
        app.log_dir_for(args.data_dir_path if data_dir else None), verbose=args.verbose
    )
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            # only an explicit --lang: the app's saved choice beats the system language
            return app.run_gui(args.data_dir_path, language=args.lang)
        return handler(args)
    except FacilitatorError as exc:
        log.warning("%s failed: %s", args.command or "app", exc.en)
        print(f"facilitator: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("facilitator: interrupted", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error")
        if args.verbose:
            raise
        print(
            "facilitator: unexpected error (a bug); details are in the log file in "
            f"{app.log_dir_for(args.data_dir_path if data_dir else None)}",
            file=sys.stderr,
        )
        return EXIT_FAILURE
