"""Expected export and bundle failures, each with a bilingual message a coordinator can act on."""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.plurals import in_both


class ExportError(FacilitatorError):
    """An export could not be written; no partial file was left behind."""


class ExistingFileError(ExportError):
    """The target exists and the caller did not say to replace it; nothing was written.

    ``paths`` are the files in the way. The command line words it with ``--force``; the app
    asks before it exports, so it meets this only when a file appears meanwhile.
    """

    def __init__(self, paths: tuple[Path, ...]) -> None:
        en, fr = in_the_way(paths)
        left = "it was left as it is" if len(paths) == 1 else "they were left as they are"
        super().__init__(f"{en}; {left}.", f"{fr} ; rien n'a été modifié.")
        self.paths = paths


def in_the_way(paths: Sequence[Path]) -> tuple[str, str]:
    """The files in the way, in English and French: one by its path ("report.pdf already
    exists"), several by their names in the folder they share ("5 files already exist in csv:
    summary.csv, …")."""
    if len(paths) == 1:
        return f"{paths[0]} already exists", f"{paths[0]} existe déjà"
    en, fr = in_both(len(paths), ("file", "files"), ("fichier", "fichiers"))
    folders = {p.parent for p in paths}
    if len(folders) == 1:
        names = ", ".join(p.name for p in paths)
        folder = folders.pop()
        return (
            f"{en} already exist in {folder}: {names}",
            f"{fr} existent déjà dans {folder} : {names}",
        )
    names = ", ".join(str(p) for p in paths)
    return f"{en} already exist: {names}", f"{fr} existent déjà : {names}"


class BundleError(FacilitatorError):
    """A meeting bundle cannot be read or merged; the workspace was left unchanged."""


def write_failed(path: Path, exc: OSError) -> ExportError:
    """Turn a file-system error met while writing ``path`` into a message for people."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(
            f"The disk is full: {path} could not be written. Nothing was left half-written; "
            "free some space or choose another place and try again.",
            f"Le disque est plein : {path} n'a pas pu être écrit. Aucun fichier incomplet n'a "
            "été laissé ; libérez de la place ou choisissez un autre emplacement, puis réessayez.",
        )
    if exc.errno == errno.EIO:
        return ExportError(
            f"{path} could not be written correctly: the disk reported an error, or what it "
            "holds differs from what was written. The previous file was kept; try another place.",
            f"{path} n'a pas pu être écrit correctement : le disque a signalé une erreur, ou ce "
            "qu'il contient diffère de ce qui a été écrit. Le fichier précédent a été conservé ; "
            "essayez un autre emplacement.",
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(
            f"Cannot write {path}: the folder is read-only or you lack permission. "
            "Choose another place.",
            f"Impossible d'écrire {path} : le dossier est en lecture seule ou l'accès est "
            "refusé. Choisissez un autre emplacement.",
        )
    if isinstance(exc, IsADirectoryError):
        return ExportError(
            f"{path} is a folder; give a file name.",
            f"{path} est un dossier ; indiquez un nom de fichier.",
        )
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return ExportError(
            f"Cannot write {path}: its folder does not exist.",
            f"Impossible d'écrire {path} : son dossier n'existe pas.",
        )
    reason = exc.strerror or str(exc)
    return ExportError(f"Cannot write {path}: {reason}.", f"Impossible d'écrire {path} : {reason}.")
