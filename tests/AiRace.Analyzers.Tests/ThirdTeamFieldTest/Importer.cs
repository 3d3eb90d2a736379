using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Atlas.Observatory;

/// <summary>The nightly batch: reads the sources' CSV exports and turns them into disbursements.</summary>
public sealed class BatchImporter
{
    private const string RupeeCode = "INR";
    private const string SterlingCode = "STG";
    private readonly List<Disbursement> _imported = [];

    /// <summary>Raised for each Indian tranche imported; the handler receives its amount in rupees.</summary>
    public event Action<Money>? RupeeTrancheImported;

    /// <summary>Raised once per batch with the programme's outlay, in rupees.</summary>
    public event EventHandler<Money>? IndiaOutlayRead;

    public IReadOnlyList<Disbursement> Imported => _imported;

    public IEnumerable<Disbursement> Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var cells = line.Split(',');
            if (cells.Length < 5 || line.StartsWith('#'))
            {
                continue;
            }

            var paid = DateOnly.Parse(cells[3], CultureInfo.InvariantCulture);
            switch (cells[0])
            {
                case "in":
                    var tranche = new IndiaAiTranche(cells[1], decimal.Parse(cells[2], CultureInfo.InvariantCulture), paid);
                    RupeeTrancheImported?.Invoke(tranche.Amount);
                    yield return tranche;
                    break;
                case "uk":
                    yield return new AirrGrant(cells[1], Money.Of(decimal.Parse(cells[2], CultureInfo.InvariantCulture), "GBP"), paid, cells[4]); // clean: an active code
                    break;
                case "uk-legacy":
                    yield return new AirrGrant(cells[1], Money.Of(decimal.Parse(cells[2], CultureInfo.InvariantCulture), SterlingCode), paid, cells[4]); // expect: AIR0003
                    break;
                case "ca":
                    var measured = double.Parse(cells[2], CultureInfo.InvariantCulture);
                    yield return new CanadaComputeAward(cells[1], Money.Of((decimal)measured, Currency.CAD), paid, cells[4]); // expect: AIR0002
                    break;
                default:
                    yield break;
            }
        }
    }

    public int Run(IEnumerable<string> lines)
    {
        IndiaOutlayRead?.Invoke(this, Figures.IndiaAiOutlay);
        var before = _imported.Count;
        _imported.AddRange(Parse(lines));
        return _imported.Count - before;
    }

    /// <summary>The procurement sheet: prices come in as doubles from the spreadsheet library.</summary>
    public static IEnumerable<Money> GpuPrices(IEnumerable<ProcurementRow> rows)
    {
        foreach (var row in rows)
        {
            var currency = Currency.FromCode(row.CurrencyCode); // clean: a code read at run time
            yield return new Money((decimal)row.Price, currency); // expect: AIR0002
        }
    }

    public static Money PriceOf(ProcurementRow row) =>
        Money.Of(decimal.Parse(row.Price.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), row.CurrencyCode); // clean: parsed from text, not cast

    public static Money RoundedPriceOf(ProcurementRow row) => Money.Of((decimal)Math.Round(row.Price, 0), RupeeCode); // clean: a whole number first

    public static Currency LegacyCurrency(string sheet) => Currency.FromCode(sheet == "uk" ? "GBP" : "rupees"); // expect: AIR0003

    /// <summary>The Singapore feed is paged; the client streams its tranches, all in Singapore dollars.</summary>
    public static async IAsyncEnumerable<Money> SingaporeTranchesAsync(IEnumerable<decimal> pages, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var page in pages)
        {
            await Task.Delay(1, ct).ConfigureAwait(false);
            yield return Money.Of(page, Currency.SGD);
        }
    }

    public static async Task<Money> SingaporeTotalAsync(IEnumerable<decimal> pages, CancellationToken ct)
    {
        var total = Money.Zero(Currency.SGD);
        await foreach (var tranche in SingaporeTranchesAsync(pages, ct))
        {
            total += tranche; // clean: Singapore dollars both sides
        }

        return total;
    }

    public static async Task<int> TranchesAboveSwissAsync(IEnumerable<decimal> pages, CancellationToken ct)
    {
        var count = 0;
        await foreach (var tranche in SingaporeTranchesAsync(pages, ct).WithCancellation(ct))
        {
            if (tranche > Figures.SwissAiInitiative) // expect: AIR0001
            {
                count++;
            }
        }

        return count;
    }

    public static async Task<Money> LargestSingaporeTrancheInPoundsAsync(IEnumerable<decimal> pages, CancellationToken ct)
    {
        var all = new List<Money>();
        await foreach (var tranche in SingaporeTranchesAsync(pages, ct))
        {
            all.Add(tranche);
        }

        return all.Sum(Currency.GBP); // expect: AIR0001
    }
}

