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
/// Run with <c>dotnet run -c Release --project benchmarks/AiRace.Benchmarks -- scale [sizes...] [--runs N] [--large-runs N] [--load-max N] [--minified-max N]</c>
/// (<c>--large-runs</c>: the runs at a million programmes and more, 1 unless given).
/// </summary>
public static class ScalePipeline
{
    /// <summary>The loader's options here: a limit of 1 GiB instead of the default 256 MiB, since the documents of a
    /// million programmes are 400–700 MB.</summary>
    internal static readonly PolicyDataOptions LoadOptions = new() { MaxDocumentBytes = 1L << 30 };

    private static readonly string[] Stages = ["load (indented)", "load (minified)", "normalise", "aggregate", "export"];

    /// <summary>Runs every size in a child process and prints the table and the growth from size to size.</summary>
    public static int Run(string[] args)
    {
        int runs = Option(args, "--runs", 3);
        int largeRuns = Option(args, "--large-runs", 1);
        int loadMax = Option(args, "--load-max", int.MaxValue);
        int minifiedMax = Option(args, "--minified-max", int.MaxValue);
        int[] sizes = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        if (sizes.Length == 0)
        {
            sizes = [1_000, 10_000, 100_000, 1_000_000];
        }

        var results = new List<(int Size, Dictionary<string, double> Ms, long PeakBytes)>();
        foreach (int size in sizes)
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

            foreach (string a in new[] { "scale-one", size.ToString(CultureInfo.InvariantCulture), (size >= 1_000_000 ? largeRuns : runs).ToString(CultureInfo.InvariantCulture), loadMax.ToString(CultureInfo.InvariantCulture), minifiedMax.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(a);
            }

            using Process child = Process.Start(start)!;
            var ms = new Dictionary<string, double>();
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

            results.Add((size, ms, peak));
        }

        Console.WriteLine();
        int from = Math.Max(0, results.FindIndex(r => r.Size >= 10_000));
        Console.WriteLine("| stage | " + string.Join(" | ", results.Select(r => r.Size.ToString("N0", CultureInfo.InvariantCulture))) + " | growth per 1× of data, " + results[from].Size.ToString("N0", CultureInfo.InvariantCulture) + " → " + results[^1].Size.ToString("N0", CultureInfo.InvariantCulture) + " |");
        Console.WriteLine("|---|" + string.Concat(results.Select(_ => "---:|")) + "---:|");
        foreach (string stage in Stages.Append("load + normalise + aggregate + export"))
        {
            double? At(int i) => stage.StartsWith("load +", StringComparison.Ordinal)
                ? (results[i].Ms.TryGetValue("load (indented)", out double l) ? l : null) + Sum(results[i].Ms, "normalise", "aggregate", "export")
                : results[i].Ms.TryGetValue(stage, out double v) ? v : null;
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

    /// <summary>Runs one size in this process: prints <c>stage\tname\tms</c> lines (best of <paramref name="runs"/>) and <c>peak\tbytes</c>.</summary>
    public static int RunOne(int size, int runs, int loadMax, int minifiedMax)
    {
        PolicyDataset data = DatasetGenerator.Generate(size);
        if (size <= loadMax)
        {
            foreach ((string stage, bool indented) in new[] { ("load (indented)", true), ("load (minified)", false) })
            {
                if (!indented && size > minifiedMax)
                {
                    Console.WriteLine($"note\tminified load not run above {minifiedMax:N0} programmes (--minified-max).");
                    continue;
                }

                byte[] json = DatasetGenerator.ToJson(data, indented);
                Console.WriteLine($"note\t{stage}: the document is {json.Length:N0} bytes.");
                Print(stage, Best(runs, () =>
                {
                    if (PolicyData.Load(json, null, LoadOptions).Programmes.Count != data.Programmes.Count)
                    {
                        throw new InvalidOperationException("The loaded dataset differs from the generated one.");
                    }
                }));
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
        Print("aggregate", Best(runs, () => aggregations =
        [
            Aggregation.Of(normalised, data, AggregationKey.Country),
            Aggregation.Of(normalised, data, AggregationKey.Jurisdiction),
            Aggregation.Of(normalised, data, AggregationKey.SponsorKind),
        ]));
        Allocations("aggregate", () => _ = Aggregation.Of(normalised, data, AggregationKey.Country).Groups.Count + Aggregation.Of(normalised, data, AggregationKey.Jurisdiction).Groups.Count + Aggregation.Of(normalised, data, AggregationKey.SponsorKind).Groups.Count);

        string parquet = Path.Combine(Path.GetTempPath(), "airace-scale-" + Environment.ProcessId + ".parquet");
        try
        {
            ResultTable table = null!;
            double build = Best(runs, () => table = normalised.ToTable());
            double csv = Best(runs, () =>
            {
                using var writer = new StreamWriter(Stream.Null);
                CsvExport.Write(table, writer);
                foreach (Aggregation a in aggregations)
                {
                    CsvExport.Write(a.ToTable(), writer);
                }
            });
            double pq = Best(runs, () =>
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
            Console.WriteLine($"detail\texport: table {build:0.0} ms, CSV (normalised and aggregations) {csv:0.0} ms, Parquet (normalised) {pq:0.0} ms");
            Print("export", build + csv + pq);
        }
        finally
        {
            File.Delete(parquet);
        }

        Console.WriteLine($"counts\tnormalised {normalised.Items.Count:N0}, not normalised {normalised.NotNormalised.Count:N0}, groups {string.Join("/", aggregations.Select(a => a.Groups.Count))}");
        Console.WriteLine("peak\t" + Process.GetCurrentProcess().PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>The least CPU time of the process (all threads, the garbage collector's included) over the runs: on a
    /// shared machine the wall clock measures the neighbours as much as the code. The process's CPU time advances in
    /// clock ticks (10 ms on Linux), so a run shorter than <see cref="ShortestRunMs"/> repeats the action until it lasts
    /// that long and counts the time of one.</summary>
    private static double Best(int runs, Action action)
    {
        using Process self = Process.GetCurrentProcess();
        double Time(int repeat)
        {
            self.Refresh();
            TimeSpan before = self.TotalProcessorTime;
            for (int i = 0; i < repeat; i++)
            {
                action();
            }

            self.Refresh();
            return (self.TotalProcessorTime - before).TotalMilliseconds;
        }

        double first = Time(1);
        if (first >= ShortestRunMs)
        {
            double best = first;
            for (int r = 1; r < runs; r++)
            {
                best = Math.Min(best, Time(1));
            }

            return best;
        }

        // Too short for the clock: the first run was a warm-up; each run repeats the action long enough.
        int times = Math.Min(1000, (int)Math.Ceiling(ShortestRunMs / Math.Max(first, 1)));
        double shortest = double.MaxValue;
        for (int r = 0; r < runs; r++)
        {
            shortest = Math.Min(shortest, Time(times) / times);
        }

        return shortest;
    }

    /// <summary>The shortest run timed on its own: shorter actions are repeated within a run.</summary>
    private const double ShortestRunMs = 250;

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

    private static void Print(string stage, double ms)
    {
        Console.WriteLine($"stage\t{stage}\t{ms.ToString("0.0", CultureInfo.InvariantCulture)}");
        using Process self = Process.GetCurrentProcess();
        Console.WriteLine($"note\tpeak working set so far, after {stage}: {self.PeakWorkingSet64 / 1048576.0:N0} MB");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
