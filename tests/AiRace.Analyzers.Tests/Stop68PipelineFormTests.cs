using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through three pipeline forms of the fifth team's field test (stop 68, issue 12 §1): a local priority queue
/// whose priorities are money in two currencies (the queue compares them as it orders them), a team's own feed that
/// hands what it publishes to a subscribed running total of another currency, and a staged collection zipped with itself
/// shifted by one and the neighbours' money combined. Each form's twin (one currency, unknown currency, a queue or feed
/// the flow cannot follow) is silent.
/// </summary>
public class Stop68PipelineFormTests
{
    private const string Ceilings = """
        using AiRace.Core;
        public static class Seed
        {
            public static readonly Money BigFund = Money.Billions(344m, Currency.CNY);
            public static readonly Money Shanghai = Money.Billions(45m, Currency.CNY);
            public static readonly Money Chips = Money.Billions(39m, Currency.USD);
        }
        """;

    [Fact]
    public Task Priority_queue_given_priorities_in_two_currencies_Reports() => Files.Verify(
        Ceilings,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Queues
        {
            IEnumerable<string> A()
            {
                var queue = new PriorityQueue<string, Money>();
                queue.Enqueue("big-fund", Seed.BigFund);
                {|AIR0001:queue.Enqueue("chips", Seed.Chips)|};
                while (queue.TryDequeue(out var stream, out _)) yield return stream;
            }
            int B()
            {
                PriorityQueue<string, Money> queue = new(4);
                queue.Enqueue("a", Money.Cny(1m));
                queue.Enqueue("b", Seed.Shanghai);
                _ = queue.Count;
                {|AIR0001:queue.Enqueue("c", Money.Usd(2m))|};
                return queue.Count;
            }
        }
        """);

    [Fact]
    public Task Priority_queue_of_one_currency_unknown_emptied_or_with_a_comparer_DoesNotReport() => Files.Verify(
        Ceilings,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Queues
        {
            int A()
            {
                var queue = new PriorityQueue<string, Money>();
                queue.Enqueue("big-fund", Seed.BigFund);
                queue.Enqueue("shanghai", Seed.Shanghai);
                return queue.Count;
            }
            int B(Money other)
            {
                var queue = new PriorityQueue<string, Money>();
                queue.Enqueue("big-fund", Seed.BigFund);
                queue.Enqueue("other", other);
                return queue.Count;
            }
            int C()
            {
                var queue = new PriorityQueue<string, Money>();
                queue.Enqueue("big-fund", Seed.BigFund);
                queue.Dequeue();
                queue.Enqueue("chips", Seed.Chips);
                return queue.Count;
            }
            int D(IComparer<Money> byAmount)
            {
                var queue = new PriorityQueue<string, Money>(byAmount);
                queue.Enqueue("big-fund", Seed.BigFund);
                queue.Enqueue("chips", Seed.Chips);
                return queue.Count;
            }
            int E(bool both)
            {
                var queue = new PriorityQueue<string, Money>();
                if (both) queue.Enqueue("big-fund", Seed.BigFund);
                queue.Enqueue("chips", Seed.Chips);
                return queue.Count;
            }
            int F()
            {
                var queue = new PriorityQueue<string, Money>();
                queue.Enqueue("big-fund", Seed.BigFund);
                Drain(queue);
                queue.Enqueue("chips", Seed.Chips);
                return queue.Count;
            }
            static void Drain(PriorityQueue<string, Money> q) => q.Clear();
        }
        """);

    private const string Rows = """
        using AiRace.Core;
        public sealed record Row(string Country, int Year, Money Budget);
        public static class Extract
        {
            public static readonly Row[] Staged =
            [
                new("CN", 2024, Money.Cny(344m)),
                new("US", 2024, Money.Usd(39m)),
                new("EU", 2024, Money.Eur(43m)),
            ];
            public static readonly Row[] Yuan =
            [
                new("CN", 2024, Money.Cny(344m)),
                new("CN", 2025, Money.Cny(45m)),
            ];
        }
        """;

    [Fact]
    public Task Rows_of_two_currencies_zipped_with_themselves_shifted_Reports() => Files.Verify(
        Rows,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Growth
        {
            IEnumerable<Money> A() => {|AIR0001:Extract.Staged.Zip(Extract.Staged.Skip(1), (a, b) => b.Budget - a.Budget)|};
            IEnumerable<bool> B() => {|AIR0001:Extract.Staged.Zip(Extract.Staged.Skip(1), (a, b) => a.Budget < b.Budget)|};
        }
        """);

    [Fact]
    public Task Rows_of_one_currency_or_unknown_zipped_or_zipped_with_other_rows_DoesNotReport() => Files.Verify(
        Rows,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Growth
        {
            IEnumerable<Money> A() => Extract.Yuan.Zip(Extract.Yuan.Skip(1), (a, b) => b.Budget - a.Budget);
            IEnumerable<Money> B(Row[] rows) => rows.Zip(rows.Skip(1), (a, b) => b.Budget - a.Budget);
            IEnumerable<Money> C() => Extract.Staged.Zip(Extract.Staged.Skip(1), (a, b) => b.Budget.Currency == a.Budget.Currency ? b.Budget - a.Budget : a.Budget);
            IEnumerable<string> D() => Extract.Staged.Zip(Extract.Staged.Skip(1), (a, b) => a.Country + b.Country);
            IEnumerable<Money> E() => Extract.Yuan.Zip(Extract.Staged.Skip(1), (a, b) => b.Budget - a.Budget);
        }
        """);

