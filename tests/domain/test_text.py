"""Text from people: normalised, without controls or bidi overrides, and never invisible."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import (
    Attendance,
    Idea,
    Meeting,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
)
from facilitator.domain.text import BIDI_CONTROLS, clean_notes, clean_text, has_visible_character

HOSTILE = "\x00\x07\x1b\x7f\x85\x9b\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Des bancs\u202e pour tous", "Des bancs pour tous"),
        ("Plus\x00 d'ar\x1bbres\x07", "Plus d'arbres"),
        ("Cafe\u0301", "Café"),  # NFC
        ("  deux\tmots  ", "deux mots"),
        ("ligne\r\nsuivante", "ligne suivante"),
        ("\u200bcoin\u200b", "\u200bcoin\u200b"),  # kept inside text (Thai, Khmer line breaks)
        ("👩\u200d👩\u200d👧", "👩\u200d👩\u200d👧"),  # joiners make one emoji
        ("שלום \u200fעולם", "שלום \u200fעולם"),  # marks are how right-to-left text is typed
    ],
)
def test_single_line_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_notes_keep_their_layout_but_lose_controls() -> None:
    typed = "\tOrdre du jour\r\n\t- bancs\x1b\u202e\n\n  fin\x00 "
    assert clean_notes(typed) == "\tOrdre du jour\n\t- bancs\n\n  fin "


def test_multiline_text_keeps_its_lines() -> None:
    assert (
        clean_text("un\r\ndeux\rtrois\u2028quatre\x0c", multiline=True) == "un\ndeux\ntrois\nquatre"
    )


@pytest.mark.parametrize(
    "invisible",
    [
        "",
        "   ",
        "\u200b\u200b\u200b",
        "\u202e",
        "\x00\x1b\x07",
        "\u2066\u200d\ufeff",
        "\u3164",
        "\u2800",
        "\u0301\u0301",
    ],
)
def test_no_visible_character(invisible: str) -> None:
    assert not has_visible_character(clean_text(invisible))


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(HOSTILE), max_size=60),
    st.booleans(),
)
def test_cleaning_is_idempotent_and_leaves_no_control(raw: str, multiline: bool) -> None:
    clean = clean_text(raw, multiline=multiline)
    assert clean_text(clean, multiline=multiline) == clean
    assert unicodedata.is_normalized("NFC", clean)
    assert clean == clean.strip()
    for char in clean:
        assert char not in BIDI_CONTROLS
        assert (char == "\n" and multiline) or unicodedata.category(char) not in ("Cc", "Cs")
    # Letters and digits are never dropped (compared decomposed: dropping a control between a
    # letter and its accent lets them compose).
    kept = [c for c in unicodedata.normalize("NFD", raw) if c.isalnum()]
    assert [c for c in unicodedata.normalize("NFD", clean) if c.isalnum()] == kept
    notes = clean_notes(raw)
    assert clean_notes(notes) == notes
    assert all(c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs") for c in notes)
    assert not BIDI_CONTROLS & set(notes)


def test_entities_clean_their_text_and_refuse_invisible_text() -> None:
    meeting = Meeting(title="Réunion\u202e du\x00 quartier", place="Salle\x1b 2").validated()
    assert (meeting.title, meeting.place) == ("Réunion du quartier", "Salle 2")
    with pytest.raises(ValidationError) as refused:
        Meeting(title="\u200b\u200b").validated()
    assert refused.value.field == "title" and refused.value.fr
    idea = Idea(meeting.id, "Plus de\u2067 bancs\n\nà l'ombre", theme="#mobi\u202elier").validated()
    assert (idea.text, idea.theme) == ("Plus de bancs\n\nà l'ombre", "mobilier")
    with pytest.raises(ValidationError):
        Idea(meeting.id, "\u3164").validated()
    poll = Poll(
        meeting.id,
        "Quel\x07 jour ?",
        PollMethod.MAJORITY_JUDGMENT,
        (PollOption("Lun\u202edi"), PollOption("Mardi")),
        params=PollParams(grades=("Bien\x00", "Mal")),
    ).validated()
    assert poll.question == "Quel jour ?"
    assert [o.label for o in poll.options] == ["Lundi", "Mardi"]
    assert poll.params.grades == ("Bien", "Mal")
    with pytest.raises(ValidationError):
        Poll(
            meeting.id, "Q", PollMethod.SINGLE, (PollOption("\u200b"), PollOption("B"))
        ).validated()
    notes = Attendance(meeting.id, 3, notes="Arrivés\x1b en retard\r\n\t: 2").validated()
    assert notes.notes == "Arrivés en retard\n\t: 2"
