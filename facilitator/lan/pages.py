"""The small bilingual pages of the server: the page where a short join code is typed, and
what a wrong address gets. No script, every text escaped."""

from __future__ import annotations

import html

from starlette.responses import Response


def page(status: int, title_fr: str, title_en: str, text_fr: str, text_en: str) -> Response:
    esc = html.escape
    body = (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title_fr)}</title>"
        '<link rel="stylesheet" href="/static/app.css"></head><body><main class="card">'
        f"<h1>{esc(title_fr)}</h1><p>{esc(text_fr)}</p>"
        f'<div lang="en"><h2>{esc(title_en)}</h2><p>{esc(text_en)}</p></div>'
        "</main></body></html>"
    )
    return Response(
        body,
        status_code=status,
        media_type="text/html; charset=utf-8",
        headers={"cache-control": "no-store"},
    )


def wrong_code_page() -> Response:
    return page(
        404,
        "Adresse inconnue",
        "Unknown address",
        "Ce code de réunion n'est pas valable ou la réunion est terminée. Scannez le code QR "
        "affiché dans la salle, ou demandez l'adresse au porte-parole.",
        "This meeting code is not valid, or the meeting is over. Scan the QR code shown in the "
        "room, or ask the spokesperson for the address.",
    )


def wrong_ticket_page() -> Response:
    return page(
        404,
        "Ticket inconnu",
        "Unknown ticket",
        "Ce ticket n'appartient pas à la réunion en cours. Scannez le code QR affiché dans la "
        "salle, ou demandez un autre ticket.",
        "This ticket does not belong to the meeting being held. Scan the QR code shown in the "
        "room, or ask for another ticket.",
    )


_CODE_FORM = (
    '<form method="get" action="/join" class="codeform">'
    '<label class="block" for="code">Code de la réunion <span lang="en">/ Meeting code</span>'
    "</label>"
    '<input type="text" id="code" name="code" required maxlength="12" autocomplete="off" '
    'autocapitalize="characters" spellcheck="false" inputmode="text" placeholder="K7M-Q2P">'
    '<button type="submit" class="btn">Rejoindre <span lang="en">/ Join</span></button>'
    "</form>"
)


def code_page(problem_fr: str = "", problem_en: str = "", status: int = 200) -> Response:
    """The laptop's address typed by hand: the short code projected beside the QR code."""
    esc = html.escape
    problem = ""
    if problem_fr:
        problem = (
            f'<p class="msg warnText" role="alert">{esc(problem_fr)} '
            f'<span lang="en">{esc(problem_en)}</span></p>'
        )
    body = (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Rejoindre la réunion / Join the meeting</title>"
        '<link rel="stylesheet" href="/static/app.css"></head><body><main class="card">'
        "<h1>Rejoindre la réunion</h1>"
        "<p>Tapez le code de six lettres et chiffres affiché au projecteur, ou scannez son "
        "code QR.</p>"
        '<p lang="en">Type the six-character code shown on the projector, or scan its QR '
        "code.</p>"
        f"{problem}{_CODE_FORM}</main></body></html>"
    )
    return Response(
        body,
        status_code=status,
        media_type="text/html; charset=utf-8",
        headers={"cache-control": "no-store"},
    )


def wrong_short_code_page() -> Response:
    return code_page(
        "Ce code ne correspond pas à la réunion. Vérifiez-le au projecteur.",
        "This code does not match the meeting. Check it on the projector.",
        404,
    )


def too_many_codes_page(wait: float) -> Response:
    seconds = int(wait) + 1
    response = code_page(
        f"Trop de codes erronés depuis cet appareil : réessayez dans {seconds} s.",
        f"Too many wrong codes from this device: try again in {seconds} s.",
        429,
    )
    response.headers["retry-after"] = str(seconds)
    return response
