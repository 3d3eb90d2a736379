using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using AiRace.Core;

namespace Atlas.Observatory;

/// <summary>The weekly note: text built from the ledger, the options file and the imported batch.</summary>
public sealed class WeeklyNote(ComputeLedger ledger, ObservatoryOptions options)
{
    private readonly StringBuilder _text = new();

    public static ObservatoryOptions LoadOptions(string json) => JsonSerializer.Deserialize<ObservatoryOptions>(json) ?? new ObservatoryOptions();

    public string Headline() => $"IndiaAI {Figures.IndiaAiOutlay} vs AIRR {Figures.AirrExpansion}"; // clean: printed side by side

    public string Gap() => $"gap: {Figures.IndiaAiOutlay - Figures.AirrExpansion}"; // expect: AIR0001

    public string CanadaGap() => $"Canada left after access fund: {Figures.CanadaComputeStrategy - Figures.CanadaAccessFund:N0}"; // clean: Canadian dollars

    public string Formatted() => string.Format(CultureInfo.InvariantCulture, "{0} / {1}", Figures.SingaporeNais, Figures.SingaporeNais + Figures.AustraliaNaic); // expect: AIR0001

    public string CapsLine()
    {
        // the options file states each cap's currency
        var indiaHeadroom = options.IndiaAiCap - ledger.IndiaPosition().Spent; // clean: rupees, stated and known
        var ukVsIndia = options.IndiaAiCap > Figures.AirrExpansion; // expect: AIR0001
        var singapore = options.SingaporeTranches.Sum(Currency.SGD); // clean: stated Singapore dollars
        var singaporeInUsd = options.SingaporeTranches.Sum(Currency.USD); // expect: AIR0001
        return $"{indiaHeadroom} {ukVsIndia} {singapore} {singaporeInUsd}";
    }

    public bool CohereOverCap(CanadaComputeAward award) =>
        options.CanadaCapsByRecipient.TryGetValue(award.Recipient, out var cap) && award.Amount > cap; // clean: both Canadian dollars at run time, the award's currency unknown

    public bool CohereCapAboveAirr() =>
        options.CanadaCapsByRecipient.TryGetValue("Cohere", out var cap) && cap > Figures.AirrExpansion; // expect: AIR0001

    public Money CapsTotalInCad() => options.CanadaCapsByRecipient.Values.Sum(Currency.CAD); // clean: stated Canadian dollars

    public string Table(IEnumerable<Disbursement> batch)
    {
        _text.Clear();
        foreach (var group in batch.GroupBy(d => d.Amount.Currency))
        {
            var total = group.Sum(d => d.Amount, group.Key); // clean: each group in its own currency
            _text.AppendLine(CultureInfo.InvariantCulture, $"{group.Key.Code}: {total} ({group.Count()} payments)");
        }

        return _text.ToString();
    }

    public string Ranked(IEnumerable<Disbursement> batch)
    {
        var rows = batch.Select(d => FxDesk.InPounds(d.Amount, d.Paid)).OrderByDescending(m => m).ToList(); // clean: all converted to pounds
        var top = rows.Count > 0 ? rows[0] : Money.Zero(Currency.GBP);
        return $"top {top}, {(top > Figures.AirrExpansion ? "above" : "below")} the AIRR expansion"; // clean: pounds and pounds
    }

    public string ShareLine(Money whole)
    {
        var share = Share.FromFraction(Figures.IsambardBuild / Figures.AirrExpansion); // clean: pounds over pounds
        var wrong = Share.FromFraction(Figures.IsambardBuild / Figures.IndiaAiOutlay); // expect: AIR0001
        return $"{share} of the expansion, {wrong:P1}, {whole}";
    }

    public static string Print(Money m, Money comparedTo) => $"{m} ({(m > comparedTo ? "+" : "-")}{comparedTo})";

    public static string PrintIndiaAgainstAirr() => Print(Figures.IndiaAiOutlay, Figures.AirrExpansion); // expect: AIR0001

    public static string PrintCanadaAgainstAccess() => Print(Figures.CanadaComputeStrategy, Figures.CanadaAccessFund); // clean: Canadian dollars

    public static decimal PercentOfOutlay(Money part) => Math.Round(part.Amount / Figures.IndiaAiOutlay.Amount * 100m, 1); // expect: AIR0004 (the part's currency unknown: raw amounts divided; not AIR0009, a quotient)

    public static string Render(ComputeLedger ledger)
    {
        var lines = new List<string>();
        var (outlay, spent) = ledger.IndiaPosition();
        var (airrOutlay, airrSpent, asOf) = ledger.AirrPosition();
        lines.Add($"India: {outlay - spent} unspent"); // clean: rupees
        lines.Add($"UK: {airrOutlay - airrSpent} unspent at {asOf:yyyy-MM-dd}"); // clean: pounds
        lines.Add($"UK minus India spent: {airrSpent - spent}"); // expect: AIR0001
        return string.Join(Environment.NewLine, lines);
    }
}
