"""What goes up, written in the meeting's language: each kept idea's proposal, and the
meeting's report (attendance, contributions, every poll's result by channel, the proposals).

The idea's own words are never shortened. The context we add (theme, meeting, support in the
room) has a full and a compact form; the compact one is used when the full one would pass the
platform's ``proposal_length``. A proposal that breaks a rule even so is listed, not sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain import proposal_rules, terms
from facilitator.domain.model import Idea, IdeaStatus, Meeting, Poll, PollMethod, is_retained
from facilitator.domain.plurals import counted
from facilitator.domain.voting import Tally
from facilitator.storage.workspace import Workspace

#: Decidim's default ``comments_max_length``: the report as a comment must fit in it.
COMMENT_MAX = 1000


@dataclass(frozen=True, slots=True)
class PollFacts:
    poll: Poll
    tally: Tally
    number: int


@dataclass(frozen=True, slots=True)
class MeetingFacts:
    meeting: Meeting
    headcount: int
    ideas: tuple[Idea, ...]
    polls: tuple[PollFacts, ...]

    @property
    def language(self) -> str:
        return self.meeting.language

    def kept(self) -> list[Idea]:
        return [i for i in self.ideas if is_retained(i)]


def gather(ws: Workspace, meeting_id: str) -> MeetingFacts:
    """Read what the texts need, through the repositories. An edit landing meanwhile moves
    the journal, which :meth:`SyncStateRepository.refresh` notices: the texts are composed
    again."""
    meeting = ws.meetings.get(meeting_id)
    polls = tuple(
        PollFacts(poll, ws.room.result(poll.id).tally, n)
        for n, poll in enumerate(ws.polls.for_meeting(meeting_id), 1)
    )
    return MeetingFacts(
        meeting=meeting,
        headcount=ws.attendance.get(meeting_id).headcount,
        ideas=tuple(ws.ideas.for_meeting(meeting_id)),
        polls=polls,
    )


def _fr(language: str) -> bool:
    return language == "fr"


def _clean(text: str) -> str:
    return " ".join(text.split())


def meeting_line(meeting: Meeting) -> str:
    """“From the meeting X on 14/03/2026, place, neighbourhood N.” in the meeting's language."""
    when = meeting.date.astimezone().strftime("%d/%m/%Y")
    where = ", ".join(p for p in (meeting.place,) if p)
    if _fr(meeting.language):
        text = f"Proposition issue de la réunion « {meeting.title} » du {when}"
        if where:
            text += f", {where}"
    else:
        text = f"Proposal from the meeting “{meeting.title}” on {when}"
        if where:
            text += f", {where}"
    if meeting.neighbourhood:
        text += f", {_neighbourhood(meeting.neighbourhood, meeting.language)}"
    return text + "."


def _neighbourhood(name: str, language: str) -> str:
    """The neighbourhood with its word ("quartier Saint-Michel"), or as it is when its name
    already says it ("Quartier Saint-Michel", "Saint-Michel neighbourhood")."""
    folded = name.casefold()
    if "quartier" in folded or "neighbourhood" in folded or "neighborhood" in folded:
        return name
    return f"quartier {name}" if _fr(language) else f"{name} neighbourhood"


def _ordinal(rank: int, language: str) -> str:
    if _fr(language):
        return "1er" if rank == 1 else f"{rank}e"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(rank if rank < 20 else rank % 10, "th")
    return f"{rank}{suffix}"


def support_lines(facts: MeetingFacts, idea: Idea) -> list[str]:
    """How the idea did in the room: its upvotes and its place in each poll it was in."""
    lang = facts.language
    lines: list[str] = []
    for p in facts.polls:
        for option in p.poll.options:
            if option.idea_id != idea.id:
                continue
            result = p.tally.option(option.id)
            if result is None or p.tally.voters == 0:
                continue
            if p.poll.method is PollMethod.UPVOTES:
                in_the_room = " dans la salle" if _fr(lang) else " in the room"
                lines.append(terms.count("upvotes", result.votes, lang) + in_the_room)
                continue
            place = _ordinal(result.rank, lang)
            of = len(p.tally.options)
            method = terms.method(p.poll.method, lang)
            if _fr(lang):
                text = f"Vote « {p.poll.question} » ({method}) : {place} sur {of}"
            else:
                text = f"Poll “{p.poll.question}” ({method}): {place} of {of}"
            if result.median_grade is not None and p.tally.grades:
                grade = terms.grade(p.tally.grades[result.median_grade], lang)
                text += f", mention « {grade} »" if _fr(lang) else f", majority grade “{grade}”"
            else:
                text += ", " + terms.count("votes", result.votes, lang)
            lines.append(text)
    return lines


