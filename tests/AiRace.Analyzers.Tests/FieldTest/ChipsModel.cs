using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Chips.Research;

public enum ChipsBloc { China, UnitedStates, Japan, Korea, Europe, Taiwan }

/// <summary>The codes the desk books in, as the data team typed them into the style guide.</summary>
public static class ChipsCodes
{
    public const string Yuan = "CNY";
    public const string Won = "KRW";
    public const string Legacy = "RMB"; // clean: only text until it is given as a code
    public const string NewTaiwan = "TWD";
    public static readonly Currency Taiwan = Currency.TWD;
    public static readonly Currency Reporting = Currency.USD;
}

/// <summary>A self-sufficiency programme; each bloc's desk overrides what it knows.</summary>
public abstract class ChipsProgramme(string name, ChipsBloc bloc)
{
    public string Name { get; } = name;
    public ChipsBloc Bloc { get; } = bloc;
    public abstract Money Headline { get; }
    public virtual Money Reserve => Money.Zero(Headline.Currency);
    public abstract Share SelfSufficiencyGoal { get; }
    public virtual Money Disbursed(int year) => Money.Zero(Headline.Currency);
    public override string ToString() => $"{Name}: {Headline} (reserve {Reserve})"; // clean: money interpolated into text
}

public sealed class ChipsBigFundIII : ChipsProgramme
{
    public ChipsBigFundIII() : base("Big Fund III", ChipsBloc.China) { }
    public override Money Headline => Money.Billions(344m, Currency.CNY);
    public override Share SelfSufficiencyGoal => Share.FromPercent(70m);
    public override Money Disbursed(int year) => year >= 2025 ? Money.Billions(60m, Currency.CNY) : Money.Zero(Currency.CNY);
}

public sealed class ChipsActGrants : ChipsProgramme
{
    public ChipsActGrants() : base("CHIPS Act", ChipsBloc.UnitedStates) { }
    public override Money Headline => Money.Billions(39m, Currency.USD);
    public override Money Reserve => Money.Billions(75m, Currency.USD);
    public override Share SelfSufficiencyGoal => Share.FromPercent(20m);
}

public class ChipsEuAct : ChipsProgramme
{
    public ChipsEuAct() : base("EU Chips Act", ChipsBloc.Europe) { }
    public override Money Headline => Money.Billions(43m, Currency.EUR);
    public override Share SelfSufficiencyGoal => Share.FromPercent(20m);
}

public interface IChipsYuanSource
{
    [return: Currency("CNY")]
    Money Committed(int year);
}

/// <summary>Domestic and foreign money committed to one fab: the domestic side in yuan, the partner's in dollars.</summary>
public readonly record struct ChipsPair(Money Domestic, Money Foreign);

public readonly record struct ChipsSplit(Money Grant, Money Loan)
{
    public Money Total => Grant + Loan; // clean: every construction gives both dollars
}

public sealed record ChipsTranche(string Programme, ChipsBloc Bloc, int Year, Money Amount);

/// <summary>The province rows the China desk imports from the provincial notices, all in yuan.</summary>
public sealed class ChipsProvinceRow
{
    public required string Province { get; init; }
    [Currency("CNY")] public Money Allocation { get; set; }
    [Currency("RMB")] public Money Matching { get; set; } // expect: AIR0003
    public decimal SubsidyYen { get; init; } // expect: AIR0010
    public decimal LoanWon { get; init; } // clean: neither "loan" nor "won" is a money word of the page
    public decimal FundingShare { get; init; } // clean: a proportion of funding
}

/// <summary>The provincial funds by city, in yuan; the indexer states it.</summary>
public sealed class ChipsProvincialBook
{
    private readonly Dictionary<string, Money> _funds = new(StringComparer.Ordinal);

    [Currency("CNY")]
    public Money this[string city]
    {
        get => _funds.TryGetValue(city, out var m) ? m : Money.Zero(Currency.CNY);
        set => _funds[city] = value;
    }

    public int Count => _funds.Count;
}

public sealed class ChipsDrawnEventArgs(string programme, Money amount) : EventArgs
{
    public string Programme { get; } = programme;
    public Money Amount { get; } = amount;
}

/// <summary>The desk's own ledger; the queries live in ChipsServices.cs.</summary>
public sealed partial class ChipsLedger
{
    private readonly List<Money> _bigFundDraws = new();
    private readonly List<Money> _chipsActDraws = new();
    private readonly List<Money> _quarter = new();
    private readonly List<Money> _mixedWatch = new();
    private readonly Stack<Money> _rapidusRounds = new();
    private readonly LinkedList<Money> _euPipeline = new();
    private readonly Queue<Money> _kChipsCredits = new();
    private readonly SortedList<int, Money> _kChipsByYear = new()
    {
        [2023] = Money.Trillions(8m, Currency.KRW),
        [2024] = Money.Trillions(10m, Currency.KRW),
    };
    private readonly Dictionary<string, List<Money>> _byProgramme = new(StringComparer.Ordinal);
    private static readonly Lazy<Money> BigFundCap = new(() => Money.Billions(344m, Currency.CNY));
    private static readonly Lazy<Money> TsmcArizona = new(ArizonaAward);
    private readonly List<Money> _watchList = new();
    private Money _reserve = Money.Millions(500m, Currency.CNY);
    private Money _floor = Money.Billions(1m, Currency.CNY);

