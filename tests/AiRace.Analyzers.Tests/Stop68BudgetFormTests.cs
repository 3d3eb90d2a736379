using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through forms of the fifth team's budgets and specifications the flow missed (stop 68, issue 12 §1): a
/// member read through an interface on elements held as creations of sealed records (<c>lines.MaxBy(l =&gt; l.Actual -
/// l.Planned)</c>); a query handler whose body sums a member of its query's lines in its query's currency
/// (<c>handler.Handle(new TotalPlanned(lines, Currency.CNY))</c>); a list pattern picking two records whose money members
/// an arm combines (<c>[var first, .., var last] =&gt; last.Amount - first.Amount</c>); a specification's method handed
/// to <c>Where</c> as a method group (<c>tranches.Where(BigInYuan.IsSatisfiedBy)</c>). Each form in two currencies is
/// reported; the same form in one currency, or with a value the flow cannot read, is not.
/// </summary>
public class Stop68BudgetFormTests
{
    private const string Lines = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public interface ILine
        {
            string Name { get; }
            Money Planned { get; }
            Money Actual { get; }
        }
        public sealed record CnLine(string Name, Money Planned, Money Actual) : ILine;
        public sealed record UsLine(string Name, Money Planned, Money Actual) : ILine;
        public static class Book
        {
            private static readonly CnLine Fabs = new("fabs", Money.Cny(120m), Money.Cny(131m));
            private static readonly CnLine Tools = new("tools", Money.Cny(60m), Money.Cny(52m));
            private static readonly UsLine Grants = new("grants", Money.Usd(39m), Money.Usd(33m));
            public static readonly IReadOnlyList<ILine> China = [Fabs, Tools];
            public static readonly IReadOnlyList<ILine> All = [Fabs, Tools, Grants];
            public static IReadOnlyList<ILine> With(ILine other) => [Fabs, other];
        }
        """;

    [Fact]
    public Task Member_read_through_an_interface_over_records_of_two_currencies_Reports() => Files.Verify(
        Lines,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            ILine? A() => {|AIR0001:Book.All.MaxBy(l => l.Actual - l.Planned)|};
            ILine? B() => {|AIR0001:Book.All.MaxBy(l => l.Actual)|};
            Money C() => {|AIR0001:Book.All.Sum(l => l.Planned, Currency.CNY)|};
        }
        """);

    [Fact]
    public Task Member_read_through_an_interface_over_records_of_one_currency_or_unseen_DoesNotReport() => Files.Verify(
        Lines,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            ILine? A() => Book.China.MaxBy(l => l.Actual - l.Planned);
            Money B() => Book.China.Sum(l => l.Planned, Currency.CNY);
            ILine? C(ILine other) => Book.With(other).MaxBy(l => l.Actual - l.Planned);
            Money D(ILine other) => Book.With(other).Sum(l => l.Planned, Currency.CNY);
            ILine? E() => Book.All.MaxBy(l => l.Name);
        }
        """);

    private const string Handlers = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public interface IQuery<TResult>;
        public sealed record TotalPlanned(IReadOnlyList<ILine> Lines, Currency Currency) : IQuery<Money>;
        public sealed class TotalPlannedHandler
        {
            public Money Handle(TotalPlanned query) => query.Lines.Sum(l => l.Planned, query.Currency);
        }
        public sealed class SameCurrencyHandler
        {
            public Money Handle(TotalPlanned query) => query.Lines.Where(l => l.Planned.Currency == query.Currency).Sum(l => l.Planned, query.Currency);
        }
        public static class Totals
        {
            public static Money Planned(IReadOnlyList<ILine> lines, Currency currency) => lines.Sum(l => l.Planned, currency);
        }
        """;

    [Fact]
    public Task Handler_summing_its_query_lines_of_two_currencies_in_one_Reports() => Files.Verify(
        Lines,
        Handlers,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => {|AIR0001:new TotalPlannedHandler().Handle(new TotalPlanned(Book.All, Currency.CNY))|};
            Money B() => {|AIR0001:Totals.Planned(Book.All, Currency.USD)|};
            Money C() => {|AIR0001:Totals.Planned(Book.China, Currency.USD)|};
        }
        """);

    [Fact]
    public Task Handler_summing_lines_of_its_currency_or_filtered_or_unknown_DoesNotReport() => Files.Verify(
        Lines,
        Handlers,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Checks
        {
            Money A() => new TotalPlannedHandler().Handle(new TotalPlanned(Book.China, Currency.CNY));
            Money B(Currency c) => new TotalPlannedHandler().Handle(new TotalPlanned(Book.All, c));
            Money C() => new SameCurrencyHandler().Handle(new TotalPlanned(Book.All, Currency.CNY));
            Money D(IReadOnlyList<ILine> lines) => new TotalPlannedHandler().Handle(new TotalPlanned(lines, Currency.CNY));
            Money E(TotalPlanned query) => new TotalPlannedHandler().Handle(query);
            Money F() => Totals.Planned(Book.China, Currency.CNY);
        }
        """);

    private const string Tranches = """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public readonly record struct Tranche(string Fund, DateOnly Due, Money Amount);
        public static class Schedules
        {
            public static Tranche China() => new("cn", new DateOnly(2025, 3, 1), Money.Cny(55m));
            public static string Of(IReadOnlyList<Tranche> tranches) => tranches switch
            {
                [] => "none",
                [var only] => only.Fund,
                [var first, .., var last] => $"{first.Due}..{last.Due}: {(last.Amount - first.Amount)}",
            };
        }
        """;

    [Fact]
    public Task List_pattern_combining_members_of_records_of_two_currencies_Reports() => Files.Verify(
        Tranches,
        """
        using System;
        using AiRace.Core;
        class Checks
        {
            string A() => {|AIR0001:Schedules.Of([Schedules.China(), new Tranche("us", new DateOnly(2025, 6, 1), Money.Usd(5m))])|};
            string B() => {|AIR0001:Schedules.Of(new[] { new Tranche("eu", new DateOnly(2025, 6, 1), Money.Eur(5m)), Schedules.China(), Schedules.China() })|};
        }
        """);

    [Fact]
    public Task List_pattern_combining_members_of_records_of_one_currency_or_unknown_DoesNotReport() => Files.Verify(
        Tranches,
        """
        using System;
        using AiRace.Core;
        class Checks
        {
            string A() => Schedules.Of([Schedules.China(), Schedules.China()]);
            string B() => Schedules.Of([Schedules.China(), new Tranche("us", new DateOnly(2025, 6, 1), Money.Usd(5m)), Schedules.China()]);
            string C(Money m) => Schedules.Of([Schedules.China(), new Tranche("x", new DateOnly(2025, 6, 1), m)]);
            string D() => Schedules.Of([new Tranche("us", new DateOnly(2025, 6, 1), Money.Usd(5m))]);
        }
        """);

    [Fact]
    public Task List_pattern_arm_that_tests_its_members_currencies_or_hands_an_element_on_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public readonly record struct Tranche(string Fund, DateOnly Due, Money Amount);
        public static class Schedules
        {
            public static Money Gap(IReadOnlyList<Tranche> tranches) => tranches switch
            {
                [] => Money.Zero(Currency.CNY),
                [var only] => only.Amount,
                [var first, .., var last] => last.Amount.Currency == first.Amount.Currency ? last.Amount - first.Amount : last.Amount,
            };
            public static Money Step(IReadOnlyList<Tranche> tranches) => tranches switch
            {
                [] => Money.Zero(Currency.CNY),
                [var only] => only.Amount,
                [var first, .., var last] => Same(first, last) ? last.Amount - first.Amount : last.Amount,
            };
            private static bool Same(Tranche a, Tranche b) => a.Amount.Currency == b.Amount.Currency;
            public static Money ByCode(IReadOnlyList<Tranche> tranches) => tranches switch
            {
                [] => Money.Zero(Currency.CNY),
                [var only] => only.Amount,
                [var first, .., var last] => first.Fund == last.Fund ? last.Amount - first.Amount : last.Amount,
            };
        }
        """,
        """
        using System;
        using AiRace.Core;
        class Checks
        {
            Money A() => Schedules.Gap([new Tranche("cn", new DateOnly(2025, 3, 1), Money.Cny(55m)), new Tranche("us", new DateOnly(2025, 6, 1), Money.Usd(5m))]);
            Money C() => Schedules.ByCode([new Tranche("cn", new DateOnly(2025, 3, 1), Money.Cny(55m)), new Tranche("us", new DateOnly(2025, 6, 1), Money.Usd(5m))]);
            Money B() => Schedules.Step([new Tranche("cn", new DateOnly(2025, 3, 1), Money.Cny(55m)), new Tranche("us", new DateOnly(2025, 6, 1), Money.Usd(5m))]);
        }
        """);

    private const string Specifications = """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class AtLeast(Money floor)
        {
            public bool IsSatisfiedBy(Money candidate) => candidate >= floor;
        }
        public static class Specs
        {
            public static readonly AtLeast BigInYuan = new(Money.Cny(50m));
            public static readonly AtLeast BigInDollars = new(Money.Usd(5m));
            public static readonly IReadOnlyList<Money> Dollars = [Money.Usd(1m), Money.Usd(7m)];
            public static readonly IReadOnlyList<Money> Yuan = [Money.Cny(1m), Money.Cny(70m)];
        }
        """;

    [Fact]
    public Task Specification_method_group_given_to_Where_over_another_currency_Reports() => Files.Verify(
        Specifications,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<Money> A() => {|AIR0001:Specs.Dollars.Where(Specs.BigInYuan.IsSatisfiedBy)|};
            int B() => {|AIR0001:Specs.Yuan.Count(Specs.BigInDollars.IsSatisfiedBy)|};
        }
        """);

    [Fact]
    public Task Specification_method_group_given_to_Where_over_its_currency_or_unknown_DoesNotReport() => Files.Verify(
        Specifications,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<Money> A() => Specs.Dollars.Where(Specs.BigInDollars.IsSatisfiedBy);
            IEnumerable<Money> B(AtLeast spec) => Specs.Dollars.Where(spec.IsSatisfiedBy);
            IEnumerable<Money> C(IEnumerable<Money> xs) => xs.Where(Specs.BigInYuan.IsSatisfiedBy);
            int D() => Specs.Yuan.Count(Specs.BigInYuan.IsSatisfiedBy);
        }
        """);
}
