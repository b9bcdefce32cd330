"""Whether the ballots in a poll look like more people than the room holds.

Without tickets, a script that clears its cookie before each ballot counts as a new phone
every time (the rate limits only slow it down). Two signs give it away, and the spokesperson
is shown both: more phone ballots than phones whose page showed the poll (a script needs no
page), and more voters than the headcount typed in. Phones and their ballots are counted
since phone voting started, so a restart in the middle of a poll raises no false alarm.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.storage import Workspace


@dataclass(frozen=True)
class RoomCheck:
    """The poll on the phones, its ballots, and the people who could have cast them."""

    poll_id: str
    phone_ballots: int  # phones (with or without a ticket) that voted, since the server started
    phones: int  # phones whose page showed this poll, since the server started
    voters: int  # every channel: phones, tickets, paper, show of hands
    headcount: int  # 0 when nobody was counted

    @property
    def more_ballots_than_phones(self) -> bool:
        return self.phone_ballots > self.phones

    @property
    def more_voters_than_people(self) -> bool:
        return self.headcount > 0 and self.voters > self.headcount


class Presence:
    """The phones that were shown each poll. Written on the server's loop; read from any thread."""

    def __init__(self) -> None:
        self._shown: dict[str, set[str]] = {}
        self._voted: dict[str, set[str]] = {}

    def showed(self, poll_id: str, device_id: str) -> None:
        self._shown.setdefault(poll_id, set()).add(device_id)

    def voted(self, poll_id: str, voter: str) -> None:
        self._voted.setdefault(poll_id, set()).add(voter)

    def phones(self, poll_id: str) -> int:
        return len(self._shown.get(poll_id, ()))

    def check(self, workspace: Workspace, meeting_id: str, poll_id: str) -> RoomCheck:
        tally = workspace.room.result(poll_id).tally
        return RoomCheck(
            poll_id=poll_id,
            phone_ballots=len(self._voted.get(poll_id, ())),
            phones=self.phones(poll_id),
            voters=tally.voters,
            headcount=workspace.attendance.get(meeting_id).headcount,
        )
