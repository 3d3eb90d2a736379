using System.Linq;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.RawMonetaryPrimitiveRule>;

namespace AiRace.Analyzers.Tests;

public class RawMonetaryPrimitiveRuleTests
{
    [Fact]
    public Task Public_fields_properties_and_parameters_Reports() => Verify.Diagnostics("""
        public class Programme
        {
            public decimal {|AIR0010:Budget|};
            public double {|AIR0010:PriceUsd|} { get; set; }
            public float? {|AIR0010:subsidy_cny|};
            public void Fund(decimal {|AIR0010:fundingAmount|}, string name) { }
            protected decimal {|AIR0010:Cost|} { get; }
        }
        """);

    [Fact]
    public Task Currency_names_beyond_yuan_and_dollars_Reports() => Verify.Diagnostics("""
        public class ChipSubsidies
        {
            public decimal {|AIR0010:Euros|};
            public decimal {|AIR0010:TotalYen|} { get; init; }
            public double {|AIR0010:JpyValue|} { get; }
            public void Grant(decimal {|AIR0010:krwOutlay|}, float? {|AIR0010:idr_allocation|}) { }
            public decimal {|AIR0010:Rupiah|};
            public decimal {|AIR0010:GbpLimit|};
            public decimal {|AIR0010:VndOutlay|};
            public decimal {|AIR0010:InrRupees|};
            public decimal {|AIR0010:EurosPerWafer|};
            public decimal {|AIR0010:CostPerEuro|};
        }
        """);

    [Fact]
    public Task Currency_names_in_rates_proportions_and_other_words_DoesNotReport() => Verify.Diagnostics("""
        public class ChipRates
        {
            public decimal WonPerYen { get; init; }
            public decimal rupiah_per_usd;
            public decimal DongPerDollar { get; }
            public decimal EuroShare { get; }
            public decimal YenPercent;
            public decimal GamesWon;
            public decimal Dong;
            public decimal Yenta;
            public decimal Europa;
            public int Euros;
            public void Fix(decimal perEuro, double tonnesPerDollar, decimal chips_per_usd, decimal perYuan) { }
        }
        """);

    [Fact]
    public Task Records_and_generics_Reports() => Verify.Diagnostics("""
        public record Grant(string Name, decimal {|AIR0010:Amount|});
        public class Ledger<T>
        {
            public decimal {|AIR0010:TotalYuan|} { get; init; }
            public T Add(T item, double {|AIR0010:dollars|}) => item;
        }
        """);

    [Fact]
    public Task Constructors_and_static_members_Reports() => Verify.Diagnostics("""
        public class Subsidy
        {
            public Subsidy(decimal {|AIR0010:amountRmb|}) { }
            public static decimal {|AIR0010:MaxPrice|} = 10m;
            public static decimal Convert(decimal {|AIR0010:usd|}, decimal rate) => usd * rate;
        }
        """);

    [Fact]
    public Task Nested_public_types_and_interfaces_Reports() => Verify.Diagnostics("""
        public class Outer
        {
            public class Inner
            {
                public decimal {|AIR0010:CostEstimate|};
            }
        }
        public interface IPriced
        {
            decimal {|AIR0010:Price|} { get; }
        }
        """);

    [Fact]
    public Task Members_with_lambdas_local_functions_and_patterns_Reports() => Verify.Diagnostics("""
        using System;
        using System.Linq;
        public class Calc
        {
            public decimal Total(decimal[] xs, decimal {|AIR0010:budget|})
            {
                Func<decimal, bool> ok = x => x < budget;
                decimal Local(decimal y) => y;
                var q = from x in xs where ok(x) select Local(x);
                return budget is > 0m ? q.Sum() : 0m;
            }
        }
        """);

    [Fact]
    public Task Non_public_members_DoesNotReport() => Verify.NoDiagnostics("""
        public class Programme
        {
            private decimal _budget;
            internal decimal Price { get; set; }
            private void Fund(decimal amount) { }
        }
        internal class Hidden
        {
            public decimal Cost;
        }
        """);

