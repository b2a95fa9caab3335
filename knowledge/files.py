"""Reading fact files and articles: regular files only, inside their folder, and bounded.

A fact file or article is opened (without blocking, so that a named pipe cannot hang the load),
looked at (fstat), and read only if it is a regular file no larger than its limit; then at most
limit + 1 bytes are read, in case it grew. A symbolic link is followed only if it stays inside
the folder it is read from.
"""

from __future__ import annotations

import errno
import os
import stat

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
               | getattr(os, "O_BINARY", 0))


class Unreadable(Exception):
    """A file that is not read (besides what open() raises: OSError)."""


class OutsideFolder(Unreadable):
    """The file, its links followed, is not inside the folder it is read from."""


class NotRegular(Unreadable):
    """The file is a named pipe, a device, a socket …, not a regular file."""


class TooLarge(Unreadable):
    """The file holds more than the limit (at least `size` bytes)."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def inside(path: str | os.PathLike[str], folder: str) -> bool:
    """Whether `path`, its symbolic links followed, is `folder` (a real path) or inside it."""
    real = os.path.realpath(path)
    return real == folder or real.startswith(folder.rstrip(os.sep) + os.sep)


def read_regular(path: str | os.PathLike[str], limit: int, folder: str | None = None) -> bytes:
    """The content of the regular file at `path`, at most `limit` bytes, and (if `folder`, a
    real path, is given) inside `folder`. Raises OutsideFolder, NotRegular, TooLarge, or
    OSError as open() does (IsADirectoryError for a folder)."""
    if folder is not None and not inside(path, folder):
        raise OutsideFolder(path)
    descriptor = os.open(path, _OPEN_FLAGS)
    with open(descriptor, "rb") as file:
        mode, size = (info := os.fstat(descriptor)).st_mode, info.st_size
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotRegular(path)
        if size > limit:
            raise TooLarge(size)
        data = file.read(limit + 1)  # the size may have changed since fstat
    if len(data) > limit:
        raise TooLarge(len(data))
    return data
