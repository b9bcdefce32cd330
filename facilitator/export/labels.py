"""Words of the exports in the meeting's language (French or English).

Spreadsheet headers, sheet names, enum values and report headings all come from here, so a
French meeting exports in French and an English one in English.
"""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.domain import terms
from facilitator.domain.model import (
    Channel,
    IdeaSource,
    IdeaStatus,
    MeetingStatus,
    Poll,
    PollMethod,
    PollState,
    ResultsVisibility,
)

#: key -> (English, French)
_WORDS: Mapping[str, tuple[str, str]] = {
    # sheet names
    "sheet.summary": ("Summary", "Synthèse"),
    "sheet.ideas": ("Ideas", "Idées"),
    "sheet.polls": ("Polls", "Votes"),
    "sheet.ballots": ("Ballots", "Bulletins"),
    "sheet.attendance": ("Attendance", "Participation"),
    # common columns
    "col.meeting": ("Meeting", "Réunion"),
    "col.date": ("Date", "Date"),
    "col.start": ("Start", "Début"),
    "col.end": ("End", "Fin"),
    "col.neighbourhood": ("Neighbourhood", "Quartier"),
    "col.place": ("Place", "Lieu"),
    "col.status": ("Status", "Statut"),
    "col.attendance": ("Attendance", "Participants"),
    "col.ideas": ("Ideas", "Idées"),
    "col.pending_ideas": ("Ideas awaiting moderation", "Idées en attente de modération"),
    "col.themes": ("Themes", "Thèmes"),
    "col.polls": ("Polls", "Votes"),
    "col.ballots": ("Ballots", "Bulletins"),
    "col.voters": ("Voters", "Votants"),
    "col.participation": ("Participation rate", "Taux de participation"),
    "col.sync": ("Sync state", "État de la synchronisation"),
    "col.platform_link": ("Platform link", "Lien sur la plateforme"),
    "col.proposal_link": ("Proposal on the platform", "Proposition sur la plateforme"),
    "col.number": ("No.", "N°"),
    "col.idea": ("Idea", "Idée"),
    "col.theme": ("Theme", "Thème"),
    "col.source": ("Source", "Origine"),
    "col.merged_into": ("Merged into (No.)", "Fusionnée dans (N°)"),
    "col.votes": ("Votes", "Voix"),
    "col.created": ("Created", "Créée le"),
    "col.poll": ("Poll", "Vote"),
    "col.question": ("Question", "Question"),
    "col.method": ("Method", "Mode de scrutin"),
    "col.parameters": ("Parameters", "Paramètres"),
    "col.state": ("State", "État"),
    "col.option": ("Option", "Option"),
    "col.share": ("Share", "Part"),
    "col.rank": ("Rank", "Rang"),
    "col.winner": ("Winner", "Gagnant"),
    "col.majority_grade": terms.WORDS["majority_grade"],
    "col.shown_to_room": ("Results shown to the room", "Résultats vus par la salle"),
    "col.channel": ("Channel", "Canal"),
    "col.cast_at": ("Time", "Heure"),
    "col.content": ("Ballot", "Bulletin"),
    "col.headcount": ("Headcount", "Nombre de participants"),
    "col.notes": ("Notes", "Notes"),
    "col.tickets_issued": ("Tickets issued", "Tickets émis"),
    "col.tickets_used": ("Tickets used", "Tickets utilisés"),
    "col.updated": ("Updated", "Mis à jour le"),
    "col.most_voters": ("Most voters in a poll", "Votants au vote le plus suivi"),
    # values
    "value.yes": terms.ANSWERS["yes"],
    "value.no": terms.ANSWERS["no"],
    "value.tie": terms.WORDS["tie"],
    "value.synced": ("Up to date", "À jour"),
    "value.not_synced": ("Not synced yet", "Pas encore synchronisée"),
    "value.no_theme": ("(no theme)", "(sans thème)"),
    "value.unknown_option": ("(removed option)", "(option retirée)"),
    # whether the room saw a poll's results (domain: Poll.results_visible)
    "value.shown_live": ("Yes, live", "Oui, en direct"),
    "value.shown_revealed": ("Yes, revealed", "Oui, dévoilés"),
    "value.not_shown_yet": (
        "No: not revealed to the room yet",
        "Non : pas encore dévoilés à la salle",
    ),
    "value.never_shown": ("No: never revealed to the room", "Non : jamais dévoilés à la salle"),
    "param.max_choices": ("at most {n} choices", "{n} choix au plus"),
    "param.points": ("{n} points each", "{n} points chacun"),
    "param.max_per_option": ("at most {n} per option", "{n} au plus par option"),
    "param.grades": ("grades: {grades}", "mentions : {grades}"),
    "param.no_change": ("ballots cannot be changed", "bulletins non modifiables"),
    # report
    "report.title": ("Meeting report", "Compte rendu de réunion"),
    "report.date": ("Date", "Date"),
    "report.place": ("Place", "Lieu"),
    "report.attendance": ("Attendance", "Participation"),
    "report.people": ("{n} people present", "{n} personnes présentes"),
    "report.ideas": ("Ideas by theme", "Idées par thème"),
    "report.no_ideas": ("No ideas were recorded.", "Aucune idée n'a été enregistrée."),
    "report.polls": ("Poll results", "Résultats des votes"),
    "report.no_polls": ("No polls were held.", "Aucun vote n'a eu lieu."),
    "report.voters": ("{n} voters", "{n} votants"),
    "report.voter": ("1 voter", "1 votant"),
    "report.winner": ("Result: {label}", "Résultat : {label}"),
    "report.tie": ("Tie between: {labels}", "Égalité entre : {labels}"),
    "report.no_result": ("No result yet.", "Pas encore de résultat."),
    "report.not_shown": (
        "the participants did not see these results during the meeting; they are printed "
        "here for the record.",
        "les participants n'ont pas vu ces résultats pendant la réunion ; ils figurent ici "
        "pour mémoire.",
    ),
    "report.person": ("1 person present", "1 personne présente"),
    "report.no_headcount": terms.WORDS["no_headcount"],
    "report.participation_value": (
        "{rate} ({voters} voters in the most followed poll out of {present} people present)",
        "{rate} ({voters} votants au vote le plus suivi sur {present} personnes présentes)",
    ),
    "report.participation_unknown": (
        "— (the headcount was not taken: voters in the most followed poll ÷ people present)",
        "— (nombre de présents non relevé : votants au vote le plus suivi ÷ personnes présentes)",
    ),
    "report.tickets": ("Tickets", "Tickets"),
    "report.tickets_value": ("{issued} issued, {used} used", "{issued} émis, {used} utilisés"),
    "report.of_present": (
        "({rate} of the {n} people present)",
        "({rate} des {n} personnes présentes)",
    ),
    "report.turnout": ("Voters by channel: {channels}", "Votants par canal : {channels}"),
    "report.total": ("Total", "Total"),
    "report.next": ("What happens next", "Et maintenant ?"),
    "report.next_text": (
        "The spokesperson passes the ideas and results of this meeting on to the city. "
        "Retained ideas become proposals on the participation platform, where everyone can "
        "follow them and comment.",
        "Le porte-parole transmet les idées et les résultats de cette réunion à la Ville. Les "
        "idées retenues deviennent des propositions sur la plateforme de participation, où "
        "chacun peut les suivre et les commenter.",
    ),
    "report.link": ("Follow this meeting online: {url}", "Suivez cette réunion en ligne : {url}"),
    "report.scan": (
        "Scan the code to follow the ideas on the platform",
        "Scannez le code pour suivre les idées sur la plateforme",
    ),
    "report.proposal_link": ("On the platform: {url}", "Sur la plateforme : {url}"),
    "report.generated": ("Printed on {date}", "Imprimé le {date}"),
}

