using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.MagnitudeDoubleScalingRule>;

using Fix = AiRace.Analyzers.CodeFixes.MagnitudeDoubleScalingCodeFixProvider;

namespace AiRace.Analyzers.Tests;

public class MagnitudeDoubleScalingRuleTests
{
    [Fact]
    public async Task Message_states_the_amount_in_units_with_its_sign_and_every_digit_in_any_culture()
    {
        var before = CultureInfo.CurrentCulture;
        var beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            var diagnostics = await AllRules.AnalyzeAsync("""
                using AiRace.Core;
                class C
                {
                    Money A() => Money.Millions(-600_000_000m, Currency.CNY);
                    Money B() => Money.Millions(600_000_000m, Currency.CNY);
                    Money D() => Money.Billions(-138_000_000_000.25m, Currency.USD);
                    Money E() => Money.Millions(600_000_000.125m, Currency.CNY);
                }
                """);
            var messages = diagnostics.Where(d => d.Id == "AIR0011").OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
            messages.Should().Equal(
                "-600,000,000 millions is -600,000,000,000,000 in units: the figure looks already scaled; state it in the scale it is written in",
                "600,000,000 millions is 600,000,000,000,000 in units: the figure looks already scaled; state it in the scale it is written in",
                "-138,000,000,000.25 billions is -138,000,000,000,250,000,000 in units: the figure looks already scaled; state it in the scale it is written in",
                "600,000,000.125 millions is 600,000,000,125,000 in units: the figure looks already scaled; state it in the scale it is written in");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    [Fact]
    public Task Figures_in_millions_of_small_units_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            // field test 2: Japanese and Korean reports state figures in millions of yen and of won
            static readonly Money Revenue = Money.Millions(2_387_240m, Currency.JPY);           // 2.4 trillion yen
            static readonly Money Assets = Money.Millions(45_095_325m, Currency.JPY);           // 45 trillion yen
            static readonly Money Budget = Money.Millions(656_900_000m, Currency.KRW);          // 656.9 trillion won
            static readonly Money Rupiah = Money.Scaled(3_621_000_000m, Magnitude.Millions, Currency.FromCode("IDR")); // Rp 3,621 trillion
        }
        """);

    [Fact]
    public Task Full_figures_in_millions_of_small_units_and_millions_elsewhere_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Twice = {|AIR0011:Money.Millions(2_387_240_000m, Currency.JPY)|};
            static readonly Money Won = {|AIR0011:Money.Millions(656_900_000_000m, Currency.KRW)|};
            static readonly Money Dollars = {|AIR0011:Money.Millions(2_387_240m, Currency.USD)|};
            Money Unknown(Currency currency) => {|AIR0011:Money.Millions(600_000_000_000_000m, currency)|};
        }
        """);

    [Fact]
    public Task Already_scaled_figures_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = {|AIR0011:Money.Millions(600_000_000m, Currency.CNY)|};
                var b = {|AIR0011:Money.Billions(138_000_000_000m, Currency.USD)|};
                var c = {|AIR0011:Money.Trillions(1_000m, Currency.CNY)|};
                var d = {|AIR0011:Money.Scaled(500_000_000m, Magnitude.Millions, Currency.EUR)|};
                var e = {|AIR0011:Money.Billions(-2_000_000_000m, Currency.JPY)|};
            }
        }
        """);

    [Fact]
    public Task Constants_and_named_arguments_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            private const decimal Stargate = 500_000_000_000m;
            void M()
            {
                var a = {|AIR0011:Money.Billions(Stargate, Currency.USD)|};
                var b = {|AIR0011:Money.Millions(currency: Currency.USD, millions: 1_000_000)|};
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_Reports() => Verify.Diagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(int[] years)
            {
                Func<Money> f = () => {|AIR0011:Money.Millions(2_000_000m, Currency.USD)|};
                var q = from y in years select {|AIR0011:Money.Billions(1_000_000_000m, Currency.CNY)|};
                Money Local() => {|AIR0011:Money.Trillions(5_000m, Currency.CNY)|};
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var fund = {|AIR0011:Money.Millions(344_000_000m, Currency.CNY)|};
        System.Console.WriteLine(fund.Amount);
        """);

    [Fact]
    public Task Records_generics_null_conditional_and_patterns_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Programme(string Name)
        {
            public Money Headline { get; } = {|AIR0011:Money.Billions(47_500_000_000m, Currency.CNY)|};
        }
        class Registry<T>
        {
            public Money? Pick(Programme? p, object o) => o is int ? {|AIR0011:Money.Millions(100_000_000m, Currency.USD)|} : p?.Headline;
        }
        """);

    [Fact]
    public Task Figures_in_the_named_scale_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Money.Millions(600m, Currency.CNY);
                var b = Money.Billions(138m, Currency.USD);
                var c = Money.Trillions(1m, Currency.CNY);
                var d = Money.Millions(1_500m, Currency.USD);
                var e = Money.Scaled(500m, Magnitude.Billions, Currency.EUR);
                var f = Money.Billions(999_999m, Currency.JPY);
            }
        }
        """);

    [Fact]
    public Task Full_amounts_and_thousands_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Money.Of(600_000_000m, Currency.CNY);
                var b = new Money(500_000_000_000m, Currency.USD);
                var c = Money.Thousands(250_000m, Currency.EUR);
                var d = Money.Scaled(600_000_000m, Magnitude.Units, Currency.CNY);
            }
        }
        """);

    [Fact]
    public Task Figures_known_only_at_run_time_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(decimal figure, Magnitude magnitude)
            {
                var a = Money.Millions(figure, Currency.CNY);
                var b = Money.Scaled(600_000_000m, magnitude, Currency.USD);
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_in_scale_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(decimal[] figures)
            {
                Func<Money> f = () => Money.Millions(2m, Currency.USD);
                var q = from x in figures select Money.Billions(x, Currency.CNY);
                Money Local() => Money.Trillions(5m, Currency.CNY);
            }
        }
        """);

    [Fact]
    public Task Top_level_records_null_conditional_and_patterns_in_scale_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        Programme? p = new("Big Fund III");
        if (p is { Name.Length: > 0 }) { System.Console.WriteLine(p?.Headline.Amount); }
        record Programme(string Name)
        {
            public Money Headline { get; } = Money.Billions(344m, Currency.CNY);
        }
        """);

    [Fact]
    public Task Scaled_factory_becomes_Of_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M() => {|AIR0011:Money.Millions(600_000_000m, Currency.CNY)|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            Money M() => Money.Of(600_000_000m, Currency.CNY);
        }
        """);

    [Fact]
    public Task Quadrillions_of_a_dollar_sized_currency_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = {|AIR0011:Money.Trillions(1_000m, Currency.USD)|};
                var b = {|AIR0011:Money.Billions(2_500_000m, Currency.EUR)|};
                var c = {|AIR0011:Money.Trillions(5_000m, Currency.FromCode("GBP"))|};
                var usd = Currency.USD;
                var d = {|AIR0011:Money.Trillions(9_000m, usd)|};
            }
        }
        """);

    [Fact]
    public Task Beyond_any_budget_even_in_small_units_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Currency unknown)
            {
                var a = {|AIR0011:Money.Trillions(5_000_000m, Currency.JPY)|};
                var b = {|AIR0011:Money.Trillions(500_000_000m, Currency.FromCode("IDR"))|};
                var c = {|AIR0011:Money.Trillions(20_000_000_000m, unknown)|};
            }
        }
        """);

    [Fact]
    public Task Real_budgets_of_small_unit_currencies_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var indonesia = Money.Trillions(3_621m, Currency.FromCode("IDR"));      // Rp 3,621 trillion, 2025 budget
                var vietnam = Money.Trillions(2_549m, Currency.FromCode("VND"));        // about 2,549 trillion dong
                var japan = Money.Trillions(115m, Currency.JPY);
                var korea = Money.Trillions(677m, Currency.KRW);
                var iran = Money.Trillions(50_000m, Currency.FromCode("IRR"));
            }
        }
        """);

    [Fact]
    public Task Large_figures_in_an_unknown_currency_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            Money M(Currency currency) => Money.Trillions(3_621m, currency);
            Money N(string code) => Money.Billions(900_000m, Currency.FromCode(code));
        }
        """);

    [Fact]
    public Task Each_reading_is_its_own_fix_thousands_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M() => {|AIR0011:Money.Millions(600_000_000m, Currency.CNY)|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            Money M() => Money.Thousands(600_000_000m, Currency.CNY);
        }
        """, "MagnitudeDoubleScalingCodeFixProvider.Thousands");

    [Fact]
    public Task Each_reading_of_a_trillions_figure_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M() => {|AIR0011:Money.Trillions(1_000m, Currency.USD)|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            Money M() => Money.Billions(1_000m, Currency.USD);
        }
        """, "MagnitudeDoubleScalingCodeFixProvider.Billions");

    [Fact]
    public Task Scaled_reading_changes_the_magnitude_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M() => {|AIR0011:Money.Scaled(500_000_000m, Magnitude.Millions, Currency.EUR)|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            Money M() => Money.Scaled(500_000_000m, Magnitude.Units, Currency.EUR);
        }
        """, "MagnitudeDoubleScalingCodeFixProvider.Units");

    [Fact]
    public Task Named_arguments_are_renamed_with_the_factory_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M() => {|AIR0011:Money.Millions(currency: Currency.USD, millions: 1_000_000m)|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            Money M() => Money.Of(currency: Currency.USD, amount: 1_000_000m);
        }
        """);

    [Fact]
    public async Task Every_reading_is_offered_and_none_in_Fix_All()
    {
        var offered = await FixRunner.ActionsAsync(new Fix(), """
            using AiRace.Core;
            class C
            {
                Money M() => Money.Billions(138_000_000_000m, Currency.USD);
            }
            """);
        offered.Should().Equal(
            "The figure is the full amount: Money.Of (138,000,000,000)",
            "The figure is in thousands: 138,000,000,000,000 in all",
            "The figure is in millions: 138,000,000,000,000,000 in all");
        new Fix().GetFixAllProvider().Should().BeNull("a reading changes the figure by 10^3 to 10^12: the author picks it");
    }

    [Fact]
    public Task Scaled_with_reordered_named_arguments_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Budgets
        {
            Money A() => {|AIR0011:Money.Scaled(figure: 600_000_000m, currency: Currency.CNY, magnitude: Magnitude.Millions)|};
        }
        """);

    [Fact]
    public Task Millions_of_yen_in_an_unknown_currency_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Budgets
        {
            // 2.4 trillion yen as a Japanese report states it; the currency comes from configuration
            Money A(Currency reportCurrency) => Money.Millions(2_387_240m, reportCurrency);
        }
        """);

    [Fact]
    public Task Using_static_full_amount_Fix() => Verify.Fix<MagnitudeDoubleScalingCodeFixProvider>("""
        using AiRace.Core;
        using static AiRace.Core.Money;
        class Budgets
        {
            Money A() => {|AIR0011:Millions(600_000_000m, Currency.CNY)|};
        }
        """, """
        using AiRace.Core;
        using static AiRace.Core.Money;
        class Budgets
        {
            Money A() => Of(600_000_000m, Currency.CNY);
        }
        """, "MagnitudeDoubleScalingCodeFixProvider.Units");

    [Fact]
    public Task Named_arguments_reversed_Fix() => Verify.Fix<MagnitudeDoubleScalingCodeFixProvider>("""
        using AiRace.Core;
        class Budgets
        {
            Money A() => {|AIR0011:Money.Billions(currency: Currency.USD, billions: 138_000_000_000m)|};
        }
        """, """
        using AiRace.Core;
        class Budgets
        {
            Money A() => Money.Of(currency: Currency.USD, amount: 138_000_000_000m);
        }
        """, "MagnitudeDoubleScalingCodeFixProvider.Units");

    [Fact]
    public Task Small_unit_currencies_by_local_field_and_code_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Budgets
        {
            private static readonly Currency Yen = Currency.JPY;
            Money A()
            {
                var yen = Currency.JPY;
                return Money.Millions(2_387_240m, yen);
            }
            Money B() => Money.Millions(2_387_240m, Yen);
            Money C() => Money.Trillions(3_621m, Currency.FromCode("IDR"));
            Money D() => Money.Billions(1_000m, Currency.USD);
            Money E() => Money.Thousands(250_000_000m, Currency.CNY);
        }
        """);

    [Fact]
    public Task Switch_lambda_negative_and_extreme_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Budgets
        {
            Money A(string kind) => kind switch
            {
                "cn" => {|AIR0011:Money.Millions(600_000_000m, Currency.CNY)|},
                _ => Money.Millions(600m, Currency.CNY),
            };
            Func<Money> B = () => {|AIR0011:Money.Billions(-138_000_000_000m, Currency.USD)|};
            Money C() => {|AIR0011:Money.Trillions(decimal.MaxValue, Currency.USD)|};
            Money D() => {|AIR0011:Money.Scaled(2_387_240_000m, (Magnitude)6, Currency.JPY)|};
        }
        """);

    [Fact]
    public Task Yen_through_a_code_local_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Budgets
        {
            Money A()
            {
                var code = "JPY";
                return Money.Millions(2_387_240m, Currency.FromCode(code));
            }
        }
        """);

    [Fact]
    public Task Currency_through_local_and_named_arguments() => Verify.Diagnostics("""
        using AiRace.Core;
        class Budgets
        {
            Money A()
            {
                var cny = Currency.CNY;
                return {|AIR0011:Money.Millions(600_000_000m, cny)|};
            }

            Money B() => {|AIR0011:Money.Scaled(currency: Currency.USD, magnitude: Magnitude.Millions, figure: 600_000_000m)|};
            Money C(Currency reportCurrency) => Money.Millions(2_387_240m, reportCurrency);
        }
        """);


    [Fact]
    public Task Boundary_and_scaled_Reports() => Verify<MagnitudeDoubleScalingRule>.Diagnostics("""
        using AiRace.Core;
        public static class Figures
        {
            public static Money A() => {|AIR0011:Money.Billions(2_500_000_000m, Currency.EUR)|};
            public static Money B() => {|AIR0011:Money.Millions(1_000_000m, Currency.USD)|};
            public static Money C() => {|AIR0011:Money.Scaled(5_000_000m, Magnitude.Millions, Currency.GBP)|};
            public static Money D()
            {
                var krw = Currency.KRW;
                return {|AIR0011:Money.Millions(50_000_000_000m, krw)|};
            }
        }
        """);

    [Fact]
    public Task Real_figures_DoesNotReport() => Verify<MagnitudeDoubleScalingRule>.NoDiagnostics("""
        using AiRace.Core;
        public static class Figures
        {
            public static Money A() => Money.Millions(999_999m, Currency.USD);
            public static Money B() => Money.Millions(50_000m, Currency.KRW);
            public static Money C() => Money.Thousands(250_000_000m, Currency.USD);
            public static Money D() => Money.Scaled(5_000_000m, Magnitude.Thousands, Currency.GBP);
            public static Money E() => Money.Scaled(5_000_000_000m, Magnitude.Units, Currency.GBP);
            public static Money F() => Money.Millions(2_000_000m, Currency.FromCode("IRR"));
        }
        """);

    [Fact]
    public Task Named_scaled_in_top_level_Fix() => Verify<MagnitudeDoubleScalingRule>.Fix<MagnitudeDoubleScalingCodeFixProvider>("""
        using System;
        using AiRace.Core;

        var grant = {|AIR0011:Money.Scaled(figure: 5_000_000m, magnitude: Magnitude.Millions, currency: Currency.GBP)|};
        Console.WriteLine(grant);
        """, """
        using System;
        using AiRace.Core;

        var grant = Money.Scaled(figure: 5_000_000m, magnitude: Magnitude.Units, currency: Currency.GBP);
        Console.WriteLine(grant);
        """);

    [Fact]
    public Task Billions_in_a_switch_arm_Fix() => Verify<MagnitudeDoubleScalingRule>.Fix<MagnitudeDoubleScalingCodeFixProvider>("""
        using AiRace.Core;
        public static class Budgets
        {
            public static Money Of(string country) => country switch
            {
                "DE" => {|AIR0011:Money.Billions(2_500_000_000m, Currency.EUR)|},
                _ => Money.Zero(Currency.EUR),
            };
        }
        """, """
        using AiRace.Core;
        public static class Budgets
        {
            public static Money Of(string country) => country switch
            {
                "DE" => Money.Of(2_500_000_000m, Currency.EUR),
                _ => Money.Zero(Currency.EUR),
            };
        }
        """);

    [Fact]
    public async Task Scaled_titles_name_the_magnitude_the_fix_writes()
    {
        var offered = await FixRunner.ActionsAsync(new Fix(), """
            using AiRace.Core;
            class C
            {
                Money M() => Money.Scaled(600_000_000m, Magnitude.Millions, Currency.CNY);
            }
            """);
        offered.Should().Equal(
            "The figure is the full amount: Magnitude.Units (600,000,000)",
            "The figure is in thousands: 600,000,000,000 in all");
    }

    [Fact]
    public async Task Titles_state_the_exact_amount_each_reading_gives()
    {
        var offered = await FixRunner.ActionsAsync(new Fix(), """
            using AiRace.Core;
            class C
            {
                Money M() => Money.Trillions(1_000.125m, Currency.USD);
            }
            """);
        offered.Should().Equal(
            "The figure is the full amount: Money.Of (1,000.125)",
            "The figure is in thousands: 1,000,125 in all",
            "The figure is in millions: 1,000,125,000 in all",
            "The figure is in billions: 1,000,125,000,000 in all");
    }

    // AIR0011.md: "For a known currency with small units … the figure must be at least the scale factor times the units per US dollar, rounded up to a power of ten"
    [Fact]
    public Task Budgets_in_millions_of_pesos_and_lira_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        static class Budgets
        {
            // Mexico's 2025 federal budget (PEF), as the finance ministry states it: millions of pesos (about 18–20 per dollar)
            public static readonly Money Mexico = Money.Millions(9_302_015.8m, Currency.FromCode("MXN"));
            // Turkey's 2025 central government budget: 14.7 trillion lira (about 35 per dollar)
            public static readonly Money Turkey = Money.Millions(14_700_000m, Currency.FromCode("TRY"));
            // Angola's 2025 state budget (OGE): 34.63 trillion kwanza (about 900 per dollar)
            public static readonly Money Angola = Money.Millions(34_630_000m, Currency.FromCode("AOA"));
            // South Africa, the Czech Republic, South Sudan, Liberia, the Dominican Republic, Sweden and Norway, in millions
            public static readonly Money SouthAfrica = Money.Millions(2_560_000m, Currency.FromCode("ZAR"));
            public static readonly Money Czechia = Money.Millions(2_320_000m, Currency.FromCode("CZK"));
            public static readonly Money SouthSudan = Money.Millions(4_170_000m, Currency.FromCode("SSP"));
            public static readonly Money Liberia = Money.Millions(180_000m, Currency.FromCode("LRD"));
            public static readonly Money Dominican = Money.Millions(1_650_000m, Currency.FromCode("DOP"));
            public static readonly Money Sweden = Money.Millions(1_300_000m, Currency.FromCode("SEK"));
            public static readonly Money Norway = Money.Millions(2_050_000m, Currency.FromCode("NOK"));
        }
        """);

    // the twin: a peso, lira or kwanza figure copied in full into the millions factory is still reported
    [Fact]
    public Task Full_peso_lira_and_kwanza_amounts_given_as_millions_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        static class Budgets
        {
            public static readonly Money Mexico = {|AIR0011:Money.Millions(9_302_015_800_000m, Currency.FromCode("MXN"))|};
            public static readonly Money Turkey = {|AIR0011:Money.Billions(14_700_000_000_000m, Currency.FromCode("TRY"))|};
            public static readonly Money Angola = {|AIR0011:Money.Millions(34_630_000_000_000m, Currency.FromCode("AOA"))|};
            public static readonly Money Dollars = {|AIR0011:Money.Millions(2_000_000m, Currency.USD)|};
        }
        """);

    // AIR0011.md: a currency whose units per dollar are not known (a fund, a precious metal) is left alone, even for a figure that would be reported in dollars
    [Fact]
    public Task Currencies_without_units_per_dollar_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        static class Holdings
        {
            public static readonly Money Gold = Money.Millions(2_000_000m, Currency.FromCode("XAU"));
            public static readonly Money Indexed = Money.Trillions(5_000m, Currency.FromCode("CLF"));
        }
        """);

    // AIR0011.md: "Money.Scaled(x, Magnitude.Millions, c) offers Magnitude.Units ... and Magnitude.Thousands"; naming the
    // figure in its own position (figure: …, then positional), or every argument out of order, is the same call
    [Fact]
    public async Task Scaled_call_with_named_arguments_is_offered_the_smaller_readings()
    {
        var inPosition = await FixRunner.ActionsAsync(new Fix(), """
            using AiRace.Core;
            public static class Budgets
            {
                public static Money Plan => Money.Scaled(figure: 600_000_000m, Magnitude.Millions, Currency.CNY);
            }
            """);
        var outOfOrder = await FixRunner.ActionsAsync(new Fix(), """
            using AiRace.Core;
            public static class Budgets
            {
                public static Money Plan => Money.Scaled(magnitude: Magnitude.Millions, currency: Currency.CNY, figure: 600_000_000m);
            }
            """);

        inPosition.Should().Equal(
            "The figure is the full amount: Magnitude.Units (600,000,000)",
            "The figure is in thousands: 600,000,000,000 in all");
        outOfOrder.Should().Equal(inPosition);
    }
}
