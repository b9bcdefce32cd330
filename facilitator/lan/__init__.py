"""Phone server: participants vote and send ideas over the local network."""
