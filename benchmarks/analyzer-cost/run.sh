#!/usr/bin/env bash
# Measures what the AiRace analyzers cost at compile time. It packs AiRace.Core (with its analyzers) under a unique
# version, generates a consumer of about 100,000 lines that uses Money, currencies, shares and conversions, builds it
# with -p:ReportAnalyzer=true, and prints the AiRace analyzers' time as a share of the compiler's time.
#   bash benchmarks/analyzer-cost/run.sh [files] [methods-per-file] [rounds of with/without rebuilds] [ReportAnalyzer rebuilds] [consumer]
# consumer: "plain" (default; the consumer every earlier figure was measured on), "flow" (plain plus, per file, a record,
# a rates class and a service through which money flows across files: fields, properties, a dictionary, a list, tuples,
# a switch expression, sorting and Min/Max; all of it clean) or "findings" (flow plus findings of six rules on about one
# line in ten, every AiRace rule lowered to a warning so the build completes: reporting is part of the cost) or
# "annotated" (flow plus, per file, money whose currency only [Currency] states: an interface's property, return value
# and parameter implemented without the attribute, an abstract property overridden, a record's [property: Currency]
# parameter, an annotated field, and a class that uses them; all of it clean).
# Timings on a shared 2-core machine vary by a factor of up to two between identical builds, so every figure is
# reported per build and as a median.
# Every build runs a fresh compiler process (UseSharedCompilation=false, as CI machines and this one are configured):
# the analyzers are loaded and JIT-compiled in each. AIRACE_COST_SHARED=true measures on the compiler server instead,
# where the compiler itself is warm and several times faster, so the analyzers' share of its time is larger.
# AIRACE_COST_CPU_PAIRS=N adds N alternated pairs of the compiler run directly with and without the AiRace analyzers,
# timed in CPU (user + system) rather than wall clock. AIRACE_COST_SERIAL=N adds N alternated pairs of the same compiles
# single-threaded (/parallel-) and two single-threaded compiles with /reportanalyzer, whose analyzer times do not include
# threads waiting for a core. AIRACE_COST_PERF=N adds N compiles of the usual (concurrent) command line sampled with
# perf (which must be installed) and prints AiRace's share of the compile's CPU samples (benchmarks/analyzer-cost/
# perf-share.py says what is counted). AIRACE_COST_OFFCPU=N adds N compiles of the same command line with /reportanalyzer
# traced by perf's scheduler events, and prints how much of what ReportAnalyzer charged AiRace its threads spent waiting
# for a core or sleeping (benchmarks/analyzer-cost/off-cpu.py). AIRACE_COST_KEEP=1 keeps the generated consumer and its logs.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
files=${1:-200}
methods=${2:-25}
rounds=${3:-3}
warm=${4:-5}
kind=${5:-plain}
case "$kind" in plain|flow|findings|annotated) ;; *) echo "consumer must be plain, flow, findings or annotated, not '$kind'" >&2; exit 2;; esac
# the with/without rebuilds write with.log, from which the later sections take the compiler's command line
case "$rounds" in ''|*[!0-9]*|0) echo "rounds of with/without rebuilds must be a whole number of at least 1, not '$rounds'" >&2; exit 2;; esac
shared=${AIRACE_COST_SHARED:-false}
work=$(mktemp -d /tmp/airace-analyzer-cost.XXXXXX)
version="0.1.0-cost.$(date -u +%Y%m%d%H%M%S).$$"
if [ "${AIRACE_COST_KEEP:-}" = 1 ]; then
  trap 'echo "(the consumer, its logs and response files are kept in $work)"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi

dotnet pack "$repo/src/AiRace.Core/AiRace.Core.csproj" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q >/dev/null

