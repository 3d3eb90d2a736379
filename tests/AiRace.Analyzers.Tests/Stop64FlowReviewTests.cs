using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Review of the flow forms added in stop 64 (inherited members, nested dictionaries, collection helpers, out
/// arguments, static operands): clean code, which never mixes currencies at run time, that those forms must not report.
/// </summary>
public class Stop64FlowReviewTests
{
    [Fact]
    public Task Member_of_a_base_record_read_through_a_record_whose_own_derived_record_passes_another_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public abstract record Payment(string Programme, Money Amount);
        public record PoundGrant(string Programme, Money Amount) : Payment(Programme, Amount)
        {
            public static PoundGrant Dawn() => new("AIRR", Money.Millions(100m, Currency.GBP));
        }
        public record DollarTopUp(string Programme, decimal Millions) : PoundGrant(Programme, Money.Millions(Millions, Currency.USD));
        public static class Desk
        {
            public static readonly Money Dollars = Money.Millions(5m, Currency.USD);
            public static readonly PoundGrant TopUp = new DollarTopUp("Stargate", 500m);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool Large() => Desk.TopUp.Amount > Desk.Dollars;
            bool Any(PoundGrant g) => g.Amount > Desk.Dollars;
        }
        """);

    [Fact]
    public Task Member_of_a_base_record_re_set_through_a_base_typed_with_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public abstract record Payment(string Programme, Money Amount);
        public sealed record PoundGrant(string Programme, decimal Millions) : Payment(Programme, Money.Millions(Millions, Currency.GBP));
        public static class Desk
        {
            public static readonly Money Dollars = Money.Millions(5m, Currency.USD);
            public static Payment InDollars(Payment p) => p with { Amount = Dollars };
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool Large() => Desk.InDollars(new PoundGrant("AIRR", 1m)) is PoundGrant g && g.Amount > Desk.Dollars;
        }
        """);

    [Fact]
    public Task Inner_collection_of_a_dictionary_whose_key_is_set_twice_in_its_initializer_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Tables
        {
            public static readonly Dictionary<string, List<Money>> Lists = new() { ["a"] = [Money.Cny(1m)], ["a"] = [Money.Usd(1m), Money.Usd(2m)] };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            Money Largest() => Tables.Lists["a"].Max() + Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Helper_comparing_elements_with_a_parameter_it_first_converts_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Helpers
        {
            public static IEnumerable<Money> AtLeastIn(this IEnumerable<Money> source, Money floor, Currency currency)
            {
                floor = Money.Of(floor.Amount, currency);
                return source.Where(m => m >= floor);
            }
            public static Money NetIn(this IEnumerable<Money> source, Money fees, Currency currency)
            {
                fees = Money.Of(fees.Amount, currency);
                return source.Aggregate(Money.Zero(fees.Currency), (acc, m) => acc + m) - fees;
            }
            public static Money Largest(this IEnumerable<Money> source)
            {
                if (source.Select(m => m.Currency).Distinct().Count() > 1)
                {
                    return Money.Usd(0m);
                }
                return source.Max();
            }
            public static IEnumerable<Money> AtLeast(this IEnumerable<Money> source, Money floor)
            {
                if (source.Any(m => m.Currency != floor.Currency))
                {
                    return [];
                }
                return source.Where(m => m >= floor);
            }
        }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<Money> Floor() => new[] { Money.Cny(1m) }.AtLeastIn(Money.Usd(1m), Currency.CNY);
            Money Net() => new[] { Money.Cny(1m) }.NetIn(Money.Usd(1m), Currency.CNY);
            Money Largest() => new[] { Money.Cny(1m), Money.Usd(2m) }.Largest();
            IEnumerable<Money> Floor(Money dollars) => new[] { Money.Cny(1m) }.AtLeast(Money.Usd(1m));
        }
        """);

    [Fact]
    public Task Out_parameter_rewritten_after_its_parameter_copy_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Splits
        {
            public static void Rebased(Money total, out Money rebased) => rebased = Money.Of(total.Amount, Currency.EUR);
            public static void Twice(Money total, out Money result)
            {
                result = total;
                Rebased(total, out result);
            }
            public static void Aliased(Money total, out Money result)
            {
                ref Money alias = ref total;
                alias = Money.Of(total.Amount, Currency.EUR);
                result = total;
            }
            public static void Deconstructed(Money total, out Money result)
            {
                result = total;
                (result, _) = (Money.Of(total.Amount, Currency.EUR), 1);
            }
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool Twice()
            {
                Splits.Twice(Money.Cny(100m), out var r);
                return r > Money.Of(5m, Currency.EUR);
            }
            bool Aliased()
            {
                Splits.Aliased(Money.Cny(100m), out var r);
                return r > Money.Of(5m, Currency.EUR);
            }
            bool Deconstructed()
            {
                Splits.Deconstructed(Money.Cny(100m), out var r);
                return r > Money.Of(5m, Currency.EUR);
            }
        }
        """);

    [Fact]
    public Task Delegate_lambda_with_a_static_field_written_through_ref_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Steps
        {
            public static Money Fee = Money.Millions(1m, Currency.GBP);
            public static readonly Func<Money, Money> LessFee = m => m - Fee;
            public static void Set(ref Money target, Money value) => target = value;
            public static void InYuan() => Set(ref Fee, Money.Cny(1m));
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            Money Less()
            {
                Steps.InYuan();
                return Steps.LessFee(Money.Cny(1m));
            }
        }
        """);

    [Fact]
    public Task Helper_reading_its_collection_only_where_it_compares_the_elements_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Helpers
        {
            public static Money Largest(this IEnumerable<Money> source)
            {
                var currency = Currency.USD;
                return currency == Currency.USD ? source.Max() : Money.Usd(0m);
            }
            public static IEnumerable<Money> AtLeast(this IEnumerable<Money> source, Money floor)
            {
                var limit = floor.Amount;
                return limit < 0m ? [] : source.Where(m => m >= floor);
            }
        }
        public static class Tables
        {
            public static readonly Dictionary<string, List<Money>> Lists = new() { ["a"] = [Money.Cny(1m)], ["b"] = [Money.Usd(1m), Money.Usd(2m)] };
        }
        """,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            Money Largest() => {|AIR0001:new[] { Money.Cny(1m), Money.Usd(2m) }.Largest()|};
            IEnumerable<Money> Floor() => {|AIR0001:new[] { Money.Cny(1m) }.AtLeast(Money.Usd(1m))|};
            Money Row() => {|AIR0001:Tables.Lists["a"].Max() + Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Member_of_a_base_record_read_through_a_generic_record_built_per_type_argument_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public abstract record Payment(string Programme, Money Amount);
        public record Tagged<T>(T Tag, Money Amount) : Payment("tagged", Amount);
        public abstract record Keyed<T>(T Key, Money Amount);
        public sealed record Rupees(decimal Crore) : Keyed<int>(1, Money.Of(Crore, Currency.INR));
        public sealed record Pounds(decimal Millions) : Keyed<string>("gb", Money.Millions(Millions, Currency.GBP));
        public static class Desk
        {
            public static readonly Money Dollars = Money.Millions(5m, Currency.CAD);
            public static readonly Tagged<int> Pound = new(1, Money.Millions(1m, Currency.GBP));
            public static readonly Tagged<string> Dollar = new("ca", Money.Millions(1m, Currency.CAD));
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool Large(Tagged<string> t) => t.Amount > Desk.Dollars;
            bool Rupee(Keyed<int> k) => k.Amount > Money.Of(1m, Currency.INR);
        }
        """);

    [Fact]
    public Task Out_parameter_of_a_virtual_method_overridden_in_another_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public class Splitter
        {
            public virtual void Split(Money total, out Money part) => part = total;
        }
        public sealed class EuroSplitter : Splitter
        {
            public override void Split(Money total, out Money part) => part = Money.Of(total.Amount, Currency.EUR);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool Part(Splitter s)
            {
                s.Split(Money.Cny(1m), out var part);
                return part > Money.Of(1m, Currency.EUR);
            }
        }
        """);

    [Fact]
    public Task Inherited_member_of_erroneous_records_DoesNotThrow() => Files.Verify(
        """
        using AiRace.Core;
        public abstract record Payment(string Programme, Money Amount);
        public record Broken(decimal Crore) : Payment{|CS1729:("x", Money.Of(Crore, Currency.INR), 3)|};
        public record Unknown(decimal Crore) : {|CS0246:Missing|}{|CS1729:(Crore)|};
        public record Generic<T>(T Value) : Payment("g", {|CS1503:Value|});
        public record {|CS0146:Cycle|}(Money Amount) : Cycle2(Amount);
        public record {|CS0146:Cycle2|}(Money Amount) : Cycle(Amount);
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Broken b) => b.Amount > Money.Usd(1m);
            bool B(Unknown u) => u.{|CS1061:Amount|} > Money.Usd(1m);
            bool C(Generic<Money> g) => g.Amount > Money.Usd(1m);
            bool D(Cycle c) => c.Amount > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Fold_over_a_collection_parameter_after_a_guard_on_its_currencies_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Helpers
        {
            public static Money Total(this IEnumerable<Money> source)
            {
                if (source.Select(m => m.Currency).Distinct().Count() > 1)
                {
                    return Money.Usd(0m);
                }
                return source.Aggregate((a, b) => a + b);
            }
            public static Money Looped(IReadOnlyList<Money> source)
            {
                if (source.Select(m => m.Currency).Distinct().Count() > 1)
                {
                    return Money.Usd(0m);
                }
                var total = source[0];
                foreach (var m in source.Skip(1))
                {
                    total += m;
                }
                return total;
            }
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            Money Total() => new[] { Money.Cny(1m), Money.Usd(2m) }.Total();
            Money Looped() => Helpers.Looped(new[] { Money.Cny(1m), Money.Usd(2m) });
        }
        """);

    [Fact]
    public Task Out_parameter_written_through_a_ref_alias_or_a_ref_argument_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Splits
        {
            public static void Set(ref Money target, Money value) => target = value;
            public static void ByRef(Money total, out Money result)
            {
                result = total;
                Set(ref result, Money.Of(total.Amount, Currency.EUR));
            }
            public static void ByAlias(Money total, out Money result)
            {
                result = total;
                ref Money alias = ref result;
                alias = Money.Of(total.Amount, Currency.EUR);
            }
            public static void ByLocalFunction(Money total, out Money result)
            {
                result = total;
                Rebase(ref result);
                static void Rebase(ref Money m) => m = Money.Of(m.Amount, Currency.EUR);
            }
        }
        public static class Steps
        {
            public static Money Fee { get; set; } = Money.Millions(1m, Currency.GBP);
            public static readonly System.Func<Money, Money> LessFee = m => m - Fee;
            public static void InYuan() => Fee = Money.Cny(1m);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool ByRef()
            {
                Splits.ByRef(Money.Cny(100m), out var r);
                return r > Money.Of(5m, Currency.EUR);
            }
            bool ByAlias()
            {
                Splits.ByAlias(Money.Cny(100m), out var r);
                return r > Money.Of(5m, Currency.EUR);
            }
            bool ByLocalFunction()
            {
                Splits.ByLocalFunction(Money.Cny(100m), out var r);
                return r > Money.Of(5m, Currency.EUR);
            }
            Money Less()
            {
                Steps.InYuan();
                return Steps.LessFee(Money.Cny(1m));
            }
        }
        """);

    [Fact]
    public Task Nested_dictionaries_out_parameters_and_static_operands_in_erroneous_code_DoNotThrow() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Tables
        {
            public static readonly Dictionary<string, List<Money>> Lists = new() { [{|CS0103:Missing|}.Key] = [Money.Cny(1m)], ["b"] = [Money.Usd(1m)] };
            public static readonly Func<Money, Money> Less = m => m - {|CS0103:Fee|};
            public static void Split(Money total, out Money part) => part = total + {|CS0103:Nowhere|};
            public static Money Largest(this IEnumerable<Money> source) => source.Max({|CS0103:Unknown|});
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            Money Row() => Tables.Lists["a"].Max() + Money.Usd(1m);
            Money Less() => Tables.Less(Money.Cny(1m));
            bool Part()
            {
                Tables.Split(Money.Cny(1m), out var part);
                return part > Money.Usd(1m);
            }
            Money Largest() => new[] { Money.Cny(1m) }.Largest();
        }
        """);
}
