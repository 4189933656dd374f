"""The one way the program writes a file: atomic, with normal permissions, in Dutch.

Every saved file (handout PDF, report PDF, export-content, organisation profile, feedback
form, self-test output) goes through ``write_atomically``:

- a temporary file in the target's own folder, fsync'ed, then ``os.replace``: a full disk or
  a crash never leaves a half file where a good one was; the folder is fsync'ed too;
- created with mode 0666 minus the umask, like any program's save (``mkstemp``'s 0600 made
  an exported profile unreadable for the other users of a workstation);
- the temporary file is removed on every failure;
- a device, FIFO, socket or directory at the target is refused, never replaced (``-o
  /dev/full`` as root used to replace the device with a file);
- a symlink is written through: the file it points to gets the new content, the link stays;
- every failure is a ``SaveError`` with a Dutch message (disk full, read-only, no permission).
Qt-free.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

from opvoedapp.errors import OpvoedappError
from opvoedapp.safe_read import file_kind

_MAX_LINKS = 40  # as the kernel's own limit on following symlinks


class SaveError(OpvoedappError):
    """The file was not saved; ``message`` is Dutch and says where and why."""


def write_atomically(target: Path, data: bytes | str) -> Path:
    """Write ``data`` (str as UTF-8) to ``target``; return the path really written."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    target = Path(target)
    if not str(target) or str(target) == ".":
        raise SaveError("Geen bestandsnaam opgegeven: er is niets opgeslagen.")
    final = _through_links(target)
    try:
        info = os.stat(final)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise SaveError(message_for(final, exc)) from exc
    if info is not None and file_kind(info.st_mode) is not None:
        raise SaveError(f"{final} is {file_kind(info.st_mode)}, geen gewoon bestand: het wordt "
                        "niet overschreven. Kies een andere bestandsnaam.")
    folder = final.parent
    temp = folder / f".{final.name[:40]}.{secrets.token_hex(4)}.tmp"
    try:
        # 0o666: the umask decides, as for any saved file; O_EXCL: never reuse a stranger's.
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o666)
    except OSError as exc:
        raise SaveError(message_for(final, exc)) from exc
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view):]
            os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(temp, final)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise SaveError(message_for(final, exc)) from exc
        raise
    _sync_folder(folder)
    return final


def _through_links(target: Path) -> Path:
    """The file a chain of symlinks ends at (it may not exist yet): the user's intent."""
    path = target
    for _ in range(_MAX_LINKS):
        try:
            if not stat.S_ISLNK(os.lstat(path).st_mode):
                return path
            link = Path(os.readlink(path))
        except FileNotFoundError:
            return path
        except OSError as exc:
            raise SaveError(message_for(target, exc)) from exc
        path = link if link.is_absolute() else path.parent / link
    raise SaveError(f"{target} is een kringverwijzing (symlink-lus): er is niets opgeslagen. "
                    "Kies een andere bestandsnaam.")


def _sync_folder(folder: Path) -> None:
    # The rename itself must reach the disk; not every platform can open a folder (Windows).
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def message_for(target: Path, exc: OSError) -> str:
    """Dutch words for why ``target`` could not be saved."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return (f"De schijf is vol: {target} is niet opgeslagen. Maak ruimte vrij of kies een "
                "andere plek.")
    if code == errno.EROFS:
        return (f"De map {target.parent} is alleen-lezen: {target.name} is niet opgeslagen. "
                "Kies een andere map.")
    if code in (errno.EACCES, errno.EPERM):
        return (f"U mag hier niet opslaan: {target.parent}; {target.name} is niet opgeslagen. "
                "Kies een andere map.")
    if code in (errno.ENOENT, errno.ENOTDIR):
        return (f"De map {target.parent} bestaat niet: {target.name} is niet opgeslagen. "
                "Kies een andere map.")
    if code == errno.EISDIR:
        return f"{target} is een map: er is niets opgeslagen. Kies een bestandsnaam."
    if code == errno.ELOOP:
        return f"{target} is een kringverwijzing (symlink-lus): er is niets opgeslagen."
    if code == errno.ENAMETOOLONG:
        return f"De bestandsnaam {target.name[:60]}… is te lang: er is niets opgeslagen."
    return f"{target} is niet opgeslagen (schijffout, foutcode {code})."
