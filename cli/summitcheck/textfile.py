"""Reading a user's text file: one clear InputError for every way it can fail."""

from __future__ import annotations

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
