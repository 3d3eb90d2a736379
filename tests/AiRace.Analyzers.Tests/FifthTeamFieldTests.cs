using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The fifth team's field test (issue 12 §3, stop 66): a consumer written as a team that has not seen the first four
/// would write it (FifthTeamFieldTest/, not compiled into this project), written blind from the rule pages and the
/// library's public API. The Quarry desk's nightly ETL of chip funds (China's Big Fund III and Shanghai in yuan, the
/// CHIPS Act in dollars, the EU Chips Act in euros, Rapidus in yen, K-Chips in won, India's mission in rupees), in styles
/// the earlier four did not lean on: an event-sourced log (a sealed record hierarchy of events, an in-memory store read
/// as <c>IAsyncEnumerable</c>, projections folding streams into a <c>readonly record struct</c> read model by
/// <c>Aggregate</c> over a type-pattern <c>switch</c> with <c>with</c>), extension methods on the team's read model, the
/// specification pattern (<c>ISpecification&lt;T&gt;</c>, primary-constructor specs holding money bounds, <c>And</c>/
/// <c>Not</c> combinators, method groups given to <c>Where</c>, a generic repository whose <c>Find</c> is a default
/// interface method), a railway <c>Result&lt;T&gt;</c> (<c>Map</c>/<c>Bind</c>/<c>Ensure</c>/<c>Match</c>) and an
/// <c>Option&lt;T&gt;</c>, a small mediator (<c>IQuery&lt;T&gt;</c>/<c>IQueryHandler</c>), an interface with default
/// members implemented by records, list patterns on the split CSV line and on money lists in switch expressions,
/// collection expressions with spreads, <c>System.Threading.Channels</c> producers and consumers,
/// <c>Parallel.ForEach</c> with <c>lock</c>, <c>PriorityQueue&lt;string, Money&gt;</c>, an <c>IObservable</c> feed, static
/// lambdas and static local functions, date-keyed <c>SortedList&lt;DateOnly, ExchangeRate&gt;</c> fixings converted by
/// <c>Convert</c>/<c>ConvertAt</c>/<c>Inverse</c>, <c>FrozenDictionary</c>, <c>SortedDictionary</c>, tuple-keyed
/// dictionaries made by <c>ToDictionary</c>, LINQ query syntax (<c>group … by … into</c>, <c>orderby</c>),
/// <c>AggregateBy</c>, <c>CountBy</c>, <c>Index</c>, <c>Chunk</c>, <c>Zip</c>, <c>MaxBy</c>, <c>ToLookup</c>, and a
/// fluent target builder. Every intended finding is marked <c>// expect: AIR00xx</c> on the line where it starts; every
/// other report is a false one; lines marked <c>// clean:</c> (175) are the tricky ones. The test asserts no AD0001, no
/// false report and no more misses than recorded, and prints the counts with each miss and false report.
/// First run (stop 66): 10 files, 1,302 lines; expected 100, caught 58, missed 42, one report on a line marked clean, no
/// AD0001. That report was the team's marking error: <c>Math.Round(yen.Amount / euros.Amount, 4)</c> over two
/// <c>Money</c> parameters is AIR0004's by its page (a quotient of amounts is a rate only when both currencies are known
/// and differ; parameters' are not), so it was re-marked <c>expect: AIR0004</c>: expected 101, caught 59. Then
/// Reconciliation.cs (totals per currency in a <c>Dictionary&lt;Currency, Money&gt;</c>, currency-checked merges,
/// <c>Allocate</c>, <c>Share</c> and <c>Ratio</c> scaling, <c>ExchangeRate.Cross</c>, a list cleared and refilled, a
/// local reset to another currency, deconstructed tuples of one state; 22 clean lines, 3 findings, all caught).
/// Then Audit.cs (sums and maxima filtered by the money's own currency, switch arms and patterns on the currency,
/// an overwritten dictionary slot and array element, <c>Money.Max</c>/<c>Min</c>, <c>==</c>, <c>Equals</c>,
/// <c>Distinct</c>/<c>Contains</c>, <c>List.Sort</c>, a generic <c>Larger&lt;T&gt;</c> constrained on
/// <c>IComparable&lt;T&gt;</c>): one report on a line marked clean, again the team's error:
/// <c>Seed.ChipsCeiling.Equals(Seed.EuCeiling)</c> does not throw, but AIR0001's page names <c>Equals</c> (always
/// <c>false</c> across currencies, a certain mistake), so it was re-marked; one miss, <c>Larger(yuan, dollars)</c>.
/// Recorded run: 12 files, 1,525 lines; expected 110 (69 AIR0001, 3 AIR0002, 3 AIR0003, 5 AIR0004, 5 AIR0005,
/// 3 AIR0006, 4 AIR0007, 3 AIR0008, 4 AIR0009, 3 AIR0010, 2 AIR0011, 3 AIR0012, 3 AIR0013), caught 67, missed 43
/// (42 AIR0001, 1 AIR0012), no false report, no AD0001. Every rule but AIR0001 and AIR0012 caught all its lines;
/// AIR0001 caught 27 of 69. The misses by form:
/// records selected by <c>OfType</c> from a method returning a collection expression (of spreads of other methods'
/// collection expressions), their member summed, maximised or folded (<c>Seed.China().OfType&lt;Disbursed&gt;().Sum(d =&gt;
/// d.Tranche, Currency.USD)</c>; four lines, one through a spec's method group given to <c>Where</c>);
/// a <c>FrozenDictionary</c> made by <c>ToFrozenDictionary</c> of a dictionary initializer, read by constant keys (its
/// <c>Values.Sum</c> is caught); a dictionary made by <c>ToDictionary</c> with a tuple key selector, read by constant
/// tuple keys; <c>Zip</c> of an array of rows with its own <c>Skip(1)</c> (both sides mixed); <c>AggregateBy</c> with a
/// seed selector (its page: not followed); <c>MaxBy</c> over an interface-typed list of two record types keyed by
/// <c>l.Actual - l.Planned</c>; a query handler summing its query's lines in its query's currency;
/// a <c>Channel</c> written with mixed rows and drained in yuan by a helper, and a local channel read by
/// <c>ReadAllAsync</c> into a euro total; an <c>async</c> iterator yielding yuan tranches through a property pattern,
/// compared with dollars in <c>await foreach</c>; <c>Parallel.ForEach</c>'s lambda adding mixed rows under a
/// <c>lock</c>; <c>PriorityQueue&lt;string, Money&gt;</c> enqueued with yuan and dollar priorities (its comparer throws);
/// an <c>IObservable</c> publishing dollars to an observer made with yuan;
/// extension methods on a <c>readonly record struct</c> read model held in static fields made with constants
/// (<c>China.Headroom() - America.Headroom()</c>, <c>China.Exceeds(dollars)</c>, <c>China.Pay(dollars)</c>); a
/// <c>with</c> copy's member against the original's; event folds (<c>Aggregate(FundState.Empty(stream, currency),
/// Apply)</c>) compared across funds or given another fund's events, also through the async store; a record struct's
/// <c>with</c>-based method (<c>FirstChinaTranche().Indexed(1.02m).Amount &gt; dollars</c>); a switch method's list
/// pattern <c>[var first, .., var last]</c> called with a collection expression of yuan and dollars (two);
/// primary-constructor specifications comparing a parameter with their captured bounds, on static instances or one
/// made in a helper (four), their expression-bodied <c>Floor =&gt; floor</c> read through two static instances,
/// <c>new Between(euros, dollars).Width</c>, and a repository <c>Find</c> with composed specs;
/// the generic <c>Result&lt;T&gt;</c>'s <c>Map</c>, <c>Ensure</c> and <c>Match</c> lambdas, a helper summing the
/// values of a collection-expression of results, <c>Option&lt;T&gt;.Or</c> and <c>.Value</c> (six);
/// a helper converting at a rate read from a <c>SortedList&lt;DateOnly, ExchangeRate&gt;</c> field whose rates are all
/// made with a dollar quote, its result against euros or yuan (two), and <c>rate.Inverse().Convert(dollars).Result</c>
/// against euros; a generic <c>Larger&lt;T&gt;(T a, T b) where T : IComparable&lt;T&gt;</c> called with yuan and dollars; and
/// (AIR0012, not promised by its page) a fluent builder that keeps the years in fields.
/// After the merge of the same stop's flow forms (Stop66MissFormTests), <c>new Between(euros, dollars).Width</c> is
/// caught by the getter of an object just made in two currencies: caught 68, missed 42.
/// Then extension methods on a read model held in a static field made with constants (FifthTeamMissFormTests:
/// <c>China.Headroom() - America.Headroom()</c>, <c>China.Exceeds(Seed.ChipsCeiling)</c>, <c>China.Pay(dollars)</c>)
/// are followed into their bodies: caught 71, missed 39. Then primary-constructor specifications held in static
/// readonly fields are read through their creation (<c>BigInYuan.IsSatisfiedBy(Seed.ChipsCeiling)</c>,
/// <c>MidSizeEuro.IsSatisfiedBy(Seed.BigFundCeiling)</c>, <c>BigInYuan.Floor - BigInDollars.Floor</c>): caught 74, missed 36.
/// Then records of one sealed type picked by <c>OfType&lt;T&gt;()</c> from a collection expression are read through the
/// creations of that type (FifthTeamMissFormTests2: <c>Seed.All().OfType&lt;Announced&gt;().Max(a =&gt; a.Ceiling)</c>):
/// caught 77, missed 33. Then constant-key reads of a frozen dictionary made by <c>ToFrozenDictionary</c> of a
/// dictionary initializer are read by key (FifthTeamMissFormTests2: <c>Headlines["cn"] &gt; Headlines["us"]</c>): caught 78, missed 32.
/// At stop 67 the flow learnt local channels and type-pattern picks (Stop67PipelineFormTests), <c>with</c> copies,
/// <c>this with</c> record methods and list-pattern arms (Stop67ProjectionFormTests), a team's own generic
/// <c>Result&lt;T&gt;</c>/<c>Option&lt;T&gt;</c> wrappers and AIR0012 through a fluent builder (Stop67ResultFormTests), and
/// <c>ToDictionary</c> copies read by tuple keys, rates kept in collections, <c>IComparable&lt;T&gt;</c> generic
/// comparisons and a specification made in a helper (Stop67RateFormTests): caught 96, missed 14, all AIR0001.
/// Then a running total over every element of a <c>Parallel.ForEach</c> body and <c>AggregateBy</c>'s seed selector
/// (Stop67LoopSumTests): caught 98, missed 12.
/// At stop 68 the flow learnt a query handler's own sum, interface members of sealed records' elements, list-pattern
/// member picks and a specification's method group (Stop68BudgetFormTests), a local <c>PriorityQueue</c>, a team's
/// observable feed and <c>Zip</c> with <c>Skip(1)</c> (Stop68PipelineFormTests), and event folds
/// (Stop68ProjectionFormTests): caught 108, missed 2.
/// Left: <c>Combined</c> over results filtered by a run-time check (Results.cs:71), and a repository's default
/// <c>Find</c> with composed specifications (Specifications.cs:101), where the <c>&amp;&amp;</c> of the composed
/// specification never runs the yuan test on the dollar tranches (both are dated 2024, the first test needs 2025), so
/// no currencies meet at run time; the mark stays as the team wrote it.
/// </summary>
public class FifthTeamFieldTests
{
    /// <summary>The misses of the recorded run (listed by the output); a miss the analyzers learn lowers it.</summary>
    private const int RecordedMisses = 2;

    private readonly ITestOutputHelper _output;

    public FifthTeamFieldTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Fifth_team_field_test_has_no_AD0001_no_false_reports_and_no_more_misses_than_recorded()
    {
        var result = await FieldConsumer.Run("FifthTeam", LanguageVersion.Latest, timeAnalyzer: false, FieldConsumer.FilesIn("tests", "AiRace.Analyzers.Tests", "FifthTeamFieldTest"));

        FieldConsumer.Check(result, _output, "fifth team", 600, RecordedMisses);
    }
}
