using System;
using System.Diagnostics;
using System.Globalization;
using AiRace.Core.Data;
using AiRace.Core.Data.Reading;

namespace AiRace.Benchmarks.Scale;

/// <summary>
/// The load stage alone, split in its two parts: parsing the JSON into the row table (<c>JsonTree.Parse</c>) and the
/// whole load (<c>PolicyData.Load</c>, parse included), in CPU time of the process with the bytes allocated, for a
/// generated document of N programmes. Run with <c>... -- scale-load N [runs] [indented|minified]</c>; for profiling
/// the loader.
/// </summary>
public static class LoadProfile
{
    /// <summary>Prints the figures of each run.</summary>
    public static int Run(int size, int runs, bool indented, bool parseOnly = false)
    {
        PolicyDataset generated = DatasetGenerator.Generate(size);
        byte[] json = DatasetGenerator.ToJson(generated, indented);
        // As in the scale benchmark's process: the generated dataset and the other form's document stay alive.
        (PolicyDataset Data, byte[] Json)? kept = Environment.GetEnvironmentVariable("AIRACE_SCALE_BOTH") == "1" ? (generated, DatasetGenerator.ToJson(generated, !indented)) : null;
        generated = null!;
        Console.WriteLine($"document\t{json.Length:N0} bytes, {(indented ? "indented" : "minified")}");
        using Process self = Process.GetCurrentProcess();
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            if (Environment.GetEnvironmentVariable("AIRACE_SCALE_TOKENS") == "1")
            {
                (double readerMs, _) = Measure(self, () =>
                {
                    var reader = new System.Text.Json.Utf8JsonReader(json);
                    long tokens = 0;
                    while (reader.Read())
                    {
                        tokens++;
                    }

                    GC.KeepAlive(tokens);
                });
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokens\t{readerMs:0} ms CPU to read the tokens alone (Utf8JsonReader, nothing kept)"));
            }

            (double parseMs, long parseBytes) = Measure(self, () => JsonTree.Parse(json, new ProblemCollector()), record: parseOnly && r >= PerfControl.FirstRun);
            if (parseOnly)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}\tparse {parseMs:0} ms CPU, {parseBytes / 1048576.0:0} MB allocated"));
                continue;
            }

            GC.Collect();
            long liveBefore = GC.GetTotalMemory(forceFullCollection: true);
            bool noGc = Environment.GetEnvironmentVariable("AIRACE_SCALE_NO_GC") == "1" && GC.TryStartNoGCRegion(json.Length * 12L);
            using AllocationSampler? sampler = Environment.GetEnvironmentVariable("AIRACE_SCALE_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
            sampler?.Start();
            PolicyDataset? loaded = null;
            (double loadMs, long loadBytes) = Measure(self, () => loaded = PolicyData.Load(json, null, ScalePipeline.LoadOptions), record: r >= PerfControl.FirstRun);
            sampler?.StopAndPrint();
            if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                Console.WriteLine("note\tthe load ran in a region without garbage collection");
                GC.EndNoGCRegion();
            }
            else if (noGc)
            {
                Console.WriteLine("note\tthe region without garbage collection ended during the load (it allocated more than it asked for)");
            }

            // The dataset is read after the heap is measured, so that it is surely alive while it is.
            long liveAfter = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live\tthe loaded dataset of {loaded?.Programmes.Count:N0} programmes holds {(liveAfter - liveBefore) / 1048576.0:0.0} MB"));

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}\tparse {parseMs:0} ms CPU, {parseBytes / 1048576.0:0} MB allocated\tload {loadMs:0} ms CPU, {loadBytes / 1048576.0:0} MB allocated"));
        }

        GC.KeepAlive(kept);
        Console.WriteLine("peak\t" + self.PeakWorkingSet64.ToString("N0", CultureInfo.InvariantCulture));
        return 0;
    }

    private static (double Ms, long Bytes) Measure(Process self, Action action, bool record = false)
    {
        TimeSpan pause = GC.GetTotalPauseDuration();
        int[] counts = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        long faults = PageFaults();
        long committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
        long start = Stopwatch.GetTimestamp();
        try
        {
            if (record)
            {
                PerfControl.Enable();
            }

            return MeasureCpu(self, action);
        }
        finally
        {
            if (record)
            {
                PerfControl.Disable();
            }

            double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gc\tpauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms; collections gen0 {GC.CollectionCount(0) - counts[0]}, gen1 {GC.CollectionCount(1) - counts[1]}, gen2 {GC.CollectionCount(2) - counts[2]}; {PageFaults() - faults:N0} page faults; {wall:0} ms wall; committed {committed / 1048576:N0} → {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576:N0} MB"));
        }
    }

    /// <summary>The process's minor page faults so far (the tenth field of <c>/proc/self/stat</c>, after the command's
    /// name in parentheses); -1 where there is no such file.</summary>
    internal static long PageFaults()
    {
        try
        {
            string stat = System.IO.File.ReadAllText("/proc/self/stat");
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[7], CultureInfo.InvariantCulture);
        }
        catch (System.IO.IOException)
        {
            return -1;
        }
        catch (UnauthorizedAccessException)
        {
            return -1;
        }
    }

    private static (double Ms, long Bytes) MeasureCpu(Process self, Action action)
    {
        self.Refresh();
        TimeSpan before = self.TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        action();
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        self.Refresh();
        return ((self.TotalProcessorTime - before).TotalMilliseconds, bytes);
    }
}
