using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through a collection a task gives: an <c>async</c> method's <c>Task&lt;IReadOnlyList&lt;Money&gt;&gt;</c> or
/// <c>ValueTask&lt;Money[]&gt;</c>, <c>Task.FromResult(…)</c> of a collection, read by <c>await</c> or <c>.Result</c>: its
/// elements are what every return of the method gives, as for a method that returns the collection itself.
/// </summary>
public class TaskCollectionFlowTests
{
    private const string Repository = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class GuidanceFunds
        {
            public async Task<IReadOnlyList<Money>> TranchesAsync(CancellationToken cancel)
            {
                await Task.Delay(1, cancel);
                return [Money.Billions(10m, Currency.CNY), Money.Billions(5m, Currency.CNY)];
            }

            public Task<List<Money>> CachedAsync() => Task.FromResult(new List<Money> { Money.Cny(1m) });

            public async ValueTask<Money[]> EuroCallsAsync()
            {
                await Task.Yield();
                return new[] { Money.Eur(1m), Money.Eur(2m) };
            }

            public async Task<List<Money>> MixedAsync(bool domestic)
            {
                await Task.Yield();
                return domestic ? new List<Money> { Money.Cny(1m) } : new List<Money> { Money.Usd(1m) };
            }
        }
        """;

    [Fact]
    public Task Collection_a_task_gives_in_another_currency_Reports() => Files.Verify(
        Repository,
        """
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            private readonly GuidanceFunds _funds = new();
            async Task<Money> A(CancellationToken cancel)
            {
                var tranches = await _funds.TranchesAsync(cancel);
                return {|AIR0001:tranches.Sum(Currency.USD)|};
            }
            async Task<bool> B() => {|AIR0001:(await _funds.CachedAsync()).Max() > Money.Usd(1m)|};
            async Task<bool> C() { var calls = await _funds.EuroCallsAsync(); return {|AIR0001:calls[0] + Money.Jpy(1m)|} > Money.Jpy(2m); }
            bool D() => {|AIR0001:_funds.CachedAsync().Result.First() < Money.Gbp(1m)|};
        }
        """);

    [Fact]
    public Task Collection_a_task_gives_in_its_own_currency_or_one_of_two_DoesNotReport() => Files.Verify(
        Repository,
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            private readonly GuidanceFunds _funds = new();
            async Task<Money> A(CancellationToken cancel) => (await _funds.TranchesAsync(cancel)).Sum(Currency.CNY);
            async Task<bool> B() => (await _funds.MixedAsync(true)).Max() > Money.Usd(1m);
            async Task<bool> C(Task<List<Money>> read) => (await read).First() > Money.Usd(1m);
            async Task<bool> D() { var calls = await _funds.EuroCallsAsync(); calls[0] = Money.Usd(1m); return calls[1] > Money.Usd(1m); }
        }
        """);
}
