"""Reading a user's text file, and writing one atomically: one clear InputError for every way it can fail.

Both refuse anything but a regular file before touching its content: a FIFO or a
terminal given as a claim file would otherwise block the read forever, and a device
or a symbolic link given as --output would be replaced by a regular file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys

from .errors import InputError

_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISLNK, "a symbolic link"))


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, for a message: 'a FIFO (named pipe)'."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _open_error(e: OSError, name: str) -> InputError:
    if e.errno == errno.ENOENT:
        problem = "a symbolic link to a missing file" if os.path.islink(name) else "no such file"
    elif e.errno == errno.ELOOP:
        problem = "a loop of symbolic links"
    elif e.errno in (errno.EACCES, errno.EPERM):
        problem = "permission denied"
    elif e.errno == errno.ENAMETOOLONG:
        problem = "the file name is too long"
    else:
        problem = f"cannot read: {e.strerror or e}"
    return InputError(problem, name)


STDIN = "-"  # as a file name: standard input, read once (a second reader gets the same text)
_stdin: tuple[object, bytes] | None = None  # the stream read, and what it held


def _read_stdin(max_bytes: int) -> bytes:
    global _stdin  # noqa: PLW0603 - standard input is read once per process
    stream = sys.stdin
    if _stdin is None or _stdin[0] is not stream:
        if stream is None:
            raise OSError(errno.EBADF, "standard input is closed")
        source = getattr(stream, "buffer", stream)
        data = source.read(max_bytes + 1)
        _stdin = (stream, data.encode("utf-8") if isinstance(data, str) else data)
    return _stdin[1]


def read_text(name: str, max_bytes: int, kind: str) -> str:
    """The file's text, UTF-8 with or without a byte-order mark; kind names it in errors.

    Opened without blocking and checked to be a regular file before a byte is read;
    the name "-" reads standard input instead.
    """
    if name == STDIN:
        try:
            return _decoded(_read_stdin(max_bytes), name, max_bytes, kind)
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror or e}", name) from None
    if "\0" in name:
        raise InputError("the file name holds a NUL byte; no file can have it", name)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(name, flags)
    except OSError as e:
        raise _open_error(e, name) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"is {file_kind(mode)}, not {kind}", name)
        chunks, size = [], 0
        while size <= max_bytes:  # os.read may return less than asked: read to the end or just past the limit
            chunk = os.read(fd, max_bytes + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", name) from None
    finally:
        os.close(fd)
    return _decoded(b"".join(chunks), name, max_bytes, kind)


def _decoded(data: bytes, name: str, max_bytes: int, kind: str) -> str:
    if len(data) > max_bytes:
        raise InputError(f"larger than {max_bytes // (1024 * 1024)} MB; too large for {kind}", name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text (byte 0x{data[e.start]:02x}); save it as UTF-8", name, line) from None


def same_file(a: str, b: str) -> bool:
    """Whether two names reach one file (links followed); False when either is missing or unnameable."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _is_stdin(name: str) -> bool:
    """Whether name is the file standard input is redirected from (`< preview.txt`)."""
    try:
        here, there = os.fstat(0), os.stat(name)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(here.st_mode) and (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def check_writable(name: str, inputs: tuple[str, ...] = (), inputs_are: str = "one of the files being read") -> None:
    """Refuse an --output name that must not be replaced: one of inputs (the files being read),
    anything but a regular file (a device, FIFO, socket, directory or symbolic link, which
    renaming would replace by a regular file), or a read-only file.  Nothing is changed."""
    if "\0" in name:
        raise InputError("the file name holds a NUL byte; no file can have it", name)
    if any(same_file(name, p) for p in inputs):
        raise InputError(f"is {inputs_are}; choose another --output", name)
    if _stdin is not None and _is_stdin(name):
        raise InputError("is the file standard input was read from; choose another --output", name)
    try:
        info = os.lstat(name)
    except FileNotFoundError:
        folder = os.path.dirname(name) or "."
        if not os.path.isdir(folder):
            raise InputError("cannot write: its folder does not exist", name) from None
        return
    except OSError as e:
        raise InputError(f"cannot write: {e.strerror or e}", name) from None
    if stat.S_ISLNK(info.st_mode):
        raise InputError("is a symbolic link; --output replaces only a regular file: name the file itself", name)
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory; --output needs a file name", name)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"is {file_kind(info.st_mode)}; --output replaces only a regular file", name)
    # The write bits, not os.access: root may write anything, but a 0444 file says "keep me".
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(name, os.W_OK):
        raise InputError("is read-only; --output does not replace it", name)


# As tempfile.mkstemp opens its file: created here or not at all (never an existing file or a link planted there),
# read and written by this user only.
_TEMPORARY_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _new_temporary(folder: str, base: str) -> tuple[int, str]:
    """A new file in folder named after base, opened as tempfile.mkstemp opens one, and its name: without loading
    tempfile (and random, hashlib), some 2 ms of a drafting run that writes one file."""
    for _ in range(100):
        temporary = os.path.join(folder, f".{base}.{os.getpid()}{os.urandom(4).hex()}.tmp")
        try:
            return os.open(temporary, _TEMPORARY_FLAGS, 0o600), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", folder)


def write_atomically(name: str, text: str, inputs: tuple[str, ...] = (),
                     inputs_are: str = "one of the files being read") -> None:
    """Write text (UTF-8) to name by renaming a complete temporary file into place.

    A failed run never leaves half a file, and an existing file is replaced only
    by a complete one, keeping its permissions; what check_writable refuses is never
    touched.  Characters UTF-8 cannot hold (the undecodable bytes of a file name)
    are written as backslash escapes.  InputError when it cannot be written.
    """
    check_writable(name, inputs, inputs_are)
    folder = os.path.dirname(os.path.abspath(name))
    try:
        mode = stat.S_IMODE(os.stat(name).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    except OSError as e:
        raise InputError(f"cannot write: {e.strerror or e}", name) from None
    data = text.encode("utf-8", "backslashreplace")
    try:
        fd, temporary = _new_temporary(folder, os.path.basename(name))
    except OSError as e:
        raise InputError(f"cannot write: {e.strerror or e}", name) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
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