/// <summary>The queries the batch runs after an import, written as the analysts like them: query syntax.</summary>
public static class BatchQueries
{
    private static readonly AirrGrant[] Airr =
    [
        AirrGrant.Isambard(225m, new DateOnly(2024, 3, 1)),
        AirrGrant.Dawn(75m, new DateOnly(2024, 6, 1)),
    ];

    private static readonly CanadaComputeAward[] Canada =
    [
        new("AI Compute Access Fund", Money.Millions(300m, Currency.CAD), new DateOnly(2025, 1, 15), "Cohere"),
        new("Sovereign Compute", Money.Millions(240m, Currency.CAD), new DateOnly(2024, 12, 9), "Cohere"),
    ];

    private static readonly Dictionary<string, Money> CapsByCluster = new()
    {
        ["Isambard-AI"] = Money.Millions(250m, Currency.GBP),
        ["Dawn"] = Money.Millions(100m, Currency.GBP),
    };

    public static IEnumerable<(string Cluster, Money Over)> AirrOverCap() =>
        from g in Airr
        join cap in CapsByCluster on g.Cluster equals cap.Key
        where g.Amount > cap.Value // clean: pounds and pounds
        select (g.Cluster, g.Amount - cap.Value);

    public static IEnumerable<string> CanadaAboveClusterCaps() =>
        from a in Canada
        from cap in CapsByCluster
        where a.Amount > cap.Value // expect: AIR0001
        select a.Recipient;

    public static Money AirrTotal() => (from g in Airr select g.Amount).Sum(Currency.GBP); // clean: pounds summed in pounds

    public static Money CanadaTotalInUsd() => (from a in Canada let amount = a.Amount select amount).Sum(Currency.USD); // expect: AIR0001

    public static IEnumerable<(string Recipient, Money Total)> CanadaByRecipient() =>
        from a in Canada
        group a.Amount by a.Recipient into g
        select (g.Key, g.Sum(Currency.CAD)); // clean: Canadian dollars per recipient

    public static IEnumerable<(string Recipient, decimal Total)> CanadaByRecipientRaw() =>
        from a in Canada
        group a.Amount.Amount by a.Recipient into g
        select (g.Key, g.Sum()); // expect: AIR0007

    public static decimal EverythingImported(IEnumerable<Disbursement> batch) => batch.Sum(d => d.Amount.Amount); // expect: AIR0007

    public static IEnumerable<(Currency Currency, decimal Total)> PerCurrency(IEnumerable<Disbursement> batch) =>
        from d in batch
        group d.Amount by d.Amount.Currency into g
        select (g.Key, g.Sum(m => m.Amount)); // clean: grouped by the money's own currency

    public static bool RupeeTrancheAboveAirr(IEnumerable<IndiaAiTranche> tranches) =>
        tranches.Any(t => t.Amount > Figures.AirrExpansion); // expect: AIR0001

    public static Money RupeeTranchesInPounds(IEnumerable<IndiaAiTranche> tranches) =>
        (from t in tranches where t.Paid.Year >= 2024 select t.Amount).Sum(Currency.GBP); // expect: AIR0001

    public static Money RupeeTranchesInRupees(IEnumerable<IndiaAiTranche> tranches) =>
        (from t in tranches where t.Paid.Year >= 2024 select t.Amount).Sum(Currency.INR); // clean: rupees in rupees
}
