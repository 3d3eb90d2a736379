using System;
using System.Collections.Generic;
using System.IO;
using AiRace.Core;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Benchmarks.Scale;

/// <summary>
/// Generates large valid policy datasets for scale measurements, deterministically from a seed: countries and
/// subdivisions with real ISO 3166 codes, cities below them, sources, actors, metrics, and for <c>n</c> programmes
/// about n/10 targets, n/10 indicators and n/10 claims. Programmes mix state, private, mixed and unknown sponsors and
/// five currencies; a third have parts (three included parts that add up to the headline and an unclear cap), a tenth
/// are children of a large national programme, some carry the source's own conversion into US dollars, and some have
/// no headline. <see cref="Generate"/> builds the dataset in memory (any size, without JSON);
/// <see cref="Json"/> writes it with the library's own writer, indented or minified, as the loader reads it.
/// </summary>
/// <remarks>Shared by the loader's benchmarks and the full pipeline's scale benchmark.</remarks>
public static class DatasetGenerator
{
    private static readonly (string Country, string Currency, string[] Subdivisions)[] Places =
    [
        ("CN", "CNY", ["CN-SH", "CN-BJ", "CN-ZJ", "CN-GD", "CN-JS", "CN-SC", "CN-HB", "CN-SD"]),
        ("US", "USD", ["US-CA", "US-TX", "US-NY", "US-WA", "US-MA", "US-VA"]),
        ("DE", "EUR", ["DE-BY", "DE-BE", "DE-BW", "DE-HH"]),
        ("FR", "EUR", ["FR-IDF", "FR-69"]),
        ("JP", "JPY", ["JP-13", "JP-27", "JP-14"]),
        ("GB", "GBP", ["GB-LND", "GB-MAN"]),
    ];

    private static readonly Instrument[] Instruments = Enum.GetValues<Instrument>();

    /// <summary>A dataset with <paramref name="programmes"/> programmes and what they refer to.</summary>
    /// <param name="programmes">How many programmes (at least 1).</param>
    /// <param name="seed">The seed: the same seed gives the same dataset.</param>
    /// <returns>The dataset.</returns>
    public static PolicyDataset Generate(int programmes, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(programmes, 1);
        var random = new Random(seed);
        var sources = new List<Source>();
        for (int i = 0; i < 100; i++)
        {
            sources.Add(new Source($"src-{i:D3}", $"Generated report {i}", i % 2 == 0 ? "Generated Press" : null, PartialDate.OfMonth(2020 + (i % 6), 1 + (i % 12)), $"https://example.invalid/reports/{i}", (Confidence)(1 + (i % 3)), null));
        }

        SourceReference Cite(string quote) => new(sources[random.Next(sources.Count)].Id, quote);

        var jurisdictions = new List<Jurisdiction>();
        var places = new List<(string Id, Currency Currency)>();
        foreach ((string country, string currency, string[] subdivisions) in Places)
        {
            Currency money = Currency.FromCode(currency);
            jurisdictions.Add(new Jurisdiction(country, JurisdictionKind.Country, country, null, []));
            places.Add((country, money));
            foreach (string subdivision in subdivisions)
            {
                jurisdictions.Add(new Jurisdiction(subdivision, JurisdictionKind.Subdivision, subdivision, country, []));
                places.Add((subdivision, money));
                for (int c = 0; c < 3; c++)
                {
                    string city = $"{subdivision}.city-{c}";
                    jurisdictions.Add(new Jurisdiction(city, JurisdictionKind.City, $"City {c} of {subdivision}", subdivision, [Cite("a city")]));
                    places.Add((city, money));
                }
            }
        }

        var actors = new List<Actor>();
        for (int i = 0; i < 200; i++)
        {
            (string place, _) = places[random.Next(places.Count)];
            ActorKind kind = (ActorKind)(1 + (i % 9));
            actors.Add(new Actor($"actor-{i:D3}", $"Actor {i}", kind, place, i > 0 && kind == ActorKind.Person ? $"actor-{i - 1:D3}" : null, kind == ActorKind.Person ? "official" : null, [Cite($"Actor {i} said so")]));
        }

        Metric[] metrics =
        [
            new("gen.share", "A generated share", MetricValueKind.Share),
            new("gen.ratio", "A generated ratio", MetricValueKind.Ratio),
            new("gen.money", "A generated amount", MetricValueKind.Money),
            new("gen.number", "A generated count", MetricValueKind.Number),
        ];

        var list = new List<Programme>(programmes);
        var national = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < programmes; i++)
        {
            (string place, Currency currency) = places[random.Next(places.Count)];
            string country = place[..2];
            string id = $"prog-{i:D7}";
            bool isNational = !national.ContainsKey(country);
            string? parent = !isNational && i % 10 == 0 ? national[country] : null;
            decimal amount = isNational ? 1_000_000_000_000m : (1 + random.Next(9_999)) * 100_000m;
            ReportedAmount? headline = i % 7 == 3 && !isNational ? null : Amount(random, i, amount, currency);
            var parts = new List<Allocation>();
            if (headline is not null && i % 3 == 0 && headline.Qualifier == AmountQualifier.Exact)
            {
                decimal first = decimal.Round(amount * 0.6m), second = decimal.Round(amount * 0.3m);
                parts.Add(Part(id, AllocationPurpose.Compute, first, currency, PartMembership.Included, Cite("compute")));
                parts.Add(Part(id, AllocationPurpose.Models, second, currency, PartMembership.Included, Cite("models")));
                parts.Add(Part(id, AllocationPurpose.Data, amount - first - second, currency, PartMembership.Included, Cite("data")));
                parts.Add(new Allocation(id + ".institutions", AllocationPurpose.ResearchInstitutions, "research institutions", ReportedAmount.UpTo(new Money(amount / 2, currency)), PartMembership.Unclear, new Period(PartialDate.Unknown, PartialDate.Unknown, DurationRange.Years(3, 5)), [Cite("up to half")]));
            }

            StatusChange[] status = i % 4 == 0 ? [] : [new StatusChange(ProgrammeStatus.Announced, i % 8 == 1 ? PartialDate.OfMonth(2024, 1 + (i % 12)) : PartialDate.Unknown, [Cite("announced")])];
            Instrument[] instruments = [Instruments[i % Instruments.Length], Instruments[(i * 7 + 3) % Instruments.Length]];
            list.Add(new Programme(
                id,
                $"Generated programme {i}",
                isNational ? SponsorKind.State : (SponsorKind)(i % 4),
                isNational ? country : place,
                i % 5 == 0 ? [new ActorInvolvement(actors[random.Next(actors.Count)].Id, "sponsor")] : [],
                instruments[0] == instruments[1] ? [instruments[0]] : instruments,
                status,
                i % 6 == 0 ? new Period(PartialDate.OfYear(2024), PartialDate.OfYear(2024 + (i % 5)), null) : null,
                headline,
                parent,
                parts,
                [Cite($"Programme {i} was announced")],
                i % 2 == 0 ? $"A generated programme of {place}" : null));
            if (isNational)
            {
                national[country] = id;
            }
        }

