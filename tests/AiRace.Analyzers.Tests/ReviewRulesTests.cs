using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Adversarial review of AIR0002–AIR0013: each test fails today because of a bug in a rule or a code fix, and states
/// what the rule's page (analyzers/docs/AIR00NN.md) promises.
/// </summary>
public class ReviewRulesTests
{
    // AIR0002 false report. AIR0002.md: "A double made a whole number first ((long)Math.Round(d), Convert.ToInt32(d),
    // (decimal)Math.Round(d), Math.Round(d, 0), (long)d) is exact in decimal and not reported", and the page names
    // Convert.ToDecimal(d), new decimal(d) and decimal.CreateChecked(d) as the same conversion as the cast. A whole
    // number made decimal by those calls is reported all the same: MoneyFromFloatingPointRule.FloatingSource applies
    // MakesWhole only in the cast case, and its Convert/decimal-call and new decimal(…) cases return the double
    // unconditionally. MakesWhole also knows only Math/MathF, not double.Round (the same method on the type itself).
    [Fact]
    public Task Whole_number_converted_by_Convert_new_decimal_CreateChecked_or_double_Round_DoesNotReport() => Verify<MoneyFromFloatingPointRule>.NoDiagnostics("""
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

    // AIR0007 false report. AIR0007.md: "A fold that only reads amounts adds none up and is not reported: … a maximum."
    // A fold of selected amounts that keeps the largest adds nothing up, yet the rule reports every Aggregate over
    // Select(m => m.Amount) that returns decimal, whatever its function does (MixedCurrencySumRule.AnalyzeCall, the
    // Aggregate branch: IsSelectOfAmounts && ReturnType is decimal, the function is never looked at).
    [Fact]
    public Task Aggregate_of_selected_amounts_that_keeps_the_maximum_DoesNotReport() => Verify<MixedCurrencySumRule>.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            decimal Largest(List<Money> grants) => grants.Select(g => g.Amount).Aggregate((a, b) => Math.Max(a, b));
            decimal Largest2(List<Money> grants) => grants.Select(g => g.Amount).Aggregate(0m, (max, a) => a > max ? a : max);
        }
        """);

    // AIR0010 false (duplicate) report. AIR0010.md: "Overrides and interface implementations are reported once, at
    // the declaration they implement, when that declaration is reported (… not a member of a generic type given
    // `decimal` by the implementation)". IQuote<TInstrument>.Price is declared decimal (reported there); StockQuote
    // gives the type parameter Stock, not decimal, so its Price must not be reported again. The rule reports it because
    // RawMonetaryPrimitiveRule.ReportedWhereDeclared treats any constructed generic member (declared != OriginalDefinition)
    // as "given decimal", without checking that the member's decimal comes from the type argument. Same for an override
    // of a generic base whose member is decimal itself.
    [Fact]
    public Task Implementation_of_a_decimal_member_of_a_generic_interface_or_base_reported_once() => Verify<RawMonetaryPrimitiveRule>.Diagnostics("""
        public interface IQuote<TInstrument>
        {
            decimal {|AIR0010:Price|} { get; }
        }
        public sealed class Stock { }
        public sealed class StockQuote : IQuote<Stock>
        {
            public decimal Price { get; init; }
        }
        public abstract class Listing<TItem>
        {
            public abstract decimal {|AIR0010:Cost|} { get; }
        }
        public sealed class BookListing : Listing<string>
        {
            public override decimal Cost => 1m;
        }
        """);