mkdir -p "$work/consumer"
cd "$work/consumer"
cat > Consumer.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <NoWarn>\$(NoWarn);AIR0010</NoWarn>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="AiRace.Core" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="cost-feed" value="$work/feed" /></packageSources></configuration>
XML
echo '<Project />' > Directory.Build.props
# "Without" the analyzers: ExcludeAssets="analyzers" does not remove a package's analyzers with this SDK, so a target
# removes the AiRace Analyzer items before the compiler runs; the compiler's command line is checked below.
cat > Directory.Build.targets <<'XML'
<Project>
  <Target Name="RemoveAiRaceAnalyzers" BeforeTargets="CoreCompile" Condition="'$(AiRaceWithoutAnalyzers)' == 'true'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="$([System.String]::Copy('%(Analyzer.Filename)').StartsWith('AiRace.'))" />
    </ItemGroup>
  </Target>
</Project>
XML
echo '<Project />' > Directory.Packages.props

for f in $(seq 1 "$files"); do
  {
    echo "using AiRace.Core;"
    echo "namespace Generated;"
    echo "public sealed class Ledger$f"
    echo "{"
    echo "    private readonly Money _budget = Money.Millions($f, Currency.CNY);"
    echo "    private static readonly Share Target = Share.FromPercent(55m);"
    for m in $(seq 1 "$methods"); do
      cat <<CS
    public Money Allocate$m(IReadOnlyList<Money> parts, decimal factor)
    {
        Money total = parts.Sum(Currency.CNY);
        Money scaled = _budget * factor;
        Money rest = scaled - total;
        if (rest < Money.Zero(Currency.CNY))
        {
            rest = Money.Zero(Currency.CNY);
        }

        var large = parts.Where(p => p > Money.Millions($m, Currency.CNY)).Select(p => p.Round(MidpointRounding.ToEven)).ToList();
        Share share = Share.FromFraction(0.${m}${m}m) + (Target - Share.FromPercent($m));
        Money part = Money.Max(rest, large.Count > 0 ? large[0] : Money.Zero(Currency.CNY));
        return share.Fraction > 0.5m ? part : part + Money.Cny($m.5m);
    }

CS
      if [ "$kind" = findings ]; then
        # two findings in a method of about twenty lines, cycling through six rules
        case $((m % 6)) in
          0) f1="var mixed = Money.Cny(${m}m) + Money.Usd(1m);"; f2="bool over = Money.Jpy(7m) > Money.Eur(${m}m);";;
          1) f1="var fee = Money.Usd((decimal)0.$m);"; f2="var grant = new Money(Convert.ToDecimal((double)factor * 1e9), Currency.CNY);";;
          2) f1="var old = Currency.FromCode(\"RMB\");"; f2="var usd = Money.Of(${m}m, \"usd\");";;
          3) f1="decimal cents = Math.Round(total.Amount, 2);"; f2="decimal whole = Math.Round(scaled.Amount);";;
          4) f1="var tooMuch = Share.FromPercent(15${m}m);"; f2="var negative = Share.FromFraction(-0.${m}m);";;
          5) f1="decimal rise = Target.Percent - share.Percent;"; f2="decimal sum = Target.Fraction + share.Fraction;";;
        esac
        cat <<CS
    public void Findings$m(IReadOnlyList<Money> parts, decimal factor)
    {
        Money total = parts.Sum(Currency.CNY);
        Money scaled = _budget * factor;
        Share share = Share.FromPercent(${m}m);
        $f1
        Console.WriteLine(total);
        Console.WriteLine(scaled);
        Console.WriteLine(share);
        Console.WriteLine(parts.Count);
        $f2
        Console.WriteLine(factor);
        Console.WriteLine(Target);
        Console.WriteLine(total > scaled);
        Console.WriteLine(scaled - total);
        Console.WriteLine(share.Fraction);
        Console.WriteLine(parts.Count > 1);
        Console.WriteLine(factor > 1m);
    }

CS
      fi
    done
    echo "}"
  } > "Ledger$f.cs"
  if [ "$kind" != plain ]; then
    cat > "Grants$f.cs" <<CS
using AiRace.Core;
namespace Generated;

