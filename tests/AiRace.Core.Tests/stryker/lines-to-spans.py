#!/usr/bin/env python3
"""Turn line numbers of a source file into a Stryker.NET `mutate` entry.

Stryker's spans ({start..end} after the glob) are character offsets into the file's text (0-based, the byte order
mark not counted), not line numbers; a mutant is selected when its whole text lies inside a span. Usage, from the
repository root:

    python3 tests/AiRace.Core.Tests/stryker/lines-to-spans.py src/AiRace.Core/Quantities/Share.cs 77 120-130

prints "**/src/AiRace.Core/Quantities/Share.cs{3382..3426}{...}" for the "mutate" list of a configuration.
"""
import sys


def main(path: str, ranges: list[str]) -> str:
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    spans = ""
    for r in ranges:
        first, _, last = r.partition("-")
        lo, hi = int(first), int(last or first)
        end = starts[hi] if hi < len(starts) else len(text)
        spans += "{%d..%d}" % (starts[lo - 1], end)
    return "**/" + path.removeprefix("./") + spans


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    print(main(sys.argv[1], sys.argv[2:]))
