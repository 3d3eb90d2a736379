using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through forms the third team's field test still missed after stop 64 (stop 65, issue 12 §1): the parameter
/// of a lambda attached to an event with <c>+=</c>, given one currency by every raise of the event. Each form in two
/// currencies is reported; the same form in one currency, or where what it holds is not certain, is not.
/// </summary>
public class ThirdTeamMissFormTests
{
    private const string Importer = """
        using System;
        using AiRace.Core;
        public sealed class Importer
        {
            public event Action<Money>? Imported;
            public event EventHandler<Money>? OutlayRead;
            public static event Action<Money>? Closed;
            public void Run(decimal crore)
            {
                OutlayRead?.Invoke(this, Money.Millions(2m, Currency.INR));
                Imported?.Invoke(Money.Of(crore * 10_000_000m, Currency.INR));
                Imported(Desk.Rupees);
                Closed?.Invoke(Desk.Rupees);
            }
            public void Again(decimal x) => Imported?.Invoke(Money.Of(x, Currency.INR));
        }
        public static class Desk
        {
            public static readonly Money Rupees = Money.Of(1_000m, Currency.INR);
            public static readonly Money Pounds = Money.Millions(300m, Currency.GBP);
        }
        """;

    [Fact]
    public Task Parameter_of_an_event_handler_lambda_given_one_currency_by_every_raise_Reports() => Files.Verify(
        Importer,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        static class Wiring
        {
            public static void Wire(Importer importer, List<string> log)
            {
                importer.Imported += amount =>
                {
                    if ({|AIR0001:amount > Desk.Pounds|})
                    {
                        log.Add("large");
                    }
                };
                importer.OutlayRead += (_, outlay) => log.Add({|AIR0001:outlay > Desk.Pounds|} ? "above" : "below");
                importer.Imported += delegate (Money m) { log.Add(({|AIR0001:m + Desk.Pounds|}).ToString()); };
                Importer.Closed += last => log.Add({|AIR0001:last.CompareTo(Desk.Pounds)|}.ToString());
            }
        }
        """);

    [Fact]
    public Task Parameters_of_an_event_handler_lambda_given_a_pair_in_two_currencies_by_every_raise_Report() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Caps
        {
            public static readonly Money Cap = Money.Millions(20m, Currency.USD);
            public event Action<Money, Money>? Reached;
            public event Action<Money, Money>? Matched;
            public void Run(decimal yuan)
            {
                Reached?.Invoke(Money.Of(yuan, Currency.CNY), Cap);
                Matched?.Invoke(Money.Of(yuan, Currency.CNY), Money.Of(yuan, Currency.CNY));
                Matched?.Invoke(Cap, Cap);
            }
        }
        static class Wiring
        {
            public static void Wire(Caps caps, List<string> log)
            {
                caps.Reached += (requested, cap) => log.Add(({|AIR0001:requested > cap|}).ToString());
                caps.Reached += (requested, _) => log.Add((requested > Money.Zero(Currency.CNY)).ToString());
                caps.Matched += (a, b) => log.Add((a > b).ToString());
            }
        }
        """);

