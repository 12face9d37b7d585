"""Reading a user's text file, and writing one atomically: one clear InputError for every way it can fail."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile

from .errors import InputError


def read_text(name: str, max_bytes: int, kind: str) -> str:
    """The file's text, UTF-8 with or without a byte-order mark; kind names it in errors."""
    try:
        with open(name, "rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except IsADirectoryError:
        raise InputError(f"is a directory, not {kind}", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", name) from None
    if len(data) > max_bytes:
        raise InputError(f"larger than {max_bytes // (1024 * 1024)} MB; too large for {kind}", name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text (byte 0x{data[e.start]:02x}); save it as UTF-8", name, line) from None


def write_atomically(name: str, text: str) -> None:
    """Write text (UTF-8) to name by renaming a complete temporary file into place.

    A failed run never leaves half a file, and an existing file is replaced only
    by a complete one, keeping its permissions.  InputError when it cannot be written.
    """
    folder = os.path.dirname(os.path.abspath(name))
    if os.path.isdir(name):
        raise InputError("is a directory; --output needs a file name", name)
    try:
        mode = stat.S_IMODE(os.stat(name).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    except OSError as e:
        raise InputError(f"cannot write: {e.strerror or e}", name) from None
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(name)}.", suffix=".tmp")
    except OSError as e:
        raise InputError(f"cannot write: {e.strerror or e}", name) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, name)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(e, OSError):
            raise InputError(f"cannot write: {e.strerror or e}", name) from None
        raise
