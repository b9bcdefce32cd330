"""Facilitator: run neighbourhood meetings and feed the participation platform afterwards."""

__version__ = "0.1.0"

#: The app's reverse-DNS id: its Linux desktop entry and AppStream file are named after it, it
#: is the macOS bundle identifier, and Wayland matches the window to its menu entry by it.
APP_ID = "org.facilitator.Facilitator"
