"""Ballots and typed counts: one ballot per (poll, voter), acknowledged only once committed."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from facilitator.domain import ballots as ballot_rules
from facilitator.domain.errors import ConflictError, ValidationError
from facilitator.domain.model import (
    COUNTED_CHANNELS,
    Ballot,
    Channel,
    CountEntry,
    Poll,
    PollState,
    new_id,
    now,
)
from facilitator.domain.voting import Tally, tally
from facilitator.storage import codec, errors, journal, rows
from facilitator.storage.changes import log_of
from facilitator.storage.database import Store
from facilitator.storage.polls import load_poll
from facilitator.storage.tickets import counted_voter


class CastOutcome(StrEnum):
    RECORDED = "recorded"  # a first ballot from this voter
    REPLACED = "replaced"  # the voter changed their ballot (the last counts)
    DUPLICATE = "duplicate"  # a retry of a ballot already recorded: nothing changed


@dataclass(frozen=True, slots=True)
class CastResult:
    ballot: Ballot
    outcome: CastOutcome


def poll_not_open(state: PollState) -> ConflictError:
    if state is PollState.DRAFT:
        return ConflictError("This poll is not open yet.", "Ce vote n'est pas encore ouvert.")
    return ConflictError(
        "This poll is closed: your ballot arrived too late and was not counted.",
        "Ce vote est clos : votre bulletin est arrivé trop tard et n'a pas été compté.",
    )


class TicketRequired(ConflictError):
    """A phone without a ticket voted in a meeting that votes with tickets."""

    def __init__(self) -> None:
        super().__init__(
            "This meeting votes with tickets: enter the code printed on your ticket.",
            "Cette réunion vote avec des tickets : saisissez le code imprimé sur votre ticket.",
        )


@dataclass
class _Read:
    """What the ballots of one write job read once between them: casting a ballot changes
    neither its poll nor the meeting's tickets, so what one read holds for the next."""

    polls: dict[str, Poll] = field(default_factory=dict)
    tickets: dict[str, bool] = field(default_factory=dict)

    def poll(self, conn: sqlite3.Connection, poll_id: str) -> Poll:
        poll = self.polls.get(poll_id)
        if poll is None:
            poll = self.polls[poll_id] = load_poll(conn, poll_id)
        return poll

    def has_tickets(self, conn: sqlite3.Connection, meeting_id: str) -> bool:
        known = self.tickets.get(meeting_id)
        if known is None:
            known = self.tickets[meeting_id] = (
                conn.execute("SELECT 1 FROM tickets WHERE meeting_id = ?", (meeting_id,)).fetchone()
                is not None
            )
        return known


def _needs_ticket(conn: sqlite3.Connection, ballot: Ballot, poll_meeting: str, read: _Read) -> bool:
    """In a meeting with tickets, an open poll counts ticket ballots only (docs/phone-voting.md)."""
    if ballot.channel is not Channel.PHONE or ballot.voter.startswith("ticket:"):
        return False
    return read.has_tickets(conn, poll_meeting)


def cast_in(conn: sqlite3.Connection, ballot: Ballot, read: _Read | None = None) -> CastResult:
    """Record a ballot inside a write job (see :meth:`BallotRepository.cast`)."""
    read = read or _Read()
    voter = counted_voter(conn, ballot.voter)
    if voter != ballot.voter:
        ballot = replace(ballot, voter=voter)
    receipt = conn.execute(
        "SELECT poll_id, voter FROM ballot_receipts WHERE idempotency_key = ?",
        (ballot.idempotency_key,),
    ).fetchone()
    if receipt is not None and (receipt["poll_id"], receipt["voter"]) != (
        ballot.poll_id,
        ballot.voter,
    ):
        raise ValidationError(
            "This request was already used for another vote. Reload the page and vote again.",
            "Cette requête a déjà servi pour un autre vote. Rechargez la page et votez à nouveau.",
        )
    if receipt is not None:
        # A retry of a request already accepted: answer with the voter's ballot as it is now
        # (a later change of mind stays in force).
        current = conn.execute(
            "SELECT * FROM ballots WHERE poll_id = ? AND voter = ?",
            (receipt["poll_id"], receipt["voter"]),
        ).fetchone()
        if current is not None:
            return CastResult(codec.ballot_from(current), CastOutcome.DUPLICATE)
    poll = read.poll(conn, ballot.poll_id)
    if ballot.channel not in COUNTED_CHANNELS and (
        poll.state is not PollState.OPEN or poll.due(now())
    ):
        # a countdown that ran out closes the poll even before anyone has written it closed
        raise poll_not_open(PollState.CLOSED if poll.due(now()) else poll.state)
    if _needs_ticket(conn, ballot, poll.meeting_id, read):
        raise TicketRequired()
    content = ballot_rules.validate_content(poll, ballot.content)
    previous = conn.execute(
        "SELECT id FROM ballots WHERE poll_id = ? AND voter = ?", (ballot.poll_id, ballot.voter)
    ).fetchone()
    if previous is None:
        ballot = replace(ballot, content=content)
        row = codec.ballot_row(ballot)
        codec.insert(conn, "ballots", row)
        outcome = CastOutcome.RECORDED
    else:
        if not poll.params.allow_change:
            raise ConflictError(
                "You have already voted in this poll, and this poll does not allow changes.",
                "Vous avez déjà voté pour cette question, et ce vote ne permet pas de changer "
                "d'avis.",
            )
        ballot = replace(ballot, content=content, id=previous["id"])
        row = codec.ballot_row(ballot)
        codec.update(conn, "ballots", row)
        outcome = CastOutcome.REPLACED
    conn.execute(
        "INSERT INTO ballot_receipts (idempotency_key, poll_id, voter, received_at) "
        "VALUES (?, ?, ?, ?)",
        (ballot.idempotency_key, ballot.poll_id, ballot.voter, row["cast_at"]),
    )
    journal.record(
        conn,
        poll.meeting_id,
        "ballot",
        ballot.id,
        "create" if outcome is CastOutcome.RECORDED else "update",
        {"poll_id": ballot.poll_id, "channel": ballot.channel.value, "cast_at": row["cast_at"]},
    )
    return CastResult(ballot, outcome)


