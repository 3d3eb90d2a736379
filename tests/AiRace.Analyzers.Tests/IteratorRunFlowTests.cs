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

    // Reported falsely before stop 54 (review). Real code: an iterator giving a region's caps, with a configured override first; each path yields
    // and stops (yield break). AIR0001.md: "an iterator method or getter whose run can never reach a yield of one currency
    // from a yield of another (yuan yielded then yield break, dollars on the other path …) holds one currency or the
    // other". No run reaches the dollar yield from the yuan one; but OneCurrencyPerRun returns null when any yield has
    // no known code (the parsed override), BranchWise likewise, and all yields are then joined as mixed.
    [Fact]
    public Task Iterator_with_a_configured_third_path_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Region { China, UnitedStates }
        public static class Caps
        {
            public static IEnumerable<Money> For(Region region, string? configured)
            {
                if (configured is not null)
                {
                    yield return Money.Parse(configured);
                    yield break;
                }

                if (region == Region.China)
                {
                    yield return Money.Cny(3_000m);
                    yield break;
                }

                yield return Money.Usd(450m);
            }
        }
        class Use
        {
            Money A(string? configured) => Caps.For(Region.China, configured).Max();
        }
        """);

    // Reported falsely before stop 54 (review). Real code: an iterator that reads a file (a try/catch for the I/O error, as every team writes it),
    // then yields yuan and stops, or yields a dollar default. The catch lies before both yields, not between them.
    // AIR0001.md lists only "not in a loop that goes round again, past a finally or out of a catch" as the runs that
    // still mix; here no path leads out of a catch from one yield to the other. OneCurrencyPerRun refuses the whole
    // graph as soon as HasCatch finds a catch anywhere in the body, and the syntactic BranchWise fallback does not see
    // the early exit.
    [Fact]
    public Task Iterator_with_a_catch_before_its_early_exit_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static IEnumerable<Money> Load(string path, bool domestic)
            {
                string[] lines;
                try
                {
                    lines = File.ReadAllLines(path);
                }
                catch (IOException)
                {
                    lines = Array.Empty<string>();
                }

                if (domestic)
                {
                    foreach (var line in lines)
                    {
                        yield return Money.Cny(decimal.Parse(line));
                    }

                    yield break;
                }

                yield return Money.Usd(0m);
            }
        }
        class Use
        {
            Money A(string path) => Caps.Load(path, true).Max();
        }
        """);

    // A guard from stop 54's review. Iterators read by their control flow graph: an early yield break under a using declaration (a
    // finally not between the yields), a pass-through loop per branch, and an async iterator.
    [Fact]
    public Task Async_iterator_and_using_iterator_with_an_early_exit_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class Audit : IDisposable { public void Dispose() { } }
        public static class Caps
        {
            public static IEnumerable<Money> Scoped(bool domestic)
            {
                using var audit = new Audit();
                if (domestic)
                {
                    yield return Money.Cny(1m);
                    yield break;
                }

                yield return Money.Usd(1m);
            }

            public static IEnumerable<Money> Passed(bool domestic)
            {
                if (domestic)
                {
                    foreach (var cap in China)
                    {
                        yield return cap;
                    }

                    yield break;
                }

                foreach (var cap in America)
                {
                    yield return cap;
                }
            }

            public static readonly List<Money> China = new() { Money.Cny(1m), Money.Cny(2m) };
            public static readonly List<Money> America = new() { Money.Usd(1m) };

            public static async IAsyncEnumerable<Money> Streamed(bool domestic)
            {
                await Task.Yield();
                if (domestic)
                {
                    yield return Money.Cny(1m);
                    yield break;
                }

                yield return Money.Usd(1m);
            }
        }
        class Use
        {
            Money A() => Caps.Scoped(true).Max();
            Money B() => Caps.Passed(true).Max();
            async Task<Money> C() => await Caps.Streamed(true).MaxAsync();
        }
        """);
}
