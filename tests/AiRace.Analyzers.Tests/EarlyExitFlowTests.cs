using System.Threading.Tasks;
using Xunit;

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
}
