"""Reading and writing files that come from, or go to, other people's folders.

Reading: only regular files, and only up to a limit. A FIFO would block
``open`` forever, a device such as /dev/zero never ends, and a folder or a
socket is not a file at all; each is refused from ``os.stat`` before anything
is opened, and the file is opened non-blocking and checked again in case it
was swapped in between.

Writing: ``write_atomically`` writes beside the target under a temporary name
and renames it into place, so a crash mid-save leaves the old file intact. The
new file keeps the old one's permissions (a lesson shared 0644 stays
readable), a new file gets the usual ones for this user (the umask), and the
temporary files of saves that were killed are removed the next time.
"""

import errno
import os
import re
import secrets
import stat
import time

from .translation import translate

TEMP_PREFIX = ".loss-explorer-"
TEMP_SUFFIX = ".tmp"
# A temporary file no process of ours is writing: its process is gone, or it
# is this old (the process may be on another machine sharing the folder).
STALE_AFTER_SECONDS = 600
_CHUNK = 1 << 20
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"(?:(\d+)-)?[\w-]*" + re.escape(TEMP_SUFFIX) + "$")


class FileReadError(OSError):
    """A file that cannot or should not be read.

    ``reason`` says which, so each caller can word it for its own kind of
    file: "missing", "folder", "not_regular", "too_big", "no_permission",
    "invalid_path" or "other". ``what`` describes a non-regular file (a
    FIFO, a device...), ``size`` is the size of a file that is too big.
    """

    def __init__(self, path, reason, detail="", what="", size=0):
        super().__init__(detail or reason)
        self.path, self.reason, self.detail, self.what, self.size = path, reason, detail, what, size


def describe_kind(mode):
    """What a non-regular file is, in words: 'a named pipe (FIFO)', 'a device'..."""
    if stat.S_ISDIR(mode):
        return translate("safe_files", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("safe_files", "a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("safe_files", "a device")
    if stat.S_ISSOCK(mode):
        return translate("safe_files", "a socket")
    return translate("safe_files", "not a regular file")


def read_limited(path, limit):
    """The bytes of the regular file ``path``, refusing anything else or more than ``limit`` bytes.

    Parameters
    ----------
    path : str or os.PathLike
        Symbolic links are followed; what they point to must be a regular file.
    limit : int
        Largest size accepted, in bytes.

    Returns
    -------
    bytes

    Raises
    ------
    FileReadError
        With ``reason`` saying why.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileReadError(path, "missing") from None
    except PermissionError:
        raise FileReadError(path, "no_permission") from None
    except (ValueError, TypeError):
        raise FileReadError(path, "invalid_path") from None
    except OSError as error:
        raise FileReadError(path, "other", error.strerror or str(error)) from None
    _check_regular(path, info, limit)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise FileReadError(path, "missing") from None
    except IsADirectoryError:
        raise FileReadError(path, "folder", what=translate("safe_files", "a folder")) from None
    except PermissionError:
        raise FileReadError(path, "no_permission") from None
    except OSError as error:
        raise FileReadError(path, "other", error.strerror or str(error)) from None
    with open(descriptor, "rb", buffering=0, closefd=True) as stream:
        # Swapped for something else since the stat? Refuse that too.
        _check_regular(path, os.fstat(stream.fileno()), limit)
        # In chunks: read(limit) would reserve the whole limit for a small file.
        data = bytearray()
        try:
            while len(data) <= limit:
                chunk = stream.read(min(_CHUNK, limit + 1 - len(data)))
                if not chunk:
                    break
                data += chunk
        except OSError as error:
            raise FileReadError(path, "other", error.strerror or str(error)) from None
    if len(data) > limit:
        raise FileReadError(path, "too_big", size=len(data))
    return bytes(data)


def _check_regular(path, info, limit):
    if stat.S_ISDIR(info.st_mode):
        raise FileReadError(path, "folder", what=translate("safe_files", "a folder"))
    if not stat.S_ISREG(info.st_mode):
        raise FileReadError(path, "not_regular", what=describe_kind(info.st_mode))
    if info.st_size > limit:
        raise FileReadError(path, "too_big", size=info.st_size)


# --------------------------------------------------------------------------
# Writing


class FileWriteError(OSError):
    """A file could not be written; ``str()`` is a sentence that names the target and says what to do."""

    def __init__(self, path, cause):
        code = getattr(cause, "errno", None)
        super().__init__(code, _write_message(path, cause))
        self.path = path

    def __str__(self):
        return self.strerror


def _write_message(path, cause):
    target = os.path.abspath(os.fspath(path))
    folder = os.path.dirname(target)
    code = getattr(cause, "errno", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        message = translate("safe_files", "Could not save '{target}': the disk is full. Free some space, or save to "
                            "another drive. The file there before, if any, is unchanged.")
    elif code == errno.EROFS:
        message = translate("safe_files", "Could not save '{target}': the folder '{folder}' is on a read-only disk. "
                            "Save to another folder.")
    elif code in (errno.EACCES, errno.EPERM):
        message = translate("safe_files", "Could not save '{target}': you may not write in the folder '{folder}' or "
                            "to that file. Save to another folder, such as your Documents. The file there before, "
                            "if any, is unchanged.")
    elif code == errno.ENOENT:
        message = translate("safe_files", "Could not save '{target}': the folder '{folder}' does not exist. "
                            "Choose an existing folder.")
    elif code in (errno.EISDIR,) or os.path.isdir(target):
        message = translate("safe_files", "Could not save '{target}': that is a folder. Choose a file name inside it.")
    else:
        message = translate("safe_files", "Could not save '{target}': {reason}. Try another folder or name. "
                            "The file there before, if any, is unchanged.")
    reason = getattr(cause, "strerror", None) or str(cause) or type(cause).__name__
    return message.format(target=target, folder=folder, reason=reason)


def _new_file_mode():
    # os.umask can only be read by setting it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path, data):
    """Write ``data`` (bytes, or str as UTF-8) to ``path`` so that it is either all there or not at all.

    The old file's permission bits are kept; a new file gets the umask's.
    Stale temporary files of earlier, interrupted saves beside ``path`` are
    removed first.

    Raises
    ------
    FileWriteError
        Naming ``path`` and saying what to do (full disk, read-only folder...).
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    if os.path.isdir(target):
        raise FileWriteError(target, IsADirectoryError(errno.EISDIR, "is a folder"))
    remove_stale_temporaries(folder)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = _new_file_mode()
    temporary = os.path.join(folder, f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}{TEMP_SUFFIX}")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as error:
        raise FileWriteError(target, error) from None
    try:
        with open(descriptor, "wb", closefd=True) as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if hasattr(os, "chmod"):
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise FileWriteError(target, error) from None
        raise


def remove_stale_temporaries(folder):
    """Remove this app's temporary files in ``folder`` left by saves that were killed; returns how many."""
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    now = time.time()
    for name in names:
        match = _TEMP_NAME.match(name)
        if not match:
            continue
        full = os.path.join(folder, name)
        try:
            info = os.lstat(full)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            continue  # someone else's
        pid = int(match.group(1)) if match.group(1) else None
        if not (now - info.st_mtime > STALE_AFTER_SECONDS or _writer_is_gone(pid)):
            continue
        try:
            os.unlink(full)
            removed += 1
        except OSError:
            pass  # in use (Windows) or already gone
    return removed


def _writer_is_gone(pid):
    if pid is None:
        return True  # older versions' names, written by mkstemp without a process id
    if pid == os.getpid():
        return False  # one of ours may be under way in another thread
    if os.name != "posix":
        # Windows locks a file being written, so unlinking it fails harmlessly.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
