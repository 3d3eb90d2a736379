using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace Meridian.Subsidies;

/// <summary>Reads the scraped dashboards and the old spreadsheet.</summary>
public static class Imports
{
    public static Money FromReading(Reading r) => Money.Usd((decimal)r.Value); // expect: AIR0002

    public static Money FromReadingInBillions(Reading r) => new Money(Convert.ToDecimal(r.Value * 1e9), Currency.CNY); // expect: AIR0002

    public static Money FromReadingSaturating(Reading r) => Money.Cny(decimal.CreateSaturating(r.Value)); // expect: AIR0002

    public static Money FromReadingByHelper(Reading r)
    {
        static decimal Dec(double d) => (decimal)d;
        return Money.Cny(Dec(r.Value)); // expect: AIR0002
    }

    public static Money FromReadingRounded(Reading r) => Money.Cny((decimal)Math.Round(r.Value)); // clean: a whole number first

    public static Money FromText() => Money.Usd(decimal.Parse("52.7", CultureInfo.InvariantCulture)); // clean: parsed as decimal

    public static IEnumerable<Money> FromReadings(IEnumerable<Reading> rs) => rs.Select(r => Money.Usd((decimal)r.Value)); // expect: AIR0002

    public static Money ChipsShare(Reading r) => Catalogue.ChipsAct * (decimal)r.Value; // expect: AIR0002

    public static Money ChipsFifteenPercent() => Catalogue.ChipsAct * (decimal)0.15; // expect: AIR0002

    public static Money FromFloat(float value) => Money.Billions((decimal)(double)value, Currency.USD); // expect: AIR0002

    public static Money FromLocal(Reading r)
    {
        var amount = (decimal)r.Value;
        return Money.Cny(amount); // expect: AIR0002
    }

    public static Currency Legacy() => Currency.FromCode("RMB"); // expect: AIR0003

    public static Money LowerCase() => Money.Of(5m, "usd"); // expect: AIR0003

    public static Money OffshoreYuan() => Money.Of(1m, Codes.LegacyYuan); // expect: AIR0003

    public static Currency ByName() => Currency.FromCode(nameof(LegacyCode.RMB)); // expect: AIR0003

    public static Currency ByBloc(Bloc bloc) => Currency.FromCode(bloc switch { Bloc.China => "RMB", _ => "USD" }); // expect: AIR0003

    public static Currency Joined() => Currency.FromCode(Codes.Joined); // expect: AIR0003

    public static Currency Interpolated() => Currency.FromCode(Codes.Interpolated); // expect: AIR0003

    public static bool TryYuan() => Currency.TryFromCode("yuan", out _); // expect: AIR0003

    public static Money ParsedLegacy() => Money.Parse("RMB 1,000"); // expect: AIR0003

    public static Currency Home() => Currency.FromCode("CNY"); // clean: an active code

    public static Currency FromUser(string code) => Currency.FromCode(code.Trim().ToUpperInvariant()); // clean: not a constant

    public static Money ParsedHome() => Money.Parse("CNY 1,000"); // clean: an active code

    public static Money PotFor(MunicipalPot pot) => pot.Current + Catalogue.ShanghaiVoucherPool; // clean: yuan, as annotated

    public static Money PotAgainstChips(MunicipalPot pot) => pot.Current + Catalogue.ChipsAct; // expect: AIR0001

    public static MunicipalPot NewPot() => new() { Current = Money.Usd(1m) }; // expect: AIR0001
}