        var targets = new List<Target>();
        var indicators = new List<Indicator>();
        var claims = new List<Claim>();
        for (int i = 0; i < Math.Max(1, programmes / 10); i++)
        {
            string subject = places[random.Next(places.Count)].Id;
            int from = 2015 + random.Next(10);
            targets.Add(new Target($"target-{i:D6}", "gen.share", subject, MetricValue.Of(Share.FromPercent(random.Next(50))), from, MetricValue.Of(Share.FromPercent(50 + random.Next(51))), from + 1 + random.Next(10), (TargetKind)(1 + (i % 3)), i % 3 == 2 ? actors[random.Next(actors.Count)].Id : null, list[random.Next(list.Count)].Id, [Cite("a target")]));
            MetricValue value = (i % 4) switch
            {
                0 => MetricValue.Of(Share.FromPercent(random.Next(101))),
                1 => MetricValue.Of(Ratio.Of(random.Next(200) / 100m), AmountQualifier.Approximately),
                2 => MetricValue.Of(new Money(random.Next(1_000_000), Currency.USD)),
                _ => MetricValue.OfNumber(random.Next(1000)),
            };
            indicators.Add(new Indicator($"indicator-{i:D6}", metrics[i % 4].Id, subject, value, PartialDate.OfYear(2015 + random.Next(10)), (IndicatorMethod)(1 + (i % 4)), null, null, null, [Cite("an observation")]));
            claims.Add(new Claim($"claim-{i:D6}", "generated", subject, $"Generated claim {i}.", null, null, [Cite("a claim")]));
        }

        return new PolicyDataset(sources, jurisdictions, actors, metrics, list, targets, indicators, claims, []);
    }

    /// <summary>The dataset of <see cref="Generate"/> as UTF-8 JSON in the dataset format.</summary>
    /// <param name="programmes">How many programmes.</param>
    /// <param name="indented">Indented (as people write it) or minified (one line).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The document's bytes.</returns>
    public static byte[] Json(int programmes, bool indented, int seed = 1)
    {
        using var stream = new MemoryStream();
        PolicyData.Write(Generate(programmes, seed), stream, indented);
        return stream.ToArray();
    }

    private static ReportedAmount Amount(Random random, int i, decimal amount, Currency currency)
    {
        ReportedAmount reported = (i % 10) switch
        {
            7 => ReportedAmount.Approximately(new Money(amount, currency)),
            8 => ReportedAmount.UpTo(new Money(amount, currency)),
            9 => ReportedAmount.Between(new Money(amount, currency), new Money(amount * 2, currency)),
            _ => ReportedAmount.Exact(new Money(amount, currency)),
        };
        reported = reported.WithStatedText(FormattableString.Invariant($"{amount / 1_000_000m} million {currency.Code}"));
        return currency != Currency.USD && random.Next(4) == 0
            ? reported.WithSourceConversion(ReportedAmount.Approximately(new Money(decimal.Round(amount / 7m), Currency.USD)))
            : reported;
    }

    private static Allocation Part(string programme, AllocationPurpose purpose, decimal amount, Currency currency, PartMembership membership, SourceReference cite) =>
        new($"{programme}.{purpose.ToString().ToLowerInvariant()}", purpose, purpose.ToString(), ReportedAmount.Exact(new Money(amount, currency)), membership, null, [cite]);
}
