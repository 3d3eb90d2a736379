using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through <c>await foreach</c> over an asynchronous iterator of the compilation, directly or through
/// <c>WithCancellation</c> and <c>ConfigureAwait</c>, which hand on the same elements: the loop variable has the
/// currency every <c>yield return</c> of the iterator gives.
/// </summary>
public class AsyncSequenceFlowTests
{
    private const string Feed = """
        using System.Collections.Generic;
        using System.Runtime.CompilerServices;
        using System.Threading;
        using System.Threading.Tasks;
        using AiRace.Core;
        public static class Feed
        {
            public static async IAsyncEnumerable<Money> EuroCallsAsync([EnumeratorCancellation] CancellationToken cancel = default)
            {
                await Task.Delay(1, cancel);
                yield return Money.Eur(1.3m);
                yield return Money.Eur(0.75m);
            }

            public static async IAsyncEnumerable<Money> MixedAsync()
            {
                await Task.Yield();
                yield return Money.Eur(1m);
                yield return Money.Usd(1m);
            }
        }
        """;

    [Fact]
    public Task Await_foreach_through_WithCancellation_or_ConfigureAwait_Reports() => Files.Verify(
        Feed,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<Money> A(CancellationToken cancel)
            {
                var total = Money.Zero(Currency.CNY);
                await foreach (var call in Feed.EuroCallsAsync().WithCancellation(cancel))
                {
                    {|AIR0001:total += call|};
                }

                return total;
            }

            async Task<bool> B()
            {
                await foreach (var call in Feed.EuroCallsAsync().ConfigureAwait(false))
                {
                    if ({|AIR0001:call > Money.Usd(1m)|}) return true;
                }

                return false;
            }

            async Task<bool> C(CancellationToken cancel)
            {
                await foreach (var call in Feed.EuroCallsAsync().WithCancellation(cancel).ConfigureAwait(false))
                {
                    if ({|AIR0001:call.CompareTo(Money.Jpy(1m))|} > 0) return true;
                }

                return false;
            }

            async Task<bool> D()
            {
                await foreach (var call in Feed.EuroCallsAsync())
                {
                    if ({|AIR0001:call == Money.Gbp(1m)|}) return true;
                }

                return false;
            }
        }
        """);

    [Fact]
    public Task Await_foreach_in_the_same_currency_or_over_a_mixed_or_unknown_sequence_DoesNotReport() => Files.Verify(
        Feed,
        """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<Money> A(CancellationToken cancel)
            {
                var total = Money.Zero(Currency.EUR);
                await foreach (var call in Feed.EuroCallsAsync().WithCancellation(cancel).ConfigureAwait(false))
                {
                    total += call;
                }

                return total;
            }

            async Task<bool> B()
            {
                await foreach (var m in Feed.MixedAsync().ConfigureAwait(false))
                {
                    if (m > Money.Usd(1m)) return true;
                }

                return false;
            }

            async Task<bool> C(IAsyncEnumerable<Money> read, CancellationToken cancel)
            {
                await foreach (var m in read.WithCancellation(cancel))
                {
                    if (m > Money.Usd(1m)) return true;
                }

                return false;
            }
        }
        """);
}
