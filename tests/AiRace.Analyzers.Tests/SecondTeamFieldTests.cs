using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// REVIEW (stop 62, second team): a field test written as a team new to the package would write its code
/// (FieldTest/SecondTeam/, not compiled into this project and not read by <see cref="FieldTests"/>, which reads only the
/// files directly in FieldTest/): modern C# (records with positional patterns, primary constructors, collection
/// expressions and spreads, LINQ GroupBy/ToDictionary/Aggregate/Zip, async methods, generic and extension helpers,
/// C# 14 extension blocks, delegates in fields, locals and dictionaries, <c>with</c>, required and init members, an
/// interface's default body, <c>Money?</c>, switch expressions on enums). Every intended finding is marked
/// <c>// expect: AIR00xx</c> on the line where it starts; every other report is a false one; lines marked
/// <c>// clean:</c> are the tricky ones. The field test asserts no AD0001 and no false report and prints the counts;
/// below it, one minimal test per family the rules learned from this review isolates it (the review wrote one per miss
/// or false report; those of the families still missed were removed when the fixes merged, see the end of this summary).
/// First run (stop 62): 10 files, 1,005 lines, 115 lines marked clean; expected 112 (63 AIR0001, 9 AIR0002, 10 AIR0003,
/// 5 AIR0004, 5 AIR0005, 7 AIR0006, 3 AIR0007, 6 AIR0008, 4 AIR0013), caught 88, missed 24 (18 AIR0001, 1 each of
/// AIR0002/4/5/8, 2 AIR0007), 3 false reports (AIR0001, on 2 lines of one family), no AD0001. The misses by form:
/// a record's positional pattern (<c>g is Grant(_, var amount, _)</c>, a switch arm's <c>(_, var amt, &gt;= 2025)</c>); a
/// <c>with</c> copy of a local record; a class's instance method combining its parameter with a primary-constructor
/// parameter (three calls); a helper or C# 14 extension member comparing its parameter with a known member or field; an
/// interface's default body; a generic <c>Pick&lt;T&gt;</c> of two yuan parameters; a fold helper whose seed alone
/// differs; <c>Aggregate</c> without a seed; <c>Task.WhenAll</c>'s array; <c>ImmutableDictionary.CreateRange</c>'s values;
/// a known rate's <c>Convert</c>; a delegate kept in a dictionary; a <c>??</c> fallback in another currency and a switch
/// method called with a constant (the last two silent by design: arms that disagree are unknown); Money's positional
/// pattern (AIR0004); a double made decimal by a helper (AIR0002); the clock's date from a delegate local (AIR0008); a
/// <c>?:</c> of two constant fractions (AIR0005); <c>ImmutableArray</c>'s own <c>Select</c>/<c>Aggregate</c> (AIR0007).
/// Stop 62 fixes: the false reports (a group keyed by a member's currency), the unseeded <c>Aggregate</c>, the methods
/// combining a parameter with a known field, member or primary-constructor parameter (five lines), the <c>?:</c> of two
/// fractions and <c>ImmutableArray</c>'s LINQ: 15 misses left, whose minimal tests were removed (known misses). With the
/// positional patterns on records that the same stop's flow learned (Reports.cs:22 and :35), 13 are left: caught 99.
/// Stop 63 (flow, <see cref="SecondTeamFlowFormTests"/>): <c>ImmutableDictionary.CreateRange</c>'s pairs, a known rate's
/// <c>Convert</c>, a <c>with</c> copy of a local record, <c>Task.WhenAll</c>'s array, the generic <c>Pick&lt;T&gt;</c> and
/// the delegate kept in a local dictionary (six); stop 63 (rules): AIR0002 through the team's own double-to-decimal helper,
/// AIR0008 through a clock delegate local, AIR0004 on Money's positional pattern, AIR0001 in an interface's default body
/// and a fold helper whose seed alone differs (five): 2 left, both silent by design (a <c>??</c> fallback and a switch
/// method called with a constant), caught 110.
/// Stop 66: <c>Catalogue.CapFor(Programme.BigFundIII)</c> (Reports.cs:88), a switch on one parameter called with a
/// constant, is caught by the stop's switch calls (Stop66MissFormTests); so is the first field test's
/// <c>BlocTotal(TenderBloc.China) &gt; BlocTotal(TenderBloc.Europe)</c> (TenderReports.cs:213), a real yuan-against-euros
/// mix that line had marked clean, now marked. One left: <c>c.Pledged - (c.Drawn ?? Money.Zero(Currency.USD))</c>
/// (Reports.cs:65) mixes only where <c>Drawn</c> is null, which the flow cannot know of a parameter, so it stays silent.
/// </summary>
public class SecondTeamFieldTests
{
    /// <summary>The misses of the first run; a miss the analyzers learn lowers it.</summary>
    private const int RecordedMisses = 1;