public sealed record Grant$f(string Region, Money Amount, Share Cofunding);

public static class Rates$f
{
    public const decimal Millions = 1_000_000m;
    public static readonly Money Cap = Money.Cny($f * Millions);
    public static Money Floor => Money.Cny(1m);
    public static Money Ceiling { get; } = Money.Cny(1_000m * Millions);

    public static (string Region, Money Amount) Largest(IReadOnlyList<Grant$f> grants) =>
        grants.Count == 0 ? ("none", Floor) : (grants[0].Region, grants[0].Amount);
}
CS
    cat > "GrantService$f.cs" <<CS
using AiRace.Core;
namespace Generated;

public sealed class GrantService$f
{
    private readonly Dictionary<string, Money> _byRegion = new() { ["east"] = Money.Cny(0m), ["west"] = Money.Cny(0m) };
    private readonly List<Grant$f> _grants = new();
    private readonly Money[] _quarters = { Money.Cny(1m), Money.Cny(2m), Money.Cny(3m), Money.Cny(4m) };

    public Money Total { get; private set; } = Money.Cny(0m);

    public void Add(string region, decimal millions)
    {
        var grant = new Grant$f(region, Money.Cny(millions * Rates$f.Millions), Share.FromPercent(10m));
        _grants.Add(grant);
        Total = Total + grant.Amount;
        _byRegion[region] = _byRegion.TryGetValue(region, out var so) ? so + grant.Amount : grant.Amount;
    }

    public bool OverCap() => Total > Rates$f.Cap && Total.CompareTo(Rates$f.Ceiling) < 0;

    public Money Pick(int kind) => kind switch { 0 => Rates$f.Cap, 1 => Rates$f.Floor, _ => Total };

    public Money Largest()
    {
        var amounts = _grants.Select(g => g.Amount).ToList();
        amounts.Sort();
        var (region, amount) = Rates$f.Largest(_grants);
        foreach (var value in _byRegion.Values)
        {
            if (value > amount)
            {
                amount = value;
            }
        }

        foreach (var quarter in _quarters)
        {
            amount = Money.Max(amount, quarter);
        }

        Console.WriteLine(region);
        return amounts.Count > 0 ? Money.Max(amount, amounts[^1]) : Money.Min(amount, Rates$f.Ceiling);
    }
}
CS
  fi
  if [ "$kind" = annotated ]; then
    cat > "Budgets$f.cs" <<CS
using AiRace.Core;
namespace Generated;

public interface IBudget$f
{
    [Currency("CNY")] Money Cap { get; }
    [return: Currency("CNY")] Money Planned(int year);
    void Record([Currency("CNY")] Money spent);
}

public abstract class BudgetBase$f
{
    [Currency("CNY")] public abstract Money Reserve { get; }
}

public sealed record Allotment$f(string Region, [property: Currency("CNY")] Money Amount);

public sealed class CityBudget$f : BudgetBase$f, IBudget$f
{
    private readonly List<Money> _spent = new();
    [Currency("CNY")] private readonly Money _ceiling = Money.Cny($f * Rates$f.Millions);

    public Money Cap => _ceiling;
    public override Money Reserve => Rates$f.Floor;
    public Money Planned(int year) => year > 2030 ? Rates$f.Cap : Rates$f.Floor;
    public void Record(Money spent) => _spent.Add(spent);

    public Money Headroom(Allotment$f allotment) => Cap - allotment.Amount;

    public bool Over(IBudget$f other) => Cap > other.Cap || Reserve.CompareTo(other.Planned(2030)) > 0;

    public Money Largest(IReadOnlyList<Allotment$f> allotments)
    {
        var largest = Reserve;
        foreach (var (region, amount) in allotments)
        {
            Console.WriteLine(region);
            largest = Money.Max(largest, amount);
        }

        return Money.Min(largest, Cap);
    }

