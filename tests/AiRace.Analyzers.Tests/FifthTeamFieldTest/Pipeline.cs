using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>The load stage: producers write tranches into channels, consumers drain them.</summary>
public static class LoadStage
{
    public static async Task<Money> DrainAsync(ChannelReader<Money> reader, Currency currency, CancellationToken ct)
    {
        var total = Money.Zero(currency);
        await foreach (var m in reader.ReadAllAsync(ct))
        {
            total += m; // clean: judged per caller
        }

        return total;
    }

    public static async Task<Money> ChinaTotalAsync(CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<Money>();
        foreach (var row in Extract.Staged.Where(r => r.Country == "CN"))
        {
            await channel.Writer.WriteAsync(row.Budget, ct);
        }

        channel.Writer.Complete();
        return await DrainAsync(channel.Reader, Currency.CNY, ct); // clean: yuan rows into a yuan total
    }

    public static async Task<Money> EverythingInYuanAsync(CancellationToken ct)
    {
        var channel = Channel.CreateBounded<Money>(16);
        foreach (var row in Extract.Staged)
        {
            await channel.Writer.WriteAsync(row.Budget, ct);
        }

        channel.Writer.Complete();
        return await DrainAsync(channel.Reader, Currency.CNY, ct); // expect: AIR0001
    }

    public static async Task<Money> LocalDrainAsync(CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<Money>();
        channel.Writer.TryWrite(Seed.ChipsCeiling);
        channel.Writer.TryWrite(Money.Billions(6.6m, Currency.USD));
        channel.Writer.Complete();
        var total = Money.Zero(Currency.EUR);
        await foreach (var m in channel.Reader.ReadAllAsync(ct))
        {
            total += m; // expect: AIR0001
        }

        return total;
    }

    public static async IAsyncEnumerable<Money> ChinaTranchesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var e in Seed.China())
        {
            await Task.Delay(1, ct);
            if (e is Disbursed { Tranche: var tranche })
            {
                yield return tranche;
            }
        }
    }

    public static async Task<int> TranchesAboveChipsAsync(CancellationToken ct)
    {
        var count = 0;
        await foreach (var tranche in ChinaTranchesAsync(ct))
        {
            if (tranche > Seed.ChipsCeiling) // expect: AIR0001
            {
                count++;
            }
        }

        return count;
    }

    public static async Task<Money> ChinaStreamTotalAsync(CancellationToken ct)
    {
        var total = Money.Zero(Currency.CNY);
        await foreach (var tranche in ChinaTranchesAsync(ct).WithCancellation(ct).ConfigureAwait(false))
        {
            total += tranche; // clean: yuan both
        }

        return total;
    }

    public static Money ParallelEuro()
    {
        var total = Money.Zero(Currency.EUR);
        var gate = new object();
        Parallel.ForEach(Seed.Europe().OfType<Disbursed>(), d =>
        {
            lock (gate)
            {
                total += d.Tranche; // clean: euros both
            }
        });
        return total;
    }

    public static Money ParallelEverything()
    {
        var total = Money.Zero(Currency.EUR);
        var gate = new object();
        Parallel.ForEach(Extract.Staged, r =>
        {
            lock (gate)
            {
                total += r.Budget; // expect: AIR0001
            }
        });
        return total;
    }

    public static IEnumerable<string> LargestFirstQueue()
    {
        var queue = new PriorityQueue<string, Money>();
        queue.Enqueue(Streams.BigFund, Seed.BigFundCeiling);
        queue.Enqueue(Streams.Chips, Seed.ChipsCeiling); // expect: AIR0001
        while (queue.TryDequeue(out var stream, out _))
        {
            yield return stream;
        }
    }

    public static Money NetOfFees()
    {
        return Net(Seed.ChipsCeiling, Money.Millions(120m, Currency.USD)) + Net(Seed.BigFundCeiling, Money.Millions(300m, Currency.CNY)); // expect: AIR0001

        static Money Net(Money gross, Money fee) => gross - fee; // clean: judged per call
    }

    public static Money NetOfWrongFee()
    {
        var fee = Money.Millions(300m, Currency.CNY);
        Money Net(Money gross) => gross - fee;
        return Net(Seed.EuCeiling); // expect: AIR0001
    }

    public static Money Halved()
    {
        Func<Money, Money> halve = static m => m / 2m;
        return halve(Seed.EuCeiling) + Seed.EuCeiling; // clean: euros both
    }

    public static Money FoldedStatic() =>
        Seed.All().OfType<Announced>().Select(a => a.Ceiling).Aggregate(static (a, b) => a + b); // expect: AIR0001

    public static Money FoldedChina() =>
        Seed.China().OfType<Disbursed>().Select(d => d.Tranche).Aggregate(static (a, b) => a + b); // clean: yuan tranches
}

/// <summary>Live totals pushed to subscribers (IObservable without Rx).</summary>
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

    public void OnNext(Money value) => Total += value; // clean: judged per publication

    public void OnError(Exception error) { }

    public void OnCompleted() { }
}

public static class LiveFeeds
{
    public static Money ChinaLive()
    {
        var feed = new TrancheFeed();
        var yuan = new RunningTotal(Currency.CNY);
        using var _ = feed.Subscribe(yuan);
        feed.Publish(Money.Billions(40m, Currency.CNY)); // clean: yuan into a yuan total
        feed.Publish(Money.Billions(55m, Currency.CNY)); // clean: as above
        return yuan.Total;
    }

    public static Money MixedLive()
    {
        var feed = new TrancheFeed();
        var yuan = new RunningTotal(Currency.CNY);
        using var _ = feed.Subscribe(yuan);
        feed.Publish(Money.Billions(40m, Currency.CNY));
        feed.Publish(Seed.ChipsCeiling); // expect: AIR0001
        return yuan.Total;
    }

    public static bool LiveAboveChips() => ChinaLive() > Seed.ChipsCeiling; // expect: AIR0001
}