    private readonly ITestOutputHelper _output;

    public SecondTeamFieldTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Second_team_field_test_has_no_AD0001_and_no_false_reports()
    {
        var result = await Run(FieldConsumer.FilesIn("tests", "AiRace.Analyzers.Tests", "FieldTest", "SecondTeam"));

        _output.WriteLine($"second team field test: {result.Files} files, {result.Lines} lines; expected {result.Expected}, caught {result.Caught}, missed {result.Missed.Count}, false reports {result.False.Count}");
        foreach (var m in result.Missed)
        {
            _output.WriteLine($"missed: {m}");
        }

        foreach (var f in result.False)
        {
            _output.WriteLine($"false report: {f}");
        }

        result.Crashes.Should().BeEmpty("no analyzer throws (AD0001)");
        result.False.Should().BeEmpty("a report on a line not marked '// expect:' is a false positive");
        result.Missed.Count.Should().BeLessThanOrEqualTo(RecordedMisses, "every marked finding is a currency, scale or date mistake the rules promise to find");
    }

    // ---- The misses and the false report of the field test above, one minimal failing test each (REVIEW stop 62). ----

    /// <summary>
    /// False reports, Aggregation.cs:49 and 52 (one family): groups keyed by a member's currency (<c>a =&gt; a.Amount.Currency</c>,
    /// also in a tuple key), each summed under a test of its key in that key's currency. Keyed by the elements' own currency
    /// (<c>m =&gt; m.Currency</c>) the same shape is clean; the key test is not followed for a member's currency.
    /// </summary>
    [Fact]
    public Task Review_group_keyed_by_a_members_currency_summed_per_key_is_clean() => Isolated(
        """
        using System;
        using System.Linq;
        using AiRace.Core;
        public sealed record Award(string Name, Money Amount);
        public static class Use
        {
            static readonly Award[] Awards = [new("chips", Money.Usd(6.6m)), new("big fund", Money.Cny(10m))];
            public static Money[] PerKey() => Awards.GroupBy(a => a.Amount.Currency).Select(g => g.Key == Currency.USD ? g.Sum(a => a.Amount, Currency.USD) : g.Sum(a => a.Amount, Currency.CNY)).ToArray(); // clean
            public static Money[] PerCompositeKey() => Awards.GroupBy(a => (a.Amount.Currency, a.Name)).Select(g => g.Key.Currency == Currency.USD ? g.Sum(a => a.Amount, Currency.USD) : g.Sum(a => a.Amount, Currency.CNY)).ToArray(); // clean
        }
        """);

    /// <summary>Miss, Aggregation.cs:107: <c>Aggregate</c> without a seed over an array of yuan and dollars.</summary>
    [Fact]
    public Task Review_aggregate_without_seed_over_two_currencies_Reports() => Isolated(
        """
        using System.Linq;
        using AiRace.Core;
        public static class Use
        {
            public static Money Fold() => new[] { Money.Cny(1m), Money.Usd(1m) }.Aggregate((a, b) => a + b); // expect: AIR0001
        }
        """);

    /// <summary>Miss, Reports.cs:131: a helper that compares its parameter with a known dollar field, called with yuan.</summary>
    [Fact]
    public Task Review_helper_comparing_its_parameter_with_a_known_field_Reports() => Isolated(
        """
        using AiRace.Core;
        public static class Use
        {
            static readonly Money Chips = Money.Usd(52.7m);
            static bool AboveChips(Money m) => m > Chips;
            public static bool Check() => AboveChips(Money.Cny(344m)); // expect: AIR0001
        }
        """);

    /// <summary>Miss, Reports.cs:133: a C# 14 extension member comparing its receiver's dollar member with a parameter, called with yuan.</summary>
    [Fact]
    public Task Review_extension_member_comparing_receivers_member_with_parameter_Reports() => Isolated(
        """
        using AiRace.Core;
        public readonly record struct Tranche(int Year, Money Amount);
        public static class Blocks
        {
            extension(Tranche t)
            {
                public bool Beats(Money other) => t.Amount > other;
            }
        }
        public static class Use
        {
            public static bool Check() => new Tranche(2025, Money.Usd(100m)).Beats(Money.Cny(344m)); // expect: AIR0001
        }
        """);

