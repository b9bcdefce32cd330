"""SQLite storage: schema, migrations, repositories and the change journal.

Everything else reaches the data through :class:`Workspace` and its repositories.
"""

from facilitator.storage.workspace import Workspace

__all__ = ["Workspace"]
