using System.Threading.Tasks;
using Xunit;
using VerifyMismatch = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 on a collection filled with one currency or another on the paths of its method's control flow graph (issue
/// 12, stop 54): a list given yuan before an early <c>return</c> and dollars after it, a field rebuilt after its
/// <c>Clear()</c> with a guard clause, an iterator whose yuan path ends in <c>yield break</c>, a <c>try</c> before them,
/// a path whose write has no known currency. No run holds two currencies, so ordering the collection or taking its
/// maximum is not reported; a path that goes on from one currency's write to another's (a loop going round, a
/// <c>catch</c> after a write in its <c>try</c>, a <c>goto</c>) still mixes.
/// </summary>
public class EarlyExitFlowTests
{
    [Fact]
    public Task Writes_of_two_currencies_on_one_path_through_a_loop_a_catch_or_a_goto_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Looped(bool[] china)
            {
                var caps = new List<Money>();
                foreach (var c in china)
                {
                    if (c)
                    {
                        caps.Add(Money.Cny(3_000m));
                        continue;
                    }

                    caps.Add(Money.Usd(450m));
                }

                return {|AIR0001:caps.Max()|};
            }

            public static Money Caught(Func<decimal> risky)
            {
                var caps = new List<Money>();
                try
                {
                    caps.Add(Money.Cny(3_000m));
                    caps.Add(Money.Cny(risky()));
                }
                catch (InvalidOperationException)
                {
                    caps.Add(Money.Usd(450m));
                }

                return {|AIR0001:caps.Max()|};
            }

            public static Money Jumped(bool china)
            {
                var caps = new List<Money>();
                if (china)
                {
                    caps.Add(Money.Cny(3_000m));
                    goto done;
                }

                caps.Add(Money.Usd(450m));
            done:
                caps.Add(Money.Eur(1m));
                return {|AIR0001:caps.Max()|};
            }

            public static IEnumerable<Money> Yielded(Func<decimal> risky)
            {
                yield return Money.Cny(3_000m);
                decimal extra;
                try
                {
                    extra = risky();
                }
                catch (InvalidOperationException)
                {
                    yield break;
                }

                yield return Money.Usd(extra);
            }

