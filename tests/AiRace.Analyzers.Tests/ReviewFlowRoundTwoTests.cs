using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Second adversarial review of stop 58's AIR0001 collection flow: a copy of a local collection that leaves out the
/// writes after it in the text. Each test fails today and passes once the fault it names is fixed.
/// </summary>
public class ReviewFlowRoundTwoTests
{
    // FAULT (wrong silence): new ReadOnlyDictionary<K, V>(dict) is a view, not a copy (its parameter is
    // named "dictionary" and System.Collections.ObjectModel counts as a collection namespace). Where:
    // CopiedBeforeWrites, the IArgumentOperation arm excludes ReadOnlyCollection and ReadOnlySet but not
    // ReadOnlyDictionary, so the dollars written after the view was made are left out of it. The same dictionary written
    // before the view is reported (checked), so only the copy reasoning silences it. Fix: add "ReadOnlyDictionary"
    // (and ReadOnlyObservableCollection, were its parameter ever named collection) to the excluded names.
    [Fact]
    public Task Read_only_dictionary_is_a_view_that_shows_later_writes_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A()
            {
                var byRegion = new Dictionary<string, Money> { ["cn"] = Money.Cny(1m) };
                var view = new ReadOnlyDictionary<string, Money>(byRegion);
                byRegion["us"] = Money.Usd(1m);
                return {|AIR0001:view.Values.Sum(Currency.CNY)|};
            }
        }
        """);

    // FAULT (false report, not new with this merge: before it every write counted): a write earlier in the text that
    // runs later. A lambda stored before the copy and invoked after it (A), or a local function declared before the
    // copy and called after it (B), adds dollars after the copy is made; the copy holds yuan alone, yet both sums are
    // reported. Where: CurrencyFlow.Collections.cs, AfterCopy keeps every use before the copy in the text, including
    // writes inside a lambda or local function that may run after it. Fix: for a copy (SearchLocalElements with
    // copied), a write inside a lambda or local function that is not known to run before the copy makes the copy's
    // elements unknown (silent), as a write in a local function after the copy already counts.
    [Fact]
    public Task Write_in_a_lambda_or_local_function_before_a_copy_run_after_it_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A() { var list = new List<Money> { Money.Cny(1m) }; Action addUsd = () => list.Add(Money.Usd(1m)); var copy = list.ToList(); addUsd(); return copy.Sum(Currency.CNY); }
            Money B() { var list = new List<Money> { Money.Cny(1m) }; void AddUsd() => list.Add(Money.Usd(1m)); var copy = list.ToList(); AddUsd(); return copy.Sum(Currency.CNY); }
        }
        """);

    // FAULT (false report, not new with this merge): an alias taken before the copy (var alias = list) and written
    // after it (alias.Add(dollars)) adds to the list after the copy was made; the copy holds yuan alone, yet its yuan
    // sum is reported. Where: CurrencyFlow.Collections.cs, AfterCopy drops the uses of the local after the copy, but the
    // alias's declaration comes before it and the alias's writes (followed from that use) are all kept. Fix: for a
    // copy, also leave out the writes through an alias that come after the copy in the text (not in a lambda or local
    // function), or make an aliased copy's elements unknown.
    [Fact]
    public Task Alias_taken_before_a_copy_and_written_after_it_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A() { var list = new List<Money> { Money.Cny(1m) }; var alias = list; var copy = list.ToList(); alias.Add(Money.Usd(1m)); return copy.Sum(Currency.CNY); }
        }
        """);

    // MISS (lower priority, new with this merge): a set given the default comparer (EqualityComparer<Money>.Default)
    // compares as one given none, so it holds every element added; since (b) it is taken as a set made with a comparer
    // and holds "only some", so A is silent while B (the same set without the argument) is reported. Where:
    // CurrencyFlow.Collections.cs, Created (the set constructor's "comparer" argument) and the LINQ check below it. Fix: do not count a
    // comparer argument that is EqualityComparer<T>.Default (or Comparer<T>.Default, or the null literal).
    [Fact]
    public Task Set_made_with_the_default_comparer_holds_every_element_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A() { var set = new HashSet<Money>(EqualityComparer<Money>.Default) { Money.Cny(1m), Money.Usd(1m) }; return {|AIR0001:set.Max()|}; }
            Money B() { var set = new HashSet<Money> { Money.Cny(1m), Money.Usd(1m) }; return {|AIR0001:set.Max()|}; }
        }
        """);

    // FAULT (wrong silence, new with this merge): "later in the text" is not "later in execution" for an exception
    // filter. A catch's when clause runs in the first pass of the throw, before the finally blocks nested in its try
    // (checked at run time: the inner finally sees the element the filter added). So the copy made in the inner finally
    // holds the dollars the filter adds; A is silent, while B (the set read directly there) is reported. Where:
    // CurrencyFlow.Collections.cs, CopiedBeforeWrites checks loops, lambdas, local functions, queries and goto, not
    // filters. Fix: also answer false when the copy is in a finally block and the scope has a catch with a filter
    // (CatchFilterClauseSyntax) after it, or more simply when the copy is inside any finally block.
    [Fact]
    public Task Exception_filter_runs_before_an_inner_finally_that_copies_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A()
            {
                var set = new HashSet<Money> { Money.Cny(1m) };
                var best = Money.Cny(0m);
                try
                {
                    try { throw new InvalidOperationException(); }
                    finally { var copy = set.ToArray(); best = {|AIR0001:copy.Max()|}; }
                }
                catch (InvalidOperationException) when (set.Add(Money.Usd(1m)))
                {
                }

                return best;
            }

            Money B()
            {
                var set = new HashSet<Money> { Money.Cny(1m) };
                var best = Money.Cny(0m);
                try
                {
                    try { throw new InvalidOperationException(); }
                    finally { best = {|AIR0001:set.Max()|}; }
                }
                catch (InvalidOperationException) when (set.Add(Money.Usd(1m)))
                {
                }

                return best;
            }
        }
        """);
}
