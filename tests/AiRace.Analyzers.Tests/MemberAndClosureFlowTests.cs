using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through members whose value the code that runs fixes: a get-only property initialised from a class's (or
/// struct's) primary-constructor parameter, read on an object created in a local, has the currency its creation
/// passed; an override in a sealed class, or a sealed override, read through that type, is the code that runs; a call
/// of a local function or of a delegate's lambda that combines its parameter with a captured local of known currency
/// is checked against that local. Unknown stays silent.
/// </summary>
public class MemberAndClosureFlowTests
{
    // ---- a get-only property initialised from a primary-constructor parameter ----

    [Fact]
    public Task Primary_constructor_property_of_a_generic_class_created_in_locals_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Pot<T>(T key, Money held)
        {
            public T Key { get; } = key;
            public Money Held { get; } = held;
        }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static bool A()
            {
                var china = new Pot<int>(1, Money.Cny(60m));
                var america = new Pot<int>(2, Money.Usd(52m));
                var anhui = new Pot<string>("Anhui", Money.Cny(30m));
                return anhui.Held < china.Held && {|AIR0001:china.Held > america.Held|};
            }
        }
        """);

    [Fact]
    public Task Primary_constructor_property_of_a_plain_class_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public class Grant(string name, Money amount)
        {
            public string Name { get; } = name;
            public Money Amount { get; } = amount;
            public override string ToString() => name + amount;
        }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static Money A() { var g = new Grant("a", Money.Eur(1m)); return {|AIR0001:g.Amount + Money.Jpy(5m)|}; }
            static bool B() { Grant g = new("b", Money.Usd(2m)); return {|AIR0001:g.Amount.CompareTo(Money.Gbp(1m))|} > 0; }
            static bool C() => {|AIR0001:new Grant("c", Money.Cny(3m)).Amount > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Primary_constructor_property_of_a_struct_and_of_a_factory_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public readonly struct DrawWindow(DateOnly opens, Money ceiling)
        {
            public DateOnly Opens { get; } = opens;
            public Money Ceiling { get; } = ceiling;
        }
        public static class Windows
        {
            public static DrawWindow First() => new(new DateOnly(2025, 1, 15), Money.Cny(6m));
        }
        """,
        """
        using System;
        using AiRace.Core;
        static class Use
        {
            static bool A() { var w = new DrawWindow(DateOnly.MinValue, Money.Usd(9m)); return {|AIR0001:w.Ceiling > Windows.First().Ceiling|}; }
            static bool B() => {|AIR0001:Windows.First().Ceiling == Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task Primary_constructor_property_written_elsewhere_or_parameter_written_Does_not_report() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Pot(Money held)
        {
            public Money Held { get; } = held;
            public Pot() : this(Money.Cny(1m)) { Held = Money.Usd(1m); }
        }
        public sealed class Tank(Money held)
        {
            public Money Held { get; } = held;
            public Money Later => held;
            public void Refill(Money m) => held = m;
        }
        public sealed class Vat(Money held)
        {
            public Money Held { get; } = Touch(ref held);
            private static Money Touch(ref Money m) => m;
        }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static bool A() { var p = new Pot(Money.Usd(1m)); return p.Held > Money.Cny(1m); }
            static bool B() { var t = new Tank(Money.Usd(1m)); return t.Held > Money.Cny(1m); }
            static bool C() { var v = new Vat(Money.Usd(1m)); return v.Held > Money.Cny(1m); }
        }
        """);

    [Fact]
    public Task Primary_constructor_property_with_an_argument_of_unknown_currency_or_another_constructor_Does_not_report() => Files.Verify(
        """
        using AiRace.Core;
        public class Pot(Money held)
        {
            public Money Held { get; } = held;
            public Pot(decimal yuan, int _) : this(Money.Cny(yuan)) { }
        }
        public sealed class Bigger(Money held) : Pot(held * 2m) { }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static bool A(Money given) { var p = new Pot(given); return p.Held > Money.Cny(1m); }
            static bool B(string text) { var p = new Pot(Money.Parse(text)); return p.Held > Money.Usd(1m); }
            static bool C() { var p = new Pot(5m, 0); var q = new Pot(Money.Cny(1m)); return p.Held > q.Held; }
            static bool D() { var p = new Pot(Money.Usd(1m)); p = new Pot(Money.Cny(2m)); return p.Held > Money.Cny(1m); }
            static bool E(Pot pot) => pot.Held > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Primary_constructor_property_of_one_currency_or_a_computed_property_Does_not_report() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Pot<T>(T key, Money held)
        {
            public T Key { get; } = key;
            public Money Held { get; } = held;
            public Money Doubled => Held * 2m;
        }
        public sealed class Mutable(Money held)
        {
            public Money Held { get; set; } = held;
        }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static bool A() { var a = new Pot<int>(1, Money.Cny(1m)); var b = new Pot<string>("b", Money.Cny(2m)); return a.Held > b.Held; }
            static bool B() { var m = new Mutable(Money.Usd(1m)); m.Held = Money.Cny(1m); return m.Held > Money.Cny(2m); }
            static bool C(bool east) { var a = east ? new Pot<int>(1, Money.Cny(1m)) : new Pot<int>(2, Money.Usd(1m)); return a.Held > Money.Usd(3m); }
        }
        """);

    // ---- an override that is the code that runs ----

    [Fact]
    public Task Override_in_a_sealed_class_read_through_that_class_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public abstract class StateFund
        {
            public abstract Money Drawn { get; }
        }
        public sealed class BigFund : StateFund
        {
            public override Money Drawn => Money.Of(40m, "CNY");
        }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static readonly Money Chips = Money.Usd(52m);
            static bool A(BigFund fund) => {|AIR0001:fund.Drawn > Chips|};
            static Money B() => {|AIR0001:new BigFund().Drawn + Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task Sealed_override_read_through_a_derived_class_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public abstract class StateFund
        {
            public abstract Money Drawn { get; }
            public virtual Money Cap() => Money.Usd(1m);
        }
        public class Provincial : StateFund
        {
            public sealed override Money Drawn => Money.Cny(8m);
            public sealed override Money Cap() => Money.Cny(9m);
        }
        public class Anhui : Provincial { }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static bool A(Provincial p) => {|AIR0001:p.Drawn > Money.Usd(1m)|};
            static bool B(Anhui a) => {|AIR0001:a.Drawn < Money.Eur(1m)|};
            static bool C(Anhui a) => {|AIR0001:a.Cap() > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Override_method_of_a_sealed_class_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public abstract class Source
        {
            public abstract Money Total();
        }
        public sealed class YuanSource : Source
        {
            public override Money Total() => Money.Cny(3m);
        }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static bool A(YuanSource s) => {|AIR0001:s.Total() > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Override_read_through_the_base_type_Does_not_report() => Files.Verify(
        """
        using AiRace.Core;
        public abstract class StateFund
        {
            public abstract Money Drawn { get; }
            public abstract Money Total();
        }
        public sealed class BigFund : StateFund
        {
            public override Money Drawn => Money.Cny(40m);
            public override Money Total() => Money.Cny(3m);
        }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static bool A(StateFund fund) => fund.Drawn > Money.Usd(1m);
            static bool B() { StateFund fund = new BigFund(); return fund.Drawn > Money.Usd(1m) || fund.Total() > Money.Usd(1m); }
        }
        """);

    [Fact]
    public Task Override_in_a_class_that_is_not_sealed_Does_not_report() => Files.Verify(
        """
        using AiRace.Core;
        public abstract class StateFund
        {
            public abstract Money Drawn { get; }
            public virtual Money Total() => Money.Cny(1m);
        }
        public class BigFund : StateFund
        {
            public override Money Drawn => Money.Cny(40m);
            public override Money Total() => Money.Cny(3m);
        }
        public sealed class Offshore : BigFund
        {
            public override Money Drawn => Money.Usd(40m);
            public override Money Total() => Money.Usd(3m);
        }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static bool A(BigFund fund) => fund.Drawn > Money.Usd(1m);
            static bool B(BigFund fund) => fund.Total() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Sealed_override_with_a_setter_or_of_unknown_currency_Does_not_report() => Files.Verify(
        """
        using AiRace.Core;
        public abstract class StateFund
        {
            public abstract Money Drawn { get; set; }
            public abstract Money Size { get; }
        }
        public sealed class BigFund : StateFund
        {
            public override Money Drawn { get; set; } = Money.Cny(1m);
            public override Money Size => Read();
            private static Money Read() => Money.Parse(System.Console.ReadLine()!);
        }
        """,
        """
        using AiRace.Core;
        static class Use
        {
            static void Set(StateFund f) => f.Drawn = Money.Usd(1m);
            static bool A(BigFund fund) => fund.Drawn > Money.Usd(1m);
            static bool B(BigFund fund) => fund.Size > Money.Usd(1m);
        }
        """);

    // ---- a local function or lambda combining its parameter with a captured local ----

    [Fact]
    public Task Local_function_comparing_its_parameter_with_a_captured_local_Reports() => Files.Verify(
        """
        using AiRace.Core;
        static class Use
        {
            static readonly Money Chips = Money.Usd(52m);
            static bool A()
            {
                var national = Money.Cny(60m);
                var chips = Chips;
                bool Outsizes(Money other) => national > other;
                var a = {|AIR0001:Outsizes(chips)|};
                var b = Outsizes(Money.Cny(6m));
                return a && b;
            }
        }
        """);

    [Fact]
    public Task Lambda_adding_a_captured_local_to_its_parameter_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        static class Use
        {
            static Money A()
            {
                var national = Money.Cny(60m);
                Func<Money, Money> withNational = m => m + national;
                Func<Money, bool> below = m => { return m.CompareTo(national) < 0; };
                var c = {|AIR0001:withNational(Money.Eur(20m))|};
                var d = withNational(Money.Cny(1m));
                bool e = {|AIR0001:below.Invoke(Money.Usd(1m))|};
                return e ? c : d;
            }
        }
        """);

    [Fact]
    public Task Local_function_with_a_block_body_and_a_local_written_with_its_own_currency_Reports() => Files.Verify(
        """
        using AiRace.Core;
        static class Use
        {
            static Money A(decimal x)
            {
                var cap = Money.Jpy(5m);
                cap += Money.Jpy(x);
                Money Larger(string label, Money offer)
                {
                    var larger = Money.Max(offer, cap);
                    return larger;
                }
                bool Same(Money other) => cap.Equals(other);
                return {|AIR0001:Same(Money.Gbp(1m))|} ? cap : {|AIR0001:Larger("x", Money.Usd(x))|};
            }
        }
        """);

    [Fact]
    public Task Captured_local_reassigned_with_another_currency_Does_not_report() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        static class Use
        {
            static bool A(bool domestic)
            {
                var national = Money.Cny(60m);
                bool Outsizes(Money other) => national > other;
                Func<Money, Money> withNational = m => m + national;
                if (!domestic) national = Money.Usd(1m);
                return Outsizes(Money.Usd(2m)) && withNational(Money.Usd(3m)).IsZero;
            }
            static bool B(string text)
            {
                var national = Money.Cny(60m);
                bool Outsizes(Money other) => national > other;
                national = Money.Parse(text);
                return Outsizes(Money.Usd(2m));
            }
        }
        """);

    [Fact]
    public Task Argument_of_unknown_currency_or_of_the_captured_currency_Does_not_report() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        static class Use
        {
            static bool A(Money given, string text)
            {
                var national = Money.Cny(60m);
                bool Outsizes(Money other) => national > other;
                Func<Money, Money> withNational = m => m + national;
                return Outsizes(given) && Outsizes(Money.Parse(text)) && Outsizes(Money.Cny(1m) * 2m) && withNational(given).IsZero;
            }
            static bool B(Money given)
            {
                var limit = given;
                bool Over(Money other) => limit > other;
                return Over(Money.Usd(1m));
            }
        }
        """);

    [Fact]
    public Task Function_that_checks_currencies_writes_its_parameter_or_is_not_followed_Does_not_report() => Files.Verify(
        """
        using System;
        using System.Linq;
        using AiRace.Core;
        static class Use
        {
            static bool A(Money[] others)
            {
                var national = Money.Cny(60m);
                bool Safe(Money other) => other.Currency == national.Currency && national > other;
                bool Converted(Money other) { other = Money.Cny(other.Amount); return national > other; }
                bool Nested(Money other) => others.Any(x => national > other);
                Func<Money, Money> add = m => m + national;
                add = m => m;
                Func<Money, Money> kept = Keep;
                Money Keep(Money m) => m;
                return Safe(Money.Usd(1m)) && Converted(Money.Usd(1m)) && Nested(Money.Usd(1m)) && add(Money.Usd(1m)).IsZero && kept(Money.Usd(1m)).IsZero;
            }
        }
        """);

    // Promise (AIR0001: a local function is "not followed when the body ... reads either side's currency").
    [Fact]
    public Task Local_function_testing_its_parameter_by_a_property_pattern_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Spend
        {
            public static bool AnyFits(decimal yuan)
            {
                var limit = Money.Usd(100m);
                bool Fits(Money m) => m is { Currency.Code: "USD" } && m <= limit;
                return Fits(Money.Cny(yuan));
            }
        }
        """);

    // The twin: a property pattern that reads no currency (the amount) does not keep the local function from being followed.
    [Fact]
    public Task Local_function_testing_its_parameter_by_a_pattern_on_the_amount_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Spend
        {
            public static bool AnyFits(decimal yuan)
            {
                var limit = Money.Usd(100m);
                bool Fits(Money m) => m is { Amount: > 0m } && m <= limit;
                return {|AIR0001:Fits(Money.Cny(yuan))|};
            }
        }
        """);
}