    public Money Total(IEnumerable<Allotment$f> allotments, IBudget$f other)
    {
        var total = allotments.Select(a => a.Amount).Sum(Currency.CNY) + Planned(2027);
        other.Record(total);
        return total - other.Planned(2028) + _spent.Sum(Currency.CNY);
    }
}
CS
  fi
done
if [ "$kind" = findings ]; then
  printf 'is_global = true\n' > .globalconfig
  for r in $(seq -f 'AIR%04g' 1 13); do printf 'dotnet_diagnostic.%s.severity = warning\n' "$r" >> .globalconfig; done
fi
echo 'Console.WriteLine(new Generated.Ledger1().Allocate1(new[] { AiRace.Core.Money.Cny(1m) }, 1m));' > Program.cs
lines=$(cat ./*.cs | wc -l)

dotnet restore -nologo -v:q >/dev/null
# figures of a log with ReportAnalyzer output: the Csc task's milliseconds, all analyzers' seconds, AiRace's seconds
csc_task_ms() { grep -E '^\s+[0-9]+ ms\s+Csc\s' "$1" | awk '{print $1}' | head -1; }
analyzers_s() { grep -E 'Total analyzer execution time' "$1" | head -1 | grep -oE '[0-9]+(\.[0-9]+)?' | head -1; }
airace_s() { grep -E 'AiRace\.Analyzers, Version' "$1" | head -1 | grep -oE '[0-9]+(\.[0-9]+)?' | head -1; }
share() {
  awk -v a="$(airace_s "$1")" -v c="$(csc_task_ms "$1")" 'BEGIN { printf "%.2f", 100 * a * 1000 / c }'
}
report() {
  local log=$1 label=$2
  echo "$label: compiler (Csc task) $(csc_task_ms "$log") ms; all analyzers $(analyzers_s "$log") s; AiRace.Analyzers $(airace_s "$log") s; AiRace share $(share "$log")%; of all analyzers $(of_all "$log")%"
}
# AiRace's part of all analyzers' time in the same build (the SDK's own analyzers run next to it): less sensitive than
# the share of the compiler's time to how much the machine slows every callback down in a given build
of_all() {
  awk -v a="$(airace_s "$1")" -v t="$(analyzers_s "$1")" 'BEGIN { printf "%.1f", 100 * a / t }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "consumer ($kind): $(ls ./*.cs | wc -l) files, $lines lines; UseSharedCompilation=$shared"
[ "$shared" = true ] && dotnet build-server shutdown >/dev/null 2>&1 || true
# First build (with a compiler server: the one that starts it and JIT-compiles the analyzers once).
dotnet build --no-restore -nologo -p:UseSharedCompilation=$shared -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary > build.log 2>&1 || { tail -40 build.log; exit 1; }
report build.log "first build"
findings=$(grep -oE 'warning AIR[0-9]{4}' build.log | sort | uniq -c | awk '{printf "%s %s; ", $3, $1}' || true)
echo "AiRace findings in the first build: ${findings:-none} ($(grep -cE 'warning AIR[0-9]{4}' build.log || true) lines of the log)"
grep -E 'AiRace\.Analyzers\.[A-Za-z]+Analyzer' build.log | sed 's/^\s*/  /' | head -3 || true
# Full rebuilds: what every later build of the project costs.
shares=(); parts=()
for i in $(seq 1 "$warm"); do
  dotnet build --no-restore --no-incremental -nologo -p:UseSharedCompilation=$shared -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary > build2.log 2>&1 || { tail -40 build2.log; exit 1; }
  report build2.log "full rebuild $i"
  shares+=("$(share build2.log)")
  parts+=("$(of_all build2.log)")
done
echo "== ReportAnalyzer, AiRace analyzers' share of the Csc task over $warm full rebuilds: median $(median "${shares[@]}")% (each: ${shares[*]})"
echo "== the same builds, AiRace's part of all analyzers' time: median $(median "${parts[@]}")% (each: ${parts[*]})"

# The compiler's own view: full rebuilds with and without the AiRace analyzers (the Analyzer items removed before
# CoreCompile), alternated; each build's compiler command line is checked for the analyzer.
has_analyzer() { grep -E 'csc(\.dll)? ' "$1" | grep -c 'AiRace\.Analyzers\.dll' || true; }
with_ms=(); without_ms=()
for round in $(seq 1 "$rounds"); do
  dotnet build --no-incremental -nologo -v:n -p:UseSharedCompilation=$shared -clp:PerformanceSummary > with.log 2>&1 || { tail -20 with.log; exit 1; }
  with_ms+=("$(csc_task_ms with.log)")
  dotnet build --no-incremental -nologo -v:n -p:UseSharedCompilation=$shared -p:AiRaceWithoutAnalyzers=true -clp:PerformanceSummary > without.log 2>&1 || { tail -20 without.log; exit 1; }
  without_ms+=("$(csc_task_ms without.log)")
  if [ "$(has_analyzer with.log)" = 0 ] || [ "$(has_analyzer without.log)" != 0 ]; then
    echo "the compiler's command line does not show the analyzers as intended (with: $(has_analyzer with.log), without: $(has_analyzer without.log))" >&2
    exit 1
  fi
done
echo "== full rebuilds, Csc task time (compiler command line checked: AiRace.Analyzers.dll passed with, absent without): with AiRace analyzers ${with_ms[*]} ms; without ${without_ms[*]} ms"
w=$(median "${with_ms[@]}"); o=$(median "${without_ms[@]}")
awk -v w="$w" -v o="$o" -v n="$rounds" 'BEGIN { printf "median of %d: with %d ms, without %d ms: the AiRace analyzers add %.1f%% to compile time\n", n, w, o, 100 * (w - o) / w }'

# The compiler's CPU time with and without the AiRace analyzers (AIRACE_COST_CPU_PAIRS=N pairs, alternated): the
# compiler command line of the last "with" build, run directly with and without the AiRace /analyzer: argument, its
# user + system CPU time taken by bash's time. CPU time is what the analyzers add to the compiler's work, JIT
# compilation, collections and the binding they cause included, and counts no waiting, so it is far less sensitive
# to the machine's other load than the wall-clock figures above.
pairs=${AIRACE_COST_CPU_PAIRS:-0}
serial=${AIRACE_COST_SERIAL:-0}
perfs=${AIRACE_COST_PERF:-0}
offcpu=${AIRACE_COST_OFFCPU:-0}
for option in "AIRACE_COST_CPU_PAIRS=$pairs" "AIRACE_COST_SERIAL=$serial" "AIRACE_COST_PERF=$perfs" "AIRACE_COST_OFFCPU=$offcpu"; do
  case "${option#*=}" in ''|*[!0-9]*) echo "$option: it must be a whole number (0 or more)" >&2; exit 2;; esac