def proposal_text(
    facts: MeetingFacts, idea: Idea, custom_title: str | None, max_body: int
) -> tuple[str, str, list[proposal_rules.Breach]]:
    """The proposal's title and body for ``idea``, and the rules they break (if any)."""
    lang = facts.language
    title = _clean(custom_title) if custom_title else _clean(idea.text)
    merged = [
        _clean(i.text)
        for i in facts.ideas
        if i.status is IdeaStatus.MERGED and i.merged_into == idea.id
    ]
    theme = (f"Thème : {idea.theme}" if _fr(lang) else f"Theme: {idea.theme}") if idea.theme else ""
    related = ""
    if merged:
        related = ("Idées rapprochées : " if _fr(lang) else "Related ideas: ") + " ; ".join(merged)
    support = support_lines(facts, idea)
    origin = meeting_line(facts.meeting)
    full = [idea.text.strip(), related, theme, *support, origin]
    compact = [idea.text.strip(), related, origin]
    body = ""
    for parts in (full, compact, [idea.text.strip(), origin]):
        body = "\n\n".join(p for p in parts if p)
        if proposal_rules.plain_length(body) <= max_body:
            break
    return title, body, proposal_rules.check(title, body, max_body)


@dataclass(frozen=True, slots=True)
class MadeProposal:
    title: str
    remote_id: str


def _poll_lines(p: PollFacts, language: str, detail: bool) -> list[str]:
    fr = _fr(language)
    tally, poll = p.tally, p.poll
    turnout = ", ".join(
        f"{terms.channel(ch, language)} {n}" for ch, n in tally.turnout.items() if n
    )
    head = f"{p.number}. {poll.question} — {terms.method(poll.method, language)}"
    head += f" — {terms.count('voters', tally.voters, language)}"
    if turnout:
        head += f" ({turnout})"
    lines = [head]

    def label(option_id: str) -> str:
        if poll.method is PollMethod.YES_NO_ABSTAIN:
            return terms.answer(option_id, language)
        option = poll.option(option_id)
        return option.label if option else option_id

    if not tally.winners:
        lines.append("   Pas de résultat." if fr else "   No result.")
    elif tally.tie:
        names = " / ".join(label(w) for w in tally.winners)
        tie = terms.word("tie", language)
        lines.append(f"   {tie} : {names}" if fr else f"   {tie}: {names}")
    else:
        lines.append(
            f"   Résultat : {label(tally.winners[0])}"
            if fr
            else f"   Result: {label(tally.winners[0])}"
        )
    if detail:
        for result in tally.options:
            by_channel = ", ".join(
                f"{terms.channel(ch, language)} {n}" for ch, n in result.by_channel.items() if n
            )
            text = (
                f"   - {label(result.option_id)} : {result.votes}"
                if fr
                else (f"   - {label(result.option_id)}: {result.votes}")
            )
            if result.median_grade is not None and tally.grades:
                grade = terms.grade(tally.grades[result.median_grade], language)
                text += f" (mention {grade})" if fr else f" (majority grade {grade})"
            elif result.option_id != "abstain":  # abstentions stand apart from the base
                text += f" ({round(result.share * 100)} %)"
            if by_channel:
                text += f" — {by_channel}"
            lines.append(text)
        if not tally.grades:  # say what the percentages are of
            lines.append(f"   ({terms.share_base(tally.share_base, language)})")
    return lines


def report_text(facts: MeetingFacts, proposals: Sequence[MadeProposal], *, level: int = 0) -> str:
    """The meeting's report; ``level`` 0 is complete, 1 drops the per-option detail,
    2 also the proposals' titles (for a comment that must stay short)."""
    head, polls, foot = _report_parts(facts, proposals, level)
    return "\n".join([*head, *(line for poll in polls for line in poll), *foot])


