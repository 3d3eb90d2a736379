using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Harbour.Ledger.Import;

/// <summary>Why a line of an export was not read.</summary>
public readonly record struct RejectedLine(int Number, string Text, string Reason);

/// <summary>Reads the CSV exports of the ledger, the partner terminal and the pilots' guild.</summary>
public sealed class LedgerCsvReader
{
    private static readonly char[] Separators = [',', ';'];
    private readonly List<RejectedLine> _rejected = new();
    private readonly CultureInfo _culture;
    private int _lineNumber;

    /// <summary>Creates a reader for exports written in a culture.</summary>
    public LedgerCsvReader(CultureInfo culture) => _culture = culture;

    /// <summary>The lines that were not read.</summary>
    public IReadOnlyList<RejectedLine> Rejected => _rejected;

    /// <summary>Raised for each line that is not read.</summary>
    public event Action<RejectedLine>? LineRejected;

    /// <summary>Reads "id,desk,booked,amount,currency,memo" lines; the currency comes from the file.</summary>
    public IEnumerable<LedgerEntry> ReadLedger(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            _lineNumber++;
            if (TryParseEntry(line, out var entry, out var reason))
            {
                yield return entry;
            }
            else
            {
                Reject(line, reason);
            }
        }
    }

    /// <summary>Parses one ledger line.</summary>
    public bool TryParseEntry(string line, out LedgerEntry entry, out string reason)
    {
        entry = null!;
        var cells = line.Split(Separators, StringSplitOptions.TrimEntries);
        switch (cells)
        {
            case [var id, var deskText, var bookedText, var amountText, var code, .. var rest]:
                if (!Enum.TryParse<Desk>(deskText, ignoreCase: true, out var desk))
                {
                    reason = $"unknown desk '{deskText}'";
                    return false;
                }

                if (!Currency.TryFromCode(code, out var currency)) // clean: a code read from the file is not a constant
                {
                    reason = $"unknown currency '{code}'";
                    return false;
                }

                var amount = Money.Of(decimal.Parse(amountText, NumberStyles.Number, _culture), currency); // clean: the file's currency, unknown
                entry = new LedgerEntry(id, desk, DateOnly.Parse(bookedText, _culture), amount, string.Join(' ', rest));
                reason = "";
                return true;
            case [_]:
                reason = "a single cell";
                return false;
            default:
                reason = $"{cells.Length} cells";
                return false;
        }
    }

    /// <summary>Reads the partner's "reference;yen;value date" export as it arrives.</summary>
    public async IAsyncEnumerable<PartnerReceipt> ReadReceiptsAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        while (await reader.ReadLineAsync(cancel) is { } line)
        {
            var cells = line.Split(';');
            if (cells is not [var reference, var yenText, var dateText])
            {
                Reject(line, "not three cells");
                continue;
            }

            var yen = decimal.Parse(yenText, NumberStyles.Number, CultureInfo.InvariantCulture);
            yield return new PartnerReceipt(reference, Money.Jpy(yen), DateOnly.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture)); // clean: yen, like every receipt
        }
    }

    /// <summary>Reads the guild's "pilot,fee" lines; the guild bills in pounds.</summary>
    public IEnumerable<PilotageFee> ReadFees(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var fee = decimal.Parse(line.AsSpan(comma + 1), NumberStyles.Number, CultureInfo.InvariantCulture);
            yield return new PilotageFee(line[..comma], Money.Of(fee, "GBP")); // clean: pounds, as the record declares
        }
    }

    /// <summary>Reads the dues system's "vessel,euros,berth" lines; the authority bills in euros only.</summary>
    public static IEnumerable<DuesInvoice> ReadDues(IEnumerable<string> lines) =>
        from line in lines
        let cells = line.Split(',')
        where cells.Length == 3
        select new DuesInvoice(cells[0], Money.Eur(decimal.Parse(cells[1], CultureInfo.InvariantCulture)), int.Parse(cells[2], CultureInfo.InvariantCulture)); // clean: euros, like every invoice

    /// <summary>An invoice raised again with the late fee (10 %) and a new berth.</summary>
    public static DuesInvoice Reissue(DuesInvoice invoice, int berth) => invoice with { Due = invoice.Due * 1.1m, Berth = berth }; // clean: scaling keeps the euros

    /// <summary>Reads a guild line that a clerk keyed in euros (a bug: the fee is declared pounds).</summary>
    public static PilotageFee FeeKeyedInEuros(string pilot, decimal figure) => new(pilot, Money.Of(figure, Policy.HomeCode)); // expect: AIR0001

    /// <summary>Reads a measured figure from the old terminal system, which writes doubles.</summary>
    public static Money ReadTerminalFigure(string cell)
    {
        var measured = double.Parse(cell, CultureInfo.InvariantCulture);
        return Money.Eur((decimal)measured); // expect: AIR0002
    }

    /// <summary>Reads a figure from the old system and scales it by its stored exchange factor.</summary>
    public static Money ReadScaled(string cell, double factor)
    {
        var figure = Money.Of(decimal.Parse(cell, CultureInfo.InvariantCulture), Currency.EUR);
        return figure * Convert.ToDecimal(factor); // expect: AIR0002
    }

    /// <summary>Reads a figure whose exchange factor is kept as a decimal.</summary>
    public static Money ReadScaledExactly(string cell, decimal factor) =>
        Money.Of(decimal.Parse(cell, CultureInfo.InvariantCulture), Currency.EUR) * factor; // clean: decimal all the way

    /// <summary>The currency of the old export's header word.</summary>
    public static Currency HeaderCurrency(string header) => Currency.FromCode(header.Trim() switch
    {
        "Euro" => "EUR",
        "Yen" => "YEN", // expect: AIR0003
        "Pound" => "GBP",
        var other => other, // clean: not a constant
    });

    /// <summary>The old system's default currency (a bug: lower case).</summary>
    public static Money DefaultFigure(decimal figure) => Money.Of(figure, "eur"); // expect: AIR0003

    /// <summary>A sample line of the partner's file, for the help page.</summary>
    public static Money SampleReceipt() => Money.Parse("RMB 12,000"); // expect: AIR0003

    /// <summary>Counts the rejected lines of each reason.</summary>
    public Dictionary<string, int> RejectionCounts()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, _, reason) in _rejected)
        {
            counts[reason] = counts.TryGetValue(reason, out var n) ? checked(n + 1) : 1;
        }

        return counts;
    }

    private void Reject(string line, string reason)
    {
        var rejected = new RejectedLine(_lineNumber, line, reason);
        _rejected.Add(rejected);
        LineRejected?.Invoke(rejected);
    }
}

