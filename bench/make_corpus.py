#!/usr/bin/env python3
"""Builds the benchmark corpus under bench/corpus/ (gitignored).

Big files are sparse: their tensor bytes are holes, so a 10 GB checkpoint costs a few
KB of disk. Each file keeps the real layout a loader (and a scanner) walks: a torch
zip with data.pkl and a zip64 STORED storage member, a safetensors header with many
tensors, a Keras H5 with its model_config attribute and a 5 GB dataset.

Run with /usr/bin/python3 (Debian's h5py and numpy). Idempotent: existing files are kept.
"""
import json
import os
import pickle
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = HERE / "corpus"
GiB = 1024**3


def crc32_of_zeros(size: int) -> int:
    chunk = bytes(64 * 1024 * 1024)
    crc = 0
    left = size
    while left > 0:
        n = min(left, len(chunk))
        crc = zlib.crc32(memoryview(chunk)[:n], crc)
        left -= n
    return crc


def torch_zip(path: Path, big: int) -> None:
    """A torch.save layout (archive/data.pkl, archive/data/<key>, version, byteorder) with one huge STORED storage."""
    src = zipfile.ZipFile(REPO / "test/fixtures/models/torch_state_dict.pt")
    members = []
    for info in src.infolist():
        rel = info.filename.split("/", 1)[1]
        members.append(("archive/" + rel, src.read(info)))
    members.insert(1, ("archive/byteorder", b"little"))
    members.append(("archive/.data/serialization_id", b"1234567890123456789012345678901234567890"))
    big_name = "archive/data/0"
    crc_cache = CORPUS / f".crc-zeros-{big}"
    if crc_cache.exists():
        big_crc = int(crc_cache.read_text())
    else:
        big_crc = crc32_of_zeros(big)
        crc_cache.write_text(str(big_crc))

    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        central = []
        for name, data in members:
            is_big = name == big_name
            size = big if is_big else len(data)
            crc = big_crc if is_big else zlib.crc32(data)
            n = name.encode()
            offset = f.tell()
            # torch aligns every member's data to 64 bytes with a padding extra field ("FB").
            extra = b""
            if is_big:
                extra += struct.pack("<HHQQ", 1, 16, size, size)
            pad = (-(offset + 30 + len(n) + len(extra) + 4)) % 64
            extra += struct.pack("<HH", 0x4246, pad) + b"Z" * pad
            f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 45 if is_big else 20, 0, 0, 0, 0, crc,
                                0xFFFFFFFF if is_big else size, 0xFFFFFFFF if is_big else size, len(n), len(extra)))
            f.write(n + extra)
            if is_big:
                f.seek(size, os.SEEK_CUR)  # the hole: tensor bytes never written
            else:
                f.write(data)
            central.append((n, size, crc, offset, is_big))
        cd_start = f.tell()
        for n, size, crc, offset, is_big in central:
            z64 = is_big or offset >= 0xFFFFFFFF
            extra = b""
            if z64:
                extra = struct.pack("<HHQQQ", 1, 24, size, size, offset)
            f.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45 if z64 else 20, 0, 0, 0, 0, crc,
                                0xFFFFFFFF if z64 else size, 0xFFFFFFFF if z64 else size, len(n), len(extra), 0, 0, 0, 0,
                                0xFFFFFFFF if z64 else offset))
            f.write(n + extra)
        cd_end = f.tell()
        count = len(central)
        # zip64 end of central directory record and locator, then the classic record.
        f.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, cd_end - cd_start, cd_start))
        f.write(struct.pack("<IIQI", 0x07064B50, 0, cd_end, 1))
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, 0xFFFFFFFF, 0xFFFFFFFF, 0))
    os.replace(tmp, path)
    # Check with Python's own reader: what picklescan and torch use.
    with zipfile.ZipFile(path) as z:
        assert z.getinfo(big_name).file_size == big
        assert z.read("archive/data.pkl")


def safetensors(path: Path, total: int) -> None:
    """A safetensors file: a real header (F16 matrices, as an LLM checkpoint has) and a sparse body."""
    per = 8192 * 4096 * 2
    count = total // per
    header = {"__metadata__": {"format": "pt"}}
    for i in range(count):
        header[f"model.layers.{i}.mlp.weight"] = {"dtype": "F16", "shape": [8192, 4096], "data_offsets": [i * per, (i + 1) * per]}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((-len(text)) % 8)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        f.truncate(8 + len(text) + count * per)
    os.replace(tmp, path)


def keras_h5(path: Path, total: int) -> None:
    """A Keras 2 H5 model: the model_config of a real fixture, and a 5 GB weight dataset never written."""
    import h5py
    import numpy as np

    with h5py.File(REPO / "test/fixtures/keras/benign_keras2_sequential.h5", "r") as src:
        attrs = {k: src.attrs[k] for k in src.attrs}
    tmp = path.with_suffix(".tmp")
    with h5py.File(tmp, "w") as f:
        for k, v in attrs.items():
            f.attrs[k] = v
        g = f.create_group("model_weights/dense")
        n = total // 4
        # Contiguous storage allocated early and never filled: the file is `total` bytes, all a hole.
        space = h5py.h5s.create_simple((n,))
        dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
        dcpl.set_alloc_time(h5py.h5d.ALLOC_TIME_EARLY)
        dcpl.set_fill_time(h5py.h5d.FILL_TIME_NEVER)
        h5py.h5d.create(g.id, b"kernel:0", h5py.h5t.IEEE_F32LE, space, dcpl=dcpl)
        g.attrs["weight_names"] = np.array([b"dense/kernel:0"])
    os.replace(tmp, path)


def small_pickles(folder: Path, count: int) -> None:
    """Small, benign pickles of the kinds a model folder holds (dicts, ordered dicts, lists, floats)."""
    import collections

    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(7)
    for i in range(count):
        obj = collections.OrderedDict(
            (f"layer{j}", [rnd.random() for _ in range(8)]) for j in range(rnd.randint(2, 12))
        )
        obj["name"] = f"model-{i}"
        (folder / f"m{i:04d}.pkl").write_bytes(pickle.dumps(obj, protocol=rnd.choice([2, 4])))


def dense_pickle(path: Path, count: int) -> None:
    """A dense opcode stream: one small int per 2-3 bytes (BININT1/BININT2), in APPENDS batches."""
    rnd = random.Random(11)
    data = pickle.dumps([rnd.randrange(60000) for _ in range(count)], protocol=4)
    path.write_bytes(data)


def main() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("torch-10g.pt", lambda p: torch_zip(p, 10 * GiB)),
        ("model-10g.safetensors", lambda p: safetensors(p, 10 * GiB)),
        ("keras-5g.h5", lambda p: keras_h5(p, 5 * GiB)),
        ("dense-ints.pkl", lambda p: dense_pickle(p, 24_000_000)),
    ]
    for name, make in jobs:
        path = CORPUS / name
        if not path.exists():
            print(f"bench corpus: writing {name}", file=sys.stderr)
            make(path)
    many = CORPUS / "many"
    if not many.exists() or len(list(many.iterdir())) != 2000:
        print("bench corpus: writing many/ (2,000 small pickles)", file=sys.stderr)
        small_pickles(many, 2000)


if __name__ == "__main__":
    main()