def _report_parts(
    facts: MeetingFacts, proposals: Sequence[MadeProposal], level: int
) -> tuple[list[str], list[list[str]], list[str]]:
    """The report's head (the meeting, attendance, contributions), each poll's lines, and its
    foot (the proposals made)."""
    m, lang = facts.meeting, facts.language
    fr = _fr(lang)
    when = m.date.astimezone().strftime("%d/%m/%Y %H:%M")
    ideas = facts.ideas
    kept = facts.kept()
    head = [
        (
            f"Compte rendu de la réunion « {m.title} » du {when}"
            if fr
            else f"Report of the meeting “{m.title}” on {when}"
        ),
    ]
    place = ", ".join(p for p in (m.place, m.neighbourhood) if p)
    if place:
        head.append(f"Lieu : {place}" if fr else f"Place: {place}")
    # 0 is a headcount nobody took (as in the printed report), not an empty room
    people = (
        counted(
            facts.headcount,
            lang,
            ("person present", "people present"),
            ("personne présente", "personnes présentes"),
        )
        if facts.headcount
        else terms.word("no_headcount", lang)
    )
    head.append(f"Participation : {people}." if fr else f"Attendance: {people}.")
    collected = counted(
        len(ideas),
        lang,
        ("idea collected", "ideas collected"),
        ("idée recueillie", "idées recueillies"),
    )
    retained = counted(len(kept), lang, ("kept", "kept"), ("retenue", "retenues"))
    head.append(
        f"Contributions : {collected}, {retained}."
        if fr
        else f"Contributions: {collected}, {retained}."
    )
    head.append("")
    head.append("Votes :" if fr else "Polls:")
    if not facts.polls:
        head.append("Aucun vote." if fr else "No polls.")
    polls = [_poll_lines(p, lang, detail=level == 0) for p in facts.polls]
    foot = [
        "",
        (
            f"Propositions déposées sur la plateforme : {len(proposals)}"
            if fr
            else f"Proposals made on the platform: {len(proposals)}"
        ),
    ]
    if level < 2:
        foot += [
            f"- {p.title} (n° {p.remote_id})" if fr else f"- {p.title} (#{p.remote_id})"
            for p in proposals
        ]
    return head, polls, foot


def comment_text(facts: MeetingFacts, proposals: Sequence[MadeProposal]) -> str:
    """The report as a comment: the most complete form that fits the comment limit.

    Past the three forms of :func:`report_text`, the polls are kept while they fit and the
    comment ends by saying how many were left out and that the complete report (every poll's
    detail, every proposal) went to the coordinator. It never passes the platform's limit."""
    for level in (0, 1, 2):
        text = report_text(facts, proposals, level=level)
        if len(text) <= COMMENT_MAX:
            return text
    head, polls, foot = _report_parts(facts, proposals, level=2)

    def compose(shown: int) -> str:
        lines = [line for poll in polls[:shown] for line in poll]
        return "\n".join([*head, *lines, *foot, _rest_note(len(polls) - shown, facts.language)])

    shown = 0
    while shown < len(polls) and len(compose(shown + 1)) <= COMMENT_MAX:
        shown += 1
    text = compose(shown)
    if len(text) > COMMENT_MAX:  # a title or a place of hundreds of characters
        text = text[: COMMENT_MAX - 1].rstrip() + "…"
    return text


def _rest_note(left: int, language: str) -> str:
    others = counted(left, language, ("more poll", "more polls"), ("autre vote", "autres votes"))
    if _fr(language):
        rest = f"{others} et le détail" if left else "Le détail"
        return rest + " de chaque vote : voir le compte rendu complet remis au coordinateur."
    rest = f"{others} and the detail" if left else "The detail"
    return rest + " of each poll: see the complete report given to the coordinator."


def meeting_description(facts: MeetingFacts) -> str:
    m = facts.meeting
    kept = counted(
        len(facts.kept()),
        facts.language,
        ("idea kept", "ideas kept"),
        ("idée retenue", "idées retenues"),
    )
    if _fr(facts.language):
        text = f"Réunion de quartier animée avec Facilitator : {kept}."
    else:
        text = f"Neighbourhood meeting run with Facilitator: {kept}."
    if m.neighbourhood:
        text += (
            f" Quartier : {m.neighbourhood}."
            if _fr(facts.language)
            else f" Neighbourhood: {m.neighbourhood}."
        )
    return text
