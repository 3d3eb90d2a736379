using System.Threading.Tasks;
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
    public Task Money_words_beside_non_proportion_words_Reports() => Verify.Diagnostics("""
        public class Unit
        {
            public decimal {|AIR0010:CostPerUnit|};
            public decimal {|AIR0010:TotalCostUsd|} => 0m;
            public decimal {|AIR0010:BudgetRemaining|} { get; set; }
        }
        """);
}
