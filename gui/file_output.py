"""Images written to disk through the engine's one atomic writer.

Qt's own ``QImage.save(path)`` writes in place, so a crash mid-export leaves
a broken file, and it keeps no permissions; encoding to memory first and
handing the bytes to ``safe_files.write_atomically`` does both right.
"""

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice

from engine.safe_files import write_atomically


def image_bytes(image, file_format="PNG"):
    """A QImage or QPixmap encoded as ``file_format``; raises OSError if Qt cannot encode it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    if not image.save(buffer, file_format):
        raise OSError(0, QCoreApplication.translate("file_output", "the image could not be encoded as {format}").format(
            format=file_format))
    buffer.close()
    return bytes(data)


def save_image(image, path, file_format="PNG"):
    """Write ``image`` to ``path`` atomically; raises safe_files.FileWriteError naming ``path``."""
    write_atomically(path, image_bytes(image, file_format))
