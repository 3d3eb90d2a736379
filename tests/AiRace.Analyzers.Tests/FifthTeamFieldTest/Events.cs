using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>Something that happened to a fund, as the Quarry event log records it.</summary>
public abstract record FundEvent(string Stream, DateOnly On);

public sealed record Announced(string Stream, DateOnly On, Money Ceiling) : FundEvent(Stream, On);

public sealed record Disbursed(string Stream, DateOnly On, Money Tranche) : FundEvent(Stream, On);

public sealed record Revised(string Stream, DateOnly On, Money NewCeiling) : FundEvent(Stream, On);

public sealed record ClawedBack(string Stream, DateOnly On, Money Recovered) : FundEvent(Stream, On);

/// <summary>The stream names of the funds the desk follows.</summary>
public static class Streams
{
    public const string BigFund = "cn-bigfund-3";
    public const string Chips = "us-chips";
    public const string EuChips = "eu-chips";
    public const string Rapidus = "jp-rapidus";
}

/// <summary>The seed events, loaded into a fresh store by the nightly job.</summary>
public static class Seed
{
    public static readonly Money BigFundCeiling = Money.Billions(344m, Currency.CNY);
    public static readonly Money ChipsCeiling = Money.Billions(39m, Currency.USD);
    public static readonly Money EuCeiling = Money.Billions(43m, Currency.EUR);
    public static readonly Money RapidusCeiling = Money.Millions(920_000m, Currency.JPY); // clean: 920 billion yen written in millions, as Japanese releases do

    public static IReadOnlyList<FundEvent> China() =>
    [
        new Announced(Streams.BigFund, new DateOnly(2024, 5, 24), BigFundCeiling),
        new Disbursed(Streams.BigFund, new DateOnly(2024, 9, 1), Money.Billions(40m, Currency.CNY)),
        new Disbursed(Streams.BigFund, new DateOnly(2025, 3, 1), Money.Billions(55m, Currency.CNY)),
        new ClawedBack(Streams.BigFund, new DateOnly(2025, 6, 1), Money.Billions(5m, Currency.CNY)),
    ];

    public static IReadOnlyList<FundEvent> America() =>
    [
        new Announced(Streams.Chips, new DateOnly(2022, 8, 9), ChipsCeiling),
        new Disbursed(Streams.Chips, new DateOnly(2024, 4, 15), Money.Billions(6.6m, Currency.USD)),
        new Disbursed(Streams.Chips, new DateOnly(2024, 12, 20), Money.Billions(7.86m, Currency.USD)),
        new Revised(Streams.Chips, new DateOnly(2025, 2, 1), Money.Billions(33m, Currency.USD)),
    ];

    public static IReadOnlyList<FundEvent> Europe() =>
    [
        new Announced(Streams.EuChips, new DateOnly(2023, 9, 21), EuCeiling),
        new Disbursed(Streams.EuChips, new DateOnly(2024, 6, 1), Money.Billions(3.3m, Currency.EUR)),
    ];

    public static IReadOnlyList<FundEvent> All() => [.. China(), .. America(), .. Europe()];
}

/// <summary>An in-memory event store: appended by the loaders, read back as async streams by the projections.</summary>
public sealed class EventStore
{
    private readonly Dictionary<string, List<FundEvent>> _streams = new(StringComparer.Ordinal);

    public void Append(FundEvent e)
    {
        if (!_streams.TryGetValue(e.Stream, out var list))
        {
            _streams[e.Stream] = list = [];
        }

        list.Add(e);
    }

    public void AppendAll(IEnumerable<FundEvent> events)
    {
        foreach (var e in events)
        {
            Append(e);
        }
    }

    public async IAsyncEnumerable<FundEvent> ReadAsync(string stream, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (!_streams.TryGetValue(stream, out var list))
        {
            yield break;
        }

        foreach (var e in list)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return e;
        }
    }

    public int Count => _streams.Values.Sum(l => l.Count);
}

/// <summary>Quick checks the on-call engineer runs against the seed.</summary>
public static class SeedChecks
{
    public static bool ChinaOutspendsChips() => Seed.BigFundCeiling > Seed.ChipsCeiling; // expect: AIR0001

    public static Money BiggestAnnouncement() => Seed.All().OfType<Announced>().Max(a => a.Ceiling); // expect: AIR0001

    public static Money ChinaAnnouncement() => Seed.China().OfType<Announced>().Max(a => a.Ceiling); // clean: the Chinese stream announces in yuan

    public static Money ChinaPaidInDollars() => Seed.China().OfType<Disbursed>().Sum(d => d.Tranche, Currency.USD); // expect: AIR0001

    public static Money ChinaPaid() => Seed.China().OfType<Disbursed>().Sum(d => d.Tranche, Currency.CNY); // clean: yuan tranches in yuan

    public static Money AmericaNet() =>
        Seed.America().OfType<Disbursed>().Sum(d => d.Tranche, Currency.USD) - Seed.ChipsCeiling; // clean: dollars both

    public static Money ChinaNetOfClawbacks() =>
        ChinaPaid() - Seed.China().OfType<ClawedBack>().Sum(c => c.Recovered, Currency.CNY); // clean: yuan both, through a helper

    public static Money ChinaLeftAfterEurope() => ChinaPaid() - Seed.EuCeiling; // expect: AIR0001

    public static Money RapidusHalf() => Seed.RapidusCeiling / 2m; // clean: one amount scaled

    public static bool RapidusBeyondEurope() => Seed.RapidusCeiling >= Seed.EuCeiling; // expect: AIR0001
}