def cast_all_in(
    conn: sqlite3.Connection, ballots: Sequence[Ballot], path: Path
) -> list[CastResult | Exception]:
    """Record ballots inside one write job, each as :func:`cast_in` would, in a savepoint of
    its own: a refused ballot takes back only itself and gets its refusal in its place."""
    read = _Read()
    log = log_of(conn)
    outcomes: list[CastResult | Exception] = []
    for ballot in ballots:
        mark = log.mark() if log is not None else None
        conn.execute("SAVEPOINT ballot")
        try:
            outcomes.append(cast_in(conn, ballot, read))
        except Exception as exc:  # noqa: BLE001 - handed to the ballot's caller
            conn.execute("ROLLBACK TO ballot")
            if log is not None and mark is not None:
                log.rollback(mark)
            outcomes.append(errors.translate(exc, path) if isinstance(exc, sqlite3.Error) else exc)
        conn.execute("RELEASE ballot")
    return outcomes


class BallotRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def cast(self, ballot: Ballot) -> CastResult:
        """Record a ballot and return only once it is on disk.

        Phones and tickets vote only while the poll is open; paper and show-of-hands ballots are
        typed by the spokesperson and accepted in any state. A retry with the same idempotency
        key returns the first result and changes nothing. In a meeting with tickets, a phone
        without one gets :class:`TicketRequired`; a phone that holds one votes as its ticket.
        """
        return self._db.write(lambda conn: cast_in(conn, ballot))

    def submit_cast(self, ballot: Ballot) -> Future[CastResult]:
        """Queue :meth:`cast`; the future resolves once the ballot is on disk.

        The phone server awaits it instead of holding a thread per phone, so a room voting at
        once is written in a few group commits.
        """
        return self._db.submit(lambda conn: cast_in(conn, ballot))

    def submit_casts(self, ballots: Sequence[Ballot]) -> Future[list[CastResult | Exception]]:
        """Queue several ballots as one write job (a room's burst, grouped by the phone
        server); the future gives each ballot's result or refusal, in order, once all are on
        disk. The poll and the meeting's tickets are read once for all of them.
        """
        path = self._db.path
        return self._db.submit(lambda conn: cast_all_in(conn, ballots, path))

    def add_paper(self, poll_id: str, content: Mapping[str, Any]) -> CastResult:
        """One paper ballot typed in by the spokesperson."""
        return self.cast(
            Ballot(
                poll_id=poll_id, voter=f"paper:{new_id()}", channel=Channel.PAPER, content=content
            )
        )

    def delete(self, ballot_id: str) -> None:
        def job(conn: sqlite3.Connection) -> None:
            row = conn.execute(
                "SELECT b.id, p.meeting_id FROM ballots b JOIN polls p ON p.id = b.poll_id "
                "WHERE b.id = ?",
                (ballot_id,),
            ).fetchone()
            if row is None:
                return
            rows.delete(conn, "ballot", ballot_id, meeting_id=row["meeting_id"])

        self._db.write(job)

    def for_poll(self, poll_id: str) -> list[Ballot]:
        rows = self._db.query(
            "SELECT * FROM ballots WHERE poll_id = ? ORDER BY cast_at, id", (poll_id,)
        )
        return [codec.ballot_from(r) for r in rows]

    def voters(self, poll_id: str) -> frozenset[str]:
        """Who has a ballot in the poll (the anonymous voter ids)."""
        rows = self._db.query("SELECT voter FROM ballots WHERE poll_id = ?", (poll_id,))
        return frozenset(r[0] for r in rows)

    def count(self, poll_id: str) -> int:
        row = self._db.query_one("SELECT COUNT(*) FROM ballots WHERE poll_id = ?", (poll_id,))
        return int(row[0]) if row else 0

    def for_voter(self, poll_id: str, voter: str) -> Ballot | None:
        row = self._db.query_one(
            "SELECT * FROM ballots WHERE poll_id = ? AND voter = ?", (poll_id, voter)
        )
        return codec.ballot_from(row) if row else None

    def awaiting_ticket(self, poll_id: str) -> list[Ballot]:
        """Ballots phones cast without a ticket that do not count: the meeting votes with
        tickets now, and they count once their phone enters its ticket (while the poll is open)."""
        rows = self._db.query(
            "SELECT * FROM ballots_awaiting_ticket WHERE poll_id = ? ORDER BY cast_at, id",
            (poll_id,),
        )
        return [codec.ballot_from(r) for r in rows]

    def by_key(self, idempotency_key: str) -> Ballot | None:
        """The voter's current ballot for a request already accepted with this key."""
        row = self._db.query_one(
            "SELECT b.* FROM ballot_receipts r JOIN ballots b "
            "ON b.poll_id = r.poll_id AND b.voter = r.voter WHERE r.idempotency_key = ?",
            (idempotency_key,),
        )
        return codec.ballot_from(row) if row else None

    # -- counts typed by the spokesperson ---------------------------------------------------

    def set_counts(self, entry: CountEntry) -> CountEntry:
        """Store the typed counts of one channel, replacing that channel's previous counts."""
        if entry.channel not in COUNTED_CHANNELS:
            raise ConflictError(
                "Only show-of-hands and paper votes can be typed in as counts.",
                "Seuls les votes à main levée et sur papier peuvent être saisis en nombres.",
            )

        def job(conn: sqlite3.Connection) -> CountEntry:
            poll = load_poll(conn, entry.poll_id)
            counts, voters = ballot_rules.validate_counts(poll, entry.counts, entry.voters)
            previous = conn.execute(
                "SELECT id FROM count_entries WHERE poll_id = ? AND channel = ?",
                (entry.poll_id, entry.channel.value),
            ).fetchone()
            stored = replace(
                entry,
                counts=counts,
                voters=voters,
                entered_at=now(),
                id=previous["id"] if previous else entry.id,
            )
            row = codec.count_row(stored)
            if previous is None:
                rows.insert(conn, "count", row, meeting_id=poll.meeting_id)
            else:
                rows.update(conn, "count", row, meeting_id=poll.meeting_id)
            return stored

        return self._db.write(job)

    def clear_counts(self, poll_id: str, channel: Channel) -> None:
        def job(conn: sqlite3.Connection) -> None:
            poll = load_poll(conn, poll_id)
            row = conn.execute(
                "SELECT id FROM count_entries WHERE poll_id = ? AND channel = ?",
                (poll_id, channel.value),
            ).fetchone()
            if row is None:
                return
            rows.delete(conn, "count", row["id"], meeting_id=poll.meeting_id)

        self._db.write(job)

    def counts(self, poll_id: str) -> list[CountEntry]:
        rows = self._db.query(
            "SELECT * FROM count_entries WHERE poll_id = ? ORDER BY channel", (poll_id,)
        )
        return [codec.count_from(r) for r in rows]

    def tally(self, poll_id: str) -> Tally:
        """The poll's result, phones, tickets, paper and show of hands together.

        The app, the phone server and the exports read results through
        :class:`~facilitator.storage.room.RoomRepository`, which counts once a revision.
        """
        with self._db.read() as conn:
            return tally_in(conn, poll_id)