    private const string Feed = """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class TrancheFeed : IObservable<Money>
        {
            private readonly List<IObserver<Money>> _observers = [];
            public IDisposable Subscribe(IObserver<Money> observer)
            {
                _observers.Add(observer);
                return new Unsubscriber(() => _observers.Remove(observer));
            }
            public void Publish(Money tranche)
            {
                foreach (var o in _observers)
                {
                    o.OnNext(tranche);
                }
            }
            private sealed class Unsubscriber(Action undo) : IDisposable
            {
                public void Dispose() => undo();
            }
        }
        public sealed class RunningTotal(Currency currency) : IObserver<Money>
        {
            public Money Total { get; private set; } = Money.Zero(currency);
            public void OnNext(Money value) => Total += value;
            public void OnError(Exception error) { }
            public void OnCompleted() { }
        }
        """;

    [Fact]
    public Task Feed_publishing_another_currency_to_a_subscribed_total_Reports() => Files.Verify(
        Feed,
        """
        using AiRace.Core;
        class Live
        {
            Money A()
            {
                var feed = new TrancheFeed();
                var yuan = new RunningTotal(Currency.CNY);
                using var _ = feed.Subscribe(yuan);
                feed.Publish(Money.Billions(40m, Currency.CNY));
                {|AIR0001:feed.Publish(Money.Usd(39m))|};
                return yuan.Total;
            }
            Money B()
            {
                var feed = new TrancheFeed();
                var euros = new RunningTotal(Currency.EUR);
                feed.Subscribe(euros);
                {|AIR0001:feed.Publish(Money.Cny(1m))|};
                return euros.Total;
            }
        }
        """);

    [Fact]
    public Task Feed_publishing_the_same_or_unknown_currency_or_not_subscribed_DoesNotReport() => Files.Verify(
        Feed,
        """
        using AiRace.Core;
        class Live
        {
            Money A()
            {
                var feed = new TrancheFeed();
                var yuan = new RunningTotal(Currency.CNY);
                using var _ = feed.Subscribe(yuan);
                feed.Publish(Money.Billions(40m, Currency.CNY));
                return yuan.Total;
            }
            Money B(Money m)
            {
                var feed = new TrancheFeed();
                var yuan = new RunningTotal(Currency.CNY);
                using var _ = feed.Subscribe(yuan);
                feed.Publish(m);
                return yuan.Total;
            }
            Money C()
            {
                var feed = new TrancheFeed();
                var yuan = new RunningTotal(Currency.CNY);
                feed.Publish(Money.Usd(1m));
                using var _ = feed.Subscribe(yuan);
                return yuan.Total;
            }
            Money D()
            {
                var feed = new TrancheFeed();
                var yuan = new RunningTotal(Currency.CNY);
                var s = feed.Subscribe(yuan);
                s.Dispose();
                feed.Publish(Money.Usd(1m));
                return yuan.Total;
            }
            Money E(Currency c)
            {
                var feed = new TrancheFeed();
                var any = new RunningTotal(c);
                feed.Subscribe(any);
                feed.Publish(Money.Usd(1m));
                return any.Total;
            }
            Money F()
            {
                var feed = new YuanOnlyFeed();
                var yuan = new RunningTotal(Currency.CNY);
                feed.Subscribe(yuan);
                feed.Publish(Money.Usd(1m));
                return yuan.Total;
            }
            Money G(System.IObserver<Money> other)
            {
                var feed = new TrancheFeed();
                var yuan = new RunningTotal(Currency.CNY);
                feed.Subscribe(yuan);
                Hand(feed);
                feed.Publish(Money.Usd(1m));
                return yuan.Total;
            }
            static void Hand(TrancheFeed feed) { }
        }
        public sealed class YuanOnlyFeed : System.IObservable<Money>
        {
            private readonly System.Collections.Generic.List<System.IObserver<Money>> _observers = [];
            public System.IDisposable Subscribe(System.IObserver<Money> observer)
            {
                _observers.Add(observer);
                return new None();
            }
            public void Publish(Money tranche)
            {
                if (tranche.Currency != Currency.CNY) return;
                foreach (var o in _observers) o.OnNext(tranche);
            }
            private sealed class None : System.IDisposable
            {
                public void Dispose() { }
            }
        }
        """);
}