            public static Money LargestYielded(Func<decimal> risky) => {|AIR0001:Yielded(risky).Max()|};
        }
        """);

    // Reported falsely before stop 54 (review). Real code: a list of caps filled per region by a switch, yuan for China, dollars for the US, and a
    // figure parsed from configuration for any other region; then its largest cap. One section runs, so the list holds
    // one currency. AIR0001.md: "A local collection that starts empty and is filled in different branches of one choice
    // with different currencies (… the sections of a switch …) holds one currency or the other, never both, so ordering
    // it or taking its maximum is not reported." BranchWise gives up as soon as one branch's write has no known code
    // (the parsed figure), and the list is then taken to hold yuan and dollars together.
    [Fact]
    public Task List_filled_by_a_switch_with_a_configured_section_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Region { China, UnitedStates, Other }
        class Use
        {
            static Money Largest(Region region, string configured)
            {
                var caps = new List<Money>();
                switch (region)
                {
                    case Region.China:
                        caps.Add(Money.Cny(3_000m));
                        caps.Add(Money.Cny(1_200m));
                        break;
                    case Region.UnitedStates:
                        caps.Add(Money.Usd(450m));
                        break;
                    default:
                        caps.Add(Money.Parse(configured));
                        break;
                }

                return caps.Max();
            }
        }
        """);

    // Reported falsely before stop 54 (review). Real code: a factory method that builds a list with a guard clause ("if China, fill yuan and return
    // early"; else fill dollars) and a caller that takes the largest cap. No run holds yuan and dollars together: the run
    // that adds yuan returns before the dollar Add. AIR0001.md: "AIR0001 never reports where no run mixes", and the
    // iterator form of exactly this shape (yuan yielded then yield break, dollars on the other path) is one currency or
    // the other since 310b8b8 (read from the control flow graph); the list form is still judged by syntax only
    // (CombineLocal → BranchWise: if/else, switch sections, ?: arms), so the guard-clause style is reported.
    [Fact]
    public Task List_built_with_an_early_return_per_region_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Region { China, UnitedStates }
        public static class Caps
        {
            public static List<Money> For(Region region)
            {
                var caps = new List<Money>();
                if (region == Region.China)
                {
                    caps.Add(Money.Cny(3_000m));
                    caps.Add(Money.Cny(1_200m));
                    return caps;
                }

                caps.Add(Money.Usd(450m));
                return caps;
            }
        }
        class Report
        {
            Money Largest(Region region) => Caps.For(region).Max();
        }
        """);

    // Reported falsely before stop 54 (review). Same shape, read in the method itself: each Max reads a list that holds one currency at that point.
    // Two reports today. (Same cause as above: CombineLocal → BranchWise reads syntax, not the control flow.)
    [Fact]
    public Task Local_list_read_before_an_early_return_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            static Money Largest(bool domestic)
            {
                var caps = new List<Money>();
                if (domestic)
                {
                    caps.Add(Money.Cny(3_000m));
                    caps.Add(Money.Cny(1_200m));
                    return caps.Max();
                }

                caps.Add(Money.Usd(450m));
                caps.Add(Money.Usd(700m));
                return caps.Max();
            }
        }
        """);

    // Reported falsely before stop 54 (review). Real code: a service's cache rebuilt by one Reload method with a guard clause instead of an else.
    // AIR0001.md (since 58d10bd): a collection "that one method rebuilds, with a Clear() statement of its body … holds
    // what that method adds all together", and Combine makes one rebuilt "in one currency or another" (Clear(); if …
    // Add(yuan); else Add(dollars);) one currency or the other. The early-return form has the same runs, but Combine →
    // BranchWise only knows else branches.
    [Fact]
    public Task Field_rebuilt_after_Clear_with_an_early_return_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class CapCache
        {
            private readonly List<Money> _caps = new();

            public void Reload(bool domestic)
            {
                _caps.Clear();
                if (domestic)
                {
                    _caps.Add(Money.Cny(3_000m));
                    return;
                }

                _caps.Add(Money.Usd(450m));
            }

            public Money Largest() => _caps.Max();
        }
        """);

    // A miss of stop 54's first changes, found by its review. Real code: a list of exposures where the US reserve is always counted, in a finally so that it is recorded
    // even when the audit callback throws. Both writes run on the normal path, so Max() compares yuan with dollars.
    // AIR0001.md: "Two currencies still mix when one path reaches both writes … a write after the choice". The control
    // flow graph leaves a try for its finally only through a branch's FinallyRegions (a finally's blocks are no
    // branch's destination), and Reachable() does not follow them.
    [Fact]
    public Task Write_in_a_try_and_another_in_its_finally_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Exposure
        {
            public static Money Peak(decimal chinaCapex, decimal usReserve, Action audit)
            {
                var exposures = new List<Money>();
                try
                {
                    exposures.Add(Money.Cny(chinaCapex));
                    audit();
                }
                finally
                {
                    exposures.Add(Money.Usd(usReserve));
                }

                return {|AIR0001:exposures.Max()|};
            }

            public static Money PeakAfter(decimal chinaCapex, decimal usReserve, Action audit)
            {
                var exposures = new List<Money>();
                try
                {
                    audit();
                }
                finally
                {
                    exposures.Add(Money.Cny(chinaCapex));
                }

                exposures.Add(Money.Usd(usReserve));
                return {|AIR0001:exposures.Max()|};
            }
        }
        """);

    // A miss of stop 54's first changes, found by its review. Real code: a field rebuilt after Clear(), the reserve in dollars written in a finally. Same cause as above,
    // through Combine's rebuilt field. AIR0001.md: "a field or property rebuilt by one method after its Clear() in the
    // same way" holds one currency or the other only when no path reaches both writes.
    [Fact]
    public Task Rebuilt_field_with_a_write_in_a_finally_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class ExposureBoard
        {
            private readonly List<Money> _exposures = new();

            public void Rebuild(decimal chinaCapex, decimal usReserve, Action audit)
            {
                _exposures.Clear();
                try
                {
                    _exposures.Add(Money.Cny(chinaCapex));
                    audit();
                }
                finally
                {
                    _exposures.Add(Money.Usd(usReserve));
                }
            }

            public Money Peak() => {|AIR0001:_exposures.Max()|};
        }
        """);

    // A false report of stop 54's first changes, found by its review. Real code: a per-desk list declared inside the loop, given yuan and reported with a `continue` for
    // Chinese desks, dollars otherwise. Each round makes a new list, so no run holds both. AIR0001.md: "A local
    // collection that starts empty and is filled with different currencies on different paths of its method (… a guard
    // clause …) hold one currency or the other" — "a loop that goes round again" mixes only a collection that lives across
    // rounds. OnePathEach follows the back edge from the yuan write to the dollar write without seeing that the
    // declaration's new List<Money>() runs in between.
    [Fact]
    public Task List_declared_inside_a_loop_with_a_continue_guard_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Desk(string Name, bool Domestic, decimal Cap);
        public static class Board
        {
            public static void Publish(IEnumerable<Desk> desks, Action<string, Money> report)
            {
                foreach (var desk in desks)
                {
                    var caps = new List<Money>();
                    if (desk.Domestic)
                    {
                        caps.Add(Money.Cny(desk.Cap));
                        report(desk.Name, caps.Max());
                        continue;
                    }

                    caps.Add(Money.Usd(desk.Cap));
                    report(desk.Name, caps.Max());
                }
            }
        }
        """);

    // A false report of stop 54's first changes, found by its review. Real code: a Chinese figure parsed from text, with the US estimate as the fallback when the text is
    // not a number. The Add of yuan is the try's last operation and happens only once Parse has returned, so the catch
    // never runs after it: each run holds yuan or dollars. AIR0001.md's promise that it never reports where no run mixes
    // (the page's own "a try may go on from any write in it to each of its catch clauses" is coarser than the graph:
    // nothing after the write can throw).
    [Fact]
    public Task Parsed_yuan_in_a_try_with_a_dollar_fallback_in_the_catch_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using AiRace.Core;
        public static class Estimates
        {
            public static Money Headline(string chinaFigure, decimal usEstimate)
            {
                var estimates = new List<Money>();
                try
                {
                    estimates.Add(Money.Cny(decimal.Parse(chinaFigure, CultureInfo.InvariantCulture)));
                }
                catch (FormatException)
                {
                    estimates.Add(Money.Usd(usEstimate));
                }

                return estimates.Max();
            }
        }
        """);

    // A miss of stop 54's first changes, found by its review. Real code: a set of caps registered from two desks in one statement, with `&` so both registrations run.
    // Both writes run, so Max() compares yuan with dollars. AIR0001.md: "Two currencies still mix when one path reaches
    // both writes". OnePathEach places both writes at the same operation (same block, same index) and counts neither as
    // reaching the other.
    [Fact]
    public Task Two_writes_in_one_operation_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Registry
        {
            public static Money Largest(decimal beijing, decimal austin)
            {
                var caps = new HashSet<Money>();
                bool fresh = caps.Add(Money.Cny(beijing)) & caps.Add(Money.Usd(austin));
                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // A false report found by stop 54's Lab field test: the writes are in local functions (or the lambdas of delegate
    // locals) declared before the choice; each is called in one branch, so no run makes both writes.
    [Fact]
    public Task List_filled_by_local_functions_called_in_different_branches_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money LocalFunctions(bool domestic, decimal figure)
            {
                var caps = new List<Money>();
                void AddHome(decimal f) => caps.Add(Money.Cny(f));
                void AddPartner(decimal f) => caps.Add(Money.Usd(f));
                if (domestic) AddHome(figure); else AddPartner(figure);
                return caps.Max();
            }

            public static Money DelegateLocals(bool domestic, decimal figure)
            {
                var caps = new List<Money>();
                Action<decimal> addHome = f => caps.Add(Money.Cny(f));
                Action<decimal> addPartner = f => caps.Add(Money.Usd(f));
                if (domestic) addHome(figure); else addPartner(figure);
                return caps.Max();
            }

            public static Money OneOfEach(bool domestic, decimal figure)
            {
                var caps = new List<Money>();
                if (domestic)
                {
                    AddHome();
                    return caps.Max();
                }

                caps.Add(Money.Usd(figure));
                return caps.Max();

                void AddHome() => caps.Add(Money.Cny(figure));
            }
        }
        """);

    [Fact]
    public Task List_filled_by_local_functions_called_on_one_path_or_handed_out_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Both(decimal figure)
            {
                var caps = new List<Money>();
                void AddHome(decimal f) => caps.Add(Money.Cny(f));
                void AddPartner(decimal f) => caps.Add(Money.Usd(f));
                AddHome(figure);
                AddPartner(figure);
                return {|AIR0001:caps.Max()|};
            }

            public static Money HandedOut(bool domestic, decimal[] figures)
            {
                var caps = new List<Money>();
                void AddHome(decimal f) => caps.Add(Money.Cny(f));
                Array.ForEach(figures, AddHome);
                if (!domestic) caps.Add(Money.Usd(1m));
                return {|AIR0001:caps.Max()|};
            }

            public static Money Looped(bool[] domestic)
            {
                var caps = new List<Money>();
                Action<bool> add = d => { if (d) caps.Add(Money.Cny(1m)); else caps.Add(Money.Usd(1m)); };
                foreach (var d in domestic) add(d);
                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // aafb7a1, false report. A local function that records one figure in the desk's currency, called once: its two
    // writes are in the branches of one if, no run reaches both. The page: "A write in a local function of the method
    // ... runs where the method calls it ... holds one currency or the other".
    [Fact]
    public Task Local_function_choosing_the_currency_called_once_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Largest(bool domestic, decimal figure)
            {
                var caps = new List<Money>();
                void Record(decimal f)
                {
                    if (domestic)
                    {
                        caps.Add(Money.Cny(f));
                    }
                    else
                    {
                        caps.Add(Money.Usd(f));
                    }
                }

                Record(figure);
                return caps.Max();
            }
        }
        """);

    // aafb7a1, miss. A generic local function (tagged by the source's type) adds dollars after yuan was added: one run
    // holds both. Its calls bind to Record<string>, not the declared Record<T>, so WriteSites finds no call and the
    // dollar write is taken as one no run reaches.
    [Fact]
    public Task Generic_local_function_write_after_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Largest(decimal home, decimal partner)
            {
                var caps = new List<Money>();
                var sources = new List<string>();
                void Record<T>(T source, decimal f)
                {
                    sources.Add(source!.ToString()!);
                    caps.Add(Money.Usd(f));
                }

                caps.Add(Money.Cny(home));
                Record("partner", partner);
                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // 7cabb5c, miss. The yuan figures parsed lazily and added with AddRange in a try; a bad line throws part-way, after
    // some yuan were added, and the catch adds a dollar fallback: one run holds both. "a catch after a write and a call
    // in its try" — the AddRange's own enumeration is that call.
    [Fact]
    public Task AddRange_of_a_lazy_parse_then_a_catch_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Largest(string[] lines)
            {
                var caps = new List<Money>();
                try
                {
                    caps.AddRange(lines.Select(l => Money.Cny(decimal.Parse(l))));
                }
                catch (FormatException)
                {
                    caps.Add(Money.Usd(450m));
                }

                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // 7cabb5c/aafb7a1, a guard of stop 54's third review. A local function called in a branch and again after it: one run reaches both.
    [Fact]
    public Task Local_function_called_in_a_branch_and_after_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Largest(bool domestic, decimal figure)
            {
                var caps = new List<Money>();
                void AddHome(decimal f) => caps.Add(Money.Cny(f));
                if (domestic)
                {
                    AddHome(figure);
                }
                else
                {
                    caps.Add(Money.Usd(figure));
                }

                AddHome(1m);
                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // 7cabb5c, a guard of stop 54's third review. goto case from the yuan section into the dollar one.
    [Fact]
    public Task Goto_case_into_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Largest(string desk, decimal figure)
            {
                var caps = new List<Money>();
                switch (desk)
                {
                    case "cn":
                        caps.Add(Money.Cny(figure));
                        goto case "us";
                    case "us":
                        caps.Add(Money.Usd(figure));
                        break;
                }

                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // A guard from stop 54's review. 7cabb5c, would be a miss. A local declared in the loop body is not a new list when it is a shortcut to the desk's field:
    // every round adds to the same list, so the second round's Max compares yuan with dollars. The page's "a list
    // declared inside a loop is made anew each time round" holds for a list made there, not for one named there.
    [Fact]
    public Task Loop_local_naming_a_field_list_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _caps = new();

            public Money Run(bool[] domestic, decimal figure)
            {
                var best = Money.Zero(Currency.USD);
                foreach (var home in domestic)
                {
                    var caps = _caps;
                    if (home)
                    {
                        caps.Add(Money.Cny(figure));
                    }
                    else
                    {
                        caps.Add(Money.Usd(figure));
                    }

                    best = {|AIR0001:caps.Max()|};
                }

                return best;
            }
        }
        """);

    // A false report found by stop 54's fourth review, fixed. Real code: a local function records a figure in the desk's currency with a guard clause
    // (add yuan and return; else add dollars), called once. AIR0001.md: "one call of a local function that chooses
    // between them in its own branches" holds one or the other, and the list sentence counts "a guard clause: if
    // (domestic) { caps.Add(yuan); return caps; } then caps.Add(dollars)" as a choice. Cause:
    // CurrencyFlow.Collections.cs, the oneCall test uses InOtherBranches (if/else, switch, ?: arms only); a guard clause
    // inside the local function is not a branch, so one call site is taken to reach both writes.
    [Fact]
    public Task Local_function_with_a_guard_clause_choice_called_once_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Largest(bool domestic, decimal figure)
            {
                var caps = new List<Money>();
                void Record(decimal f)
                {
                    if (domestic)
                    {
                        caps.Add(Money.Cny(f));
                        return;
                    }

                    caps.Add(Money.Usd(f));
                }

                Record(figure);
                return caps.Max();
            }
        }
        """);

    // T20 A loop inside the local function repeats the choice per row: a run with both rows mixes.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Local_function_choosing_per_row_in_its_own_loop_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Row(bool Domestic, decimal Figure);
        public static class Caps
        {
            public static Money Largest(IEnumerable<Row> rows)
            {
                var caps = new List<Money>();
                void Record(IEnumerable<Row> all)
                {
                    foreach (var r in all)
                    {
                        if (r.Domestic)
                        {
                            caps.Add(Money.Cny(r.Figure));
                        }
                        else
                        {
                            caps.Add(Money.Usd(r.Figure));
                        }
                    }
                }

                Record(rows);
                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // T21 Local functions calling each other: the partner branch adds both.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Local_function_calling_another_that_adds_yuan_then_dollars_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Largest(bool domestic, decimal home, decimal partner)
            {
                var caps = new List<Money>();
                void AddHome(decimal f) => caps.Add(Money.Cny(f));
                void AddBoth(decimal h, decimal p)
                {
                    AddHome(h);
                    caps.Add(Money.Usd(p));
                }

                if (domestic)
                {
                    AddHome(home);
                }
                else
                {
                    AddBoth(home, partner);
                }

                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // T22 Local function with choice called twice with opposite flags: mix.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Local_function_with_a_choice_called_twice_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Largest(decimal home, decimal partner)
            {
                var caps = new List<Money>();
                void Record(bool domestic, decimal f)
                {
                    if (domestic)
                    {
                        caps.Add(Money.Cny(f));
                    }
                    else
                    {
                        caps.Add(Money.Usd(f));
                    }
                }

                Record(true, home);
                Record(false, partner);
                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // T23 Recursive local function with a choice per node: a tree with both kinds mixes.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Recursive_local_function_with_a_choice_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Lab(bool Domestic, decimal Budget, List<Lab> Children);
        public static class Caps
        {
            public static Money Largest(Lab root)
            {
                var caps = new List<Money>();
                void Walk(Lab lab)
                {
                    if (lab.Domestic)
                    {
                        caps.Add(Money.Cny(lab.Budget));
                    }
                    else
                    {
                        caps.Add(Money.Usd(lab.Budget));
                    }

                    foreach (var child in lab.Children)
                    {
                        Walk(child);
                    }
                }

                Walk(root);
                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // T24 Local function with a switch choice, called in a loop.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Local_function_with_a_choice_called_in_a_loop_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Row(string Desk, decimal Figure);
        public static class Caps
        {
            public static Money Largest(IEnumerable<Row> rows)
            {
                var caps = new List<Money>();
                void Record(Row r)
                {
                    switch (r.Desk)
                    {
                        case "cn":
                            caps.Add(Money.Cny(r.Figure));
                            break;
                        default:
                            caps.Add(Money.Usd(r.Figure));
                            break;
                    }
                }

                foreach (var r in rows)
                {
                    Record(r);
                }

                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // T25 Delegate local (lambda) with a choice, called twice.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Delegate_local_with_a_choice_called_twice_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Largest(decimal home, decimal partner)
            {
                var caps = new List<Money>();
                Action<bool, decimal> record = (domestic, f) => caps.Add(domestic ? Money.Cny(f) : Money.Usd(f));
                Action<bool, decimal> record2 = (domestic, f) =>
                {
                    if (domestic) { caps.Add(Money.Cny(f)); } else { caps.Add(Money.Usd(f)); }
                };
                record2(true, home);
                record2(false, partner);
                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // A false report found by stop 54's fifth review, fixed. Real code: a local function records a figure in the desk's currency with a switch on the region that returns for
    // China, called once. AIR0001.md: one call of a local function that chooses between them in its own branches (a
    // switch, a guard clause) holds one or the other.
    [Fact]
    public Task Local_function_with_a_switch_guard_called_once_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Region { China, America }
        public static class Caps
        {
            public static Money Largest(Region region, decimal figure)
            {
                var caps = new List<Money>();
                void Record(decimal f)
                {
                    switch (region)
                    {
                        case Region.China:
                            caps.Add(Money.Cny(f));
                            return;
                    }

                    caps.Add(Money.Usd(f));
                }

                Record(figure);
                return caps.Max();
            }
        }
        """);

    // A false report found by stop 54's fifth review, fixed. Real code: the guard clause of the local function takes a lock around the yuan write before returning.
    // AIR0001.md: a guard clause parts the writes; one call holds one or the other.
    [Fact]
    public Task Local_function_with_a_guard_clause_inside_a_lock_called_once_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            private static readonly object Gate = new();

            public static Money Largest(bool domestic, decimal figure)
            {
                var caps = new List<Money>();
                void Record(decimal f)
                {
                    if (domestic)
                    {
                        lock (Gate)
                        {
                            caps.Add(Money.Cny(f));
                            return;
                        }
                    }

                    caps.Add(Money.Usd(f));
                }

                Record(figure);
                return caps.Max();
            }
        }
        """);

    // A false report found by stop 54's fifth review, fixed. Real code: the guard clause is an else-if chain ending in a return per arm, the dollar write after it.
    [Fact]
    public Task Local_function_with_a_guard_else_if_chain_called_once_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static Money Largest(bool domestic, bool japan, decimal figure)
            {
                var caps = new List<Money>();
                void Record(decimal f)
                {
                    if (domestic)
                    {
                        caps.Add(Money.Cny(f));
                        return;
                    }
                    else if (japan)
                    {
                        caps.Add(Money.Jpy(f));
                        return;
                    }

                    caps.Add(Money.Usd(f));
                }

                Record(figure);
                return caps.Max();
            }
        }
        """);

    /// <summary>AIR0001: a guard clause ending in yield return does not leave, so the comparison after it is reported.</summary>
    [Fact]
    public Task AIR0001_guard_that_ends_in_yield_return_Reports() => VerifyMismatch.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            IEnumerable<Money> Totals(decimal usd)
            {
                var limit = Money.Usd(usd);
                if (Home.Currency != limit.Currency) yield return limit;
                yield return {|AIR0001:Home + limit|};
            }
        }
        """);

    /// <summary>AIR0001: no guard clause counts in a function with a goto, which may jump past it.</summary>
    [Fact]
    public Task AIR0001_goto_past_the_guard_clause_Reports() => VerifyMismatch.Diagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            bool Over(int kind, decimal usd)
            {
                var limit = Money.Usd(usd);
                if (kind > 1) goto compare;
                if (Home.Currency != limit.Currency) return false;
                compare:
                return {|AIR0001:Home > limit|};
            }
        }
        """);
}
