"""``facilitator signin | signout | platform | sync`` (routed here by facilitator/cli.py).

Thin drivers of the engine: they link, run, and render its events and summary. Progress is a
bar on a terminal and one line per item otherwise. Exit 0 only when all is on the platform.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from facilitator.domain.errors import current_language
from facilitator.domain.plurals import counted
from facilitator.storage.sync_state import ItemKind
from facilitator.storage.workspace import Workspace
from facilitator.sync import compose, keystore, platform, signin
from facilitator.sync.engine import SyncEngine, wanted_proposals
from facilitator.sync.errors import NoKeyring, SignInNeeded, SyncError
from facilitator.sync.events import NEED_ATTENTION, SyncOptions, SyncSummary
from facilitator.sync.linking import check_and_save, planned_link
from facilitator.sync.progress import Reporter
from facilitator.sync.session import open_session

ENV_CLIENT_ID = "FACILITATOR_DECIDIM_CLIENT_ID"


def _say(text: str, *, err: bool = False) -> None:
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n")
    stream.flush()


def _fr() -> bool:
    return current_language() == "fr"


def _session_options(args: argparse.Namespace) -> dict[str, Any]:
    return {"per_minute": args.rate_limit, "timeout": args.timeout}


def _ask_secret() -> str:
    """The API secret typed at the terminal; with no terminal, say how else to give it."""
    no_terminal = SignInNeeded(
        f"Type the API secret in a terminal, or set {keystore.ENV_SECRET}.",
        f"Tapez le secret d'API dans un terminal, ou définissez {keystore.ENV_SECRET}.",
    )
    if not sys.stdin or not sys.stdin.isatty():
        raise no_terminal
    try:
        secret = getpass.getpass("Secret d'API / API secret: ")
    except EOFError:
        raise no_terminal from None
    if not secret:
        raise SignInNeeded("No API secret given.", "Aucun secret d'API indiqué.")
    return secret


def cmd_signin(args: argparse.Namespace) -> int:
    base = keystore.platform_address(args.url)
    if args.api_key:
        secret = os.environ.get(keystore.ENV_SECRET) or _ask_secret()
        user = signin.with_api_credentials(base, args.api_key, secret, **_session_options(args))
    else:
        client_id = args.client_id or os.environ.get(ENV_CLIENT_ID, "")
        if not client_id:
            raise SignInNeeded(
                "Give --client-id: the id of the platform's OAuth application for Facilitator "
                "(its system administrators create it), or --api-key for API credentials.",
                "Indiquez --client-id : l'identifiant de l'application OAuth de la plateforme "
                "pour Facilitator (ses administrateurs système la créent), ou --api-key pour "
                "des identifiants d'API.",
            )
        if not keystore.has_keyring():
            raise NoKeyring.make()
        _say(
            "Connexion dans le navigateur…" if _fr() else "Signing in in your browser…",
            err=True,
        )
        user = signin.with_browser(base, client_id, timeout=args.wait, **_session_options(args))
    _say(
        f"Connecté à {base} en tant que {user.name} (@{user.nickname}) ; secret gardé dans le "
        "trousseau du système."
        if _fr()
        else f"Signed in to {base} as {user.name} (@{user.nickname}); secret kept in the "
        "system keyring."
    )
    return 0


def cmd_signout(args: argparse.Namespace) -> int:
    base = keystore.platform_address(args.url)
    problem = signin.sign_out(base, **_session_options(args))
    if problem:
        _say(f"facilitator: {problem}", err=True)
    _say(f"Déconnecté de {base}." if _fr() else f"Signed out of {base}.")
    return 0


def cmd_platform(args: argparse.Namespace) -> int:
    lang = current_language()
    with open_session(args.url, **_session_options(args)) as session:
        version = platform.probe(session.gql)
        spaces = platform.search(platform.spaces(session.gql, lang), args.search or "")
    if args.json:
        out = {
            "platform": session.base,
            "version": version.text,
            "writable": version.writable,
            "spaces": [
                {
                    "kind": s.kind,
                    "id": s.id,
                    "slug": s.slug,
                    "title": s.title,
                    "components": [
                        {
                            "id": c.id,
                            "kind": c.kind,
                            "name": c.name,
                            "meetings": [
                                {
                                    "id": m.id,
                                    "title": m.title,
                                    "closed": m.closed,
                                    "end_time": m.end_time.isoformat() if m.end_time else None,
                                }
                                for m in s.meetings.get(c.id, ())
                            ],
                        }
                        for c in s.components
                    ],
                }
                for s in spaces
            ],
        }
        _say(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    shown = version.text or ("version non communiquée" if _fr() else "version not disclosed")
    can = (
        ("accepte la synchronisation" if version.writable else "lecture seule")
        if _fr()
        else ("takes sync" if version.writable else "read-only")
    )
    _say(f"{session.base} — Decidim {shown} — {can}")
    for s in spaces:
        _say(f"{s.kind} {s.id} « {s.title} » ({s.slug})")
        for c in s.components:
            _say(f"    {c.kind} {c.id} « {c.name} »")
            for m in s.meetings.get(c.id, ()):
                state = ("close" if _fr() else "closed") if m.closed else ""
                _say(f"        meeting {m.id} « {m.title} » {state}".rstrip())
    return 0


def _apply_choices(ws: Workspace, meeting_id: str, args: argparse.Namespace) -> None:
    ideas = ws.ideas.for_meeting(meeting_id)

    def idea_id(ref: str) -> str:
        if ref.isdigit() and 1 <= int(ref) <= len(ideas):
            return ideas[int(ref) - 1].id
        matches = [i.id for i in ideas if i.id.startswith(ref)]
        if len(matches) != 1:
            raise SyncError(
                f"No single idea matches “{ref}”.", f"Aucune idée unique ne correspond à « {ref} »."
            )
        return matches[0]

    for ref, title in args.title or []:
        ws.sync_state.set_custom_title(meeting_id, idea_id(ref), title.strip() or None)
    for ref in args.exclude or []:
        ws.sync_state.set_excluded(meeting_id, idea_id(ref), True)


def cmd_sync(args: argparse.Namespace) -> int:
    lang = current_language()
    options = SyncOptions(update=args.update, settle=args.settle, backoff_first=args.backoff)
    with Workspace.open(args.data_dir_path) as ws:
        meeting = ws.meetings.find(args.meeting)
        link = planned_link(
            ws,
            meeting,
            args.decidim,
            args.proposals,
            args.meetings,
            args.remote_meeting,
            args.proposal_length,
        )
        if args.dry_run:
            return _dry_run(ws, meeting.id, link, args)
        _apply_choices(ws, meeting.id, args)
        reporter = Reporter(lang, to_stderr=args.json)
        with open_session(link.platform_url, **_session_options(args)) as session:
            if session.auth is None:
                raise SignInNeeded(
                    f"Not signed in to {session.base}: run “facilitator signin {session.base}”.",
                    f"Pas connecté à {session.base} : lancez « facilitator signin "
                    f"{session.base} ».",
                )
            session.gql.read_options = replace(session.gql.read_options, backoff_first=args.backoff)
            check_and_save(ws, session, link, meeting.id[:8])
            engine = SyncEngine(
                ws, session.gql, clock=session.clock, on_event=reporter, options=options
            )
            try:
                summary = engine.run(meeting.id)
            finally:
                reporter.close()
                try:
                    if session.auth is not None and not hasattr(session.auth, "client_id"):
                        session.sign_out()  # API tokens: revoke this run's token
                except SyncError:
                    pass
        summary.requests = session.requests
        report_path = _write_report(args, summary)
    _print_summary(summary, lang, args.json, report_path)
    return 0 if summary.complete else 1


def _write_report(args: argparse.Namespace, summary: SyncSummary) -> Path | None:
    outcome = summary.outcome
    if outcome is None or not outcome.report_for_coordinator:
        return None
    path = (
        Path(args.report)
        if args.report
        else (args.data_dir_path / "reports" / f"compte-rendu-{summary.meeting_id[:8]}.txt")
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(outcome.report_for_coordinator + "\n", encoding="utf-8")
    except OSError as exc:
        raise SyncError(
            f"Cannot write the report to {path}: {exc.strerror}.",
            f"Impossible d'écrire le compte rendu dans {path} : {exc.strerror}.",
        ) from exc
    return path


def _print_summary(summary: SyncSummary, lang: str, as_json: bool, report: Path | None) -> None:
    if as_json:
        data = summary.to_dict()
        data["report_file"] = str(report) if report else None
        _say(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        fr = lang == "fr"
        _say(summary.describe(lang))
        for item in summary.attention:
            _say(f"  #{item.number} « {item.title} » — {item.problem(lang)}")
        for item in summary.changed:
            _say(
                f"  #{item.number} « {item.title} » — "
                + (
                    "modifiée depuis l'envoi : --update pour mettre à jour la plateforme"
                    if fr
                    else "changed since sync: --update sends the new text"
                )
            )
        if summary.outcome is not None:
            _say(summary.outcome.message(lang))
        if report is not None:
            _say(f"Compte rendu : {report}" if fr else f"Report: {report}")
    if not summary.complete:
        _say(f"facilitator: {summary.missing(lang)}.", err=True)


def _dry_run(ws: Workspace, meeting_id: str, link: Any, args: argparse.Namespace) -> int:
    lang = current_language()
    facts = compose.gather(ws, meeting_id)
    items = {i.local_id: i for i in ws.sync_state.items(meeting_id, ItemKind.PROPOSAL)}
    wanted = wanted_proposals(facts, link, list(items.values()))
    numbers = {idea.id: n for n, idea in enumerate(facts.ideas, 1)}
    send: list[dict[str, Any]] = []
    attention: list[dict[str, Any]] = []
    there: list[dict[str, Any]] = []
    for w in wanted:
        item = items.get(w.local_id)
        entry = {
            "number": numbers[w.local_id],
            "idea_id": w.local_id,
            "title": w.title,
            "body": w.body,
        }
        if item is not None and item.remote_id:
            there.append({**entry, "remote_id": item.remote_id})
        elif w.problem is not None:
            attention.append({**entry, "reason": {"en": w.problem.en, "fr": w.problem.fr}})
        elif item is None or item.state.value != "excluded":
            send.append(entry)
    outcome = (
        "create_and_close"
        if link.meetings_component and not link.remote_meeting_id
        else "close"
        if link.meeting_created
        else "comment"
        if link.remote_meeting_id
        else "none"
    )
    report = compose.report_text(facts, [])
    if args.json:
        _say(
            json.dumps(
                {
                    "dry_run": True,
                    "platform": link.platform_url,
                    "would_send": send,
                    "already_there": there,
                    "needs_attention": attention,
                    "meeting": outcome,
                    "report": report,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0 if not attention else 1
    fr = lang == "fr"
    for e in send:
        _say(f"→ #{e['number']} {e['title']}\n   " + e["body"].replace("\n", "\n   "))
    for e in attention:
        _say(f"✗ #{e['number']} {e['title']}\n   {e['reason'][lang]}")
    revise = counted(len(attention), lang, *NEED_ATTENTION)
    _say(
        f"{len(send)} à envoyer, {len(there)} déjà sur la plateforme, {revise} ; "
        f"réunion : {outcome}."
        if fr
        else f"{len(send)} to send, {len(there)} already there, {revise}; meeting: {outcome}."
    )
    return 0 if not attention else 1