/// <summary>Loads whole exports into memory.</summary>
public static class LedgerLoader
{
    /// <summary>Loads the partner's receipts.</summary>
    public static async Task<List<PartnerReceipt>> LoadReceiptsAsync(string path, CancellationToken cancel)
    {
        using var reader = new StreamReader(path);
        var receipts = new List<PartnerReceipt>();
        await foreach (var receipt in new LedgerCsvReader(CultureInfo.InvariantCulture).ReadReceiptsAsync(reader, cancel))
        {
            if (receipt.Received > Money.Eur(10_000m)) // expect: AIR0001
            {
                continue; // the team wanted to skip very large receipts, but compares yen with euros
            }

            receipts.Add(receipt);
        }

        return receipts;
    }

    /// <summary>Loads the ledger and files its entries by desk.</summary>
    public static Dictionary<Desk, List<Money>> LoadByDesk(string path)
    {
        using var reader = new StreamReader(path);
        var byDesk = new Dictionary<Desk, List<Money>>();
        foreach (var entry in new LedgerCsvReader(CultureInfo.InvariantCulture).ReadLedger(reader))
        {
            if (!byDesk.TryGetValue(entry.Desk, out var list))
            {
                byDesk[entry.Desk] = list = new List<Money>();
            }

            list.Add(entry.Amount);
        }

        return byDesk;
    }

    /// <summary>Whether a desk's largest booking passes its floor.</summary>
    public static bool DeskAboveFloor(Dictionary<Desk, List<Money>> byDesk, Desk desk) =>
        byDesk[desk].Count > 0 && byDesk[desk][0] >= Policy.Floors[desk]; // clean: the entries' currency is the file's, unknown

    /// <summary>The latest deposit from the partner, when the file has one.</summary>
    public static async Task<Money?> LatestDepositAsync(Func<CancellationToken, Task<string?>> fetch, CancellationToken cancel)
    {
        var text = await fetch(cancel);
        return text is null ? null : Money.Parse(text); // clean: parsed from text, unknown
    }
}
