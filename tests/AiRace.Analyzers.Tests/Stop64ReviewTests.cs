using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Fix = AiRace.Analyzers.CodeFixes.UnitStrippingCodeFixProvider;
using VerifyClock = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.ClockConversionDateRule>;
using VerifyFloating = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.MoneyFromFloatingPointRule>;
using VerifyStripping = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The adversarial review of stop 63's analyzer work (stop 64): each test here failed before its fix. AIR0004 followed
/// an amount bound by Money's positional pattern while an <c>and</c> beside it tested the currency; AIR0004's fix of a
/// sum inside a longer chain rewrote a quotient the rule leaves alone (an exchange rate) on Money, whose division
/// throws there; AIR0002 took a helper as making its double decimal when a local function or lambda of its body wrote the
/// parameter (rounded it) first; in top-level statements, AIR0004's positional pattern and AIR0008's pattern looked for
/// writes of the bound local in its own statement only, not in a local function of another one; AIR0004's fix of a sum
/// that is an operand of an <c>Equals</c> whose result is dropped wrote <c>(a - b) == c;</c>, which does not compile.
/// </summary>
public class Stop64ReviewTests
{
    // budget is (var b, _) and { Currency.Code: "USD" }: the pattern tests the currency of each value, as
    // (var b, var c) binds it; the amounts are not followed (they were, a false report)
    [Fact]
    public Task Positional_amount_whose_pattern_tests_the_currency_beside_it_DoesNotReport() => VerifyStripping.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            bool Over(Money budget, Money spent) =>
                budget is (decimal b, _) and { Currency.Code: "USD" } && spent is (var s, _) and { Currency.Code: "USD" } && b > s;

            bool Under(Money budget, Money spent) =>
                budget is { Currency.Code: "USD" } and (var b, _) && spent is { Currency: var c } and (var s, _) && c == Currency.USD && b < s;

