#!/usr/bin/env python3
"""Where AiRace's CPU samples go, by method, from a perf profile of the analyzers.

Reads the text of `perf script -F comm,tid,ip,sym,dso` (a profile recorded with `perf record -g` of a process run with
DOTNET_PerfMapEnabled=1, such as benchmarks/analyzer-cost/cpu) and counts only the samples with an AiRace.Analyzers
frame on the stack.

  perf-tree.py top <script.txt> [N]             methods by inclusive samples (a method counted once per sample), and
                                                by the samples whose innermost AiRace frame is theirs
  perf-tree.py callees <script.txt> <text> [D]  for the samples under a method (the first frame containing <text>,
                                                from the outside), what it calls: the next D frames inward
  perf-tree.py callers <script.txt> <text> [D]  for the samples under a method (its innermost frame), the D frames
                                                outside it
  perf-tree.py kinds <script.txt>               the samples by where the innermost frame is: AiRace's code, Roslyn,
                                                the runtime's native code, the JIT (a libclrjit frame anywhere)
"""
import collections
import re
import sys

OWN = 'AiRace.Analyzers'


def samples(path):
    """Each sample's frames, innermost first, as perf script prints them."""
    frames = []
    with open(path, errors='replace') as text:
        for line in text:
            if not line.strip():
                if frames:
                    yield frames
                frames = []
            elif line[0] in ' \t':
                parts = line.strip().split(None, 1)
                frames.append(parts[1] if len(parts) > 1 else '')
    if frames:
        yield frames


def name(frame, width=150):
    """A frame's method without its tier marks, argument list and return type."""
    frame = re.sub(r'\[(Optimized|QuickJitted|OSR|Tier1|Tier0|InstrumentedTier|PreJIT)\]', '', frame).strip()
    frame = re.sub(r'\(.*', '', frame)
    frame = re.sub(r'^(instance |class |valuetype |void |bool |string |int32 |!!?[0-9] )+', '', frame)
    return frame[-width:]


def own(path):
    for frames in samples(path):
        if any(OWN in f for f in frames):
            yield frames


def top(path, n=60):
    inclusive, innermost, total = collections.Counter(), collections.Counter(), 0
    for frames in own(path):
        total += 1
        for method in {name(f) for f in frames}:
            inclusive[method] += 1
        innermost[name(next(f for f in frames if OWN in f))] += 1
    print(f'{total} samples with an AiRace frame')
    for method, count in [entry for entry in inclusive.most_common() if OWN in entry[0]][:n]:
        print(count, method)
    print('--- by innermost AiRace frame')
    for method, count in innermost.most_common(n // 2):
        print(count, method)


def callees(path, text, depth=1):
    found, total = collections.Counter(), 0
    for frames in own(path):
        at = [i for i, f in enumerate(frames) if text in f]
        if not at:
            continue
        total += 1
        i = max(at)
        found[' <- '.join(name(frames[j], 100) for j in range(i - 1, max(i - 1 - depth, -1), -1)) or '(itself)'] += 1
    print(f'{total} samples under {text}')
    for key, count in found.most_common(40):
        print(count, key)


def callers(path, text, depth=1):
    found, total = collections.Counter(), 0
    for frames in own(path):
        at = [i for i, f in enumerate(frames) if text in f]
        if not at:
            continue
        total += 1
        i = min(at)
        found[' -> '.join(name(frames[j], 90) for j in range(min(i + depth, len(frames) - 1), i, -1))] += 1
    print(f'{total} samples under {text}')
    for key, count in found.most_common(30):
        print(count, key)


def kinds(path):
    found, total = collections.Counter(), 0
    for frames in own(path):
        total += 1
        leaf = frames[0]
        if any('libclrjit' in f for f in frames):
            kind = 'JIT'
        elif OWN in leaf:
            kind = 'AiRace'
        elif 'libcoreclr' in leaf:
            kind = 'runtime (native)'
        elif 'Microsoft.CodeAnalysis' in leaf:
            kind = 'Roslyn'
        elif 'System.' in leaf:
            kind = 'framework'
        elif 'stub' in leaf:
            kind = 'dispatch stubs'
        else:
            kind = 'other'
        found[kind] += 1
    print(f'{total} samples with an AiRace frame')
    for kind, count in found.most_common():
        print(count, kind)


if __name__ == '__main__':
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    command, path = sys.argv[1], sys.argv[2]
    if command == 'top':
        top(path, int(sys.argv[3]) if len(sys.argv) > 3 else 60)
    elif command in ('callees', 'callers') and len(sys.argv) > 3:
        (callees if command == 'callees' else callers)(path, sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    elif command == 'kinds':
        kinds(path)
    else:
        print(__doc__)
        sys.exit(2)
