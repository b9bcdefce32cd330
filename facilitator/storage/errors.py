"""Expected storage failures, each with a message a spokesperson can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitator.domain.errors import FacilitatorError


class StorageError(FacilitatorError):
    """The workspace file cannot be read or written."""


class ForeignFileError(StorageError):
    """The file exists but is not a Facilitator workspace; it is left untouched."""


class CorruptWorkspaceError(StorageError):
    """The workspace file is damaged; it is left untouched."""


class NewerWorkspaceError(StorageError):
    """The workspace was written by a newer Facilitator."""


class ReadOnlyError(StorageError):
    """The folder or file cannot be written."""


class DiskFullError(StorageError):
    """The disk is full: the last change was not saved, earlier ones are safe."""


def read_only(path: Path) -> ReadOnlyError:
    return ReadOnlyError(
        f"Cannot write to {path}: the folder is read-only or you lack permission. "
        "Nothing already saved was lost; choose another folder with --data-dir.",
        f"Impossible d'écrire dans {path} : le dossier est en lecture seule ou l'accès est "
        "refusé. Rien de ce qui était enregistré n'est perdu ; choisissez un autre dossier "
        "avec --data-dir.",
    )


def translate(error: sqlite3.Error, path: Path) -> StorageError:
    """Turn a low-level SQLite error into a message for people."""
    text = str(error).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError(
            "The disk is full: the last change could not be saved. Everything saved before it "
            "is safe. Free some space and try again.",
            "Le disque est plein : la dernière modification n'a pas pu être enregistrée. Tout ce "
            "qui avait été enregistré avant est en sécurité. Libérez de la place et réessayez.",
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return read_only(path)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return corrupt(path)
    if "unable to open" in text:
        return StorageError(
            f"Cannot open the workspace {path}. Check that the folder exists and is writable.",
            f"Impossible d'ouvrir l'espace de travail {path}. Vérifiez que le dossier existe et "
            "qu'il est accessible en écriture.",
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            f"The workspace {path} is busy in another program. Close it there and try again.",
            f"L'espace de travail {path} est occupé par un autre programme. Fermez-le et "
            "réessayez.",
        )
    return StorageError(
        f"The workspace {path} could not be used: {error}.",
        f"L'espace de travail {path} n'a pas pu être utilisé : {error}.",
    )


def corrupt(path: Path) -> CorruptWorkspaceError:
    return CorruptWorkspaceError(
        f"The workspace {path} is damaged and cannot be opened. It was left untouched; "
        "keep a copy and restore a backup or a meeting bundle.",
        f"L'espace de travail {path} est endommagé et ne peut pas être ouvert. Il n'a pas été "
        "modifié ; gardez-en une copie et restaurez une sauvegarde ou un fichier de réunion.",
    )


def foreign(path: Path) -> ForeignFileError:
    return ForeignFileError(
        f"{path} is not a Facilitator workspace. It was left untouched; "
        "choose another folder with --data-dir.",
        f"{path} n'est pas un espace de travail Facilitator. Il n'a pas été modifié ; "
        "choisissez un autre dossier avec --data-dir.",
    )


def translate_os(error: OSError, path: Path) -> StorageError:
    """Turn a file-system error into a message for people."""
    if error.errno == 28:  # ENOSPC
        return translate(sqlite3.OperationalError("database or disk is full"), path)
    if isinstance(error, PermissionError):
        return read_only(path)
    return StorageError(
        f"Cannot use {path}: {error.strerror}.", f"Impossible d'utiliser {path} : {error.strerror}."
    )
