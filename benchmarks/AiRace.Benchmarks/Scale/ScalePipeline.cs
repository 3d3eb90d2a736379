using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;
using AiRace.Export;

namespace AiRace.Benchmarks.Scale;

/// <summary>
/// The pipeline at scale: load, normalise, aggregate and export generated datasets of 1k to 1M programmes, each size
/// in a process of its own (so that each has its own peak working set), timing every stage (best of the given runs).
/// Run with <c>dotnet run -c Release --project benchmarks/AiRace.Benchmarks -- scale [sizes...] [--runs N] [--large-runs N] [--load-max N] [--minified-max N] [--processes N]</c>
/// (<c>--large-runs</c>: the runs at a million programmes and more, 1 unless given; <c>--processes</c>: how many
/// processes run each size, the table giving each stage's median of them, 1 unless given).
/// </summary>
public static class ScalePipeline
{
    /// <summary>The loader's options here: a limit of 1 GiB instead of the default 256 MiB, since the documents of a
    /// million programmes are 400–700 MB.</summary>
    internal static readonly PolicyDataOptions LoadOptions = new() { MaxDocumentBytes = 1L << 30 };

    private static readonly string[] Stages = ["load (indented)", "load (minified)", "normalise", "aggregate", "export"];

    private const string Total = "load + normalise + aggregate + export";

    private const string WallClock = ", wall clock";

