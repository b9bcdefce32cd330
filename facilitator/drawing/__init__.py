"""Drawing shared by the layers that paint with QtGui (printed reports, ticket cards, the
projector): one QR painter. No widgets, no data access."""