    [Fact]
    public Task Parameter_of_an_event_handler_lambda_in_the_raises_currency_DoesNotReport() => Files.Verify(
        Importer,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        static class Wiring
        {
            public static void Wire(Importer importer, List<string> log)
            {
                var running = Money.Zero(Currency.INR);
                importer.Imported += amount =>
                {
                    running += amount;
                    if (amount > Desk.Rupees)
                    {
                        log.Add("large");
                    }
                };
                importer.OutlayRead += (_, outlay) => log.Add(outlay > Desk.Rupees ? "above" : "below");
                importer.Imported += amount => { amount = Desk.Pounds; log.Add((amount + Desk.Pounds).ToString()); };
                importer.Imported -= amount => log.Add((amount > Desk.Rupees).ToString());
            }
        }
        """);

    [Fact]
    public Task Parameter_of_an_event_handler_lambda_whose_raises_are_not_certain_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Desk
        {
            public static readonly Money Rupees = Money.Of(1_000m, Currency.INR);
            public static readonly Money Pounds = Money.Millions(300m, Currency.GBP);
        }
        public class Open
        {
            public event Action<Money>? Passed;
            public event Action<Money>? Mixed;
            public event Action<Money>? Copied;
            public event Action<Money>? HandedOn;
            public event Action<Money>? Never;
            public event Action<Money, Money>? Pair;
            public virtual event Action<Money>? Overridable;
            private Action<Money>? _custom;
            public event Action<Money>? Custom { add => _custom += value; remove => _custom -= value; }
            public void Run(Money m)
            {
                Passed?.Invoke(m);
                Mixed?.Invoke(Desk.Rupees);
                Mixed?.Invoke(Desk.Pounds);
                var copy = Copied;
                copy?.Invoke(Desk.Pounds);
                Copied?.Invoke(Desk.Rupees);
                HandedOn?.Invoke(Desk.Rupees);
                Raise(HandedOn);
                Overridable?.Invoke(Desk.Rupees);
                _custom?.Invoke(Desk.Rupees);
                Pair?.Invoke(Desk.Rupees, Desk.Rupees);
            }
            private static void Raise(Action<Money>? handler) => handler?.Invoke(Desk.Pounds);
        }
        public interface IFeed { event Action<Money>? Fed; }
        public sealed class Feed : IFeed
        {
            public event Action<Money>? Fed;
            public void Run() => Fed?.Invoke(Desk.Rupees);
        }
        static class Wiring
        {
            public static void Wire(Open open, IFeed feed, System.Collections.Generic.List<string> log)
            {
                open.Passed += m => log.Add((m > Desk.Pounds).ToString());
                open.Mixed += m => log.Add((m > Desk.Pounds).ToString());
                open.Copied += m => log.Add((m > Desk.Pounds).ToString());
                open.HandedOn += m => log.Add((m > Desk.Pounds).ToString());
                open.Never += m => log.Add((m > Desk.Pounds).ToString());
                open.Overridable += m => log.Add((m > Desk.Pounds).ToString());
                open.Custom += m => log.Add((m > Desk.Pounds).ToString());
                feed.Fed += m => log.Add((m > Desk.Pounds).ToString());
                open.Pair += (a, b) => log.Add((a > b).ToString());
            }
        }
        """);

    private const string LazyLedger = """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            public static readonly Money Rupees = Money.Of(1_000m, Currency.INR);
            public static readonly Money Dollars = Money.Millions(240m, Currency.CAD);
            private readonly Lazy<IReadOnlyList<Money>> _tranches = new(() => [Rupees * 0.2m, Rupees * 0.3m]);
            private static readonly Lazy<IReadOnlyList<Money>> Steps = new Lazy<IReadOnlyList<Money>>(() => { return [Rupees]; });
            public Money First => _tranches.Value[0];
            public Money Step => Steps.Value[0];
        }
        """;

    [Fact]
    public Task Element_of_a_lazy_read_only_list_made_in_one_currency_Reports() => Files.Verify(
        LazyLedger.Replace("public Money First => _tranches.Value[0];", "public bool A() => {|AIR0001:_tranches.Value[0] > Dollars|};")
            .Replace("public Money Step => Steps.Value[0];", "public Money B() => {|AIR0001:Steps.Value[0] - Dollars|};"));

    [Fact]
    public Task Element_of_a_lazy_read_only_list_in_its_own_currency_DoesNotReport() => Files.Verify(
        LazyLedger.Replace("public Money First => _tranches.Value[0];", "public Money Gap() => _tranches.Value[1] - _tranches.Value[0];")
            .Replace("public Money Step => Steps.Value[0];", "public bool B() => Steps.Value[0] > Rupees;"));

