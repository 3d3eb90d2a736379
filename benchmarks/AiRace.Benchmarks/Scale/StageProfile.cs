using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;
using AiRace.Export;

namespace AiRace.Benchmarks.Scale;

/// <summary>
/// One stage after the load, run again and again on a generated dataset of N programmes, each run printed with its
/// CPU time, the bytes it allocated and the collections during it: for comparing two builds of one stage. Run with
/// <c>... -- scale-stage STAGE N [runs]</c>, STAGE one of <c>normalise</c> (to USD at the 2024 annual average: two
/// distinct conversions), <c>normalise-dated</c> (at each programme's announcement, the most recent rate within four
/// days: thousands of distinct conversions), <c>aggregate</c> (the three aggregations of
/// the scale benchmark), <c>aggregate-first</c> (the same on a dataset that no aggregation has seen: a new dataset of the
/// same programmes for each run, made before the runs, so that each run also makes what a dataset keeps for its
/// aggregations), <c>aggregation-tables</c> (their <c>ToTable</c>), <c>table</c> (the normalised programmes'
/// <c>ToTable</c>), <c>csv</c> (CSV of that table), <c>aggregation-csv</c> (the aggregations' tables and their CSV),
/// <c>parquet</c> (Parquet of the normalised table, to a temporary file), and on a dataset that records an overlap for
/// every 20th programme <c>aggregation-tables-overlaps</c> (the three aggregations and their tables) and
/// <c>rank-table-overlaps</c> (the ranking's table, with the overlaps its subtotals may contain).
/// </summary>
public static class StageProfile
{
    /// <summary>Prints one line per run.</summary>
    public static int Run(string stage, int size, int runs)
    {
        PolicyDataset data = DatasetGenerator.Generate(size, overlapEvery: stage.EndsWith("-overlaps", StringComparison.Ordinal) ? 20 : 0);
        var normaliser = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD);
        NormalisationBasis basis = NormalisationBasis.AtAnnualAverage(2024);
        NormalisationResult normalised = normaliser.NormaliseProgrammes(data.Programmes, basis);
        Aggregation[] aggregations = ScalePipeline.Aggregate(normalised, data);
        ResultTable table = normalised.ToTable();
        string parquet = Path.Combine(Path.GetTempPath(), "airace-stage-" + Environment.ProcessId + ".parquet");
        var unaggregated = new Queue<PolicyDataset>(stage == "aggregate-first"
            ? Enumerable.Range(0, runs).Select(_ => new PolicyDataset(data.Sources, data.Jurisdictions, data.Actors, data.Metrics, data.Programmes, data.Targets, data.Indicators, data.Claims, data.Ambiguities, data.Overlaps))
            : []);
        Action action = stage switch
        {
            "normalise" => () => normaliser.NormaliseProgrammes(data.Programmes, basis),
            "normalise-dated" => () => normaliser.NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4))),
            "aggregate" => () => ScalePipeline.Aggregate(normalised, data),
            "aggregate-first" => () => ScalePipeline.Aggregate(normalised, unaggregated.Dequeue()),
            "aggregation-tables" => () => aggregations.Select(a => a.ToTable()).ToArray(),
            "aggregation-tables-overlaps" => () => ScalePipeline.Aggregate(normalised, data).Select(a => a.ToTable()).ToArray(),
            "rank-table-overlaps" => () => ProgrammeComparison.RankTable(normalised.Items, data),
            "table" => () => normalised.ToTable(),
            "csv" => () =>
            {
                using var writer = new StreamWriter(Stream.Null);
                CsvExport.Write(table, writer);
            },
            "aggregation-csv" => () =>
            {
                using var writer = new StreamWriter(Stream.Null);
                foreach (Aggregation a in aggregations)
                {
                    CsvExport.Write(a.ToTable(), writer);
                }
            },
            "parquet" => () =>
            {
                using FileStream file = File.Create(parquet);
                ParquetExport.WriteAsync(table, file).GetAwaiter().GetResult();
            },
            _ => throw new ArgumentException($"Unknown stage '{stage}'.", nameof(stage)),
        };

        // AIRACE_SCALE_COPIES=K: K datasets of the size, each generated on its own (its own objects), each run going
        // through all of them once, so that a small size's data is no longer in the processor's caches when a stage
        // reads it again; the time printed is that of one copy.
        string? copiesText = Environment.GetEnvironmentVariable("AIRACE_SCALE_COPIES");
        int copies = 1;
        if (!string.IsNullOrEmpty(copiesText) && (!int.TryParse(copiesText, NumberStyles.None, CultureInfo.InvariantCulture, out copies) || copies < 1))
        {
            throw new ArgumentException($"AIRACE_SCALE_COPIES is '{copiesText}': it must be a whole number of copies, 1 or more.");
        }

        if (copies > 1)
        {
            (PolicyDataset Data, NormalisationResult Normalised)[] sets = Enumerable.Range(0, copies).Select(_ =>
            {
                PolicyDataset d = DatasetGenerator.Generate(size);
                return (d, normaliser.NormaliseProgrammes(d.Programmes, basis));
            }).ToArray();
            action = stage switch
            {
                "normalise" => () => Array.ForEach(sets, s => normaliser.NormaliseProgrammes(s.Data.Programmes, basis)),
                "aggregate" => () => Array.ForEach(sets, s => ScalePipeline.Aggregate(s.Normalised, s.Data)),
                _ => throw new ArgumentException($"AIRACE_SCALE_COPIES is for the stages normalise and aggregate, not '{stage}'.", nameof(stage)),
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note\t{copies} copies of {size:N0} programmes; each run goes through all of them, and its times are divided by {copies}"));
        }

        using Process self = Process.GetCurrentProcess();
        try
        {
            for (int r = 0; r < runs; r++)
            {
                int[] counts = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
                long allocated = GC.GetTotalAllocatedBytes(precise: true);
                self.Refresh();
                TimeSpan before = self.TotalProcessorTime;
                action();
                self.Refresh();
                double ms = (self.TotalProcessorTime - before).TotalMilliseconds / copies;
                long bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / copies;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}\t{stage}\t{ms:0.0} ms CPU\t{bytes / 1048576.0:0.0} MB allocated\tcollections {GC.CollectionCount(0) - counts[0]}/{GC.CollectionCount(1) - counts[1]}/{GC.CollectionCount(2) - counts[2]}"));
            }
        }
        finally
        {
            File.Delete(parquet);
        }

        return 0;
    }
}
