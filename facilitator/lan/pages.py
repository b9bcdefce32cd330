"""The small bilingual pages a wrong address gets: no script, every text escaped."""

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
        "affiché dans la salle, ou demandez l'adresse à l'animateur.",
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


def incomplete_address_page() -> Response:
    return page(
        404,
        "Adresse incomplète",
        "Incomplete address",
        "Pour participer, scannez le code QR affiché dans la salle : il contient le code de "
        "la réunion.",
        "To take part, scan the QR code shown in the room: it holds the meeting code.",
    )