    [Fact]
    public Task Element_of_a_lazy_list_whose_elements_are_not_certain_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            public static readonly Money Rupees = Money.Of(1_000m, Currency.INR);
            public static readonly Money Dollars = Money.Millions(240m, Currency.CAD);
            private static readonly List<Money> Shared = [Rupees];
            private readonly Lazy<List<Money>> _mutable = new(() => [Rupees]);
            private readonly Lazy<Money[]> _array = new(() => [Rupees]);
            private readonly Lazy<IReadOnlyList<Money>> _handed = new(() => Shared);
            private readonly Lazy<IReadOnlyList<Money>> _mixed = new(() => DateTime.Now.Hour > 12 ? [Rupees] : [Dollars]);
            private readonly Lazy<IReadOnlyList<Money>> _both = new(() => [Rupees, Dollars]);
            private Lazy<IReadOnlyList<Money>> _replaced = new(() => [Rupees]);
            public void Mutate() { _mutable.Value[0] = Dollars; _array.Value[0] = Dollars; Shared[0] = Dollars; _replaced = new(() => [Dollars]); }
            public bool A() => _mutable.Value[0] > Dollars;
            public bool B() => _array.Value[0] > Dollars;
            public bool C() => _handed.Value[0] > Dollars;
            public bool D() => _mixed.Value[0] > Dollars;
            public bool E() => _both.Value[0] > Dollars;
            public bool F() => _replaced.Value[0] > Dollars;
        }
        """);

    private const string Book = """
        using AiRace.Core;
        public static class Book
        {
            public static readonly Money Pounds = Money.Millions(300m, Currency.GBP);
            public static readonly Money Dollars = Money.Millions(2m, Currency.SGD);
            public static void AddInto(ref Money running, Money add) => running += add;
            public static void Take(ref Money left, Money spent)
            {
                left -= spent;
                left *= 1.01m;
            }
            public static void Replace(ref Money running, Money add) => running = add;
            public static void Accrue(ref Money running) => running += running * 0.01m;
            public static void AddChecked(ref Money running, Money add)
            {
                if (running.Currency != add.Currency)
                {
                    return;
                }

                running += add;
            }
            public static void AddOther(ref Money running, Money add, Money fee)
            {
                add = fee;
                running += add;
            }
        }
        """;

    [Fact]
    public Task Ref_parameter_added_to_with_another_currency_Reports() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        class Desk
        {
            Money A()
            {
                var total = Money.Zero(Currency.GBP);
                Book.AddInto(ref total, Book.Pounds);
                {|AIR0001:Book.AddInto(ref total, Book.Dollars)|};
                return total;
            }
            bool B()
            {
                var left = Book.Pounds * 2m;
                {|AIR0001:Book.Take(ref left, Book.Dollars)|};
                return true;
            }
            bool C()
            {
                var total = Money.Zero(Currency.GBP);
                Book.AddInto(ref total, Book.Pounds);
                Book.Take(ref total, Book.Pounds);
                return {|AIR0001:total > Book.Dollars|};
            }
            bool E()
            {
                var total = Money.Zero(Currency.GBP);
                Book.Accrue(ref total);
                return {|AIR0001:total > Book.Dollars|};
            }
        }
        """);

    [Fact]
    public Task Ref_parameter_added_to_in_its_own_currency_or_not_only_added_to_DoesNotReport() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        class Desk
        {
            Money A()
            {
                var total = Money.Zero(Currency.GBP);
                Book.AddInto(ref total, Book.Pounds);
                Book.Take(ref total, Book.Pounds * 0.5m);
                return total;
            }
            bool B()
            {
                var total = Money.Zero(Currency.GBP);
                Book.Replace(ref total, Book.Dollars);
                Book.AddChecked(ref total, Book.Dollars);
                return total > Book.Dollars;
            }
            bool C()
            {
                var total = Money.Zero(Currency.GBP);
                Book.AddOther(ref total, Book.Dollars, Book.Pounds);
                Book.AddChecked(ref total, Book.Dollars);
                return true;
            }
            bool E()
            {
                var total = Money.Zero(Currency.GBP);
                Book.Accrue(ref total);
                return total > Book.Pounds;
            }
            bool D(Money start)
            {
                var total = start;
                Book.AddInto(ref total, Book.Dollars);
                return total > Book.Pounds;
            }
        }
        """);

    private const string Steps = """
        using System;
        using System.Linq;
        using AiRace.Core;
        public static class Steps
        {
            public static readonly Money Fee = Money.Millions(2m, Currency.GBP);
            public static readonly Money Pounds = Money.Millions(300m, Currency.GBP);
            public static readonly Money Rupees = Money.Of(1_000m, Currency.INR);
            private static readonly Func<Money, Money> Inflate = m => m * 1.031m;
            private static readonly Func<Money, Money> LessFee = m => m - Fee;
            private static readonly Func<Money, Money> ToPounds = m => Money.Of(m.Amount, Currency.GBP);
            private static readonly Func<Money, Money>[] All = [Inflate, LessFee];
            private static readonly Func<Money, Money>[] Listed = new Func<Money, Money>[] { m => -m * 2m, m => Fee + m };
            private static readonly Func<Money, Money>[] Converted = [ToPounds, LessFee];
            private static readonly Func<Money, Money>[] Mutable = [m => m, LessFee];
            public static void Swap() => Mutable[0] = ToPounds;
        """;

    [Fact]
    public Task Array_of_steps_folded_from_a_seed_of_another_currency_Reports() => Files.Verify(
        Steps + """
            public static Money A() => All.Aggregate(Rupees, (acc, step) => {|AIR0001:step(acc)|});
            public static Money B() => Listed.Aggregate(Rupees, (acc, step) => {|AIR0001:step(acc)|});
        }
        """);

    [Fact]
    public Task Array_of_steps_folded_from_a_seed_of_their_currency_or_not_certain_DoesNotReport() => Files.Verify(
        Steps + """
            public static Money A() => All.Aggregate(Pounds, (acc, step) => step(acc));
            public static Money B(Money grant) => Listed.Aggregate(grant, (acc, step) => step(acc));
            public static Money C() => Converted.Aggregate(Rupees, (acc, step) => step(acc));
            public static Money D() => Mutable.Aggregate(Rupees, (acc, step) => step(acc));
        }
        """);

    private const string Kinds = """
        using AiRace.Core;
        public interface IProgrammeKind
        {
            static abstract Currency Home { get; }
        }
        public sealed class RupeeKind : IProgrammeKind
        {
            public static Currency Home => Currency.INR;
        }
        public sealed class PoundKind : IProgrammeKind
        {
            public static Currency Home { get; } = Currency.GBP;
        }
        public sealed class OpenKind : IProgrammeKind
        {
            public static Currency Home { get; set; } = Currency.GBP;
        }
        public static class Kinds
        {
            public static readonly Money Pounds = Money.Millions(300m, Currency.GBP);
            public static Money ZeroOf<TKind>() where TKind : IProgrammeKind => Money.Zero(TKind.Home);
            public static Money Of<TKind>(decimal millions) where TKind : IProgrammeKind
            {
                if (millions < 0m)
                {
                    return Money.Zero(TKind.Home);
                }

                return Money.Millions(millions, TKind.Home);
            }
            public static Money Either<TKind>(bool home) where TKind : IProgrammeKind => home ? Money.Zero(TKind.Home) : Pounds;
        """;

    [Fact]
    public Task Static_abstract_currency_read_through_a_type_parameter_of_another_currency_Reports() => Files.Verify(
        Kinds + """
            public static Money A() => {|AIR0001:ZeroOf<RupeeKind>() + Pounds|};
            public static bool B() => {|AIR0001:Of<RupeeKind>(2m) > Pounds|};
        }
        """);

    [Fact]
    public Task Static_abstract_currency_read_through_a_type_parameter_of_its_currency_or_not_certain_DoesNotReport() => Files.Verify(
        Kinds + """
            public static Money A() => ZeroOf<PoundKind>() + Pounds;
            public static bool B() => Of<PoundKind>(2m) > Pounds;
            public static Money C() => Either<RupeeKind>(true) + Pounds;
            public static Money D() => ZeroOf<OpenKind>() + Money.Zero(Currency.INR);
            public static void Move() => OpenKind.Home = Currency.INR;
            public static Money E<TKind>() where TKind : IProgrammeKind => ZeroOf<TKind>() + Pounds;
        }
        """);

    private const string Figures = """
        using AiRace.Core;
        public static class Figures
        {
            public static readonly Money Rupees = Money.Of(1_000m, Currency.INR);
            public static readonly Money Pounds = Money.Millions(300m, Currency.GBP);
        }
        """;

    [Fact]
    public Task Switch_arm_whose_pattern_shows_another_currency_Reports() => Files.Verify(
        Figures,
        """
        using AiRace.Core;
        static class Desk
        {
            public static string Describe(Money m) => m switch
            {
                { Currency.Code: "INR" } when m > Figures.Rupees => "above the rupee figure",
                { Currency.Code: "CAD" } when {|AIR0001:m > Figures.Pounds|} => "above the pound figure",
                { Currency: { Code: "USD" }, Amount: > 0m } when {|AIR0001:m - Figures.Rupees|} > Money.Zero(Currency.USD) => "positive",
                _ => "other",
            };
            public static int Rank(Money given)
            {
                var m = given;
                switch (m)
                {
                    case { Currency.Code: "CAD" } when {|AIR0001:m > Figures.Rupees|}:
                        return 1;
                    default:
                        return 0;
                }
            }
        }
        """);

    [Fact]
    public Task Switch_arm_whose_pattern_shows_the_same_currency_or_whose_variable_may_change_DoesNotReport() => Files.Verify(
        Figures,
        """
        using AiRace.Core;
        static class Desk
        {
            public static string Describe(Money m, Money other) => m switch
            {
                { Currency.Code: "INR" } when m > Figures.Rupees => "above the rupee figure",
                { Currency.Code: "GBP" } when m > Figures.Pounds => "above the pound figure",
                { Currency.Code: "CAD" } when other > Figures.Pounds => "other",
                { Amount: > 0m } when m > Figures.Pounds => "positive",
                { Currency.Code: "CAD" } when Replace(ref m) && m > Figures.Pounds => "replaced",
                _ => "other",
            };
            private static bool Replace(ref Money m)
            {
                m = Figures.Pounds;
                return true;
            }
            public static int Rank(Money m, Money n)
            {
                switch (n)
                {
                    case { Currency.Code: "CAD" } when m > Figures.Rupees:
                        return 1;
                    default:
                        return 0;
                }
            }
        }
        """);
}
