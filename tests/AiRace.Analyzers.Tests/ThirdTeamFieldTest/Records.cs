using System;
using System.Collections.Generic;
using AiRace.Core;

namespace Atlas.Observatory;

/// <summary>The jurisdictions the observatory's nightly batch imports.</summary>
public enum Jurisdiction { India, UnitedKingdom, Canada, Singapore, Switzerland, Australia, UnitedStates }

/// <summary>A payment of a public compute programme: the base of every kind the importer makes (not sealed: each source adds its own).</summary>
public abstract record Disbursement(string Programme, Money Amount, DateOnly Paid)
{
    public virtual string Describe() => $"{Programme} paid {Amount} on {Paid:yyyy-MM-dd}"; // clean: printed, not combined
}

/// <summary>IndiaAI Mission tranches, stated in crore of rupees as the ministry's notes give them.</summary>
public record IndiaAiTranche(string Programme, decimal Crore, DateOnly Paid)
    : Disbursement(Programme, Money.Of(Crore * 10_000_000m, Currency.INR), Paid)
{
    public const decimal RupeesPerCrore = 10_000_000m; // clean: a currency per crore is a scale (how many rupees make a crore), not money
}

/// <summary>UK AI Research Resource grants; the importer makes them in pounds only.</summary>
public record AirrGrant(string Programme, Money Amount, DateOnly Paid, string Cluster)
    : Disbursement(Programme, Amount, Paid)
{
    public static AirrGrant Isambard(decimal millions, DateOnly paid) => new("AIRR", Money.Millions(millions, Currency.GBP), paid, "Isambard-AI");

    public static AirrGrant Dawn(decimal millions, DateOnly paid) => new("AIRR", Money.Millions(millions, Currency.GBP), paid, "Dawn");
}

/// <summary>A Canadian Sovereign AI Compute Strategy award, in Canadian dollars.</summary>
public sealed record CanadaComputeAward(string Programme, Money Amount, DateOnly Paid, string Recipient)
    : Disbursement(Programme, Amount, Paid);

/// <summary>A top-up of an earlier payment: it keeps its parent's currency.</summary>
public sealed record TopUp(Disbursement Parent, decimal Factor)
    : Disbursement(Parent.Programme + " top-up", Parent.Amount * Factor, Parent.Paid);

/// <summary>A national compute pot; its ceiling is fixed when the jurisdiction's factory makes it.</summary>
public class ComputePot(string name, Money ceiling)
{
    private Money _committed = Money.Zero(ceiling.Currency);

    public string Name { get; } = name;

    public Money Ceiling { get; } = ceiling;

    public Money Committed => _committed;

    public Money Headroom => ceiling - _committed; // clean: the pot's own currency both sides

    public bool CanTake(Money request) => request <= ceiling - _committed; // clean: the caller's request

    public void Commit(Money amount) => _committed += amount; // clean: the caller's amount

    public static ComputePot IndiaAi() => new("IndiaAI compute pillar", Money.Of(4_563.36m * IndiaAiTranche.RupeesPerCrore, Currency.INR));

    public static ComputePot Airr() => new("AIRR", Money.Millions(300m, Currency.GBP));
}

/// <summary>A pot that also keeps a reserve, in the ceiling's currency.</summary>
public sealed class ReservedPot(string name, Money ceiling, Money reserve) : ComputePot(name, ceiling)
{
    public Money Reserve { get; } = reserve;

    public Money Spendable => Ceiling - Reserve; // clean: both made by the same factory below

    public static ReservedPot Canada() => new("Sovereign compute", Money.Billions(2m, Currency.CAD), Money.Millions(300m, Currency.CAD));
}

/// <summary>The figures the desk quotes from the programmes' announcements.</summary>
public static class Figures
{
    public static readonly Money IndiaAiOutlay = Money.Of(10_371.92m * IndiaAiTranche.RupeesPerCrore, Currency.INR);
    public static readonly Money AirrExpansion = Money.Millions(300m, Currency.GBP);
    public static readonly Money IsambardBuild = Money.Millions(225m, Currency.GBP);
    public static readonly Money IsambardBuildAsTyped = Money.Millions(225_000_000m, Currency.GBP); // expect: AIR0011
    public static readonly Money CanadaComputeStrategy = Money.Billions(2m, Currency.CAD);
    public static readonly Money CanadaAccessFund = Money.Millions(300m, Currency.CAD);
    public static readonly Money SingaporeNais = Money.Millions(500m, Currency.SGD);
    public static readonly Money SwissAiInitiative = Money.Millions(20m, Currency.CHF);
    public static readonly Money AustraliaNaic = Money.Millions(101.2m, Currency.AUD);
    public static readonly Money StargatePhaseOne = Money.Billions(100m, Currency.USD);
    public static readonly Money IndiaGpuSubsidyPerHour = Money.Of(67m, Currency.INR);
    public static readonly Money IndiaAiAsReported = Money.Billions(103_719_200_000m, Currency.INR); // expect: AIR0011
}

/// <summary>The importer's settings, read from appsettings.json; the currencies are stated where the file cannot show them.</summary>
public sealed class ObservatoryOptions
{
    [Currency("INR")] public Money IndiaAiCap { get; init; } // clean: an active code

    [Currency("STG")] public Money AirrCap { get; init; } // expect: AIR0003

    [Currency("CAD")] public Dictionary<string, Money> CanadaCapsByRecipient { get; init; } = new(); // clean: an active code

    [Currency("SGD")] public List<Money> SingaporeTranches { get; init; } = []; // clean: an active code

    public decimal FxBufferPercent { get; init; } // clean: a percent is not money

    public decimal FallbackBudget { get; init; } // expect: AIR0010

    public decimal GbpPerInr { get; init; } // clean: an exchange rate

    public double MaxGpuPriceUsd { get; init; } // expect: AIR0010

    public int ReportYear { get; init; } = 2025;
}

/// <summary>A row of the procurement spreadsheet, as the CSV reader gives it.</summary>
public sealed record ProcurementRow(
    string Buyer,
    string Vendor,
    string CurrencyCode,
    double Price, // expect: AIR0010
    int Gpus,
    string Signed);

/// <summary>One national self-sufficiency figure as the statistics office publishes it.</summary>
public sealed record ShareReading(Jurisdiction Where, int Year, decimal PercentDomestic, decimal FractionCloud);
