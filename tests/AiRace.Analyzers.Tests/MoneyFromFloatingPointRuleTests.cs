using System.Linq;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.MoneyFromFloatingPointRule>;

using Fix = AiRace.Analyzers.CodeFixes.MoneyFromFloatingPointCodeFixProvider;

namespace AiRace.Analyzers.Tests;

public class MoneyFromFloatingPointRuleTests
{
    [Fact]
    public Task Constructor_factories_and_conversions_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(double d, float f)
            {
                var a = new Money({|AIR0002:(decimal)0.1|}, Currency.USD);
                var b = Money.Usd({|AIR0002:(decimal)f|});
                var c = Money.Of({|AIR0002:Convert.ToDecimal(d)|}, Currency.EUR);
                var e = Money.Millions({|AIR0002:new decimal(d)|}, Currency.CNY);
                var g = a * {|AIR0002:(decimal)0.5|};
            }
        }
        """);

    [Fact]
    public Task Lambdas_and_linq_query_Reports() => Verify.Diagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(double[] values)
            {
                Func<double, Money> f = d => Money.Usd({|AIR0002:(decimal)d|});
                var q = from d in values select Money.Cny({|AIR0002:(decimal)d|});
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_and_local_functions_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        double rate = 0.07;
        Money Tax(double x) => Money.Eur({|AIR0002:(decimal)(x * rate)|});
        System.Console.WriteLine(Tax(100.0));
        System.Console.WriteLine(Money.Of({|AIR0002:(decimal)1e9|}, "USD"));
        """);

    [Fact]
    public Task Records_and_generics_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Item(double Price)
        {
            public Money Cost => Money.Usd({|AIR0002:(decimal)Price|});
        }
        class Converter<T> where T : struct
        {
            static double Twice(double x) => 2 * x;
            public Money Scale(T unused, double x) => Money.Scaled({|AIR0002:(decimal)Twice(x)|}, Magnitude.Billions, Currency.JPY);
        }
        """);

    [Fact]
    public Task Null_conditional_and_pattern_matching_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Item(double Price);
        class C
        {
            Money M(Item? item, object o)
            {
                var a = Money.Gbp({|AIR0002:(decimal)(item?.Price ?? 0.0)|});
                if (o is double d and > 0)
                {
                    return Money.Usd({|AIR0002:(decimal)d|});
                }

                return a;
            }
        }
        """);

    [Fact]
    public Task Decimal_and_integer_amounts_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(decimal amount, int count, long big)
            {
                var a = new Money(0.1m, Currency.USD);
                var b = Money.Usd(5) + Money.Usd(count) + Money.Usd(big);
                var c = Money.Millions(600, Currency.CNY) * 2 / 3m;
                var d = Money.Of(amount, "EUR");
            }
        }
        """);

    [Fact]
    public Task Doubles_that_never_become_money_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            double M(Money m)
            {
                double ratio = 0.5 * Math.PI;
                decimal rate = 1.25m;
                return ratio + (double)(m * rate).Amount;
            }
        }
        """);

    [Fact]
    public Task Lambdas_and_linq_query_over_decimals_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(decimal[] prices)
            {
                Func<decimal, Money> f = p => Money.Usd(p);
                var q = from p in prices where (double)p > 0.5 select Money.Cny(p);
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_and_local_functions_with_decimals_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        decimal rate = 0.07m;
        Money Tax(decimal x) => Money.Eur(x * rate);
        System.Console.WriteLine(Tax(100m));
        """);

    [Fact]
    public Task Records_generics_patterns_and_null_conditional_with_decimals_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        record Item(decimal Price);
        class C<T>
        {
            Money M(Item? item, object o, T t)
            {
                var a = Money.Gbp(item?.Price ?? 0m);
                return o is decimal d and > 0m ? Money.Usd(d) : a;
            }
        }
        """);

    [Fact]
    public Task Literal_amount_becomes_decimal_literal_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M() => Money.Usd({|AIR0002:(decimal)0.1|});
        }
        """, """
        using AiRace.Core;
        class C
        {
            Money M() => Money.Usd(0.1m);
        }
        """);

    [Fact]
    public Task Float_negative_and_exponent_literals_FixAll() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = new Money({|AIR0002:(decimal)1.5f|}, Currency.EUR);
                var b = Money.Of({|AIR0002:(decimal)-2.25|}, Currency.USD);
                var c = Money.Cny({|AIR0002:(decimal)1e9|});
            }
        }
        """, """
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = new Money(1.5m, Currency.EUR);
                var b = Money.Of(-2.25m, Currency.USD);
                var c = Money.Cny(1e9m);
            }
        }
        """);

    [Fact]
    public Task Variable_amount_has_no_mechanical_fix_DoesNotReport_a_fix() => Verify.NoFix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M(double d) => Money.Usd({|AIR0002:(decimal)d|});
        }
        """);

    [Fact]
    public Task Decimal_locals_computed_from_floating_point_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(double measured, float ratio, Money m)
            {
                var amount = (decimal)measured;
                decimal converted = Convert.ToDecimal(measured * 1.2);
                var scaled = (decimal)ratio * 100m;
                var negated = -amount;
                var a = new Money({|AIR0002:amount|}, Currency.USD);
                var b = Money.Of({|AIR0002:converted|}, Currency.CNY);
                var c = Money.Usd({|AIR0002:scaled|});
                var d = m * {|AIR0002:negated|};
                var e = Money.Of({|AIR0002:amount + 1m|}, Currency.EUR);
            }
        }
        """);

    [Fact]
    public Task Decimal_locals_from_decimal_sources_or_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(double measured, decimal stated, string text, bool flag)
            {
                var amount = stated * 2m;
                var parsed = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
                var rounded = (decimal)measured;
                rounded = Math.Round(stated, 2, MidpointRounding.ToEven);
                var count = (int)measured;
                var a = new Money(amount, Currency.USD);
                var b = Money.Of(parsed, Currency.CNY);
                var c = Money.Usd(rounded);
                var d = Money.Of(count, Currency.EUR);
            }
        }
        """);

    [Fact]
    public Task A_local_reached_amount_has_no_literal_fix_DoesNotReport_a_fix() => Verify.NoFix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M()
            {
                var amount = (decimal)0.1;
                return new Money({|AIR0002:amount|}, Currency.USD);
            }
        }
        """);

    [Fact]
    public Task Fix_of_a_literal_times_a_factor_keeps_the_factor() => Verify.Fix<Fix>(
        """
        using AiRace.Core;
        class Pricing
        {
            public Money Fee() => Money.Usd({|AIR0002:(decimal)0.1 * 100m|});
        }
        """,
        """
        using AiRace.Core;
        class Pricing
        {
            public Money Fee() => Money.Usd(0.1m * 100m);
        }
        """);

    [Fact]
    public Task Fix_of_a_negated_cast_keeps_the_sign() => Verify.Fix<Fix>(
        """
        using AiRace.Core;
        class Pricing
        {
            public Money Refund() => Money.Usd({|AIR0002:-(decimal)2.5|});
            public Money Scaled(Money price) => price * {|AIR0002:-(decimal)0.5f|};
        }
        """,
        """
        using AiRace.Core;
        class Pricing
        {
            public Money Refund() => Money.Usd(-2.5m);
            public Money Scaled(Money price) => price * -0.5m;
        }
        """);

    [Fact]
    public Task Cast_from_nullable_double_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed class PriceRow
        {
            public double? Price { get; set; }
        }
        class Importer
        {
            Money Read(PriceRow row) => Money.Usd({|AIR0002:(decimal)row.Price|});
        }
        """);

    [Fact]
    public Task Compound_scaling_by_a_converted_double_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Discounts
        {
            Money Apply(Money total, double discount)
            {
                total *= {|AIR0002:(decimal)discount|};
                return total;
            }
        }
        """);

    [Fact]
    public Task Integer_from_a_double_inline_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class Meter
        {
            // an integer converts to decimal exactly (doc: Money.Millions(600, …)); a local int is not reported either
            Money Whole(double measured) => Money.Usd((long)Math.Round(measured));
            Money Count(double d) => Money.Of(Convert.ToInt32(d), Currency.EUR);
        }
        """);

    [Fact]
    public Task Local_reassigned_in_another_switch_section_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Meter
        {
            Money Read(string source, double reading)
            {
                switch (source)
                {
                    case "sensor":
                        // a local written again (in another section of the switch, its scope) is not followed
                        var amount = (decimal)reading;
                        return Money.Usd(amount);
                    default:
                        amount = 10m;
                        return Money.Usd(amount);
                }
            }
        }
        """);

    [Fact]
    public Task Local_written_again_from_a_double_by_every_write_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Meter
        {
            Money A(double reading, double backup, bool fallback)
            {
                var amount = (decimal)reading;
                if (fallback)
                {
                    amount = Convert.ToDecimal(backup);
                }

                return Money.Usd({|AIR0002:amount|});
            }
            Money B(double[] readings)
            {
                decimal total = (decimal)readings[0];
                for (int i = 1; i < readings.Length; i++)
                {
                    total += (decimal)readings[i];
                }

                total *= 1.1m;
                return Money.Cny({|AIR0002:total|});
            }
            Money C(string source, double reading, float sensor)
            {
                decimal value = (decimal)reading;
                switch (source)
                {
                    case "sensor":
                        value = (decimal)sensor * 100m;
                        break;
                    case "manual":
                        value = source.Length > 3 ? (decimal)reading : (decimal)sensor;
                        break;
                }

                value++;
                return new Money({|AIR0002:value|}, Currency.EUR);
            }
            Money D(double rate)
            {
                var fee = (decimal)rate;
                Action reset = () => fee = (decimal)(rate / 2);
                reset();
                return Money.Jpy({|AIR0002:fee|});
            }
        }
        """);

    [Fact]
    public Task Local_written_again_with_an_exact_decimal_or_by_ref_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class Meter
        {
            Money A(double reading, bool exact, decimal typed)
            {
                var amount = (decimal)reading;
                if (exact)
                {
                    amount = typed;
                }

                return Money.Usd(amount);
            }
            Money B(double reading)
            {
                var amount = (decimal)reading;
                Exact(ref amount);
                return Money.Usd(amount);
            }
            Money C(double reading)
            {
                var amount = (decimal)reading;
                (amount, _) = (12.5m, 1);
                return Money.Usd(amount);
            }
            Money D(double reading)
            {
                var amount = (decimal)reading;
                amount = amount * 2m;
                return Money.Usd(amount);
            }
            Money E(double reading)
            {
                decimal amount = 0m;
                amount = (decimal)reading;
                Action reset = () => amount = 1m;
                return Money.Usd(amount);
            }
            Money F(double reading)
            {
                var amount = (decimal)Math.Round(reading);
                amount = (long)reading;
                return Money.Usd(amount);
            }
            static void Exact(ref decimal d) => d = Math.Round(d, 2);
        }
        """);

    [Fact]
    public Task Linq_records_and_await_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed record Reading(string Desk, double Value);
        class CostService
        {
            public IReadOnlyList<Money> Costs(IEnumerable<Reading> readings, Currency currency) =>
                readings.Where(r => r.Value > 0).Select(r => new Money({|AIR0002:(decimal)r.Value|}, currency)).ToList();

            public async Task<Money> LaterAsync(Task<double> pending) => Money.Eur({|AIR0002:(decimal)await pending|});

            public Money Chain(double measured)
            {
                var raw = (decimal)measured;
                var fee = raw * 0.02m;
                return Money.Usd({|AIR0002:fee|});
            }
        }
        """);

    [Fact]
    public Task Decimal_pipeline_with_double_only_compared_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Globalization;
        using AiRace.Core;
        class Quotes
        {
            Money Pick(decimal price, double threshold) => (double)price > threshold ? Money.Usd(price) : Money.Usd(0m);
            Money Parse(string text) => Money.Usd(Convert.ToDecimal(text, CultureInfo.InvariantCulture));
            Money Scale(Money m, double factor) => factor > 1.0 ? m * 2m : m;
        }
        """);

    [Fact]
    public Task Named_arguments_and_generic_math_Fix() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class C
        {
            Money A() => new Money(amount: {|AIR0002:(decimal)0.25|}, currency: Currency.USD);
            Money B() => Money.Scaled(figure: {|AIR0002:(decimal)1.5f|}, magnitude: Magnitude.Millions, currency: Currency.EUR);
        }
        """, """
        using AiRace.Core;
        class C
        {
            Money A() => new Money(amount: 0.25m, currency: Currency.USD);
            Money B() => Money.Scaled(figure: 1.5m, magnitude: Magnitude.Millions, currency: Currency.EUR);
        }
        """);

    [Fact]
    public Task CreateChecked_and_division_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            Money A(double ratio) => Money.Usd({|AIR0002:decimal.CreateChecked(ratio)|});
            Money B(Money m, float split) => m / {|AIR0002:(decimal)split|};
        }
        """);

    [Fact]
    public Task Two_literals_in_one_expression_FixAll() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class C
        {
            Money M() => Money.Usd({|AIR0002:(decimal)0.1|}) + Money.Usd({|AIR0002:(decimal).2|});
        }
        """, """
        using AiRace.Core;
        class C
        {
            Money M() => Money.Usd(0.1m) + Money.Usd(0.2m);
        }
        """);

    [Fact]
    public Task Parenthesized_cast_Fix() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(({|AIR0002:(decimal)0.1|}));
            Money B() => Money.Usd({|AIR0002:(decimal)(0.25)|});
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd((0.1m));
            Money B() => Money.Usd(0.25m);
        }
        """);

    [Fact]
    public Task Checked_and_interpolation_Fix() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(checked({|AIR0002:(decimal)0.1 * 3m|}));
            string B() => $"fee {Money.Eur({|AIR0002:(decimal)2.5f * 4m|})}";
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(checked(0.1m * 3m));
            string B() => $"fee {Money.Eur(2.5m * 4m)}";
        }
        """);

    [Fact]
    public Task Compound_assignment_and_exponent_Fix() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Discounts
        {
            Money Apply(Money total)
            {
                total *= {|AIR0002:(decimal)0.9|};
                total /= {|AIR0002:(decimal)1e1|};
                return total + Money.Usd({|AIR0002:(decimal)-1e-2|});
            }
        }
        """, """
        using AiRace.Core;
        class Discounts
        {
            Money Apply(Money total)
            {
                total *= 0.9m;
                total /= 1e1m;
                return total + Money.Usd(-1e-2m);
            }
        }
        """);

    [Fact]
    public Task Convert_with_provider_Fix() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using System;
        using System.Globalization;
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd({|AIR0002:Convert.ToDecimal(0.1, CultureInfo.InvariantCulture)|});
        }
        """, """
        using System;
        using System.Globalization;
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(0.1m);
        }
        """);

    [Fact]
    public Task Cast_of_named_double_constant_NoFix() => Verify.NoFix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            const double Fee = 0.1;
            Money A() => Money.Usd({|AIR0002:(decimal)Fee|});
        }
        """);

    [Fact]
    public async Task Two_literal_casts_in_one_value_FixAll_leaves_none()
    {
        const string source = """
            using AiRace.Core;
            class Fees
            {
                Money A() => Money.Usd((decimal)0.1 + (decimal)0.2);
            }
            """;
        string fixedText = await FixRunner.FixAllAsync(new MoneyFromFloatingPointCodeFixProvider(), source);
        var after = await AllRules.AnalyzeAsync(fixedText);
        after.Where(d => d.Id == "AIR0002").Should().BeEmpty("Fix All should leave no value built from a double: " + fixedText);
    }

    [Fact]
    public Task Several_statements_FixAll() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Tariffs
        {
            Money[] All(Money basis) => new[]
            {
                Money.Usd({|AIR0002:(decimal)0.1|}),
                basis * {|AIR0002:(decimal)0.5|},
                {|AIR0002:(decimal)1.5|} * basis,
                new Money({|AIR0002:-(decimal)2.5|}, Currency.EUR),
            };
        }
        """, """
        using AiRace.Core;
        class Tariffs
        {
            Money[] All(Money basis) => new[]
            {
                Money.Usd(0.1m),
                basis * 0.5m,
                1.5m * basis,
                new Money(-2.5m, Currency.EUR),
            };
        }
        """);

    [Fact]
    public Task Conditional_amount_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Quote(double Price, bool HasPrice);
        class Pricing
        {
            Money Of(Quote q) => Money.Usd({|AIR0002:q.HasPrice ? (decimal)q.Price : 0m|});
        }
        """);

    [Fact]
    public Task Nullable_double_with_default_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Row(string Sku, double? Price);
        class Import
        {
            Money Of(Row row) => Money.Usd({|AIR0002:(decimal?)row.Price ?? 0m|});
        }
        """);

    [Fact]
    public Task Abs_of_converted_double_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Refunds
        {
            Money Of(double refund) => Money.Usd({|AIR0002:Math.Abs((decimal)refund)|});
        }
        """);

    [Fact]
    public Task Whole_double_from_Math_Round_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class Budgets
        {
            // "a double made a whole number first ... is exact in decimal and not reported"
            Money Of(double figure) => Money.Millions((decimal)Math.Round(figure), Currency.CNY);
        }
        """);

    [Fact]
    public Task Truncated_cents_through_long_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Cents
        {
            // 0.29 * 100 is 28.999999999999996 in binary: (long) truncates to 28 cents
            Money Of(double price) => Money.Usd({|AIR0002:(long)(price * 100) / 100m|});
        }
        """);

    [Fact]
    public Task Whole_numbers_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class Units
        {
            Money A(double d) => Money.Usd((int)Math.Round(d));
            Money B(double d) => Money.Usd(Convert.ToInt64(d));
            Money C(double? d) => Money.Usd((long?)d ?? 0L);
        }
        """);

    [Fact]
    public Task Integer_and_double_in_one_value_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Units
        {
            Money A(int units, double rate) => Money.Usd({|AIR0002:(decimal)units * (decimal)rate|});
        }
        """);

    [Fact]
    public Task Fix_keeps_an_int_cast_of_a_literal() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd({|AIR0002:(decimal)0.1 * (int)2.5|});
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(0.1m * (int)2.5);
        }
        """);

    [Fact]
    public Task Fix_keeps_a_helper_call_with_a_double_argument() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            static decimal Surcharge(double rate) => rate > 0.3 ? 5m : 1m;
            Money A() => Money.Usd({|AIR0002:(decimal)0.1 + Surcharge(0.5)|});
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            static decimal Surcharge(double rate) => rate > 0.3 ? 5m : 1m;
            Money A() => Money.Usd(0.1m + Surcharge(0.5));
        }
        """);

    [Fact]
    public Task Fix_keeps_Convert_ToInt32_of_a_literal() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using System;
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd({|AIR0002:(decimal)0.1 * Convert.ToInt32(2.5)|});
        }
        """, """
        using System;
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(0.1m * Convert.ToInt32(2.5));
        }
        """);

    [Fact]
    public Task Fix_keeps_a_conditional_tested_on_a_double() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            static bool IsSmall(double x) => x < 1.0;
            Money A() => Money.Usd({|AIR0002:(decimal)0.1 * (IsSmall(0.5) ? 2m : 1m)|});
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            static bool IsSmall(double x) => x < 1.0;
            Money A() => Money.Usd(0.1m * (IsSmall(0.5) ? 2m : 1m));
        }
        """);

    [Fact]
    public Task Fix_keeps_an_array_index_from_a_double() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            static readonly decimal[] Tiers = { 1m, 2m, 3m };
            Money A() => Money.Usd({|AIR0002:(decimal)0.1 * Tiers[(int)1.5]|});
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            static readonly decimal[] Tiers = { 1m, 2m, 3m };
            Money A() => Money.Usd(0.1m * Tiers[(int)1.5]);
        }
        """);

    [Fact]
    public async Task FixAll_negated_negative_cast_compiles()
    {
        const string source = """
            using AiRace.Core;
            class Fees
            {
                Money A() => Money.Usd(-(decimal)-2.5);
                Money B() => Money.Usd(1m-(decimal)-0.5);
            }
            """;
        string fixedText = await FixRunner.FixAllAsync(new MoneyFromFloatingPointCodeFixProvider(), source);
        var after = await AllRules.AnalyzeAsync(fixedText);
        after.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the fixed code must compile: " + fixedText);
        after.Where(d => d.Id == "AIR0002").Should().BeEmpty("every literal fixed: " + fixedText);
    }

    [Fact]
    public Task Fix_offered_when_a_lambda_compares_a_double() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using System.Linq;
        using AiRace.Core;
        class Fees
        {
            Money A(double[] scores) => Money.Usd({|AIR0002:(decimal)0.1 * scores.Count(s => s > 0.5)|});
        }
        """, """
        using System.Linq;
        using AiRace.Core;
        class Fees
        {
            Money A(double[] scores) => Money.Usd(0.1m * scores.Count(s => s > 0.5));
        }
        """);

    [Fact]
    public Task FixAll_nested_money_in_value() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd({|AIR0002:(decimal)0.1 + Money.Eur({|AIR0002:(decimal)0.2|}).Amount|});
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(0.1m + Money.Eur(0.2m).Amount);
        }
        """);

    [Fact]
    public Task FixAll_several_in_one_statement() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            Money A(Money basis)
            {
                var t = Money.Usd({|AIR0002:(decimal)0.1|}) * {|AIR0002:(decimal)0.5|} + basis / {|AIR0002:(decimal)2.5f|} - new Money({|AIR0002:(decimal)1e-7 + (decimal)3E+2|}, Currency.USD);
                return t;
            }
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            Money A(Money basis)
            {
                var t = Money.Usd(0.1m) * 0.5m + basis / 2.5m - new Money(1e-7m + 3E+2m, Currency.USD);
                return t;
            }
        }
        """);

    [Fact]
    public Task Fix_keeps_comments_between_literals() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd({|AIR0002:(decimal)0.1 /* base */ + (decimal)0.2|} /* extra */);
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(0.1m /* base */ + 0.2m /* extra */);
        }
        """);

    [Fact]
    public Task Fix_exponent_and_leading_dot_forms() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd({|AIR0002:(decimal)1e-7 + (decimal)2E+3f + (decimal).5 + (decimal)1_000.25d|});
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(1e-7m + 2E+3m + 0.5m + 1000.25m);
        }
        """);

    [Fact]
    public Task Fix_convert_and_generic_math_of_literals() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using System;
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd({|AIR0002:Convert.ToDecimal(0.1f)|});
            Money B() => Money.Usd({|AIR0002:decimal.CreateChecked(0.25)|});
            Money C() => Money.Usd({|AIR0002:decimal.CreateTruncating(1e-3)|});
            Money D() => Money.Usd({|AIR0002:new decimal(1.5f)|});
        }
        """, """
        using System;
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(0.1m);
            Money B() => Money.Usd(0.25m);
            Money C() => Money.Usd(1e-3m);
            Money D() => Money.Usd(1.5m);
        }
        """);

    [Fact]
    public Task Fix_literal_inside_a_lambda_of_the_value() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using System.Linq;
        using AiRace.Core;
        class Fees
        {
            Money A(decimal[] xs) => Money.Usd({|AIR0002:(decimal)0.1 + xs.Sum(x => (decimal)0.2 * x)|});
        }
        """, """
        using System.Linq;
        using AiRace.Core;
        class Fees
        {
            Money A(decimal[] xs) => Money.Usd(0.1m + xs.Sum(x => 0.2m * x));
        }
        """);

    [Fact]
    public Task Compound_scaling_Fix() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            Money A(Money total)
            {
                total *= {|AIR0002:(decimal)0.9 * (decimal)0.5|};
                return total;
            }
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            Money A(Money total)
            {
                total *= 0.9m * 0.5m;
                return total;
            }
        }
        """);

    [Fact]
    public Task Round_to_zero_digits_is_whole_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class Budgets
        {
            // "A double made a whole number first ... is exact in decimal and not reported"
            Money A(double figure) => Money.Millions((decimal)Math.Round(figure, 0), Currency.CNY);
            Money B(double figure) => Money.Millions((decimal)Math.Round(figure, 0, MidpointRounding.AwayFromZero), Currency.CNY);
        }
        """);

    [Fact]
    public Task Whole_with_mode_and_MathF_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class Budgets
        {
            Money A(double figure) => Money.Usd((decimal)Math.Round(figure, MidpointRounding.AwayFromZero));
            Money B(float figure) => Money.Usd((decimal)MathF.Floor(figure));
            Money C(double figure) => Money.Usd((decimal)Math.Ceiling(figure));
        }
        """);

    [Fact]
    public Task Round_to_two_digits_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Budgets
        {
            Money A(double figure) => Money.Usd({|AIR0002:(decimal)Math.Round(figure, 2)|});
        }
        """);

    [Fact]
    public Task Deliberate_int_and_whole_inside_Max_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class Units
        {
            Money A(double d) => Money.Usd((int)d);
            Money B(double d, decimal floor) => Money.Usd(Math.Max(floor, (decimal)Math.Round(d)));
            Money C(double d, decimal? x) => Money.Usd(x ?? (decimal)Math.Round(d));
            Money D(double d) => Money.Usd(d > 0.5 ? 1m : 0m);
            Money E(double d) => Money.Usd(decimal.Round(100m, (int)d));
        }
        """);

    [Fact]
    public Task Max_of_decimal_and_converted_double_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Units
        {
            Money A(double d, decimal floor) => Money.Usd({|AIR0002:Math.Max(floor, (decimal)d)|});
            Money B(double d, bool f) => Money.Usd({|AIR0002:f ? 0m : Math.Abs((decimal)d)|});
            Money C(double d, decimal? x) => Money.Usd({|AIR0002:x ?? decimal.Round((decimal)d, 2)|});
        }
        """);

    [Fact]
    public Task Floor_of_product_truncates_like_long_cast_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Cents
        {
            // same truncation as (long)(price * 100) / 100m, which is reported: 0.29 * 100 floors to 28
            Money A(double price) => Money.Usd({|AIR0002:(decimal)Math.Floor(price * 100) / 100m|});
            Money B(double price) => Money.Usd({|AIR0002:(decimal)Math.Truncate(price * 100) / 100m|});
        }
        """);

    [Fact]
    public Task Long_cast_of_product_Reports_without_fix() => Verify.NoFix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Cents
        {
            Money A() => Money.Usd({|AIR0002:(long)(0.29 * 100) / 100m|});
        }
        """);

    [Fact]
    public Task Generic_math_of_unknown_T_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Numerics;
        using AiRace.Core;
        class G
        {
            Money A<T>(T value) where T : INumberBase<T> => Money.Usd(decimal.CreateChecked(value));
            Money B(int n) => Money.Usd(decimal.CreateChecked(n));
        }
        """);

    [Fact]
    public async Task Odd_code_no_AD0001()
    {
        await AllRules.AnalyzeAsync("""
            using System;
            using System.Linq;
            using AiRace.Core;
            class Odd
            {
                Money A() => Money.Usd((decimal)(double)(decimal)0.1);
                Money B() => Money.Usd(checked((decimal)(0.1 + 0.2)));
                Money C(double?[] xs) => Money.Usd((decimal?)xs.FirstOrDefault() ?? (decimal)-0.0);
                Money D(Money m) { m *= (decimal)+0.5; m /= -(decimal)(float)-1e-3; return m; }
                Money E() => Money.Usd((decimal)0.1 * );
                Money F(dynamic d) => Money.Usd((decimal)d);
            }
            """);
        string fixedText = await FixRunner.FixAllAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using System;
            using AiRace.Core;
            class Odd
            {
                Money A() => Money.Usd((decimal)(double)(decimal)0.1);
                Money D(Money m) { m *= (decimal)0.5; m /= -(decimal)(float)-1e-3; return m; }
            }
            """);
        (await AllRules.AnalyzeAsync(fixedText)).Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty(fixedText);
    }

    [Fact]
    public Task Fix_unary_plus_literal() => Verify.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd({|AIR0002:(decimal)+0.5|});
        }
        """, """
        using AiRace.Core;
        class Fees
        {
            Money A() => Money.Usd(+0.5m);
        }
        """);

    [Fact]
    public Task A_method_of_the_teams_own_Convert_or_Decimal_type_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        namespace Ledger
        {
            static class Convert
            {
                // tenths of a unit, made whole before they become decimal
                public static decimal ToDecimal(double tenths) => (decimal)System.Math.Round(tenths) / 10m;
            }

            static class Decimal
            {
                public static decimal FromTenths(double tenths) => Convert.ToDecimal(tenths);
            }

            class Desk
            {
                Money A(double tenths) => Money.Eur(Convert.ToDecimal(tenths));
                Money B(double tenths) => Money.Eur(Decimal.FromTenths(tenths));
                Money C(double tenths)
                {
                    var amount = Convert.ToDecimal(tenths);
                    return new Money(amount, Currency.EUR);
                }
            }
        }
        """);

    [Fact]
    public Task The_frameworks_Convert_and_decimal_beside_a_teams_own_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        namespace Ledger
        {
            static class Convert
            {
                public static decimal ToDecimal(double tenths) => (decimal)System.Math.Round(tenths) / 10m;
            }

            class Desk
            {
                Money A(double rate) => Money.Eur({|AIR0002:System.Convert.ToDecimal(rate)|});
                Money B(double rate) => Money.Eur({|AIR0002:decimal.CreateChecked(rate)|});
            }
        }
        """);


    [Fact]
    public Task Decimal_CreateTruncating_and_CreateSaturating_of_doubles_Reports() => Verify<MoneyFromFloatingPointRule>.Diagnostics("""
        using AiRace.Core;
        public sealed class PriceFeed
        {
            public Money Bid(double bid, Currency c) => Money.Of({|AIR0002:decimal.CreateTruncating(bid)|}, c);
            public Money Ask(float ask) => Money.Usd({|AIR0002:decimal.CreateSaturating(ask)|});
        }
        """);

    [Fact]
    public Task Converted_double_on_the_left_of_a_money_scaling_Reports() => Verify<MoneyFromFloatingPointRule>.Diagnostics("""
        using AiRace.Core;
        public sealed class Discounts
        {
            public Money Half(Money price, double factor) => {|AIR0002:(decimal)factor|} * price;
        }
        """);

    [Fact]
    public Task Users_own_Convert_class_is_not_a_System_conversion_DoesNotReport() => Verify<MoneyFromFloatingPointRule>.NoDiagnostics("""
        using AiRace.Core;
        namespace Billing
        {
            internal static class Convert
            {
                public static decimal ToDecimal(double cents) => (long)cents / 100m;
            }

            internal static class Decimal
            {
                public static decimal FromCents(double cents) => (long)cents / 100m;
            }

            public sealed class Invoices
            {
                public Money Fee(double cents) => Money.Usd(Convert.ToDecimal(cents));
                public Money Tip(double cents) => Money.Usd(Decimal.FromCents(cents));
            }
        }
        """);

    [Fact]
    public Task Doubles_made_whole_by_Round_with_a_mode_or_MathF_DoesNotReport() => Verify<MoneyFromFloatingPointRule>.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public sealed class Grants
        {
            public Money Rounded(double estimate) => Money.Millions((decimal)Math.Round(estimate, MidpointRounding.AwayFromZero), Currency.CNY);
            public Money Single(float estimate) => Money.Millions((decimal)MathF.Round(estimate), Currency.CNY);
            public Money Cents(double price) => Money.Usd((int)Math.Round(price * 100) / 100m);
        }
        """);

    [Fact]
    public Task Dto_mapping_extension_and_pattern_variable_Reports() => Verify<MoneyFromFloatingPointRule>.Diagnostics("""
        using AiRace.Core;
        public sealed record PriceDto(string Sku, double Price, double? Discount);
        public static class PriceDtoMapping
        {
            public static Money ToMoney(this PriceDto dto) => Money.Usd({|AIR0002:(decimal)dto.Price|});
            public static Money DiscountOf(this PriceDto dto) =>
                dto.Discount is { } d ? Money.Usd({|AIR0002:(decimal)d|}) : Money.Zero(Currency.USD);
        }
        """);

    [Fact]
    public Task Fix_strips_D_and_F_suffixes_in_a_collection_expression() => Verify<MoneyFromFloatingPointRule>.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        public sealed class Fees
        {
            public Money[] All() => [Money.Usd({|AIR0002:(decimal)2.5D|}), Money.Of({|AIR0002:(decimal)1.5F|}, Currency.EUR), Money.Usd({|AIR0002:(decimal)3d|})];
        }
        """, """
        using AiRace.Core;
        public sealed class Fees
        {
            public Money[] All() => [Money.Usd(2.5m), Money.Of(1.5m, Currency.EUR), Money.Usd(3m)];
        }
        """);

    [Fact]
    public Task Fix_named_arguments_in_a_primary_constructor_class() => Verify<MoneyFromFloatingPointRule>.Fix<MoneyFromFloatingPointCodeFixProvider>("""
        using AiRace.Core;
        public sealed class FeeSchedule(Currency currency)
        {
            public Money Base => new Money(currency: currency, amount: {|AIR0002:(decimal)0.25|});
        }
        """, """
        using AiRace.Core;
        public sealed class FeeSchedule(Currency currency)
        {
            public Money Base => new Money(currency: currency, amount: 0.25m);
        }
        """);

    [Fact]
    public Task Compound_scaling_by_a_local_converted_from_a_double_Reports() => Verify<MoneyFromFloatingPointRule>.Diagnostics("""
        using AiRace.Core;
        public sealed class Forecast
        {
            public Money Grow(Money total, double growth)
            {
                var rate = (decimal)growth;
                total *= {|AIR0002:rate|};
                return total;
            }
        }
        """);

    [Fact]
    public Task Decimal_Parse_of_text_is_not_a_conversion_DoesNotReport() => Verify<MoneyFromFloatingPointRule>.NoDiagnostics("""
        using System.Globalization;
        using AiRace.Core;
        public sealed class Import
        {
            public Money Read(double price) =>
                Money.Usd(decimal.Parse(price.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            public Money Whole(double price) => Money.Usd(decimal.Truncate(12.5m) + (long)price);
        }
        """);

    [Fact]
    public Task Awaited_tuple_and_local_function_Reports() => Verify<MoneyFromFloatingPointRule>.Diagnostics("""
        using System;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class Quotes
        {
            private static Task<(double Bid, double Ask)> GetAsync() => Task.FromResult((1.0, 1.1));

            public async Task<Money> BidAsync()
            {
                var quote = await GetAsync();
                return Money.Of({|AIR0002:(decimal)quote.Bid|}, Currency.USD);
            }

            public Money Fee(double r)
            {
                return Compute(r);
                static Money Compute(double ratio) => Money.Usd({|AIR0002:Convert.ToDecimal(ratio) * 100m|});
            }
        }
        """);

    [Fact]
    public async Task FixAll_AIR0002_mixed_literals_and_variables_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using System;
            using AiRace.Core;
            public static class Fees
            {
                public static Money B() => Money.Usd(checked((decimal)1e-2 * 3m));
                public static Money C(Money m) => m / (decimal)2.5;
                public static Money D() => Money.Usd(Math.Abs((decimal)-0.5));
                public static Money E() => Money.Usd((decimal)(float)0.5);
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        fixedText.Should().Contain("m / 2.5m");
        fixedText.Should().Contain("Math.Abs(-0.5m)");
    }

    [Fact]
    public async Task No_fix_for_a_literal_cast_beside_a_computed_one()
    {
        // the page: a value that also converts something other than a literal gets no fix (the finding would stay)
        string fixedText = await FixRunner.FixAllAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using AiRace.Core;
            public static class Fees
            {
                public static Money A(double r) => Money.Usd((decimal)0.1 + (decimal)r);
            }
            """);
        fixedText.Should().Contain("Money.Usd((decimal)0.1 + (decimal)r)");
    }

    [Fact]
    public Task Local_reset_by_ref_extension_receiver_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        static class Exact { public static void Set(this ref decimal d, decimal v) => d = v; }
        class Meter
        {
            Money A(double reading)
            {
                var amount = (decimal)reading;
                amount.Set(12.5m);
                return Money.Usd(amount);
            }
        }
        """);

    [Fact]
    public Task Local_reset_by_compound_assignment_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Meter
        {
            Money A(double reading, decimal price)
            {
                var amount = (decimal)reading;
                amount *= 0m;
                amount += price;
                return Money.Usd(amount);
            }
            Money B(double reading, decimal price)
            {
                var amount = (decimal)reading;
                amount -= amount;
                amount += price;
                return Money.Usd(amount);
            }
        }
        """);

    // A double made a whole number first is exact in decimal, whichever conversion makes it decimal (Convert.ToDecimal,
    // new decimal, decimal.CreateChecked, the cast), and double.Round is Math.Round.
    [Fact]
    public Task Whole_number_made_decimal_by_Convert_new_decimal_CreateChecked_or_double_Round_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            Money A(double measured) => Money.Usd(Convert.ToDecimal(Math.Round(measured)));
            Money B(double measured) => Money.Usd(new decimal(Math.Floor(measured)));
            Money D(double measured) => Money.Usd(decimal.CreateChecked(Math.Round(measured, 0)));
            Money E(double measured) => Money.Usd((decimal)double.Round(measured));
        }
        """);

    // Math.Floor or Math.Truncate of a product truncates it (binary may hold 0.29 × 100 as 28.999…), also when the whole
    // number is then stored as a long by a cast or Convert.ToInt64.
    [Fact]
    public Task Floor_or_truncate_of_a_product_stored_as_a_long_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            Money A(double price) => Money.Usd({|AIR0002:(long)Math.Floor(price * 100) / 100m|});
            Money B(double price) => Money.Usd({|AIR0002:(long)Math.Truncate(price * 100) / 100m|});
            Money D(double price) => Money.Usd({|AIR0002:Convert.ToInt64(Math.Floor(price * 100)) / 100m|});
        }
        """);

    // The value is followed into each arm of a switch expression, as through ?: and ??.
    [Fact]
    public Task Double_in_an_arm_of_a_switch_expression_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            Money M(int kind, double measured) => Money.Usd({|AIR0002:kind switch { 1 => (decimal)measured, _ => 0m }|});
        }
        """);

    // Math.Round with MidpointRounding.ToZero, ToNegativeInfinity or ToPositiveInfinity is Truncate, Floor or Ceiling:
    // of a product, reported as Math.Floor(price * 100) is.
    [Fact]
    public Task Directed_rounding_of_a_product_truncates_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Cents
        {
            Money A(double price) => Money.Usd({|AIR0002:(decimal)Math.Round(price * 100, MidpointRounding.ToZero) / 100m|});
            Money B(double price) => Money.Usd({|AIR0002:(long)Math.Round(price * 100, MidpointRounding.ToNegativeInfinity) / 100m|});
        }
        """);

    // AIR0002.md: a local written again "is reported only when every write makes it from a double: its declaration and
    // each assignment"; a declaration without a value writes nothing
    [Fact]
    public Task Local_declared_without_a_value_and_assigned_from_doubles_in_both_branches_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        sealed record Quote(double? Bid, double Last);
        static class Marks
        {
            public static Money Mark(Quote quote)
            {
                decimal amount;
                if (quote.Bid is double bid)
                {
                    amount = (decimal)bid;
                }
                else
                {
                    amount = (decimal)quote.Last;
                }

                return Money.Usd({|AIR0002:amount|});
            }
        }
        """);

    // one exact write, or a write by out, ref or deconstruction, makes it unknown
    [Fact]
    public Task Local_declared_without_a_value_and_assigned_an_exact_value_in_a_branch_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        sealed record Quote(double? Bid, double Last, decimal Settled, string Text);
        static class Marks
        {
            public static Money Mark(Quote quote)
            {
                decimal amount;
                if (quote.Bid is double bid)
                {
                    amount = (decimal)bid;
                }
                else
                {
                    amount = quote.Settled;
                }

                return Money.Usd(amount);
            }

            public static Money Parsed(Quote quote)
            {
                decimal amount;
                if (quote.Bid is double bid)
                {
                    amount = (decimal)bid;
                }
                else if (!decimal.TryParse(quote.Text, out amount))
                {
                    amount = (decimal)quote.Last;
                }

                return Money.Usd(amount);
            }

            public static Money Taken(Quote quote)
            {
                decimal amount;
                if (quote.Bid is double bid)
                {
                    amount = (decimal)bid;
                }
                else
                {
                    Settle(quote, out amount);
                }

                return Money.Usd(amount);
            }

            public static Money Split(Quote quote)
            {
                decimal amount;
                if (quote.Bid is double bid)
                {
                    amount = (decimal)bid;
                }
                else
                {
                    (amount, _) = (quote.Settled, 0);
                }

                return Money.Usd(amount);
            }

            private static void Settle(Quote quote, out decimal amount) => amount = quote.Settled;
        }
        """);

    // AIR0002.md: "through a decimal local that holds such a value and is never written again"; a pattern variable
    // holding (decimal)measured is such a local
    [Fact]
    public Task Double_converted_into_a_pattern_variable_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Reading(string Meter, double Measured);
        public static class Pricing
        {
            public static Money? Price(Reading r) => (decimal)r.Measured is var amount and > 0m ? Money.Usd({|AIR0002:amount|}) : null;
        }
        """);

    [Fact]
    public Task Pattern_variable_of_a_decimal_or_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public sealed record Reading(string Meter, double Measured, decimal Billed);
        public static class Pricing
        {
            public static Money? Billed(Reading r) => r is { Billed: var amount } ? Money.Usd(amount) : null;
            public static Money? Fixed(Reading r) => (decimal)r.Measured is var amount && (amount = 12.5m) > 0m ? Money.Usd(amount) : null;
        }
        """);

    // AIR0002.md: same promise; a local deconstructed from a tuple takes the matching element
    [Fact]
    public Task Double_converted_into_a_deconstructed_local_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Reading(string Meter, double Measured);
        public static class Pricing
        {
            public static Money Price(Reading r)
            {
                var (amount, fee) = ((decimal)r.Measured, 1.5m);
                return Money.Usd({|AIR0002:amount|}) + Money.Usd(fee);
            }
        }
        """);

    // AIR0002.md: "also a pattern variable, which holds the value it matched": so does one bound by `is not decimal amount`
    [Fact]
    public Task Double_narrowed_by_an_is_not_pattern_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Reading(string Meter, double? Measured);
        public static class Pricing
        {
            public static Money? Price(Reading r)
            {
                if ((decimal?)r.Measured is not decimal amount)
                {
                    return null;
                }

                return Money.Usd({|AIR0002:amount|});
            }
        }
        """);

    // AIR0002.md: followed "through a `decimal` (or `decimal?`) local that holds such a value and is never written
    // again", as AIR0006 and AIR0009 follow decimal? locals
    [Fact]
    public Task Double_converted_into_a_nullable_decimal_local_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Reading(string Meter, double? Measured);
        public static class Pricing
        {
            public static Money? Price(Reading r)
            {
                decimal? p = (decimal?)r.Measured;
                if (p is decimal amount)
                {
                    return Money.Usd({|AIR0002:amount|});
                }

                return null;
            }

            public static Money Cast(Reading r)
            {
                decimal? p = (decimal?)r.Measured;
                return Money.Usd({|AIR0002:(decimal)p|});
            }

            public static Money Coalesced(Reading r)
            {
                decimal? p = (decimal?)r.Measured;
                return Money.Usd({|AIR0002:p ?? 0m|});
            }
        }
        """);

    // AIR0002.md: a decimal? local written again (here with an exact decimal) or holding a decimal is not followed
    [Fact]
    public Task Nullable_decimal_local_of_a_decimal_or_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public sealed record Reading(string Meter, double? Measured, decimal? Billed);
        public static class Pricing
        {
            public static Money? Billed(Reading r)
            {
                decimal? p = r.Billed;
                return p is decimal amount ? Money.Usd(amount) : null;
            }

            public static Money? Fixed(Reading r, bool flat)
            {
                decimal? p = (decimal?)r.Measured;
                if (flat)
                {
                    p = 12.5m;
                }

                return p is decimal amount ? Money.Usd(amount) : null;
            }
        }
        """);

    // AIR0002.md: a decimal? local never written again is followed also where it is read through .Value,
    // .GetValueOrDefault() (the default given too) or ??, and a nullable value read so in place
    [Fact]
    public Task Nullable_decimal_read_through_Value_or_GetValueOrDefault_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Reading(string Meter, double? Measured, decimal? Billed);
        public static class Pricing
        {
            public static Money Value(Reading r)
            {
                decimal? p = (decimal?)r.Measured;
                return Money.Usd({|AIR0002:p.Value|});
            }

            public static Money OrDefault(Reading r)
            {
                decimal? p = (decimal?)r.Measured;
                return Money.Usd({|AIR0002:p.GetValueOrDefault()|}) + Money.Usd({|AIR0002:p.GetValueOrDefault(1.5m)|});
            }

            public static Money DefaultFromADouble(Reading r) => Money.Usd({|AIR0002:r.Billed.GetValueOrDefault((decimal)r.Measured!.Value)|});

            public static Money InPlace(Reading r) => Money.Usd({|AIR0002:((decimal?)r.Measured).Value|});

            public static Money Scaled(Money price, Reading r)
            {
                decimal? p = (decimal?)r.Measured;
                var factor = p.Value;
                return price * {|AIR0002:factor|};
            }
        }
        """);

    // the twin: .Value and .GetValueOrDefault() of a decimal? local that holds a decimal, or is written again, or of
    // a Value property of another type, are not followed
    [Fact]
    public Task Nullable_decimal_of_a_decimal_or_written_again_read_through_Value_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public sealed record Reading(string Meter, double? Measured, decimal? Billed);
        public sealed record Boxed(double Raw)
        {
            public decimal Value => 12.5m;
            public decimal GetValueOrDefault() => 1m;
        }
        public static class Pricing
        {
            public static Money Billed(Reading r)
            {
                decimal? p = r.Billed;
                return Money.Usd(p.Value) + Money.Usd(p.GetValueOrDefault()) + Money.Usd(p.GetValueOrDefault(2m));
            }

            public static Money Fixed(Reading r, bool flat)
            {
                decimal? p = (decimal?)r.Measured;
                if (flat)
                {
                    p = 12.5m;
                }

                return Money.Usd(p.GetValueOrDefault());
            }

            public static Money Other(Boxed b) => Money.Usd(b.Value) + Money.Usd(b.GetValueOrDefault());
        }
        """);

    // AIR0002.md: a helper of the compilation whose every return converts its double (or float) parameter to decimal
    // (static decimal Dec(double d) => (decimal)d) makes the double it is given decimal as a cast does.
    [Fact]
    public Task Double_made_decimal_by_a_helper_of_the_compilation_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        static class H
        {
            public static decimal ToDecimal(float f) => (decimal)f;
            public static decimal Scaled(double d)
            {
                if (d < 0) return -(decimal)d;
                return (decimal)d * 100m;
            }
        }
        class C
        {
            Money M(double value, float f)
            {
                static decimal Dec(double d) => (decimal)d;
                var a = Money.Cny({|AIR0002:Dec(value)|});
                var b = Money.Usd({|AIR0002:H.ToDecimal(f)|});
                return a + b + Money.Cny({|AIR0002:H.Scaled(value)|});
            }
        }
        """);

    [Fact]
    public Task Helper_that_does_not_make_the_double_decimal_on_every_return_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        static class H
        {
            public static decimal Whole(double d) => (decimal)Math.Round(d);
            public static decimal Parsed(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
            public static decimal Either(double d, decimal fallback)
            {
                if (double.IsNaN(d)) return fallback;
                return (decimal)d;
            }
            public static decimal Exact(decimal m) => m * 2m;
            public static decimal Other(double d, double e) => (decimal)e;
        }
        class C
        {
            Money M(double value, decimal exact)
            {
                static decimal Dec(double d) => (decimal)d;
                return Money.Cny(Dec(5)) + Money.Cny(H.Whole(value)) + Money.Cny(H.Parsed("1.5")) + Money.Cny(H.Either(value, exact)) + Money.Cny(H.Exact(exact)) + Money.Cny(H.Other(value, 2));
            }
        }
        """);

    [Fact]
    public Task Double_made_decimal_by_a_helper_has_no_literal_fix_DoesNotReport_a_fix() => Verify.NoFix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M()
            {
                static decimal Dec(double d) => (decimal)d;
                return Money.Cny({|AIR0002:Dec(0.1)|});
            }
        }
        """);
}
