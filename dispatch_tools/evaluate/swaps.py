"""What the measures that rewrite development documents share (:mod:`.renamed_bodies`,
:mod:`.renamed_heads`, :mod:`.renamed_signers`, :mod:`.reworded_deadlines`,
:mod:`.reworded_requests`): a pool split once by a fixed hash into a part whose errors may be
studied and a part held back, seeded draws per document, the command line and the report."""

from __future__ import annotations

import argparse
import hashlib
import random
from pathlib import Path


def pool_part(key: str) -> str:
    """``studied`` or ``held``: the part of a pool the item written ``key`` is in (a third held)."""
    return "held" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 3 == 0 else "studied"


def part(items, name: str, key=repr) -> list:
    """The items of a pool in its part ``name``, each written by ``key``."""
    return [x for x in items if pool_part(key(x)) == name]


def draw(doc_id: str, s: int) -> random.Random:
    """The generator of draw ``s`` of a document: the same on every run."""
    return random.Random(int(hashlib.sha256(f"{doc_id}/{s}".encode()).hexdigest()[:8], 16))


def scalars(names, counts: tuple[dict, dict], as_given: dict, gold: dict, read: dict, new_gold: dict,
            errors: list[str]) -> None:
    """Score the fields ``names`` as given (against ``gold``) and rewritten (against ``new_gold``) into
    the two dicts of :class:`.parse_score.Counts`; add a line to ``errors`` for each field the
    rewritten reading gets wrong that the reading as given got right."""
    from .parse_score import _scalar

    given, changed = counts
    for name in names:
        _scalar(given[name], as_given.get(name), gold.get(name))
        if not _scalar(changed[name], read.get(name), new_gold.get(name)) and as_given.get(name) == gold.get(name):
            errors.append(f"{name}: gold {new_gold.get(name)!r} got {read.get(name)!r}")


def parser(doc: str, pools: bool = True) -> argparse.ArgumentParser:
    """The command line of a measure: ``--shared``, ``--errors`` and, with pools, ``--pool`` and ``--seeds``."""
    out = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    out.add_argument("--shared", default="../shared", type=Path)
    if pools:
        out.add_argument("--pool", choices=("studied", "held"), default="studied",
                         help="the part of the pools the new words are drawn from")
        out.add_argument("--seeds", type=int, default=3, help="draws per document")
    out.add_argument("--errors", action="store_true",
                     help="print what is read wrong in the rewritten documents and was right as given")
    return out


def report(title: str, errors, result: dict, changed: str, width: int = 16) -> None:
    """Print the errors, the title and each figure as given and as rewritten (``result[changed]``)."""
    for block in errors or []:
        print(block, end="")
    print(title)
    for key, value in result["given"].items():
        print(f"  {key:<{width}} as given {value:.3f}   {changed} {result[changed][key]:.3f}")
