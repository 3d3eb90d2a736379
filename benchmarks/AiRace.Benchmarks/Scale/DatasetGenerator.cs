using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Benchmarks.Scale;

/// <summary>
/// Generates policy datasets of any size, deterministically from a seed: the embedded dataset's sources,
/// jurisdictions, actors and metrics, and <c>count</c> programmes in yuan and dollars, state, private and mixed, with
/// exact, approximate, capped and range headlines, announcement dates known to the day, month, year or not at all, and
/// one in ten nested in an earlier programme (in its currency and jurisdiction, for at most half its amount). The JSON the loader reads is written by the library's own writer.
/// </summary>
public static class DatasetGenerator
{
    private static readonly Instrument[] Instruments = Enum.GetValues<Instrument>();

    /// <summary>A dataset with <paramref name="count"/> generated programmes.</summary>
    /// <param name="count">How many programmes.</param>
    /// <param name="seed">The seed: the same seed gives the same dataset.</param>
    /// <param name="overlapEvery">When above 0, every programme whose index is a multiple of it (the first excepted) is
    /// recorded as possibly overlapping, in turn, with the programme before it and with the previous multiple (so that
    /// the overlaps join programmes into long chains as well as pairs); 0, the default, records none.</param>
    /// <returns>The dataset.</returns>
    public static PolicyDataset Generate(int count, int seed = 20261201, int overlapEvery = 0)
    {
        PolicyDataset embedded = PolicyData.Embedded;
        var random = new Random(seed);
        string[] jurisdictions = embedded.Jurisdictions.Select(j => j.Id).ToArray();
        var sources = new[] { new SourceReference("seed-001", "Enter Shanghai") };
        var programmes = new List<Programme>(count);
        for (int i = 0; i < count; i++)
        {
            Programme? parent = i > 0 && random.Next(10) == 0 ? programmes[random.Next(i)] : null;
            Currency currency = parent?.Headline?.Currency ?? (random.Next(3) == 0 ? Currency.USD : Currency.CNY);
            Money amount = parent?.Headline is ReportedAmount whole
                ? (whole.Amount * (random.Next(1, 50) / 100m)).Round(MidpointRounding.ToEven)
                : Money.Of(random.NextInt64(1_000_000, 1_000_000_000_000) + (random.Next(100) / 100m), currency);
            ReportedAmount headline = random.Next(20) switch
            {
                < 10 => ReportedAmount.Exact(amount),
                < 15 => ReportedAmount.Approximately(amount),
                < 18 => ReportedAmount.UpTo(amount),
                _ => ReportedAmount.Between(amount, amount * 2m),
            };
            PartialDate announced = random.Next(4) switch
            {
                0 => PartialDate.Unknown,
                1 => PartialDate.OfYear(random.Next(2016, 2025)),
                2 => PartialDate.OfMonth(random.Next(2016, 2025), random.Next(1, 13)),
                _ => PartialDate.OfDay(random.Next(2016, 2025), random.Next(1, 13), random.Next(1, 29)),
            };
            programmes.Add(new Programme(
                "gen-" + i,
                "Generated programme " + i,
                (SponsorKind)random.Next(1, 4),
                parent?.JurisdictionId ?? jurisdictions[random.Next(jurisdictions.Length)],
                [],
                [Instruments[random.Next(Instruments.Length)]],
                [new StatusChange(ProgrammeStatus.Announced, announced, sources)],
                null,
                headline,
                parent?.Id,
                [],
                sources));
        }

        var overlaps = new List<ProgrammeOverlap>();
        for (int i = overlapEvery; overlapEvery > 0 && i < count; i += overlapEvery)
        {
            string[] joined = i / overlapEvery % 2 == 0 ? ["gen-" + (i - overlapEvery), "gen-" + i] : ["gen-" + (i - 1), "gen-" + i];
            overlaps.Add(new ProgrammeOverlap("gen-overlap-" + i, joined, "Generated: the programmes may count some of the same money.", sources));
        }

        return new PolicyDataset(embedded.Sources, embedded.Jurisdictions, embedded.Actors, embedded.Metrics, programmes, [], [], [], [], overlaps);
    }

    /// <summary>The dataset as the JSON document the loader reads, written by <see cref="PolicyDataWriter"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="indented">Indented (one property a line) or minified.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] ToJson(PolicyDataset dataset, bool indented)
    {
        using var stream = new MemoryStream();
        PolicyDataWriter.Write(dataset, stream, indented);
        return stream.ToArray();
    }
}