            decimal Left(Money budget, Money spent) => budget switch
            {
                { Currency.Code: "CNY" } and (var b, _) when spent is { Currency.Code: "CNY" } and (var s, _) => b - s,
                _ => 0m,
            };
        }
        """);

    // the twin: a pattern beside it that tests only the amount leaves the currency unchecked
    [Fact]
    public Task Positional_amount_whose_pattern_beside_it_tests_only_the_amount_Reports() => VerifyStripping.Diagnostics("""
        using AiRace.Core;
        class C
        {
            bool Over(Money budget, Money spent) =>
                budget is (decimal b, _) and { Amount: > 0m } && spent is (var s, _) and not { Amount: 0m } && {|AIR0004:b > s|};
        }
        """);

    // (yuan.Amount - fees.Amount) / dollars.Amount is a rate of two known currencies, which AIR0004 does not report:
    // the reported difference is fixed alone, not rewritten with the quotient as (yuan - fees) / dollars, which throws
    [Fact]
    public Task Difference_inside_an_exchange_rate_is_fixed_alone_Fix() => VerifyStripping.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            static readonly Money Yuan = Money.Cny(7_200m);
            static readonly Money Fees = Money.Cny(20m);
            static readonly Money Dollars = Money.Usd(1_000m);

            decimal Rate() => ({|AIR0004:Yuan.Amount - Fees.Amount|}) / Dollars.Amount;
            decimal Inverse() => Dollars.Amount / ({|AIR0004:Yuan.Amount - Fees.Amount|} - Fees.Amount);
        }
        """, """
        using AiRace.Core;
        class C
        {
            static readonly Money Yuan = Money.Cny(7_200m);
            static readonly Money Fees = Money.Cny(20m);
            static readonly Money Dollars = Money.Usd(1_000m);

            decimal Rate() => (Yuan - Fees).Amount / Dollars.Amount;
            decimal Inverse() => Dollars.Amount / (Yuan - Fees - Fees).Amount;
        }
        """);

    // the twin: a quotient of one currency (or of unknown ones) is a ratio the rule reports, rewritten whole
    [Fact]
    public Task Difference_inside_a_ratio_of_one_or_unknown_currencies_is_fixed_whole_Fix() => VerifyStripping.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            static readonly Money Yuan = Money.Cny(7_200m);
            static readonly Money Fees = Money.Cny(20m);

            decimal Share() => ({|AIR0004:Yuan.Amount - Fees.Amount|}) / Yuan.Amount;
            decimal Given(Money a, Money b, Money c) => ({|AIR0004:a.Amount - b.Amount|}) / c.Amount;
        }
        """, """
        using AiRace.Core;
        class C
        {
            static readonly Money Yuan = Money.Cny(7_200m);
            static readonly Money Fees = Money.Cny(20m);

            decimal Share() => (Yuan - Fees) / Yuan;
            decimal Given(Money a, Money b, Money c) => (a - b) / c;
        }
        """);

    // a helper whose parameter is written by a local function or lambda of its own body (rounded to a whole number
    // first) may not make the double it is given decimal: no report (there was one, only writes outside nested
    // functions were looked for)
    [Fact]
    public Task Helper_whose_nested_function_writes_the_double_DoesNotReport() => VerifyFloating.NoDiagnostics("""
        using System;
        using AiRace.Core;
        static class H
        {
            public static decimal Whole(double d)
            {
                Round();
                return (decimal)d;

                void Round() => d = Math.Round(d);
            }

            public static decimal Floored(double d)
            {
                Action floor = () => d = Math.Floor(d);
                floor();
                return (decimal)d;
            }
        }
        class C
        {
            Money M(double value) => Money.Cny(H.Whole(value)) + Money.Cny(H.Floored(value));
        }
        """);

    // the twin: a lambda of the body that writes its own parameter leaves the helper's double as given
    [Fact]
    public Task Helper_whose_lambda_writes_only_its_own_parameter_Reports() => VerifyFloating.Diagnostics("""
        using System;
        using AiRace.Core;
        static class H
        {
            public static decimal Dec(double d)
            {
                Func<double, double> half = x => x /= 2;
                return (decimal)d;
            }
        }
        class C
        {
            Money M(double value) => Money.Cny({|AIR0002:H.Dec(value)|});
        }
        """);

    // top-level statements: the local function Reset, another global statement, writes the amount the pattern bound,
    // and runs before the comparison: b is no longer the budget's amount (it was reported)
    [Fact]
    public Task Positional_amount_written_by_a_top_level_local_function_DoesNotReport() => VerifyStripping.NoDiagnostics("""
        using System;
        using AiRace.Core;
        var budget = Money.Cny(5m);
        var spent = Money.Cny(2m);
        if (budget is (var b, _) && spent is (var s, _))
        {
            Reset();
            Console.WriteLine(b > s);
        }

        void Reset() => b = 0m;
        """);

    // the twin: a local function that only reads it
    [Fact]
    public Task Positional_amount_read_by_a_top_level_local_function_Reports() => VerifyStripping.Diagnostics("""
        using System;
        using AiRace.Core;
        var budget = Money.Cny(5m);
        var spent = Money.Cny(2m);
        if (budget is (var b, _) && spent is (var s, _))
        {
            Show();
            Console.WriteLine({|AIR0004:b > s|});
        }

        void Show() => Console.WriteLine(b);
        """);

    // the same for AIR0008: the clock's time a pattern bound is replaced by a fixed date before the conversion
    [Fact]
    public Task Clock_pattern_local_written_by_a_top_level_local_function_DoesNotReport() => VerifyClock.NoDiagnostics("""
        using System;
        using AiRace.Core;
        IExchangeRateProvider rates = new ExchangeRateTable(Array.Empty<ExchangeRate>());
        if (DateTime.Now is var stamp)
        {
            Fix();
            Console.WriteLine(Money.Cny(1m).ConvertTo(Currency.USD, DateOnly.FromDateTime(stamp), rates, RateLookup.ExactDate));
        }

        void Fix() => stamp = new DateTime(2025, 6, 30);
        """);

    [Fact]
    public Task Clock_pattern_local_read_by_a_top_level_local_function_Reports() => VerifyClock.Diagnostics("""
        using System;
        using AiRace.Core;
        IExchangeRateProvider rates = new ExchangeRateTable(Array.Empty<ExchangeRate>());
        if (DateTime.Now is var stamp)
        {
            Show();
            Console.WriteLine(Money.Cny(1m).ConvertTo(Currency.USD, {|AIR0008:DateOnly.FromDateTime(stamp)|}, rates, RateLookup.ExactDate));
        }

        void Show() => Console.WriteLine(stamp);
        """);

    // decimal.Equals(a.Amount + b.Amount, c.Amount); as a statement (or a lambda returning nothing): the sum is fixed
    // alone, the Equals stays as the rule leaves a dropped Equals (reported, no fix); it became '(a + b) == c;' (CS0201)
    [Fact]
    public Task Sum_inside_an_Equals_whose_result_is_dropped_is_fixed_alone_Fix() => FixLeavingFindings("""
        using System;
        using AiRace.Core;
        class C
        {
            void Statement(Money a, Money b, Money c)
            {
                decimal.Equals({|AIR0004:a.Amount + b.Amount|}, c.Amount);
            }

            Action Lambda(Money a, Money b, Money c) => () => ({|AIR0004:a.Amount - b.Amount|}).Equals(c.Amount);
        }
        """, """
        using System;
        using AiRace.Core;
        class C
        {
            void Statement(Money a, Money b, Money c)
            {
                {|AIR0004:decimal.Equals((a + b).Amount, c.Amount)|};
            }

            Action Lambda(Money a, Money b, Money c) => () => {|AIR0004:(a - b).Amount.Equals(c.Amount)|};
        }
        """);

    // the twin: an Equals whose result is used is finished in one run
    [Fact]
    public Task Sum_inside_an_Equals_whose_result_is_used_is_fixed_with_it_Fix() => VerifyStripping.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            bool Same(Money a, Money b, Money c) => decimal.Equals({|AIR0004:a.Amount + b.Amount|}, c.Amount);
        }
        """, """
        using AiRace.Core;
        class C
        {
            bool Same(Money a, Money b, Money c) => (a + b) == c;
        }
        """);

    /// <summary>As <c>Verify.Fix</c>, with the findings the fix leaves (no fix for them) marked in the fixed source.</summary>
    private static Task FixLeavingFindings(string source, string fixedSource)
    {
        var test = new CSharpCodeFixTest<AiRaceAnalyzer, Fix, DefaultVerifier>();
        TestReferences.Apply(test.TestState, source);
        foreach (var descriptor in new AiRaceAnalyzer().SupportedDiagnostics)
        {
            if (descriptor.Id != "AIR0004")
            {
                test.DisabledDiagnostics.Add(descriptor.Id);
            }
        }

        test.FixedState.Sources.Add(fixedSource);
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.FixedState.ReferenceAssemblies = TestReferences.None;
        test.FixedState.AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.OutputKind = test.TestState.OutputKind;
        return test.RunAsync(System.Threading.CancellationToken.None);
    }
}
