"""MinHash signatures and LSH band keys of texts (datasketch), for finding near-duplicate precedents.

Each text's shingles (``core.lineage.shingles``) get a 128-permutation MinHash (datasketch's
``MinHash``, scheme affine32). The signature is cut into the bands datasketch's ``MinHashLSH``
chooses for a Jaccard threshold of 0.4 (32 bands of 4 rows: a text sharing half of its shingles
with a precedent shares a band with it 87 % of the time, at 0.7 always). Each band is stored as
one 64-bit key in the precedent database (``bands``), so that a lineage query is one indexed
look-up, with nothing to rebuild when a program starts: datasketch's in-memory index takes about
6 s to fill with 41,000 articles, and its persistent back-ends (Redis, Cassandra) are servers,
which the workbench, working offline, never uses.
"""
from __future__ import annotations

import functools
import zlib

from ..core.lineage import shingles

NUM_PERM = 128
THRESHOLD = 0.4
SEED = 1


def shingle_hash(shingle: bytes) -> int:
    """The 32-bit hash of a shingle (CRC-32: fast, and datasketch mixes it with MurmurHash3's
    finaliser before permuting, scheme affine32)."""
    return zlib.crc32(shingle)


@functools.cache
def _template():
    from datasketch import MinHash
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=shingle_hash)


@functools.cache
def _band_mixer():
    """Per band: the multipliers folding its four 32-bit values into one 64-bit key."""
    import numpy as np
    start, end = bands()[0]
    rows = end - start
    powers = np.array([pow(0x9E3779B97F4A7C15, rows - i, 1 << 64) for i in range(rows)], dtype=np.uint64)
    salts = np.array([(n + 1) * 0xC2B2AE3D27D4EB4F % (1 << 64) for n in range(len(bands()))], dtype=np.uint64)
    return powers, salts


@functools.cache
def bands() -> list[tuple[int, int]]:
    """The (start, end) of each band of a signature, as datasketch's MinHashLSH chooses them."""
    from datasketch import MinHashLSH
    return list(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges)


def signature(shingle_set: set[str]):
    """The MinHash of a set of shingles (a datasketch ``MinHash``), or None for an empty set."""
    if not shingle_set:
        return None
    from datasketch import MinHash
    template = _template()
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=template.permutations, scheme=template.scheme,
                      hashfunc=shingle_hash)
    minhash.update_batch([s.encode("utf-8") for s in shingle_set])
    return minhash


def band_keys(minhash) -> list[int]:
    """One signed 64-bit key per band of the signature (the band's number is part of the key)."""
    if minhash is None:
        return []
    import numpy as np
    powers, salts = _band_mixer()
    count = len(salts)
    table = minhash.hashvalues[:count * len(powers)].astype(np.uint64).reshape(count, len(powers))
    with np.errstate(over="ignore"):
        keys = (table * powers).sum(axis=1, dtype=np.uint64) ^ salts
    return keys.view(np.int64).tolist()


def keys_of(text: str) -> list[int]:
    """The band keys of a text."""
    return band_keys(signature(shingles(text)))
