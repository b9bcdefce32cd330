"""The colours of majority judgment's grades, from deep green (best) to deep red (worst).

As ``#rrggbb`` text, so the phone page (CSS), the workbook (openpyxl) and Qt (``QColor``) take
the same values; no Qt here, so the workbook export does not load it.
"""

from __future__ import annotations

#: The usual scale of majority judgment, best grade first.
_ANCHORS = ("#006d2c", "#31a354", "#a1d99b", "#fee08b", "#fdae61", "#f46d43", "#a50026")


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def grade_colours(count: int) -> list[str]:
    """One colour per grade, best first, spread evenly over the scale."""
    if count <= 1:
        return list(_ANCHORS[:1])
    colours = []
    last = len(_ANCHORS) - 1
    for index in range(count):
        position = index * last / (count - 1)
        low = int(position)
        high = min(low + 1, last)
        t = position - low
        a, b = _rgb(_ANCHORS[low]), _rgb(_ANCHORS[high])
        mixed = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
        colours.append("#" + "".join(f"{part:02x}" for part in mixed))
    return colours
