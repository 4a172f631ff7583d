"""Images and weights written to disk through the engine's one atomic writer.

Qt's own ``QImage.save(path)`` writes in place, so a crash mid-export leaves
a broken file, and it keeps no permissions; encoding to memory first and
handing the bytes to ``safe_files.write_atomically`` does both right.
"""

import io
import json

import numpy as np
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


def write_weights_json(path, network, input_names, epoch):
    """File → Export → Weights as JSON: the network's layers and weights, its inputs and the epoch."""
    document = {"network": repr(network), **network.to_dict(), "inputs": list(input_names), "epoch": epoch}
    write_atomically(path, json.dumps(document, indent=1))


def write_weights_npz(path, network):
    """File → Export → Weights as NPZ: W0, b0, W1, … with the layer sizes and activations, for numpy."""
    arrays = {f"W{k}": W for k, W in enumerate(network.weights)}
    arrays.update({f"b{k}": b for k, b in enumerate(network.biases)})
    stream = io.BytesIO()
    np.savez(stream, sizes=np.array(network.sizes), activations=np.array(network.activation_names), **arrays)
    write_atomically(path, stream.getvalue())
