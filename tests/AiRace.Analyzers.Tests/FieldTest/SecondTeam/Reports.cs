using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace Meridian.Subsidies;

/// <summary>The comparisons the weekly note prints.</summary>
public static class Reports
{
    public static string Headline() => $"China {Catalogue.BigFundIII} vs US {Catalogue.ChipsAct}"; // clean: printed side by side

    public static string Gap() => $"gap {Catalogue.BigFundIII - Catalogue.ChipsAct}"; // expect: AIR0001

    public static string Ranking() => $"{Catalogue.BigFundIII.ToString("N0", CultureInfo.InvariantCulture)} ({(Catalogue.BigFundIII > Catalogue.ShanghaiVoucherPool ? "above" : "below")} Shanghai)"; // clean: yuan and yuan

    public static bool AnyGrantAboveChips(IEnumerable<Grant> grants)
    {
        foreach (var g in grants)
        {
            if (g is Grant(_, var amount, _) && amount > Catalogue.ChipsAct) // expect: AIR0001
            {
                return true;
            }
        }

        return false;
    }

    public static bool AnyGrantAboveChipsByProperty(IEnumerable<Grant> grants) => grants.Any(g => g is { Amount: var a } && a > Catalogue.ChipsAct); // expect: AIR0001

    public static string Describe(Grant g) => g switch
    {
        (_, var amt, >= 2025) when amt > Catalogue.StargatePhaseOne => "late and larger than Stargate", // expect: AIR0001
        (_, var amt, _) when amt > Catalogue.ShanghaiVoucherPool => "larger than Shanghai's pool", // clean: yuan and yuan
        _ => "other",
    };

    public static bool FirstTrancheBelowBigFund() => Catalogue.StargateTranches is [var first, ..] && first.Amount < Catalogue.BigFundIII; // expect: AIR0001

    public static bool FirstTrancheBelowChips() => Catalogue.StargateTranches is [var first, ..] && first.Amount < Catalogue.ChipsAct; // clean: dollars and dollars

    public static string Band(Money m) => m.Currency.Code switch
    {
        "USD" => m > Catalogue.ChipsAct ? "above CHIPS" : "below CHIPS", // clean: the arm shows dollars
        "CNY" => m > Catalogue.BigFundIII ? "above Big Fund" : "below Big Fund", // clean: the arm shows yuan
        _ => "n/a",
    };

    public static bool RevisedAward()
    {
        var original = new Award(Programme.ChipsAct, Money.Billions(6.6m, Currency.USD), new DateOnly(2024, 11, 15));
        var revised = original with { Signed = new DateOnly(2025, 1, 10) };
        var inYuan = original with { Amount = Money.Billions(47m, Currency.CNY) };
        var a = revised.Amount > Money.Billions(5m, Currency.USD); // clean: dollars and dollars
        var b = inYuan.Amount > Catalogue.BigFundIII; // clean: the copy is in yuan
        return a && b && revised.Amount > Catalogue.BigFundIII; // expect: AIR0001
    }

    public static bool BeijingAboveChips() => Catalogue.Commitments[0].Pledged > Catalogue.ChipsAct; // expect: AIR0001

    public static Money Undrawn(Commitment c) => c.Pledged - (c.Drawn ?? Money.Zero(Currency.CNY)); // clean: yuan both ways

    public static Money UndrawnWithDollarDefault(Commitment c) => c.Pledged - (c.Drawn ?? Money.Zero(Currency.USD)); // expect: AIR0001

    public static bool DrawnAboveChips(Commitment c) => c.Drawn > Catalogue.ChipsAct; // expect: AIR0001

    public static bool DrawnValueAboveChips(Commitment c) => c.Drawn.GetValueOrDefault() > Catalogue.ChipsAct; // expect: AIR0001

    public static bool LastDrawAboveChips()
    {
        Money? lastDraw = Catalogue.Commitments[1].Drawn;
        return lastDraw is { } d && d > Catalogue.ChipsAct; // expect: AIR0001
    }

    public static bool LastDrawAboveVoucher()
    {
        Money? lastDraw = null;
        lastDraw = Catalogue.Commitments[1].Drawn;
        return lastDraw is { } d && d > Catalogue.ShanghaiVoucherPool; // clean: yuan and yuan
    }

    public static bool ProgrammeAboveChips(Programme p) => Catalogue.ChinaCapFor(p) > Catalogue.ChipsAct; // expect: AIR0001

    public static bool ChipsAboveItself() => Catalogue.CapFor(Programme.ChipsAct) >= Catalogue.ChipsAct; // clean: the dollar arm

    public static bool BigFundAboveChipsBySwitch() => Catalogue.CapFor(Programme.BigFundIII) > Catalogue.ChipsAct; // expect: AIR0001

    public static bool CapAboveChips(Bloc bloc)
    {
        var cap = bloc == Bloc.China ? Catalogue.BigFundIII : Catalogue.ShanghaiVoucherPool;
        return cap > Catalogue.ChipsAct; // expect: AIR0001
    }

