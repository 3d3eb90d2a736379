#!/usr/bin/env python3
"""Where the wall-clock time ReportAnalyzer charges to AiRace goes when its threads are not running.

usage: off-cpu.py <perf script output>

The file is `perf script` of a `perf record -e sched:sched_switch -g` of one compile (the compiler's command line run
directly, with DOTNET_PerfMapEnabled=1 and DOTNET_EnableWriteXorExecute=0 so that JIT-compiled frames have names).
Every time the scheduler takes a thread off its core, the event records the thread's state and its stack. The time
until the same thread is switched back in is time the thread did not run. When that stack holds an AiRace.Analyzers
frame, the thread was inside an AiRace callback, and ReportAnalyzer, which times each callback by the wall clock,
counts that time as AiRace's.

Printed on one line, tab-separated, for run.sh to collect (seconds, and counts of switches):
  preempted    time inside AiRace callbacks that their threads spent runnable but without a core (state R)
  preemptions  how many times
  blocked      time inside AiRace callbacks that their threads spent sleeping (a lock, a wait for the garbage
               collector, I/O: any state but R)
  blocks       how many times
"""
import re
import sys

HEADER = re.compile(r"sched:sched_switch:.*prev_pid=(\d+) .*prev_state=(\S+) ==> .*next_pid=(\d+)")
TIME = re.compile(r"\s([\d]+\.[\d]+):\s")


def events(path):
    """Yields (time, thread switched out, its state, thread switched in, whether the stack holds an AiRace frame)."""
    current = None
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            header = HEADER.search(line)
            if header:
                if current:
                    yield tuple(current)
                time = TIME.search(line)
                if time is None:
                    raise SystemExit(f"off-cpu.py: no time stamp in the event line: {line.strip()}")
                current = [float(time.group(1)), int(header.group(1)), header.group(2), int(header.group(3)), False]
            elif current is not None and line[:1] in (" ", "\t") and "[AiRace.Analyzers]" in line:
                current[4] = True
    if current:
        yield tuple(current)


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: off-cpu.py <perf script output of perf record -e sched:sched_switch -g>")
    switched_out = {}
    preempted = blocked = 0.0
    preemptions = blocks = seen = 0
    try:
        traced = list(events(sys.argv[1]))
    except OSError as error:
        raise SystemExit(f"off-cpu.py: cannot read {sys.argv[1]}: {error.strerror}")
    for time, out, state, into, in_airace in traced:
        seen += 1
        switched_out[out] = (time, state, in_airace)
        if into in switched_out:
            since, was, was_in_airace = switched_out.pop(into)
            if was_in_airace:
                if was.startswith("R"):
                    preempted += time - since
                    preemptions += 1
                else:
                    blocked += time - since
                    blocks += 1
    if seen == 0:
        raise SystemExit(f"off-cpu.py: no sched_switch events in {sys.argv[1]}")
    print(f"{preempted:.3f}\t{preemptions}\t{blocked:.3f}\t{blocks}")


main()
