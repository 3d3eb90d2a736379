#!/usr/bin/env python3
"""AiRace's share of one compile's CPU, from a sampled profile.

usage: perf-share.py <perf script output> <perf map of the compiler process>

The first file is `perf script -F comm,tid,ip,sym,dso` of a `perf record -g` of one compile (the compiler's command
line run directly, with DOTNET_PerfMapEnabled=1 and DOTNET_EnableWriteXorExecute=0 so that JIT-compiled frames have
names). perf samples threads only while they run, so, unlike ReportAnalyzer, a callback waiting for a core or for a
lock adds nothing.

Printed on one line, tab-separated, for run.sh to collect:
  samples      every sample of the process (all threads: compiler, analyzers, runtime, collector, JIT)
  airace       samples with an AiRace.Analyzers frame on the stack: the analyzers' callbacks and everything they call
  roslyn       of those, samples whose leaf is in a Microsoft.CodeAnalysis assembly: the Roslyn API the rules ask
               (symbols, operations, semantic models, and the binding of a method body a semantic model does the first
               time it is asked, which the analyzer driver would otherwise do itself for every analyzer's operations)
  own          of those, samples whose leaf is AiRace's own code
  methods      the AiRace methods the runtime compiled, and all methods it compiled (the perf map's entries)
A JIT compiler frame cuts the stack short, so compiling AiRace's methods is not in "airace"; "methods" shows its scale.
"""
import sys


def stacks(path):
    """Yields each sample's frames, innermost first, as (symbol, dso) pairs."""
    frames = []
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if not line.strip():
                if frames:
                    yield frames
                frames = []
            elif line[0] in " \t":
                text = line.strip()
                dso = text[text.rfind("(") + 1:-1] if text.endswith(")") else ""
                frames.append((text, dso))
            else:
                frames = []
    if frames:
        yield frames


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    samples = airace = roslyn = own = 0
    for frames in stacks(sys.argv[1]):
        samples += 1
        if any("[AiRace.Analyzers]" in text for text, _ in frames):
            airace += 1
            leaf_text, leaf_dso = frames[0]
            if "[AiRace.Analyzers]" in leaf_text:
                own += 1
            elif "/Microsoft.CodeAnalysis" in leaf_dso or "[Microsoft.CodeAnalysis" in leaf_text:
                roslyn += 1
    ours = every = 0
    with open(sys.argv[2], encoding="utf-8", errors="replace") as entries:
        for entry in entries:
            every += 1
            if "[AiRace.Analyzers]" in entry:
                ours += 1
    if samples == 0:
        print("the profile holds no samples", file=sys.stderr)
        return 1
    print(f"{samples}\t{airace}\t{roslyn}\t{own}\t{ours}\t{every}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
