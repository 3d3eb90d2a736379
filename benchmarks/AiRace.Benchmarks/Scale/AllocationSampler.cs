using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;

namespace AiRace.Benchmarks.Scale;

/// <summary>
/// The runtime's allocation samples (its <c>GCAllocationTick</c> event: one about every 100 KB allocated, naming the
/// type of the object that crossed the mark), summed by type: which types make up what a stage allocates. Sampled, so
/// the figures are estimates; <c>GC.GetTotalAllocatedBytes</c> gives the exact total.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private bool _on;

    /// <summary>Starts counting.</summary>
    public void Start()
    {
        lock (_bytes)
        {
            _bytes.Clear();
            _on = true;
        }
    }

    /// <summary>Stops counting and prints the types that account for the most bytes.</summary>
    public void StopAndPrint(int top = 25)
    {
        lock (_bytes)
        {
            _on = false;
            long total = _bytes.Values.Sum();
            foreach ((string type, long bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alloc\t{bytes / 1048576.0,8:0.0} MB\t{100.0 * bytes / Math.Max(1, total),5:0.0}%\t{type}"));
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (_on && e.EventName is "GCHeapStats_V2" && e.Payload is not null)
        {
            long Size(string name) => Convert.ToInt64(e.Payload[e.PayloadNames!.IndexOf(name)], CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gcstat\tpromoted gen0 {Size("TotalPromotedSize0") / 1048576.0:0.0} MB, gen1 {Size("TotalPromotedSize1") / 1048576.0:0.0} MB; sizes gen0 {Size("GenerationSize0") / 1048576.0:0} gen1 {Size("GenerationSize1") / 1048576.0:0} gen2 {Size("GenerationSize2") / 1048576.0:0} loh {Size("GenerationSize3") / 1048576.0:0} MB"));
            return;
        }

        if (_on && e.EventName is "GCStart_V2" && e.Payload is not null && Convert.ToInt64(e.Payload[e.PayloadNames!.IndexOf("Depth")], CultureInfo.InvariantCulture) >= 2)
        {
            // Reason: 0 small allocation, 1 induced, 4 large allocation, 5 out of space (small), 6 out of space (large), ...;
            // Type: 0 blocking, 1 background.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gcstart\tgen2 collection: reason {e.Payload[e.PayloadNames.IndexOf("Reason")]}, type {e.Payload[e.PayloadNames.IndexOf("Type")]}"));
            return;
        }

        if (e.EventName is not "GCAllocationTick_V4" and not "GCAllocationTick_V3" || e.Payload is null)
        {
            return;
        }

        int typeAt = e.PayloadNames!.IndexOf("TypeName");
        int amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
        if (typeAt < 0 || amountAt < 0)
        {
            return;
        }

        lock (_bytes)
        {
            if (_on)
            {
                string type = (string)e.Payload[typeAt]!;
                _bytes[type] = _bytes.GetValueOrDefault(type) + Convert.ToInt64(e.Payload[amountAt], CultureInfo.InvariantCulture);
            }
        }
    }
}
