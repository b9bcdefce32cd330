"""Checks that a ballot, or a count typed in by the spokesperson, fits its poll.

Whatever a phone, a ticket or the keyboard sends passes through here before it is stored, and
comes out in one canonical form, so the tally (:mod:`facilitator.domain.voting`) can trust it.
Any unacceptable input, however odd (wrong types, unknown keys, huge lists), raises
:class:`~facilitator.domain.errors.ValidationError` and nothing else.

Ballot content per method:

- single: ``{"option": option_id}``
- approval, upvotes: ``{"options": [option_id, ...]}`` (distinct, may be empty)
- yes_no_abstain: ``{"answer": "yes" | "no" | "abstain"}``
- dots: ``{"points": {option_id: points}}``
- majority_judgment: ``{"grades": {option_id: grade_index}}`` (0 is the best grade)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, assert_never

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import YES_NO_ABSTAIN_ANSWERS, Poll, PollMethod

#: The largest number accepted in a typed count (and as a number of voters).
MAX_COUNT = 100_000

#: The one key of a ballot's content, per method.
CONTENT_KEYS: Mapping[PollMethod, str] = {
    PollMethod.SINGLE: "option",
    PollMethod.APPROVAL: "options",
    PollMethod.YES_NO_ABSTAIN: "answer",
    PollMethod.DOTS: "points",
    PollMethod.MAJORITY_JUDGMENT: "grades",
    PollMethod.UPVOTES: "options",
}

_LABEL_IN_MESSAGE = 60


def is_count(value: object) -> TypeGuard[int]:
    """Whether ``value`` is a plain integer (``True`` and ``1.0`` are not)."""
    return isinstance(value, int) and not isinstance(value, bool)


def validate_content(poll: Poll, content: Mapping[str, Any]) -> dict[str, Any]:
    """Return the ballot ``content`` in canonical form, or raise :class:`ValidationError`.

    Chosen options come back in poll order, dots without their zero entries.
    """
    key = CONTENT_KEYS[poll.method]
    if not isinstance(content, Mapping) or len(content) != 1 or key not in content:
        raise _malformed(key)
    value: object = content[key]
    method = poll.method
    if method is PollMethod.SINGLE:
        return {key: _check_single(poll, value)}
    if method is PollMethod.APPROVAL or method is PollMethod.UPVOTES:
        return {key: _check_choices(poll, value)}
    if method is PollMethod.YES_NO_ABSTAIN:
        if not isinstance(value, str) or value not in YES_NO_ABSTAIN_ANSWERS:
            raise ValidationError(
                "Answer yes, no or abstain.", "Répondez oui, non ou abstention.", field=key
            )
        return {key: value}
    if method is PollMethod.DOTS:
        return {key: _check_dots(poll, value)}
    if method is PollMethod.MAJORITY_JUDGMENT:
        return {key: _check_grades(poll, value)}
    assert_never(method)


def validate_counts(
    poll: Poll, counts: Mapping[str, Any], voters: int
) -> tuple[dict[str, Any], int]:
    """Check counts typed in for one channel; return them complete and the number of voters.

    ``counts`` maps an option id (the answers ``yes``/``no``/``abstain`` for a yes/no/abstain
    poll) to a number of votes (points for dots), or for majority judgment to a list of counts
    per grade, best first. The result has an entry for every option, in poll order. For single
    choice and yes/no/abstain, ``voters`` may be 0: it is then the number of votes.
    """
    if not is_count(voters) or not 0 <= voters <= MAX_COUNT:
        raise ValidationError(
            f"The number of voters must be a whole number between 0 and {MAX_COUNT}.",
            f"Le nombre de votants doit être un nombre entier entre 0 et {MAX_COUNT}.",
            field="voters",
        )
    keys = _count_keys(poll)
    if not isinstance(counts, Mapping) or len(counts) > len(keys):
        raise _malformed_counts()
    for key in counts:
        if key not in keys:
            raise _malformed_counts()
    method = poll.method
    if method is PollMethod.MAJORITY_JUDGMENT:
        return _check_grade_counts(poll, counts, voters)
    flat = {key: _check_count(counts.get(key, 0)) for key in keys}
    total = sum(flat.values())
    top = max(flat.values(), default=0)
    if method is PollMethod.SINGLE or method is PollMethod.YES_NO_ABSTAIN:
        voters = voters or implied_voters(poll, flat) or 0
        if total > voters:
            raise ValidationError(
                f"There are more votes ({total}) than voters ({voters}).",
                f"Il y a plus de voix ({total}) que de votants ({voters}).",
                field="voters",
            )
    elif method is PollMethod.APPROVAL or method is PollMethod.UPVOTES:
        _require_voters(voters, total)
        if top > voters:
            raise ValidationError(
                f"An option has more votes ({top}) than there are voters ({voters}).",
                f"Une option a plus de voix ({top}) qu'il n'y a de votants ({voters}).",
                field="voters",
            )
        most = poll.params.max_choices
        if most is not None and total > voters * most:
            raise ValidationError(
                f"{voters} voters choosing at most {most} options cannot cast {total} votes.",
                f"{voters} votants choisissant {most} options au plus ne peuvent pas "
                f"donner {total} voix.",
                field="voters",
            )
    elif method is PollMethod.DOTS:
        _check_dot_counts(poll, flat, voters)
    else:
        assert_never(method)
    return flat, voters


def implied_voters(poll: Poll, counts: Mapping[str, Any]) -> int | None:
    """How many people voted, as counts typed without a number of voters imply it: the votes
    of a single choice or yes/no/abstain poll (one vote each), the grades each option got in
    majority judgment (everyone grades every option). None where the number must be typed.
    """

    def number(value: object) -> int:
        return value if is_count(value) else 0

    if poll.method is PollMethod.SINGLE or poll.method is PollMethod.YES_NO_ABSTAIN:
        return sum(number(n) for n in counts.values())
    if poll.method is PollMethod.MAJORITY_JUDGMENT:
        return max(
            (sum(number(n) for n in row) for row in counts.values() if isinstance(row, list)),
            default=0,
        )
    return None


def _check_single(poll: Poll, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError("Choose one option.", "Choisissez une option.", field="option")
    _require_option(poll, value, "option")
    return value


def _check_choices(poll: Poll, value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        raise _malformed("options")
    most = poll.params.max_choices
    limit = len(poll.options) if most is None else min(most, len(poll.options))
    if len(value) > len(poll.options):
        raise _too_many(limit)
    chosen: set[str] = set()
    for item in value:
        if not isinstance(item, str):
            raise _malformed("options")
        _require_option(poll, item, "options")
        if item in chosen:
            raise ValidationError(
                "The same option is chosen twice.",
                "La même option est choisie deux fois.",
                field="options",
            )
        chosen.add(item)
    if len(chosen) > limit:
        raise _too_many(limit)
    return [option.id for option in poll.options if option.id in chosen]


def _check_dots(poll: Poll, value: object) -> dict[str, int]:
    if not isinstance(value, Mapping) or len(value) > len(poll.options):
        raise _malformed("points")
    params = poll.params
    given: dict[str, int] = {}
    for option_id, points in value.items():
        if not isinstance(option_id, str):
            raise _malformed("points")
        _require_option(poll, option_id, "points")
        if not is_count(points) or points < 0:
            raise ValidationError(
                "Points must be whole numbers, zero or more.",
                "Les points doivent être des nombres entiers, positifs ou nuls.",
                field="points",
            )
        if params.max_per_option is not None and points > params.max_per_option:
            raise ValidationError(
                f"At most {params.max_per_option} points on one option.",
                f"{params.max_per_option} points au plus sur une même option.",
                field="points",
            )
        if points > params.points:
            raise _too_many_points(params.points)
        given[option_id] = points
    spent = sum(given.values())
    if spent < 1:
        raise ValidationError(
            "Place at least one point.", "Placez au moins un point.", field="points"
        )
    if spent > params.points:
        raise _too_many_points(params.points, spent)
    return {o.id: given[o.id] for o in poll.options if given.get(o.id, 0) > 0}


def _check_grades(poll: Poll, value: object) -> dict[str, int]:
    if not isinstance(value, Mapping) or len(value) > len(poll.options):
        raise _malformed("grades")
    grade_count = len(poll.params.grades)
    for option_id, grade in value.items():
        if not isinstance(option_id, str):
            raise _malformed("grades")
        _require_option(poll, option_id, "grades")
        if not is_count(grade) or not 0 <= grade < grade_count:
            raise ValidationError("Unknown grade.", "Mention inconnue.", field="grades")
    for option in poll.options:
        if option.id not in value:
            label = _short(option.label)
            raise ValidationError(
                f"Give a grade to every option (missing: {label}).",
                f"Donnez une mention à chaque option (il manque : {label}).",
                field="grades",
            )
    return {o.id: int(value[o.id]) for o in poll.options}


def _count_keys(poll: Poll) -> tuple[str, ...]:
    if poll.method is PollMethod.YES_NO_ABSTAIN:
        return YES_NO_ABSTAIN_ANSWERS
    return tuple(option.id for option in poll.options)


def _check_count(value: object) -> int:
    if is_count(value) and 0 <= value <= MAX_COUNT:
        return value
    raise ValidationError(
        f"A count must be a whole number between 0 and {MAX_COUNT}.",
        f"Un décompte doit être un nombre entier entre 0 et {MAX_COUNT}.",
        field="counts",
    )


def _check_grade_counts(
    poll: Poll, counts: Mapping[str, Any], voters: int
) -> tuple[dict[str, Any], int]:
    grade_count = len(poll.params.grades)
    profiles: dict[str, list[int]] = {}
    for option in poll.options:
        row: object = counts.get(option.id, [0] * grade_count)
        if not isinstance(row, list | tuple) or len(row) != grade_count:
            raise ValidationError(
                f"Give one count per grade ({grade_count}) for each option.",
                f"Indiquez un décompte par mention ({grade_count}) pour chaque option.",
                field="counts",
            )
        profiles[option.id] = [_check_count(n) for n in row]
    totals = {option_id: sum(row) for option_id, row in profiles.items()}
    voters = voters or implied_voters(poll, profiles) or 0
    for option in poll.options:
        if totals[option.id] != voters:
            label = _short(option.label)
            raise ValidationError(
                f"Every voter grades every option: {label} has {totals[option.id]} grades, "
                f"expected {voters}.",
                f"Chaque votant juge chaque option : {label} a {totals[option.id]} mentions, "
                f"{voters} attendues.",
                field="counts",
            )
    return dict(profiles), voters


def _check_dot_counts(poll: Poll, points: Mapping[str, int], voters: int) -> None:
    params = poll.params
    total = sum(points.values())
    _require_voters(voters, total)
    if total > voters * params.points:
        raise ValidationError(
            f"{voters} voters with {params.points} points each cannot place {total} points.",
            f"{voters} votants avec {params.points} points chacun ne peuvent pas placer "
            f"{total} points.",
            field="voters",
        )
    if voters > total:
        raise ValidationError(
            f"Each voter places at least one point: {voters} voters, only {total} points.",
            f"Chaque votant place au moins un point : {voters} votants, {total} points seulement.",
            field="voters",
        )
    cap = params.max_per_option
    if cap is not None and any(n > voters * cap for n in points.values()):
        raise ValidationError(
            f"{voters} voters can place at most {voters * cap} points on one option.",
            f"{voters} votants peuvent placer {voters * cap} points au plus sur une option.",
            field="counts",
        )


def _require_voters(voters: int, votes: int) -> None:
    if voters == 0 and votes > 0:
        raise ValidationError(
            "Say how many people voted.", "Indiquez combien de personnes ont voté.", field="voters"
        )


def _require_option(poll: Poll, option_id: str, field: str) -> None:
    if poll.option(option_id) is None:
        raise ValidationError(
            "This ballot names an option that is not in the poll.",
            "Ce bulletin désigne une option qui ne fait pas partie du vote.",
            field=field,
        )


def _malformed(field: str) -> ValidationError:
    return ValidationError(
        "This ballot is not in the expected form.",
        "Ce bulletin n'a pas la forme attendue.",
        field=field,
    )


def _malformed_counts() -> ValidationError:
    return ValidationError(
        "These counts do not match the poll's options.",
        "Ces décomptes ne correspondent pas aux options du vote.",
        field="counts",
    )


def _too_many(limit: int) -> ValidationError:
    return ValidationError(
        f"Choose at most {limit} options.", f"Choisissez {limit} options au plus.", field="options"
    )


def _too_many_points(available: int, used: int | None = None) -> ValidationError:
    if used is None:
        return ValidationError(
            f"You have {available} points to spread.",
            f"Vous avez {available} points à répartir.",
            field="points",
        )
    return ValidationError(
        f"You have {available} points to spread; this ballot uses {used}.",
        f"Vous avez {available} points à répartir ; ce bulletin en utilise {used}.",
        field="points",
    )


def _short(label: str) -> str:
    if len(label) <= _LABEL_IN_MESSAGE:
        return f"« {label} »"
    return f"« {label[: _LABEL_IN_MESSAGE - 1]}… »"