_pick = terms.pick


def word(key: str, language: str, **values: object) -> str:
    """The text for ``key`` in ``language`` ("fr" or "en"), with ``{name}`` filled in."""
    text = _pick(_WORDS[key], language)
    return text.format(**values) if values else text


def method(value: PollMethod, language: str) -> str:
    return terms.method(value, language)


def channel(value: Channel, language: str) -> str:
    return terms.channel(value, language)


def source(value: IdeaSource, language: str) -> str:
    return terms.source(value, language)


def idea_status(value: IdeaStatus, language: str) -> str:
    return terms.idea_status(value, language)


def meeting_status(value: MeetingStatus, language: str) -> str:
    return terms.meeting_status(value, language)


def poll_state(value: PollState, language: str) -> str:
    return terms.poll_state(value, language)


def shown_to_room(poll: Poll, language: str) -> str:
    """Whether, and how, the room saw this poll's results."""
    if poll.results_visible:
        key = (
            "value.shown_revealed"
            if poll.visibility is ResultsVisibility.HIDDEN
            else "value.shown_live"
        )
    else:
        key = "value.not_shown_yet" if poll.state is PollState.OPEN else "value.never_shown"
    return word(key, language)


def answer(key: str, language: str) -> str:
    """A yes/no/abstain answer in the meeting's language."""
    return terms.answer(key, language)