    /// <summary>
    /// Miss, Services.cs:99, 103 and 107 (one family): an instance method comparing (or subtracting) its parameter with a
    /// class primary-constructor parameter that every construction gives yuan, called with dollars.
    /// </summary>
    [Fact]
    public Task Review_method_combining_parameter_with_primary_constructor_parameter_Reports() => Isolated(
        """
        using AiRace.Core;
        public sealed class Desk(Money budget)
        {
            public bool CanFund(Money request) => request <= budget;
            public Money After(Money spent) => budget - spent;
            public static Desk Anhui() => new(Money.Cny(8m));
        }
        public static class Use
        {
            public static bool A() => Desk.Anhui().CanFund(Money.Usd(1m)); // expect: AIR0001
            public static Money B() => Desk.Anhui().After(Money.Usd(1m)); // expect: AIR0001
            public static bool C() => new Desk(Money.Cny(1m)).CanFund(Money.Usd(1m)); // expect: AIR0001
        }
        """);

    /// <summary>Miss, Shares.cs:21: both arms of a <c>?:</c> given to <c>Share.FromPercent</c> are constant fractions.</summary>
    [Fact]
    public Task Review_percent_factory_given_a_conditional_of_two_fractions_Reports() => Isolated(
        """
        using AiRace.Core;
        public static class Use
        {
            public static Share GoalFor(int year) => Share.FromPercent(year >= 2030 ? 0.7m : 0.55m); // expect: AIR0005
        }
        """);

    /// <summary>Miss, Shares.cs:90 and 92: amounts summed through <c>ImmutableArray</c>'s own LINQ (<c>Select</c> then <c>Sum</c>, <c>Aggregate</c>).</summary>
    [Fact]
    public Task Review_amounts_summed_over_an_immutable_array_Reports() => Isolated(
        """
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;
        public static class Use
        {
            static readonly ImmutableArray<Money> Grants = [Money.Cny(1m), Money.Cny(2m)];
            public static decimal A() => Grants.Select(g => g.Amount).Sum(); // expect: AIR0007
            public static decimal B() => Grants.Aggregate(0m, (acc, g) => acc + g.Amount); // expect: AIR0007
        }
        """);

    // ---- Stop 62 fixes: the cases next to the families learned that stay silent. ----

    /// <summary>A method comparing its parameter with a known field or primary-constructor parameter, called in the same
    /// currency, or one that tests a currency itself, or a virtual one (another body may run): no report.</summary>
    [Fact]
    public Task Fixed_value_in_a_methods_body_same_currency_or_tested_or_virtual_is_clean() => Isolated(
        """
        using AiRace.Core;
        public class Desk(Money budget)
        {
            static readonly Money Chips = Money.Usd(52.7m);
            public bool CanFund(Money request) => request <= budget;
            public bool Safe(Money request) => request.Currency == budget.Currency && request <= budget;
            public virtual bool Above(Money m) => m > Chips;
            public static bool AboveChips(Money m) => m > Chips;
            public static Desk Anhui() => new(Money.Cny(8m));
        }
        public static class Use
        {
            public static bool A() => Desk.Anhui().CanFund(Money.Cny(1m)); // clean: yuan
            public static bool B() => Desk.Anhui().Safe(Money.Usd(1m)); // clean: tested
            public static bool C() => Desk.Anhui().Above(Money.Cny(1m)); // clean: virtual
            public static bool D() => Desk.AboveChips(Money.Usd(1m)); // clean: dollars
        }
        """);

    /// <summary><c>Aggregate</c> without a seed over one currency, and <c>FromPercent</c> of a <c>?:</c> with one arm on
    /// the percent scale or not constant: no report.</summary>
    [Fact]
    public Task Unseeded_fold_of_one_currency_and_conditional_of_mixed_scales_are_clean() => Isolated(
        """
        using System.Linq;
        using AiRace.Core;
        public static class Use
        {
            public static Money Fold() => new[] { Money.Cny(1m), Money.Cny(2m) }.Aggregate((a, b) => a + b); // clean: yuan only
            public static Share Goal(int year, decimal x) => Share.FromPercent(year >= 2030 ? 70m : 0.55m); // clean: one arm a percent
            public static Share Other(bool flag, decimal x) => Share.FromPercent(flag ? x : 0.5m); // clean: one arm unknown
        }
        """);

    /// <summary>Compiles the sources against the real AiRace.Core (C# preview: extension blocks), runs every rule, and compares with the markers.</summary>
    private static Task<FieldConsumer.Outcome> Run(params (string Name, string Text)[] sources) =>
        FieldConsumer.Run("SecondTeam", LanguageVersion.Preview, timeAnalyzer: false, sources);

    /// <summary>A minimal case: the marked lines are reported, nothing else is, and no analyzer throws.</summary>
    private static async Task Isolated(string source)
    {
        var result = await Run(("Case.cs", source));
        result.Crashes.Should().BeEmpty("no analyzer throws (AD0001)");
        result.False.Should().BeEmpty("only the marked lines may be reported");
        result.Missed.Should().BeEmpty("every marked line is a mistake the rule promises to find");
    }
}