    // AIR0008 false report. AIR0008.md: "Any other date is not a conversion date … a log time stamp". The job below
    // carries a time stamp from the clock and a fixed value date; only the value date reaches the look-up. The rule
    // reports it: ClockConversionDateRule.ClockSource follows job.ValueDate to its instance (the job local), then to the
    // job's initializer, a static call, and reports it because one of that call's arguments is DateTime.UtcNow, as if
    // every member of an object made with a clock argument came from the clock.
    [Fact]
    public Task Fixed_value_date_of_an_object_also_stamped_by_the_clock_DoesNotReport() => Verify<ClockConversionDateRule>.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Job(DateTime StartedAt, DateOnly ValueDate)
        {
            public static Job Create(DateTime startedAt, DateOnly valueDate) => new(startedAt, valueDate);
        }
        class C
        {
            ExchangeRate Rate(IExchangeRateProvider rates)
            {
                var job = Job.Create(DateTime.UtcNow, new DateOnly(2025, 6, 30));
                return rates.GetRate(Currency.USD, Currency.CNY, job.ValueDate, RateLookup.ExactDate);
            }
        }
        """);

    // AIR0009 false report. AIR0009.md: "A quotient of two amounts is a ratio or an exchange rate, not money, and the
    // amounts inside it do not count: Math.Round(part.Amount / whole.Amount * 100m, 1) (a percentage) … not reported".
    // decimal.Divide(part.Amount, whole.Amount) is the same quotient written as a call, and part.Amount * (100m /
    // whole.Amount) the same percentage written with the reciprocal; both are reported because
    // RoundingWithoutModeRule.MentionsAmount exempts a ratio only when both amounts are the direct operands of one
    // IBinaryOperation Divide (100m / whole.Amount "mentions" an amount, and a product mentions one when a child does).
    [Fact]
    public Task Percentage_of_two_amounts_through_decimal_Divide_or_a_reciprocal_DoesNotReport() => Verify<RoundingWithoutModeRule>.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Percent(Money part, Money whole) => Math.Round(decimal.Divide(part.Amount, whole.Amount) * 100m, 1);
            decimal Percent2(Money part, Money whole) => Math.Round(part.Amount * (100m / whole.Amount), 1);
        }
        """);

    // AIR0009 false report. AIR0009.md reports a Round "whose value is computed from a Money.Amount". Here the rounded
    // value is a rate (rate or rate * 0.9m); the order's amount only chooses between them, no amount is in the result
    // (AIR0007.md states the same principle: "a test of an amount is not one"). The rule reports it because
    // RoundingWithoutModeRule.MentionsAmount counts the condition of a ?: as a child of the value.
    [Fact]
    public Task Rate_chosen_by_a_test_of_an_amount_DoesNotReport() => Verify<RoundingWithoutModeRule>.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Rate(Money order, decimal rate) => Math.Round(order.Amount > 1_000m ? rate * 0.9m : rate, 4);
        }
        """);

    // AIR0007 false report. AIR0007.md: "Why: Summing .Amount adds yuan to dollars without complaint", and the message
    // says the sum adds bare amounts "whatever their currencies". Summing within groups keyed by the currency
    // (GroupBy(m => m.Currency), group … by m.Currency) is the standard way to total money of several currencies: each
    // group holds one currency by construction, and the page exempts folds whose amounts are handled by currency (a rate
    // chosen by currency). MixedCurrencySumRule.AnalyzeCall reports g.Sum(m => m.Amount) (Selector shape) and the query's
    // g.Sum() (IsGroupOfAmounts) without looking at the group key.
    [Fact]
    public Task Sums_per_currency_group_DoesNotReport() => Verify<MixedCurrencySumRule>.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            Dictionary<Currency, decimal> PerCurrency(List<Money> xs) => xs.GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.Sum(m => m.Amount));
            IEnumerable<decimal> PerCurrency2(List<Money> xs) => xs.GroupBy(m => m.Currency).Select(g => g.Sum(m => m.Amount));
            IEnumerable<decimal> PerCurrency3(List<Money> xs) => from m in xs group m.Amount by m.Currency into g select g.Sum();
        }
        """);

    // AIR0002 miss. AIR0002.md: "a product or quotient truncated to one ((long)(price * 100), Math.Floor(price * 100),
    // Math.Truncate(…)) is [reported], since binary may hold 0.29 × 100 as 28.999… and truncation then loses a cent".
    // (long)Math.Floor(price * 100) is that very truncation, merely stored as a long (the everyday way to get whole
    // cents), and is not reported: MoneyFromFloatingPointRule.FloatingSource, the integer-conversion case, only reports
    // when the converted double is itself a binary operation, never a Math.Floor/Math.Truncate of one.
    [Fact]
    public Task Floor_or_truncate_of_a_product_cast_to_long_Reports() => Verify<MoneyFromFloatingPointRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            Money A(double price) => Money.Usd({|AIR0002:(long)Math.Floor(price * 100) / 100m|});
            Money B(double price) => Money.Usd({|AIR0002:(long)Math.Truncate(price * 100) / 100m|});
            Money D(double price) => Money.Usd({|AIR0002:Convert.ToInt64(Math.Floor(price * 100)) / 100m|});
        }
        """);

    // AIR0007 miss. AIR0007.md reports "xs.Select(m => m.Amount).Sum()". The same sum is missed as soon as anything
    // stands between the Select of amounts and the Sum: a local holding the selected amounts, a ToList(), or a Where
    // that keeps the positive ones. MixedCurrencySumRule.IsSelectOfAmounts only looks at the immediate source of Sum
    // (Unwrap skips conversions and query translations, not locals or order-keeping LINQ operators).
    [Fact]
    public Task Sum_of_selected_amounts_through_a_local_ToList_or_Where_Reports() => Verify<MixedCurrencySumRule>.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            decimal A(List<Money> grants)
            {
                var amounts = grants.Select(g => g.Amount);
                return {|AIR0007:amounts.Sum()|};
            }

            decimal B(List<Money> grants) => {|AIR0007:grants.Select(g => g.Amount).ToList().Sum()|};
            decimal D(List<Money> grants) => {|AIR0007:grants.Select(g => g.Amount).Where(a => a > 0m).Sum()|};
        }
        """);

    // AIR0008 miss. AIR0008.md: "An argument whose value comes from the clock … given to a date parameter of a
    // conversion or exchange-rate look-up". "Today unless a date is given" (valueDate ?? today) and "today if latest"
    // (latest ? today : reportDate) give the look-up the clock's date on one branch; ClockConversionDateRule.ClockSource
    // has cases for binaries, calls, creations and references but none for ICoalesceOperation or IConditionalOperation,
    // so the clock is lost.
    [Fact]
    public Task Clock_date_in_a_coalesce_or_conditional_fallback_Reports() => Verify<ClockConversionDateRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            ExchangeRate Rate(IExchangeRateProvider rates, DateOnly? valueDate) =>
                rates.GetRate(Currency.USD, Currency.CNY, {|AIR0008:valueDate ?? DateOnly.FromDateTime(DateTime.Today)|}, RateLookup.ExactDate);

            Conversion Convert(Money money, IExchangeRateProvider rates, bool latest, DateOnly reportDate) =>
                money.ConvertTo(Currency.USD, {|AIR0008:latest ? DateOnly.FromDateTime(DateTime.UtcNow) : reportDate|}, rates, RateLookup.ExactDate);
        }
        """);

    // AIR0002 miss. AIR0002.md: "The value is also followed through ?:, ??"; a switch expression is the other
    // conditional form of C# and its arm (decimal)measured is just as inexact. MoneyFromFloatingPointRule.FloatingSource
    // has cases for IConditionalOperation and ICoalesceOperation but none for ISwitchExpressionOperation.
    [Fact]
    public Task Double_in_an_arm_of_a_switch_expression_Reports() => Verify<MoneyFromFloatingPointRule>.Diagnostics("""
        using AiRace.Core;
        class C
        {
            Money M(int kind, double measured) => Money.Usd({|AIR0002:kind switch { 1 => (decimal)measured, _ => 0m }|});
        }
        """);

    // AIR0009 miss. AIR0009.md: "directly or through decimal locals assigned from one and never written again". A local
    // deconstructed from Money (var (amount, _) = price) holds the amount and is never written again; AIR0004.md
    // follows exactly this form. RoundingWithoutModeRule.FromLocal relies on ValueFlow.SingleValue, which only knows
    // declarators with an initializer, so the amount is lost.
    [Fact]
    public Task Amount_deconstructed_into_a_local_Reports() => Verify<RoundingWithoutModeRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Cents(Money price)
            {
                var (amount, _) = price;
                return {|AIR0009:Math.Round(amount, 2)|};
            }
        }
        """);

    // AIR0004 miss. AIR0004.md reports "the comparisons == != < > <= >=" of two amounts and, among calls, Math.Max/Min and
    // decimal.Max/Min of two amounts. cost.Amount.CompareTo(cap.Amount) and decimal.Compare(a.Amount, b.Amount) are the
    // same comparison written as a call (Money implements the checked CompareTo); UnitStrippingRule only looks at binary
    // operators and at Max/Min (MayConcern, AnalyzeCall), so the currency check is bypassed unseen.
    [Fact]
    public Task Amounts_compared_with_CompareTo_or_decimal_Compare_Reports() => Verify<UnitStrippingRule>.Diagnostics("""
        using AiRace.Core;
        class C
        {
            bool Over(Money cost, Money cap) => {|AIR0004:cost.Amount.CompareTo(cap.Amount)|} > 0;
            int Order(Money a, Money b) => {|AIR0004:decimal.Compare(a.Amount, b.Amount)|};
        }
        """);
}