    [Fact]
    public Task Names_that_do_not_denote_money_DoesNotReport() => Verify.NoDiagnostics("""
        public class Stats
        {
            public decimal Rate;
            public double Ratio { get; set; }
            public decimal Costly;
            public decimal Amounted;
            public void Grow(decimal percent, double share) { }
        }
        """);

    [Fact]
    public Task Money_typed_and_other_primitive_members_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public record Grant(string Name, Money Amount);
        public class Programme
        {
            public Money Budget { get; set; }
            public int PriceCount;
            public string Cost = "";
            public void Fund(Money funding) { }
        }
        """);

    [Fact]
    public Task Overrides_and_interface_implementations_DoesNotReport() => Verify.NoDiagnostics("""
        public interface IPriced
        {
            #pragma warning disable AIR0010
            decimal Price { get; }
            #pragma warning restore AIR0010
        }
        public abstract class Base
        {
            #pragma warning disable AIR0010
            public abstract decimal Cost { get; }
            #pragma warning restore AIR0010
        }
        public class Item : Base, IPriced
        {
            public decimal Price => 1m;
            public override decimal Cost => 2m;
        }
        """);

    [Fact]
    public Task Generic_records_and_top_level_statements_DoesNotReport() => Verify.NoDiagnostics("""
        decimal budget = 5m;
        decimal Local(decimal cost) => cost + budget;
        System.Console.WriteLine(Local(1m));
        record Holder<T>(T Value, decimal Rate);
        """);

    [Fact]
    public Task Proportions_of_money_DoesNotReport() => Verify.NoDiagnostics("""
        public class Allocation
        {
            public decimal PercentOfBudget { get; init; }
            public decimal BudgetShare;
            public double CostRatio { get; set; }
            public decimal subsidy_pct;
            public decimal FundingFraction { get; }
            public void Set(decimal budgetPercentage, double priceMultiplier, decimal costFactor) { }
        }
        public record Split(decimal ShareOfFunding, decimal UsdProportion);
        """);

    [Fact]
    public Task Exchange_rates_named_currency_per_currency_DoesNotReport() => Verify.NoDiagnostics("""
        public class Rates
        {
            public decimal YuanPerDollar { get; init; }
            public decimal usd_per_cny;
            public decimal CnyPerEur => 7.8m;
            public void SpotYuan(decimal yuanPerDollar, double rmbPerUsd, decimal dollarsPerYen) { }
        }
        public record Quote(decimal UsdPerRmb, decimal DollarPerGbp);
        """);

    [Fact]
    public Task Money_per_a_unit_or_a_currency_after_a_money_word_Reports() => Verify.Diagnostics("""
        public class Unit
        {
            public decimal {|AIR0010:PricePerDollar|};
            public decimal {|AIR0010:YuanPerSite|} { get; set; }
            public void Set(decimal {|AIR0010:costPerUsd|}, decimal {|AIR0010:dollarsPer|}, decimal {|AIR0010:perYuanBudget|}) { }
        }
        """);

    [Fact]
    public Task Money_words_beside_non_proportion_words_Reports() => Verify.Diagnostics("""
        public class Unit
        {
            public decimal {|AIR0010:CostPerUnit|};
            public decimal {|AIR0010:TotalCostUsd|} => 0m;
            public decimal {|AIR0010:BudgetRemaining|} { get; set; }
        }
        """);

    [Fact]
    public Task Partial_method_parameter_reported_once() => Verify.Diagnostics("""
        public partial class Ledger
        {
            public partial void Record(decimal {|AIR0010:price|});
        }
        public partial class Ledger
        {
            public partial void Record(decimal price) { }
        }
        """);

    [Fact]
    public Task Partial_property_reported_once() => Verify.Diagnostics("""
        public partial class Account
        {
            public partial decimal {|AIR0010:Budget|} { get; set; }
        }
        public partial class Account
        {
            private decimal _budget;
            public partial decimal Budget { get => _budget; set => _budget = value; }
        }
        """);

    [Fact]
    public Task Derived_positional_record_reported_once_on_the_property() => Verify.Diagnostics("""
        public record Grant(string Name, decimal {|AIR0010:Amount|});
        public record Subsidy(string Name, decimal Amount, string Agency) : Grant(Name, Amount);
        """);

    [Fact]
    public Task Public_delegate_parameter_Reports() => Verify.Diagnostics("""
        public delegate void BudgetChanged(decimal {|AIR0010:newBudget|});
        """);

    [Fact]
    public Task Interface_implemented_by_a_positional_record_reported_once() => Verify.Diagnostics("""
        public interface IPriced
        {
            decimal {|AIR0010:Price|} { get; }
        }
        public record Item(string Sku, decimal Price) : IPriced;
        public readonly record struct Quote(string Sku, decimal {|AIR0010:PriceUsd|});
        """);

    [Fact]
    public Task Constants_primary_constructors_and_caps_Reports() => Verify.Diagnostics("""
        public static class Limits
        {
            public const decimal {|AIR0010:MAX_BUDGET_USD|} = 1_000_000m;
            public static readonly double? {|AIR0010:PriceCny|};
        }
        public class Fund(decimal {|AIR0010:fundingAmount|})
        {
            public decimal Left => fundingAmount;
        }
        """);

    [Fact]
    public Task Not_public_or_not_money_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        internal class Hidden
        {
            public decimal Budget { get; set; }
        }
        public class Visible
        {
            private protected decimal Cost;
            internal decimal Price;
            public decimal Rate { get; }
            public decimal BudgetShare { get; }
            public decimal Costly { get; }
            public void Run()
            {
                Func<decimal, decimal> f = price => price;
                decimal Local(decimal amount) => amount;
            }
        }
        internal class Outer
        {
            public class Inner
            {
                public decimal Amount { get; set; }
            }
        }
        """);

    [Fact]
    public Task Delegates_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        namespace Shop;
        public delegate void PriceChanged(string sku, decimal {|AIR0010:newPrice|});
        public delegate Money Pricer<T>(T item, double {|AIR0010:unitCost|});
        internal delegate void Hidden(decimal price);
        public class Catalogue
        {
            public delegate bool BudgetCheck(decimal? {|AIR0010:budgetUsd|}, decimal budgetShare);
            private delegate void Private(decimal price);
        }
        internal class Internal
        {
            public delegate void Nested(decimal price);
        }
        """);

    [Fact]
    public Task Partial_property_and_method_once() => Verify.Diagnostics("""
        namespace Shop;
        public partial class Pricing
        {
            public partial decimal {|AIR0010:BasePrice|} { get; set; }
            public partial void SetCost(decimal {|AIR0010:cost|});
        }
        public partial class Pricing
        {
            private decimal _p;
            public partial decimal BasePrice { get => _p; set => _p = value; }
            public partial void SetCost(decimal unitCost) { _p = unitCost; }
        }
        """);

    [Fact]
    public Task Record_secondary_constructor_parameter_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        namespace Shop;
        public record Quote(Money Price)
        {
            // a convenience constructor taking the price as a bare decimal: public API, not the record's property
            public Quote(decimal {|AIR0010:Price|}, Currency currency) : this(new Money(Price, currency)) { }
        }
        """);

    [Fact]
    public Task Positional_parameter_matched_by_a_public_field_once() => Verify.Diagnostics("""
        // "a record's positional parameter once": here its member is a field, reported as a field
        public record Grant(decimal Budget)
        {
            public decimal {|AIR0010:Budget|} = Budget;
        }
        """);

    [Fact]
    public Task Positional_parameter_with_internal_property_Reports() => Verify.Diagnostics("""
        public record Grant(decimal {|AIR0010:Amount|})
        {
            internal decimal Amount { get; init; } = Amount;
        }
        """);

    [Fact]
    public Task Positional_parameter_with_private_property_Reports() => Verify.Diagnostics("""
        public record Grant(decimal {|AIR0010:Budget|})
        {
            private decimal Budget { get; init; } = Budget;
            public override string ToString() => Budget.ToString();
        }
        """);

    [Fact]
    public Task Other_constructor_sharing_a_positional_name_Reports() => Verify.Diagnostics("""
        public record Plan(decimal {|AIR0010:Budget|})
        {
            public Plan(decimal {|AIR0010:Budget|}, int years) : this(Budget * years) { }
        }
        """);

    [Fact]
    public Task Record_struct_and_partial_record_once() => Verify.Diagnostics("""
        public readonly record struct Quote(string Sku, decimal {|AIR0010:Price|});
        public partial record Offer(decimal {|AIR0010:Cost|});
        public partial record Offer
        {
            public decimal Margin { get; init; }
        }
        """);

    [Fact]
    public Task Derived_record_passing_on_once() => Verify.Diagnostics("""
        public abstract record Line(decimal {|AIR0010:Cost|});
        public sealed record Freight(decimal Cost, decimal {|AIR0010:FuelSurchargeUsd|}) : Line(Cost);
        """);

    [Fact]
    public Task Class_primary_constructor_Reports() => Verify.Diagnostics("""
        public class Grant(decimal {|AIR0010:amount|}, string name)
        {
            public string Name => name + amount;
        }
        """);

    [Fact]
    public Task Delegates_once_and_hidden_ones_not() => Verify.Diagnostics("""
        public class Hooks
        {
            protected delegate void PriceSet(decimal {|AIR0010:price|});
            private delegate void Hidden(decimal budget);
            internal delegate void Internal(decimal cost);
            public delegate T Convert<T>(decimal {|AIR0010:amountUsd|}, decimal ratio);
        }
        internal class Inner
        {
            public delegate void NotPublic(decimal budget);
        }
        """);

    [Fact]
    public Task Partial_method_and_property_once() => Verify.Diagnostics("""
        public partial class Ledger
        {
            public partial void Set(decimal {|AIR0010:budget|}, decimal budgetShare);
            public partial decimal {|AIR0010:PriceUsd|} { get; }
        }
        public partial class Ledger
        {
            public partial void Set(decimal budget, decimal budgetShare) { }
            public partial decimal PriceUsd => 1m;
        }
        """);


    [Fact]
    public Task Public_class_implementing_an_internal_interface_Reports() => Verify<RawMonetaryPrimitiveRule>.Diagnostics("""
        internal interface IPriced
        {
            decimal Price { get; }
        }
        public sealed class Item : IPriced
        {
            public decimal {|AIR0010:Price|} { get; init; }
        }
        """);

    [Fact]
    public Task Implementation_of_a_generic_interface_closed_over_decimal_Reports() => Verify<RawMonetaryPrimitiveRule>.Diagnostics("""
        public interface IHasCost<T>
        {
            T Cost { get; }
        }
        public sealed class Job : IHasCost<decimal>
        {
            public decimal {|AIR0010:Cost|} { get; init; }
        }
        """);

    [Fact]
    public Task Override_of_a_generic_base_closed_over_decimal_Reports() => Verify<RawMonetaryPrimitiveRule>.Diagnostics("""
        public abstract class Priced<T>
        {
            public abstract T Price { get; }
        }
        public sealed class Widget : Priced<decimal>
        {
            public override decimal {|AIR0010:Price|} => 1m;
        }
        """);

    [Fact]
    public Task Static_abstract_member_reported_once_on_the_interface() => Verify<RawMonetaryPrimitiveRule>.Diagnostics("""
        public interface ITariff
        {
            static abstract decimal {|AIR0010:BasePrice|} { get; }
        }
        public readonly struct Standard : ITariff
        {
            public static decimal BasePrice => 5m;
        }
        """);

    [Fact]
    public Task Not_public_api_or_not_a_member_DoesNotReport() => Verify<RawMonetaryPrimitiveRule>.NoDiagnostics("""
        using System;
        public sealed class Outer
        {
            private sealed class Inner
            {
                public decimal Price { get; set; }
            }

            public (decimal Price, int Quantity) Line() => (1m, 2);

            public decimal Pricing(int tier)
            {
                Func<decimal, decimal> net = (decimal price) => price * 0.9m;
                return Local(tier) + net(1m);
                static decimal Local(decimal cost) => cost;
            }
        }
        internal sealed class Dto
        {
            public decimal Budget { get; set; }
        }
        """);

    [Fact]
    public Task Extension_parameter_and_protected_field_Reports() => Verify<RawMonetaryPrimitiveRule>.Diagnostics("""
        using AiRace.Core;
        public static class MoneyText
        {
            public static Money AsUsd(this decimal {|AIR0010:amountUsd|}) => Money.Usd(amountUsd);
        }
        public abstract class Fund
        {
            protected decimal {|AIR0010:budgetCap|};
        }
        """);

    [Fact]
    public Task User_defined_operator_parameter_Reports() => Verify<RawMonetaryPrimitiveRule>.Diagnostics("""
        public readonly record struct Quote(string Sku)
        {
            public static Quote operator +(Quote q, decimal {|AIR0010:price|}) => q;
        }
        """);

    [Fact]
    public Task Explicit_interface_implementation_reported_once_on_the_public_interface() => Verify<RawMonetaryPrimitiveRule>.Diagnostics("""
        public interface IQuote
        {
            decimal {|AIR0010:PriceUsd|} { get; }
            void Adjust(decimal {|AIR0010:costDelta|});
        }
        public sealed class Quote : IQuote
        {
            decimal IQuote.PriceUsd => 1m;
            void IQuote.Adjust(decimal costDelta) { }
        }
        """);

    [Fact]
    public Task Extension_block_receiver_named_for_money_Reports() => Verify.DiagnosticsPreview("""
        public static class Prices
        {
            extension(decimal {|AIR0010:price|})
            {
                public decimal Doubled => price * 2;
                public decimal Plus(decimal {|AIR0010:cost|}) => price + cost;
            }
        }
        """);

    [Fact]
    public Task Extension_block_receivers_of_each_primitive_Reports() => Verify.DiagnosticsPreview("""
        public static class Funding
        {
            extension(double {|AIR0010:budgetUsd|})
            {
                public bool Fits(int n) => budgetUsd > n;
            }

            extension(float? {|AIR0010:subsidy_cny|})
            {
                public float Half() => (subsidy_cny ?? 0f) / 2f;
            }
        }
        """);

    [Fact]
    public Task Extension_block_receiver_named_for_a_proportion_or_not_money_DoesNotReport() => Verify.DiagnosticsPreview("""
        public static class Ratios
        {
            extension(decimal pricePercent)
            {
                public decimal Half => pricePercent / 2;
            }

            extension(double budgetShare)
            {
                public double Twice() => budgetShare * 2;
            }

            extension(decimal rate)
            {
                public decimal Squared => rate * rate;
            }
        }
        """);

    [Fact]
    public Task Extension_block_receiver_of_a_non_public_block_or_of_money_DoesNotReport() => Verify.DiagnosticsPreview("""
        using AiRace.Core;
        internal static class Hidden
        {
            extension(decimal price)
            {
                public decimal Doubled => price * 2;
            }
        }
        public static class Shown
        {
            extension(decimal amount)
            {
                internal decimal Doubled => amount * 2;
                private decimal Tripled() => amount * 3;
            }

            extension(decimal)
            {
                public static decimal Zero => 0m;
            }

            extension(Money budget)
            {
                public Money Doubled => budget * 2m;
            }
        }
        """);

    [Fact]
    public Task Money_names_with_currency_per_word_Reports() => Verify.Diagnostics("""
        public class Commodity
        {
            public decimal {|AIR0010:DollarsPerPound|} { get; set; }
            public decimal {|AIR0010:yuanPerDollarBudget|} { get; set; }
        }
        """);

    // A member declared decimal in a generic interface or base is reported there, not again at an implementation or
    // override whose type argument is not decimal.
    [Fact]
    public Task Decimal_member_of_a_generic_interface_or_base_reported_once_where_declared_Reports() => Verify.Diagnostics("""
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

    // A parameter declared decimal in a generic interface is reported there only; the implementation reports only the
    // parameter its type argument made decimal.
    [Fact]
    public Task Parameter_declared_decimal_in_a_generic_interface_reported_once_Reports() => Verify.Diagnostics("""
        public interface IPayer<T>
        {
            void Pay(T budget, decimal {|AIR0010:cost|});
        }
        public sealed class Payer : IPayer<decimal>
        {
            public void Pay(decimal {|AIR0010:budget|}, decimal cost) { }
        }
        """);

    // AIR0010.md: "Words are split at case changes, digits and underscores"; a currency per currency is an exchange
    // rate and "a name whose only money word is the currency after per ... is not money". USD|per|EUR splits at the
    // case changes D|p and r|E, as USDPerEUR and usd_per_eur do.
    [Fact]
    public Task Acronym_then_lowercase_per_rate_and_per_currency_DoesNotReport() => Verify.NoDiagnostics("""
        public class Rates
        {
            public decimal USDperEUR { get; init; }
            public decimal KWHperEUR { get; init; }
        }
        """);

    // AIR0010.md: "nor is an exchange rate" (a currency per currency). EurToUsd, EUR2USD and EURtoUSD are exchange
    // rates named with to/2 rather than per (arguable: the page's examples all use per).
    [Fact]
    public Task Exchange_rate_named_with_to_or_2_DoesNotReport() => Verify.NoDiagnostics("""
        public class Rates
        {
            public decimal EurToUsd { get; init; }
            public decimal eur2usd { get; init; }
            public decimal EURtoUSD { get; init; }
            public decimal EurUsdRate { get; init; }
        }
        """);

    // The other direction: a lower case word after capitals other than per/to splits as before, money per anything but a
    // currency stays money, and a pair of currencies with another money word (or one currency twice) is money.
    [Fact]
    public Task Currency_pair_with_another_money_word_or_money_per_unit_Reports() => Verify.Diagnostics("""
        public class Rates
        {
            public decimal {|AIR0010:EurBudgetInUsd|} { get; init; }
            public decimal {|AIR0010:USDperUnit|} { get; init; }
            public decimal {|AIR0010:CNYBudget|} { get; init; }
            public decimal {|AIR0010:DollarsToUsd|} { get; init; }
            public decimal {|AIR0010:eur2usdPrice|} { get; init; }
        }
        """);

    // AIR0010.md: an elasticity or an index of a price or cost is a pure number, not money, as a ratio is
    [Fact]
    public Task Elasticity_and_index_of_money_DoesNotReport() => Verify.NoDiagnostics("""
        public class Demand
        {
            public decimal PriceElasticity { get; init; }
            public double price_elasticity;
            public decimal CostElasticities { get; init; }
            public decimal PriceIndex { get; init; }
            public decimal CostIndices { get; init; }
            public void Fit(double budgetElasticity, decimal priceIndex) { }
        }
        """);

    // AIR0010.md: "in a rate they are currencies": won and dong, no money words alone, name a currency in a pair of
    // currencies too (WonYen is a rate of won to yen, as KrwYen is)
    [Fact]
    public Task Won_or_dong_paired_with_another_currency_DoesNotReport() => Verify.NoDiagnostics("""
        public class Rates
        {
            public decimal WonYen { get; init; }
            public decimal YenWon { get; init; }
            public decimal DongUsdRate { get; init; }
            public decimal usd_dong;
            public decimal EurToWon { get; init; }
        }
        """);

    // the twins: a money word besides the pair keeps it money, and a word that only starts like one of the pure-number
    // words (PriceIndexed) is not it: names are read word by word
    [Fact]
    public Task Won_with_a_money_word_or_lookalike_words_Reports() => Verify.Diagnostics("""
        public class Rates
        {
            public decimal {|AIR0010:WonYenBudget|} { get; init; }
            public decimal {|AIR0010:WonAmount|} { get; init; }
            public decimal {|AIR0010:YenWonPrice|};
            public decimal {|AIR0010:PriceIndexed|} { get; init; }
        }
        """);
}