    /// <summary>Runs every size in a child process and prints the table and the growth from size to size.</summary>
    public static int Run(string[] args)
    {
        int runs = Option(args, "--runs", 3, minimum: 1);
        int largeRuns = Option(args, "--large-runs", 1, minimum: 1);
        int loadMax = Option(args, "--load-max", int.MaxValue, minimum: 0);
        int minifiedMax = Option(args, "--minified-max", int.MaxValue, minimum: 0);
        int processes = Option(args, "--processes", 1, minimum: 1);
        int[] sizes = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        if (sizes.Length == 0)
        {
            sizes = [1_000, 10_000, 100_000, 1_000_000];
        }

        var results = new List<(int Size, Dictionary<string, double> Ms, Dictionary<string, double> WallMs, long PeakBytes)>();
        foreach (int size in sizes)
        {
            // Each process's figures are the best of its runs; with --processes N the table gives each stage's median
            // over N processes of the size, since one process's best can differ from the next one's by more than its
            // runs differ from each other.
            var each = new List<(Dictionary<string, double> Ms, Dictionary<string, double> WallMs, long PeakBytes)>();
            for (int p = 0; p < processes; p++)
            {
                each.Add(RunChild(size, size >= 1_000_000 ? largeRuns : runs, loadMax, minifiedMax));
            }

            if (processes > 1)
            {
                foreach (string stage in each[0].Ms.Keys)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"processes\t{size}\t{stage}\t{string.Join(" ", each.Select(e => e.Ms.TryGetValue(stage, out double v) ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-"))}"));
                }
            }

            results.Add((size, Median(each.Select(e => e.Ms).ToList()), Median(each.Select(e => e.WallMs).ToList()), each.Max(e => e.PeakBytes)));
        }

        Console.WriteLine();
        int from = Math.Max(0, results.FindIndex(r => r.Size >= 10_000));
        Console.WriteLine("| stage | " + string.Join(" | ", results.Select(r => r.Size.ToString("N0", CultureInfo.InvariantCulture))) + " | growth per 1× of data, " + results[from].Size.ToString("N0", CultureInfo.InvariantCulture) + " → " + results[^1].Size.ToString("N0", CultureInfo.InvariantCulture) + " |");
        Console.WriteLine("|---|" + string.Concat(results.Select(_ => "---:|")) + "---:|");
        foreach (string stage in Stages.Append(Total).Append(Total + WallClock))
        {
            double? At(int i)
            {
                Dictionary<string, double> times = stage.EndsWith(WallClock, StringComparison.Ordinal) ? results[i].WallMs : results[i].Ms;
                return stage.StartsWith(Total, StringComparison.Ordinal)
                    ? (times.TryGetValue("load (indented)", out double l) ? l : null) + Sum(times, "normalise", "aggregate", "export")
                    : times.TryGetValue(stage, out double v) ? v : null;
            }

            string cells = string.Join(" | ", results.Select((_, i) => At(i) is double v ? (v / 1000).ToString("0.000", CultureInfo.InvariantCulture) + " s" : "—"));
            int first = from;
            int last = results.Count - 1;
            string growth = first < last && At(first) is double a && At(last) is double b && a > 0
                ? (b / a / ((double)results[last].Size / results[first].Size)).ToString("0.00", CultureInfo.InvariantCulture) + "×"
                : "—";
            Console.WriteLine($"| {stage} | {cells} | {growth} |");
        }

        Console.WriteLine("| peak working set | " + string.Join(" | ", results.Select(r => (r.PeakBytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " MB")) + " | |");
        return results.All(r => r.Ms.Count > 0) ? 0 : 1;
    }

    /// <summary>Runs one size in a child process and reads its stage figures, wall-clock figures and peak working set.</summary>
    private static (Dictionary<string, double> Ms, Dictionary<string, double> WallMs, long PeakBytes) RunChild(int size, int runs, int loadMax, int minifiedMax)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (!Path.GetFileName(Environment.ProcessPath!).StartsWith("AiRace.Benchmarks", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ScalePipeline).Assembly.Location);
        }

        foreach (string a in new[] { "scale-one", size.ToString(CultureInfo.InvariantCulture), runs.ToString(CultureInfo.InvariantCulture), loadMax.ToString(CultureInfo.InvariantCulture), minifiedMax.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        using Process child = Process.Start(start)!;
        var ms = new Dictionary<string, double>();
        var wall = new Dictionary<string, double>();
        long peak = 0;
        string? line;
        while ((line = child.StandardOutput.ReadLine()) is not null)
        {
            Console.WriteLine(line);
            string[] parts = line.Split('\t');
            if (parts.Length == 3 && parts[0] == "stage")
            {
                ms[parts[1]] = double.Parse(parts[2], CultureInfo.InvariantCulture);
            }
            else if (parts.Length == 3 && parts[0] == "wall")
            {
                wall[parts[1]] = double.Parse(parts[2], CultureInfo.InvariantCulture);
            }
            else if (parts.Length == 2 && parts[0] == "peak")
            {
                peak = long.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }

        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            Console.WriteLine($"size {size}: the run failed (exit code {child.ExitCode}).");
        }

        return (ms, wall, peak);
    }

    /// <summary>Each stage's median over the processes that timed it (of an even number, the mean of the middle two).</summary>
    private static Dictionary<string, double> Median(List<Dictionary<string, double>> processes)
    {
        var median = new Dictionary<string, double>();
        foreach (string stage in processes.SelectMany(p => p.Keys).Distinct())
        {
            double[] values = processes.Where(p => p.ContainsKey(stage)).Select(p => p[stage]).Order().ToArray();
            median[stage] = values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
        }

        return median;
    }

    /// <summary>Runs one size in this process: prints <c>stage\tname\tms</c> lines (best of <paramref name="runs"/>) and <c>peak\tbytes</c>.</summary>
    public static int RunOne(int size, int runs, int loadMax, int minifiedMax)
    {
        PolicyDataset data = DatasetGenerator.Generate(size);
        if (size <= loadMax)
        {
            var stages = new List<(string Stage, Action Load)>();
            var loadCollections = new (int Loads, int Gen0, int Gen1)[2];
            (string Stage, bool Indented)[] forms = [("load (indented)", true), ("load (minified)", false)];
            if (Environment.GetEnvironmentVariable("AIRACE_SCALE_MINIFIED_FIRST") == "1")
            {
                Array.Reverse(forms);
            }

            foreach ((string stage, bool indented) in forms)
            {
                if (!indented && size > minifiedMax)
                {
                    Console.WriteLine($"note\tminified load not run above {minifiedMax:N0} programmes (--minified-max).");
                    continue;
                }

                byte[] json = DatasetGenerator.ToJson(data, indented);
                Console.WriteLine($"note\t{stage}: the document is {json.Length:N0} bytes.");
                int form = stages.Count;
                stages.Add((stage, () =>
                {
                    int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1);
                    if (PolicyData.Load(json, null, LoadOptions).Programmes.Count != data.Programmes.Count)
                    {
                        throw new InvalidOperationException("The loaded dataset differs from the generated one.");
                    }

                    loadCollections[form] = (loadCollections[form].Loads + 1, loadCollections[form].Gen0 + GC.CollectionCount(0) - gen0, loadCollections[form].Gen1 + GC.CollectionCount(1) - gen1);
                }));
            }

            WarmLoads(stages.Count > 1);

            // The two loads take turns, so that neither is the one that runs first in a cold process.
            Timing[] loads = BestOfEach(runs, stages.Select(s => s.Load).ToArray(), stages.Select(s => s.Stage).ToArray());
            for (int i = 0; i < stages.Count; i++)
            {
                Print(stages[i].Stage, loads[i]);
                (int count, int gen0, int gen1) = loadCollections[i];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note\t{stages[i].Stage}: {gen0 / (double)count:0.00} collections of generation 0 and {gen1 / (double)count:0.00} of generation 1 a load ({count} loads, warm-up and repeats included)"));
            }

            if (Environment.GetEnvironmentVariable("AIRACE_SCALE_LOAD_ONLY") == "1")
            {
                Console.WriteLine("peak\t" + Process.GetCurrentProcess().PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
                return 0;
            }
        }
        else
        {
            Console.WriteLine($"note\tload not run above {loadMax:N0} programmes (--load-max); the stages below use the generated dataset directly.");
        }

        var normaliser = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD);
        NormalisationResult normalised = null!;
        Print("normalise", Best(runs, () => normalised = normaliser.NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnualAverage(2024))));
        Allocations("normalise", () => normaliser.NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnualAverage(2024)));

        Aggregation[] aggregations = [];
        Print("aggregate", Best(runs, () => aggregations = Aggregate(normalised, data)));
        Allocations("aggregate", () => Aggregate(normalised, data));

        string parquet = Path.Combine(Path.GetTempPath(), "airace-scale-" + Environment.ProcessId + ".parquet");
        try
        {
            ResultTable table = null!;
            Timing build = Best(runs, () => table = normalised.ToTable());
            Timing csv = Best(runs, () =>
            {
                using var writer = new StreamWriter(Stream.Null);
                CsvExport.Write(table, writer);
                foreach (Aggregation a in aggregations)
                {
                    CsvExport.Write(a.ToTable(), writer);
                }
            });
            Timing pq = Best(runs, () =>
            {
                using FileStream file = File.Create(parquet);
                ParquetExport.WriteAsync(table, file).GetAwaiter().GetResult();
            });
            Allocations("table", () => normalised.ToTable());
            Allocations("CSV", () =>
            {
                using var writer = new StreamWriter(Stream.Null);
                CsvExport.Write(table, writer);
                foreach (Aggregation a in aggregations)
                {
                    CsvExport.Write(a.ToTable(), writer);
                }
            });
            Allocations("Parquet", () =>
            {
                using FileStream file = File.Create(parquet);
                ParquetExport.WriteAsync(table, file).GetAwaiter().GetResult();
            });
            Console.WriteLine($"detail\texport: table {build.CpuMs:0.0} ms, CSV (normalised and aggregations) {csv.CpuMs:0.0} ms, Parquet (normalised) {pq.CpuMs:0.0} ms");
            Print("export", new Timing(build.CpuMs + csv.CpuMs + pq.CpuMs, build.WallMs + csv.WallMs + pq.WallMs));
        }
        finally
        {
            File.Delete(parquet);
        }

        Console.WriteLine($"counts\tnormalised {normalised.Items.Count:N0}, not normalised {normalised.NotNormalised.Count:N0}, groups {string.Join("/", aggregations.Select(a => a.Groups.Count))}");
        Console.WriteLine("peak\t" + Process.GetCurrentProcess().PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>Loads a small generated document (in each form that is timed) until the loads have taken
    /// <see cref="WarmUpMs"/> of CPU, before the timed loads' own warm-up: that warm-up sets how often a short load is
    /// repeated within a run from its last run, which for the first form timed in a fresh process was one of code not
    /// yet compiled at its final tier (longer than <see cref="ShortestRunMs"/>, so never repeated), while the second
    /// form, warmed on the code the first had compiled, was repeated. Both forms now start warm at every size.</summary>
    private static void WarmLoads(bool minifiedToo)
    {
        PolicyDataset small = DatasetGenerator.Generate(1_000);
        byte[][] documents = minifiedToo ? [DatasetGenerator.ToJson(small, true), DatasetGenerator.ToJson(small, false)] : [DatasetGenerator.ToJson(small, true)];
        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        TimeSpan start = self.TotalProcessorTime;
        while ((self.TotalProcessorTime - start).TotalMilliseconds < WarmUpMs * documents.Length)
        {
            foreach (byte[] document in documents)
            {
                PolicyData.Load(document, null, LoadOptions);
            }

            self.Refresh();
        }
    }

    /// <summary>The least CPU time of the process (all threads, the garbage collector's included) over the runs, and
    /// apart from it the least wall-clock time: on a shared machine the wall clock measures the neighbours as much as
    /// the code, and on a quiet one the CPU time counts the collector's background thread, which runs beside the code.
    /// The process's CPU time advances in clock ticks (10 ms on Linux), so a run shorter than
    /// <see cref="ShortestRunMs"/> repeats the action until it lasts that long and counts the time of one. Untimed
    /// runs warm the code up first (<see cref="WarmUpMs"/>, <see cref="LongestWarmUpMs"/>).</summary>
    private static Timing Best(int runs, Action action) => BestOfEach(runs, [action])[0];

    /// <summary>As <see cref="Best"/> for each action, the actions taking turns run by run; with
    /// <paramref name="names"/>, a <c>note</c> line gives each counted run's CPU and wall time, collections, pauses and page faults.</summary>
    private static Timing[] BestOfEach(int runs, Action[] actions, string[]? names = null)
    {
        using Process self = Process.GetCurrentProcess();
        string collections = "";
        Timing Time(Action action, int repeat)
        {
            int[] counts = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            TimeSpan pauses = GC.GetTotalPauseDuration();
            long faults = LoadProfile.PageFaults();
            long committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
            self.Refresh();
            TimeSpan before = self.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < repeat; i++)
            {
                action();
            }

            double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            self.Refresh();
            collections = string.Create(CultureInfo.InvariantCulture, $"{repeat} action(s): collections gen0 {GC.CollectionCount(0) - counts[0]}, gen1 {GC.CollectionCount(1) - counts[1]}, gen2 {GC.CollectionCount(2) - counts[2]}, pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:0} ms, {LoadProfile.PageFaults() - faults:N0} page faults, the collector's memory committed {committed / 1048576:N0} MB before");
            return new Timing((self.TotalProcessorTime - before).TotalMilliseconds / repeat, wall / repeat);
        }

        void PrintRun(int action, int run, Timing timing)
        {
            if (names is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note\t{names[action]}: run {run + 1}, {timing.CpuMs:0.0} ms CPU, {timing.WallMs:0.0} ms wall; {collections}"));
            }
        }

        // The first runs compile the code the action runs, first quickly and then optimised: they are a warm-up, not
        // timed, until they have taken WarmUpMs. A first run longer than LongestWarmUpMs (the loads of a million
        // programmes) is the only warm-up and counts as the first of the runs. An action shorter than ShortestRunMs
        // (after the warm-up) is repeated within each run, long enough, and the time of one is counted.
        var best = new Timing[actions.Length];
        int[] times = new int[actions.Length];
        bool[] firstCounts = new bool[actions.Length];
        for (int a = 0; a < actions.Length; a++)
        {
            Timing last = Time(actions[a], 1);
            firstCounts[a] = last.CpuMs >= LongestWarmUpMs;
            best[a] = firstCounts[a] ? last : new Timing(double.MaxValue, double.MaxValue);
            if (firstCounts[a])
            {
                PrintRun(a, 0, last);
            }

            // The wall clock counts too: a run far shorter than the CPU clock's tick often reads as 0 ms of CPU.
            for (double spent = Math.Max(last.CpuMs, last.WallMs); !firstCounts[a] && spent < WarmUpMs; spent += Math.Max(last.CpuMs, last.WallMs))
            {
                last = Time(actions[a], 1);
            }

            times[a] = last.CpuMs >= ShortestRunMs ? 1 : Math.Min(1000, (int)Math.Ceiling(ShortestRunMs / Math.Max(last.CpuMs, 1)));
        }

        for (int r = 0; r < runs; r++)
        {
            for (int a = 0; a < actions.Length; a++)
            {
                if (r > 0 || !firstCounts[a])
                {
                    CollectEverything();
                    Timing timed = Time(actions[a], times[a]);
                    PrintRun(a, r, timed);
                    best[a] = Timing.Least(best[a], timed);
                }
            }
        }

        return best;
    }

    /// <summary>A full, blocking collection before a timed run, outside its time: every run starts from a heap that holds
    /// only what is live, instead of from the garbage of the run before it. Without it the loads of the two documents,
    /// taking turns, took turns in the collections too: at 100k programmes the one of the previous run's garbage that
    /// filled the oldest generation's budget fell in the minified load's runs, every time.</summary>
    private static void CollectEverything()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>The shortest run timed on its own: shorter actions are repeated within a run.</summary>
    private const double ShortestRunMs = 250;

    /// <summary>The longest first run that is a warm-up only; a longer one counts as a run.</summary>
    private const double LongestWarmUpMs = 2000;

    /// <summary>How long the runs of an action's warm-up take in all, at least (unless its first is longer than
    /// <see cref="LongestWarmUpMs"/>).</summary>
    private const double WarmUpMs = 1000;

    /// <summary>The stage's three aggregations (by country, by jurisdiction, by sponsor kind) of the same normalised
    /// programmes in a result of their own, which has worked nothing out yet (a result keeps the set of its ids once an
    /// aggregation asks for it): each run pays what the aggregations of a fresh normalisation pay.</summary>
    internal static Aggregation[] Aggregate(NormalisationResult normalised, PolicyDataset data)
    {
        var fresh = new NormalisationResult(normalised.Currency, normalised.Basis, normalised.Items, normalised.NotNormalised);
        return
        [
            Aggregation.Of(fresh, data, AggregationKey.Country),
            Aggregation.Of(fresh, data, AggregationKey.Jurisdiction),
            Aggregation.Of(fresh, data, AggregationKey.SponsorKind),
        ];
    }

    private static double? Sum(Dictionary<string, double> ms, params string[] stages) =>
        stages.All(ms.ContainsKey) ? stages.Sum(s => ms[s]) : null;

    /// <summary>With <c>AIRACE_SCALE_ALLOCATIONS=1</c>: runs the action once more, printing the bytes it allocated
    /// and the types that make them up (<see cref="AllocationSampler"/>).</summary>
    private static void Allocations(string stage, Action action)
    {
        if (Environment.GetEnvironmentVariable("AIRACE_SCALE_ALLOCATIONS") != "1")
        {
            return;
        }

        using var sampler = new AllocationSampler();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        sampler.Start();
        action();
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alloc	{stage}: {bytes / 1048576.0:0.0} MB allocated"));
        sampler.StopAndPrint(15);
    }

    private static void Print(string stage, Timing timing)
    {
        Console.WriteLine($"stage\t{stage}\t{timing.CpuMs.ToString("0.0", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"wall\t{stage}\t{timing.WallMs.ToString("0.0", CultureInfo.InvariantCulture)}");
        using Process self = Process.GetCurrentProcess();
        Console.WriteLine($"note\tpeak working set so far, after {stage}: {self.PeakWorkingSet64 / 1048576.0:N0} MB");
    }

    private static int Option(string[] args, string name, int fallback, int minimum)
    {
        int i = Array.IndexOf(args, name);
        if (i < 0)
        {
            return fallback;
        }

        string? text = i + 1 < args.Length ? args[i + 1] : null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < minimum)
        {
            throw new ArgumentException($"{name} is '{text ?? "(missing)"}': it must be a whole number, {minimum} or more.");
        }

        return value;
    }

    /// <summary>A stage's CPU time of the process and its wall-clock time, in milliseconds.</summary>
    private readonly record struct Timing(double CpuMs, double WallMs)
    {
        public static Timing Least(Timing a, Timing b) => new(Math.Min(a.CpuMs, b.CpuMs), Math.Min(a.WallMs, b.WallMs));
    }
}