    public event EventHandler<ChipsDrawnEventArgs>? Drawn;
    private static Money ArizonaAward() => Money.Millions(6_600m, Currency.USD);

    public void DrawBigFund(decimal billions)
    {
        var draw = Money.Billions(billions, Currency.CNY);
        _bigFundDraws.Add(draw);
        Record("big-fund-iii", draw);
        Drawn?.Invoke(this, new ChipsDrawnEventArgs("Big Fund III", draw));
    }

    public void DrawChipsAct(decimal millions) => _chipsActDraws.Add(Money.Millions(millions, Currency.USD));
    public void FundRapidus(decimal billions) => _rapidusRounds.Push(Money.Billions(billions, Currency.JPY));
    public void QueueEu(decimal millions) => _euPipeline.AddLast(Money.Millions(millions, Currency.EUR));
    public void CreditKChips(decimal billions) => _kChipsCredits.Enqueue(Money.Billions(billions, Currency.KRW));

    public void Record(string programme, Money amount)
    {
        if (!_byProgramme.TryGetValue(programme, out var list)) _byProgramme[programme] = list = new List<Money>();
        list.Add(amount);
    }

    public ref readonly Money Reserve => ref _reserve;
    public Money Floor { get => _floor; set => _floor = value; }
    public Money this[int year] => _kChipsByYear[year];

    public sealed record Entry(string Programme, int Year, Money Amount)
    {
        public string Line => $"{Programme};{Year};{Amount:N0}"; // clean: text
    }
}

public static class ChipsMoneyExtensions
{
    public static Money WithOverhead(this Money m) => m * 1.08m;
    public static Money Halved(this Money m) => m / 2m;
    public static bool Outweighs(this Money a, Money b) => a > b; // clean: two parameters, currencies unknown
    public static bool SameCurrencyAs(this Money a, Money b) => a.Currency == b.Currency;

    public static Money Accumulate(this IEnumerable<Money> items, Money seed)
    {
        var total = seed;
        foreach (var x in items) total += x; // clean: parameters are unknown inside the method
        return total;
    }
}

public static class ChipsTotals
{
    public static Money Combined(Money seed, params Money[] parts)
    {
        var total = seed;
        foreach (var p in parts) total = total + p;
        return total;
    }

    public static bool Exceeds(ref readonly Money spent, ref readonly Money cap) => spent > cap; // clean: parameters unknown inside
}

public static class ChipsTargets
{
    public const int Baseline = 2024;
    public const int PlanEnd = 2030;
    public static readonly Share ChinaNow = Share.FromPercent(23m);
    public static readonly Share ChinaGoal = Share.FromPercent(70m);
    public static readonly Share EuNow = Share.FromFraction(0.1m);
    public static readonly Share EuGoal = Share.FromPercent(0.2m); // expect: AIR0005
    public static readonly Share JapanGoal = Share.FromFraction(0.5m); // clean: a half as a fraction
    public static readonly Share KoreaLogicGoal = Share.FromFraction(10m); // expect: AIR0005
    public static readonly Share UsLeadingEdge = Share.FromPercent(1m); // clean: 1 % is plausible on either scale
    public static readonly Share TaiwanOverBooked = Share.FromPercent(115m); // expect: AIR0013
    public static readonly Share Parsed = Share.Parse("23%"); // clean: inside 0–100

    private static readonly SourceReference[] Notice = [new SourceReference("miit-2024", "self-sufficiency of 70 %")];
    public static Target China() =>
        new Target("t-cn-chips", "chip-self-sufficiency", "CN", MetricValue.Of(ChinaNow), Baseline,
            MetricValue.Of(ChinaGoal), PlanEnd, TargetKind.OfficialTarget, null, "big-fund-iii", Notice);

    public static Target Europe() =>
        new Target("t-eu-chips", "chip-world-share", "EU", MetricValue.Of(EuNow), baselineYear: PlanEnd,
            MetricValue.Of(Share.FromPercent(20m)), goalYear: Baseline, TargetKind.OfficialTarget, null, null, Notice); // expect: AIR0012

    public static Target Japan() =>
        new Target("t-jp-chips", "chip-domestic-sales", "JP", null, baselineYear: Baseline,
            MetricValue.Of(JapanGoal), goalYear: PlanEnd + 0, TargetKind.Pledge, null, null, Notice); // clean: goal after baseline
}
