using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using AiRace.Core;

namespace Atlas.Observatory;

/// <summary>A programme kind the generic helpers are closed over: each names its home currency.</summary>
public interface IProgrammeKind
{
    static abstract Currency Home { get; }

    static abstract string Label { get; }
}

public sealed class IndiaAiKind : IProgrammeKind
{
    public static Currency Home => Currency.INR;

    public static string Label => "IndiaAI";
}

public sealed class AirrKind : IProgrammeKind
{
    public static Currency Home => Currency.GBP;

    public static string Label => "AIRR";
}

/// <summary>Generic helpers the team wrote once for every quantity with operators.</summary>
public static class GenericMath
{
    public static T Total<T>(IEnumerable<T> items, T zero) where T : IAdditionOperators<T, T, T>
    {
        var acc = zero;
        foreach (var item in items)
        {
            acc += item;
        }

        return acc;
    }

    public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b;

    public static Money ZeroOf<TKind>() where TKind : IProgrammeKind => Money.Zero(TKind.Home);

    public static Money Of<TKind>(decimal amount) where TKind : IProgrammeKind => Money.Of(amount, TKind.Home); // expect: AIR0010 (a public decimal parameter named amount: the page's own example of a money word)
}

/// <summary>The team's extension methods over sequences of money.</summary>
public static class MoneySequences
{
    public static Money Largest(this IEnumerable<Money> source) => source.Max();

    public static Money TotalIn(this IEnumerable<Money> source, Currency currency) => source.Sum(currency);

    public static IEnumerable<Money> AtLeast(this IEnumerable<Money> source, Money floor) => source.Where(m => m >= floor);

    public static Money Net(this IEnumerable<Money> source, Money fees) => source.Aggregate(Money.Zero(fees.Currency), (acc, m) => acc + m) - fees;
}

/// <summary>Adjustment pipelines: each step is a function of the amount, composed per programme.</summary>
public static class Pipelines
{
    private static readonly Money AirrAdminFee = Money.Millions(2m, Currency.GBP);

    private static readonly Func<Money, Money> Inflate = m => m * 1.031m;

    private static readonly Func<Money, Money> LessAirrFee = m => m - AirrAdminFee;

    private static readonly Func<Money, Money>[] AirrSteps = [Inflate, LessAirrFee];

    public static Money AdjustAirr(Money grant) => AirrSteps.Aggregate(grant, (acc, step) => step(acc)); // clean: the caller's grant

    public static Money AdjustedAirrExpansion() => LessAirrFee(Inflate(Figures.AirrExpansion)); // clean: pounds through both steps

    public static Money AdjustedIndiaOutlay() => LessAirrFee(Figures.IndiaAiOutlay); // expect: AIR0001

    public static Money AdjustedIndiaThroughArray() => AirrSteps.Aggregate(Figures.IndiaAiOutlay, (acc, step) => step(acc)); // expect: AIR0001

    public static Money Compose(Money start, params Func<Money, Money>[] steps)
    {
        var value = start;
        foreach (var step in steps)
        {
            value = step(value);
        }

        return value;
    }

    public static Money CanadaAfterSteps() => Compose(Figures.CanadaComputeStrategy, Inflate, m => m - Figures.CanadaAccessFund); // clean: Canadian dollars

    public static Money GenericTotals()
    {
        var uk = GenericMath.Total([Figures.AirrExpansion, Figures.IsambardBuild], Money.Zero(Currency.GBP)); // clean: pounds
        var mixed = GenericMath.Total([Figures.AirrExpansion, Figures.CanadaComputeStrategy], Money.Zero(Currency.GBP)); // expect: AIR0001
        return uk + mixed;
    }

    public static Money GenericLarger() => GenericMath.Larger(Figures.SingaporeNais, Figures.SwissAiInitiative); // expect: AIR0001

    public static Money GenericLargerClean() => GenericMath.Larger(Figures.CanadaComputeStrategy, Figures.CanadaAccessFund); // clean: Canadian dollars

    public static Money KindZeroPlusAirr() => GenericMath.ZeroOf<IndiaAiKind>() + Figures.AirrExpansion; // expect: AIR0001

    public static Money KindZeroPlusAirrClean() => GenericMath.ZeroOf<AirrKind>() + Figures.AirrExpansion; // clean: the kind's home is pounds

    public static Money LargestOfMixed() => new[] { Figures.AirrExpansion, Figures.SingaporeNais }.Largest(); // expect: AIR0001

    public static Money LargestOfCanada() => new[] { Figures.CanadaComputeStrategy, Figures.CanadaAccessFund }.Largest(); // clean: Canadian dollars

    public static Money TotalOfSpread(IEnumerable<AirrGrant> grants)
    {
        Money[] uk = [Figures.AirrExpansion, Figures.IsambardBuild];
        Money[] all = [.. uk, Figures.CanadaAccessFund];
        var ukOnly = uk.TotalIn(Currency.GBP); // clean: pounds
        return ukOnly + all.Sum(Currency.GBP); // expect: AIR0001
    }

    public static Money SpreadOfSameCurrency()
    {
        Money[] canada = [Figures.CanadaComputeStrategy, .. new[] { Figures.CanadaAccessFund, Money.Millions(2m, Currency.CAD) }];
        return canada.Sum(Currency.CAD); // clean: Canadian dollars only
    }

    public static IEnumerable<Money> SingaporeAboveSwissFloor() => new[] { Figures.SingaporeNais }.AtLeast(Figures.SwissAiInitiative); // expect: AIR0001

    public static Money NetOfRupeesWithPoundFee() => new[] { Figures.IndiaAiOutlay }.Net(Figures.AirrExpansion); // expect: AIR0001

    /// <summary>A ceiling check with local functions, written inside one method.</summary>
    public static (int Fits, int Over) CheckCanadaAwards(IEnumerable<Money> awards)
    {
        var ceiling = Figures.CanadaComputeStrategy;
        var fits = 0;
        var over = 0;

        bool Fits(Money m) => m <= ceiling;

        static Money Trimmed(Money m) => m * 0.98m;

        foreach (var award in awards)
        {
            if (Fits(Trimmed(award)))
            {
                fits++;
            }
            else
            {
                over++;
            }
        }

        var singapore = Fits(Figures.SingaporeNais); // expect: AIR0001
        var canada = Fits(Trimmed(Figures.CanadaAccessFund)); // clean: Canadian dollars
        return (fits + (singapore ? 1 : 0) + (canada ? 1 : 0), over);
    }

    /// <summary>The dashboard subscribes to the importer's event; every amount it raises is in rupees.</summary>
    public static void Wire(BatchImporter importer, List<string> log)
    {
        var running = Money.Zero(Currency.INR);
        importer.RupeeTrancheImported += amount =>
        {
            running += amount; // clean: rupees into rupees
            if (amount > Figures.AirrExpansion) // expect: AIR0001
            {
                log.Add($"tranche {amount} is larger than the AIRR expansion");
            }
        };
        importer.IndiaOutlayRead += (_, outlay) =>
        {
            var inRupees = outlay - Figures.IndiaGpuSubsidyPerHour; // clean: rupees both
            log.Add(outlay > Figures.CanadaComputeStrategy ? "India above Canada" : $"{inRupees}"); // expect: AIR0001
        };
    }
}