@dataclass(frozen=True, slots=True)
class _Marks:
    """A ballot as a tally reads it (see :class:`~facilitator.domain.voting.Marked`)."""

    channel: Channel
    content: Mapping[str, Any]


_CHANNELS = {str(channel): channel for channel in Channel}


def tally_in(conn: sqlite3.Connection, poll_id: str) -> Tally:
    """Count a poll on ``conn`` (one read transaction, so ballots and counts agree).

    Only what a tally reads is decoded: a room of phones is counted several times a second
    while it votes (the phones' state, the projector, the room check)."""
    poll = load_poll(conn, poll_id)
    # a room's ballots repeat a few contents ("Oui", "Non"...): each is decoded once, and
    # the tally only reads it
    decoded: dict[str, Mapping[str, Any]] = {}
    ballots = []
    for channel, content in conn.execute(
        "SELECT channel, content FROM ballots WHERE poll_id = ?", (poll_id,)
    ):
        marks = decoded.get(content)
        if marks is None:
            marks = decoded[content] = json.loads(content)
        ballots.append(_Marks(_CHANNELS[channel], marks))
    counts = [
        codec.count_from(r)
        for r in conn.execute("SELECT * FROM count_entries WHERE poll_id = ?", (poll_id,))
    ]
    return tally(poll, ballots, counts)