done
if [ "$pairs" -gt 0 ] || [ "$serial" -gt 0 ] || [ "$perfs" -gt 0 ] || [ "$offcpu" -gt 0 ]; then
  line=$(grep -E '^\s+/\S+/csc(\.dll)? ' with.log | head -1 | sed -E 's/^\s+//')
  [ -n "$line" ] || { echo "no compiler command line in with.log" >&2; exit 1; }
  csc=${line%% *}
  # the arguments go in response files (csc reads them with its own rules: /define:A;B stays one argument)
  printf '%s\n' "${line#* }" > with.rsp
  sed -E 's#/analyzer:("[^"]*AiRace\.Analyzers\.dll"|[^ ]*AiRace\.Analyzers\.dll)##g' with.rsp > without.rsp
  if ! grep -q 'AiRace\.Analyzers\.dll' with.rsp || grep -q 'AiRace\.Analyzers\.dll' without.rsp; then
    echo "the compiler command line does not show the analyzers as intended" >&2
    exit 1
  fi
  # prints "cpu wall": user + system CPU seconds and elapsed seconds of one compile (extra arguments after the response file)
  cpu_of() {
    local rsp=$1 TIMEFORMAT='%U %S %R' t
    shift
    t=$( { time "$csc" "@$rsp" "$@" > csc.out 2>&1; } 2>&1 ) || { tail -20 csc.out >&2; exit 1; }
    awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%.2f %.2f", a[1] + a[2], a[3] }'
  }
  # alternated pairs with and without the analyzers: cpu_pairs count label [extra compiler arguments]
  cpu_pairs() {
    local count=$1 label=$2 i rw ro w ww o ow order
    shift 2
    local cpu_with=() cpu_without=() added=() wall_added=()
    for i in $(seq 1 "$count"); do
      # the order alternates from pair to pair, so that whatever the first compile of a pair pays falls on both sides
      # (assigned first, so that a failed compile stops the script under set -e)
      if [ $((i % 2)) = 1 ]; then
        rw=$(cpu_of with.rsp "$@"); ro=$(cpu_of without.rsp "$@"); order="with first"
      else
        ro=$(cpu_of without.rsp "$@"); rw=$(cpu_of with.rsp "$@"); order="without first"
      fi
      read -r w ww <<< "$rw"; read -r o ow <<< "$ro"
      cpu_with+=("$w"); cpu_without+=("$o")
      added+=("$(awk -v w="$w" -v o="$o" 'BEGIN { printf "%.2f", 100 * (w - o) / w }')")
      wall_added+=("$(awk -v w="$ww" -v o="$ow" 'BEGIN { printf "%.2f", 100 * (w - o) / w }')")
      echo "$label pair $i ($order, load $(cut -d' ' -f1 /proc/loadavg)): compiler CPU with ${w} s, without ${o} s: AiRace $(printf '%s' "${added[-1]}")% of the compiler's CPU; elapsed ${ww} s and ${ow} s ($(printf '%s' "${wall_added[-1]}")%)"
    done
    echo "== $label: compiler CPU time (user + system), $count alternated pairs: with median $(median "${cpu_with[@]}") s, without median $(median "${cpu_without[@]}") s; AiRace's share of the compiler's CPU per pair: median $(median "${added[@]}")% (each: ${added[*]})"
    echo "== $label: the same compiles' elapsed time: AiRace's share per pair: median $(median "${wall_added[@]}")% (each: ${wall_added[*]})"
  }
  if [ "$pairs" -gt 0 ]; then
    cpu_pairs "$pairs" "concurrent"
  fi
  if [ "$serial" -gt 0 ]; then
    cpu_pairs "$serial" "single-threaded (/parallel-)" /parallel-
    # ReportAnalyzer without threads waiting for a core: the analyzers' time as a share of the compile's elapsed time
    for i in 1 2; do
      r=$(cpu_of with.rsp /parallel- /reportanalyzer)
      read -r c e <<< "$r"
      cp csc.out "serial-report$i.out"
      echo "single-threaded compile $i with /reportanalyzer: CPU ${c} s, elapsed ${e} s; all analyzers $(analyzers_s csc.out) s; AiRace $(airace_s csc.out) s: $(awk -v a="$(airace_s csc.out)" -v e="$e" 'BEGIN { printf "%.2f", 100 * a / e }')% of the compile"
    done
  fi
  if [ "$perfs" -gt 0 ]; then
    # perf samples a thread only while it runs: a callback waiting for a core adds nothing, unlike ReportAnalyzer
    command -v perf >/dev/null || { echo "AIRACE_COST_PERF needs perf (apt-get install linux-perf)" >&2; exit 1; }
    shares=()
    for i in $(seq 1 "$perfs"); do
      before=$(ls /tmp/perf-*.map 2>/dev/null || true)
      DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -q -F 499 -g -o perf.data "$csc" @with.rsp > csc.out 2>&1 || { tail -20 csc.out >&2; exit 1; }
      map=$(comm -13 <(printf '%s\n' $before | sort) <(ls /tmp/perf-*.map | sort) | head -1)
      [ -n "$map" ] || { echo "the compile left no perf map in /tmp" >&2; exit 1; }
      perf script -i perf.data -F comm,tid,ip,sym,dso > perf.txt 2>/dev/null
      read -r samples airace roslyn own ours every <<< "$(python3 "$repo/benchmarks/analyzer-cost/perf-share.py" perf.txt "$map")"
      rm -f perf.data perf.txt "$map"
      shares+=("$(awk -v a="$airace" -v s="$samples" 'BEGIN { printf "%.2f", 100 * a / s }')")
      echo "sampled compile $i (load $(cut -d' ' -f1 /proc/loadavg)): $samples samples, $airace with an AiRace frame (${shares[-1]}%): leaf in Roslyn $roslyn, in AiRace's own code $own, elsewhere (runtime, collections, kernel) $((airace - roslyn - own)); perf map: $ours AiRace entries of $every"
    done
    echo "== sampled compiles: AiRace's share of the compiler's CPU samples, median $(median "${shares[@]}")% (each: ${shares[*]})"
  fi
  if [ "$offcpu" -gt 0 ]; then
    # what ReportAnalyzer charges AiRace while its threads do not run: each time the scheduler takes a thread off its
    # core inside an AiRace callback, runnable (waiting for a core) or sleeping (a lock, the collector, I/O)
    command -v perf >/dev/null || { echo "AIRACE_COST_OFFCPU needs perf (apt-get install linux-perf)" >&2; exit 1; }
    for i in $(seq 1 "$offcpu"); do
      before=$(ls /tmp/perf-*.map 2>/dev/null || true)
      TIMEFORMAT='%R'
      elapsed=$( { time DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -q -e sched:sched_switch -g -o sched.data "$csc" @with.rsp /reportanalyzer > csc.out 2>&1; } 2>&1 ) || { tail -20 csc.out >&2; exit 1; }
      map=$(comm -13 <(printf '%s\n' $before | sort) <(ls /tmp/perf-*.map | sort) | head -1)
      [ -n "$map" ] || { echo "the compile left no perf map in /tmp" >&2; exit 1; }
      perf script -i sched.data > sched.txt 2>/dev/null
      read -r preempted preemptions blocked blocks <<< "$(python3 "$repo/benchmarks/analyzer-cost/off-cpu.py" sched.txt)"
      rm -f sched.data sched.txt "$map"
      charged=$(airace_s csc.out)
      echo "traced compile $i (elapsed ${elapsed} s): ReportAnalyzer charged AiRace ${charged} s ($(awk -v c="$charged" -v e="$elapsed" 'BEGIN { printf "%.2f", 100 * c / e }')% of the elapsed time); inside its callbacks the threads waited for a core ${preempted} s (${preemptions} times) and slept ${blocked} s (${blocks} times), so they ran about $(awk -v c="$charged" -v p="$preempted" -v b="$blocked" -v e="$elapsed" 'BEGIN { printf "%.3f s (%.2f%% of the elapsed time)", c - p - b, 100 * (c - p - b) / e }')"
    done
  fi
fi

# The CPU the analyzers themselves use, in-process: every callback timed by its thread's CPU clock (ReportAnalyzer
# counts wall-clock time, which includes waiting for the compiler's other threads and its garbage collections).
package="${NUGET_PACKAGES:-$HOME/.nuget/packages}/airace.core/$version"
echo "== in-process, thread CPU (benchmarks/analyzer-cost/cpu, 5 compilations of the same consumer)"
dotnet run -c Release --project "$repo/benchmarks/analyzer-cost/cpu" -- \
  "$package/analyzers/dotnet/cs/AiRace.Analyzers.dll" "$package/lib/net10.0/AiRace.Core.dll" "$work/consumer" 5
cp build.log build2.log "${TMPDIR:-/tmp}/" 2>/dev/null || true
echo "(the ReportAnalyzer build logs are copied to ${TMPDIR:-/tmp}/build.log and build2.log)"
