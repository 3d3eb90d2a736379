using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 and an iterator whose yields state different currencies: one run gives both only when a path of the body's
/// control flow leads from a yield of one currency to a yield of another (in sequence, through a loop, past a
/// <c>finally</c>, out of a <c>catch</c>). Yuan yielded before a <c>yield break</c> or a <c>return</c>-like exit and
/// dollars on the other path are one currency or the other, never both.
/// </summary>
public class IteratorRunFlowTests
{
    [Fact]
    public Task Yields_that_no_run_reaches_together_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Settings { public static bool Domestic { get; set; } public static int Rounds { get; set; } }
        public static class Catalogue
        {
            public static IEnumerable<Money> Caps()
            {
                if (Settings.Domestic)
                {
                    yield return Money.Cny(1m);
                    yield return Money.Cny(2m);
                    yield break;
                }

                yield return Money.Usd(1m);
            }

            public static IEnumerable<Money> Tranches
            {
                get
                {
                    if (!Settings.Domestic)
                    {
                        for (int i = 0; i < Settings.Rounds; i++)
                        {
                            yield return Money.Usd(i);
                        }

                        yield break;
                    }

                    try
                    {
                        yield return Money.Cny(1m);
                    }
                    finally
                    {
                        Settings.Rounds++;
                    }
                }
            }

            public static IEnumerable<Money> ByRegion(string code)
            {
                switch (code)
                {
                    case "CN":
                        yield return Money.Cny(1m);
                        yield break;
                    case "JP" when Settings.Domestic:
                        yield return Money.Jpy(1m);
                        break;
                }

                yield return Money.Jpy(2m);
            }
        }
        class Use
        {
            Money A() => Catalogue.Caps().Max();
            Money B() => Catalogue.Tranches.Min();
            List<Money> C() => Catalogue.Caps().OrderBy(m => m).ToList();
            Money D() => Catalogue.ByRegion("CN").Max();
        }
        """);

    [Fact]
    public Task Yields_that_one_run_may_reach_together_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Settings { public static bool Domestic { get; set; } public static int Rounds { get; set; } }
        public static class Catalogue
        {
            public static IEnumerable<Money> Sequence()
            {
                yield return Money.Cny(1m);
                if (Settings.Domestic)
                {
                    yield break;
                }

                yield return Money.Usd(1m);
            }

            public static IEnumerable<Money> Looped(IEnumerable<bool> domestic)
            {
                foreach (var d in domestic)
                {
                    if (d)
                    {
                        yield return Money.Cny(1m);
                        continue;
                    }

                    yield return Money.Usd(1m);
                }
            }

            public static IEnumerable<Money> PastFinally()
            {
                try
                {
                    yield return Money.Cny(1m);
                }
                finally
                {
                    Settings.Rounds++;
                }

                yield return Money.Usd(1m);
            }

            public static IEnumerable<Money> OutOfCatch()
            {
                yield return Money.Cny(1m);
                try
                {
                    if (Settings.Rounds > 3)
                    {
                        throw new InvalidOperationException("too many rounds");
                    }

                    yield break;
                }
                catch (InvalidOperationException)
                {
                    Settings.Rounds = 0;
                }

                yield return Money.Usd(1m);
            }
        }
        class Use
        {
            Money A() => {|AIR0001:Catalogue.Sequence().Max()|};
            Money B(bool[] d) => {|AIR0001:Catalogue.Looped(d).Min()|};
            Money C() => {|AIR0001:Catalogue.PastFinally().Max()|};
            Money D() => {|AIR0001:Catalogue.OutOfCatch().Max()|};
        }
        """);

    [Fact]
    public Task Iterator_yield_that_no_run_reaches_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            static IEnumerable<Money> Caps()
            {
                yield return Money.Cny(1m);
                yield break;
                yield return Money.Usd(1m);
            }

            Money M() => Caps().Sum(Currency.CNY);
        }
        """);
}