    public static bool HomePotAboveChips()
    {
        var home = Currency.CNY;
        var pot = Money.Of(800m, home);
        return pot > Catalogue.ChipsAct; // expect: AIR0001
    }

    public static Money HomePotPlusVoucher()
    {
        const string code = Codes.Home;
        return Money.Of(1m, code) + Catalogue.ShanghaiVoucherPool; // clean: yuan and yuan
    }

    public static IEnumerable<Money> HelperCalls(bool flag)
    {
        yield return Catalogue.BigFundIII.WithVat() + Catalogue.ChipsAct; // expect: AIR0001
        yield return Catalogue.ChipsAct.WithVat() + Catalogue.StargatePhaseOne; // clean: dollars
        yield return MoneyHelpers.Pick(Catalogue.BigFundIII, Catalogue.ShanghaiVoucherPool, flag) + Catalogue.ChipsAct; // expect: AIR0001
        yield return MoneyHelpers.Pick(Catalogue.ChipsAct, Catalogue.StargatePhaseOne, flag) + Catalogue.ChipsAct; // clean: dollars
        yield return MoneyHelpers.Larger(Catalogue.BigFundIII, Catalogue.ChipsAct); // expect: AIR0001
        yield return MoneyHelpers.Combine(Catalogue.ChipsAct, Catalogue.StargatePhaseOne); // clean: dollars
        yield return MoneyHelpers.Combine(Catalogue.BigFundIII, Catalogue.StargatePhaseOne); // expect: AIR0001
        yield return MoneyHelpers.Net(Catalogue.BigFundIII, Catalogue.ChipsAct); // clean: the helper checks the currencies
        yield return MoneyHelpers.SumAll(Money.Zero(Currency.CNY), [Catalogue.BigFundIII, Catalogue.ChipsAct]); // expect: AIR0001
        yield return MoneyHelpers.SumAll(Money.Zero(Currency.USD), Catalogue.StargateTranches.Select(t => t.Amount)); // clean: dollars
        yield return MoneyHelpers.SumAll(Money.Zero(Currency.CNY), Catalogue.StargateTranches.Select(t => t.Amount)); // expect: AIR0001
        yield return Catalogue.Commitments[1].Drawn.OrZero(Currency.CNY) + Catalogue.BigFundIII; // clean: yuan
    }

    public static IEnumerable<bool> Checks()
    {
        yield return MoneyHelpers.Exceeds(Catalogue.ShenzhenVoucherPool, Catalogue.ChipsAct); // expect: AIR0001
        yield return MoneyHelpers.Exceeds(Catalogue.ShenzhenVoucherPool, Catalogue.BigFundIII); // clean: yuan
        yield return Catalogue.BigFundIII.Dwarfs(Catalogue.ChipsAct); // expect: AIR0001
        yield return MoneyHelpers.AboveChips(Catalogue.StargatePhaseOne); // clean: dollars
        yield return MoneyHelpers.AboveChips(Catalogue.BigFundIII); // expect: AIR0001
        yield return Catalogue.StargateTranches[0].Beats(Catalogue.ChipsAct); // clean: dollars
        yield return Catalogue.StargateTranches[0].Beats(Catalogue.BigFundIII); // expect: AIR0001
        yield return Catalogue.StargateTranches[1].Doubled > Catalogue.BigFundIII; // expect: AIR0001
        yield return Catalogue.StargateTranches[1].Doubled > Catalogue.ChipsAct; // clean: dollars
    }

    public static IEnumerable<Money> Lambdas()
    {
        Func<Money, Money, Money> add = (a, b) => a + b;
        var add2 = (Money a, Money b) => a + b;
        var ops = new Dictionary<string, Func<Money, Money, Money>> { ["add"] = (a, b) => a + b };
        static Money Halved(Money m) => m / 2m;
        static bool Over(Money a, Money b) => a > b;

        yield return add(Catalogue.BigFundIII, Catalogue.ShanghaiVoucherPool); // clean: yuan
        yield return add(Catalogue.BigFundIII, Catalogue.ChipsAct); // expect: AIR0001
        yield return add2(Catalogue.ChipsAct, Catalogue.BigFundIII); // expect: AIR0001
        yield return ops["add"](Catalogue.ShanghaiVoucherPool, Catalogue.StargatePhaseOne); // expect: AIR0001
        yield return Halved(Catalogue.BigFundIII) + Catalogue.ChipsAct; // expect: AIR0001
        yield return Halved(Catalogue.BigFundIII) + Catalogue.ShanghaiVoucherPool; // clean: yuan
        yield return Over(Catalogue.BigFundIII, Catalogue.ChipsAct) ? Catalogue.BigFundIII : Catalogue.ShanghaiVoucherPool; // expect: AIR0001
    }
}
