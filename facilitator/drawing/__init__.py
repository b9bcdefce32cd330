"""Drawing shared by every layer that paints or prints (the printed report, ticket cards, the
projector, the phone page's colours): the headless printing set-up (``printing``), the one QR
module (``qr``) and the grade colours (``colours``). QtGui at most; no widgets, no data access.
"""
