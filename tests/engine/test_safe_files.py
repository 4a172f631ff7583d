"""Saving that leaves nothing behind and respects sharing; reading only regular files, only so much."""

import errno
import os
import stat
import subprocess
import sys
import time

import pytest

from engine import safe_files
from engine.safe_files import FileReadError, FileWriteError, read_limited, write_atomically

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and processes")


def mode_of(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@posix_only
def test_a_new_file_gets_the_umasks_mode_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.json", "{}")
        assert mode_of(tmp_path / "new.json") == 0o644
        os.umask(0o002)
        write_atomically(tmp_path / "group.json", "{}")
        assert mode_of(tmp_path / "group.json") == 0o664
    finally:
        os.umask(old)


@posix_only
def test_resaving_a_shared_file_keeps_its_mode(tmp_path):
    path = tmp_path / "lesson.json"
    path.write_text("old")
    for mode in (0o644, 0o640, 0o666):
        path.chmod(mode)
        write_atomically(path, "new")
        assert mode_of(path) == mode and path.read_text() == "new"


def test_nothing_is_left_beside_the_target(tmp_path):
    write_atomically(tmp_path / "a.json", b"x" * 1000)
    write_atomically(tmp_path / "a.json", "y")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


@posix_only
def test_temporaries_of_a_killed_save_are_removed_on_the_next_save(tmp_path):
    # A save killed with -9 leaves its temporary; the next save (of any file in that folder) removes it.
    script = (f"import os, sys; sys.path.insert(0, {os.getcwd()!r}); from engine import safe_files; "
              f"safe_files.os.replace = lambda *a: os.kill(os.getpid(), 9); "
              f"safe_files.write_atomically({str(tmp_path / 'exp.json')!r}, b'z' * 100000)")
    for _ in range(3):
        subprocess.run([sys.executable, "-c", script], timeout=60)
        # Each killed save removed the one before it: they never pile up.
        left = [p.name for p in tmp_path.iterdir()]
        assert len(left) == 1 and left[0].startswith(".loss-explorer-") and left[0].endswith(".tmp")
    old_style = tmp_path / ".loss-explorer-abc123xy.tmp"  # mkstemp's names, from earlier versions
    old_style.write_bytes(b"old")
    someone_elses = tmp_path / "notes.tmp"
    someone_elses.write_text("keep me")
    write_atomically(tmp_path / "exp.json", "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exp.json", "notes.tmp"]


@posix_only
def test_a_temporary_of_a_save_under_way_is_left_alone(tmp_path):
    # A live process (this one's parent, say) is still writing it.
    busy = tmp_path / f".loss-explorer-{os.getppid()}-abcdef.tmp"
    busy.write_bytes(b"half")
    mine = tmp_path / f".loss-explorer-{os.getpid()}-abcdef.tmp"
    mine.write_bytes(b"half")
    write_atomically(tmp_path / "exp.json", "{}")
    assert busy.exists() and mine.exists()
    old = time.time() - safe_files.STALE_AFTER_SECONDS - 10
    os.utime(busy, (old, old))
    write_atomically(tmp_path / "exp.json", "{}")
    assert not busy.exists()


def test_a_full_disk_names_the_target_and_says_what_to_do(tmp_path, monkeypatch):
    path = tmp_path / "exp.json"
    path.write_text("before")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_files.os, "fsync", full)
    with pytest.raises(FileWriteError) as caught:
        write_atomically(path, "after")
    message = str(caught.value)
    assert str(path) in message and "the disk is full" in message and "Free some space" in message
    assert ".tmp" not in message and "Errno" not in message
    assert path.read_text() == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["exp.json"]


def test_a_read_only_folder_names_the_target_not_the_temporary(tmp_path, monkeypatch):
    real_open = os.open

    def refuse_new_files(name, flags, *args):
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", name)
        return real_open(name, flags, *args)

    monkeypatch.setattr(safe_files.os, "open", refuse_new_files)
    path = tmp_path / "exp.json"
    with pytest.raises(FileWriteError) as caught:
        write_atomically(path, "x")
    message = str(caught.value)
    assert f"Could not save '{path}'" in message and "Save to another folder" in message
    assert ".loss-explorer-" not in message
    assert isinstance(caught.value, OSError) and caught.value.errno == errno.EACCES


def test_a_read_only_disk_says_so(tmp_path, monkeypatch):
    def read_only(name, flags, *args):
        raise OSError(errno.EROFS, "Read-only file system", name)

    monkeypatch.setattr(safe_files.os, "open", read_only)
    with pytest.raises(FileWriteError, match="read-only disk"):
        write_atomically(tmp_path / "exp.json", "x")


def test_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(FileWriteError, match="that is a folder"):
        write_atomically(tmp_path, "x")


# -- reading -------------------------------------------------------------------

def test_reading_a_regular_file_within_the_limit(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(b"abc" * 1000)
    assert read_limited(path, 3000) == b"abc" * 1000
    with pytest.raises(FileReadError) as caught:
        read_limited(path, 2999)
    assert caught.value.reason == "too_big" and caught.value.size == 3000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_opening_it(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(FileReadError) as caught:
        read_limited(fifo, 100)
    assert caught.value.reason == "not_regular" and "FIFO" in caught.value.what


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused(tmp_path):
    with pytest.raises(FileReadError) as caught:
        read_limited("/dev/zero", 100)
    assert caught.value.reason == "not_regular" and caught.value.what == "a device"


def test_missing_and_folder(tmp_path):
    for path, reason in ((tmp_path / "nope", "missing"), (tmp_path, "folder"), ("a\0b", "invalid_path")):
        with pytest.raises(FileReadError) as caught:
            read_limited(path, 100)
        assert caught.value.reason == reason
