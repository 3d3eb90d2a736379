using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through pipeline forms the fifth team's field test missed (stop 67, issue 12): a local
/// <c>System.Threading.Channels.Channel&lt;Money&gt;</c> holds what its method writes into it, read back by
/// <c>await foreach</c> over <c>channel.Reader.ReadAllAsync()</c> or handed as its reader to a method that adds every
/// element it reads. Each form in two currencies is reported; the same form in one currency, with the channel or its
/// writer handed on, or with a write the flow cannot read, is not.
/// </summary>
public class Stop67PipelineFormTests
{
    private const string Rows = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed record Row(string Country, Money Budget);
        public static class Extract
        {
            public static readonly Row[] Staged = [new("CN", Money.Cny(1m)), new("US", Money.Usd(1m))];
            public static readonly Row[] China = [new("CN", Money.Cny(1m)), new("CN", Money.Cny(2m))];
        }
        public static class Drain
        {
            public static async Task<Money> AllAsync(ChannelReader<Money> reader, Currency currency, CancellationToken ct)
            {
                var total = Money.Zero(currency);
                await foreach (var m in reader.ReadAllAsync(ct))
                {
                    total += m;
                }

                return total;
            }

            public static async Task FillAsync(ChannelWriter<Money> writer) => await writer.WriteAsync(Money.Eur(1m));
        }
        """;

    [Fact]
    public Task Await_foreach_over_a_local_channel_written_in_another_currency_Reports() => Files.Verify(
        Rows,
        """
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<Money> A(CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                channel.Writer.TryWrite(Money.Usd(1m));
                await channel.Writer.WriteAsync(Money.Usd(2m), ct);
                channel.Writer.Complete();
                var total = Money.Zero(Currency.EUR);
                await foreach (var m in channel.Reader.ReadAllAsync(ct))
                {
                    {|AIR0001:total += m|};
                }

                return total;
            }

            async Task<bool> B()
            {
                var channel = Channel.CreateBounded<Money>(4);
                foreach (var row in Extract.China)
                {
                    await channel.Writer.WriteAsync(row.Budget);
                }

                channel.Writer.Complete();
                await foreach (var m in channel.Reader.ReadAllAsync())
                {
                    if ({|AIR0001:m > Money.Usd(1m)|}) return true;
                }

                return false;
            }
        }
        """);

    [Fact]
    public Task Await_foreach_over_a_local_channel_in_one_currency_handed_on_or_unknown_DoesNotReport() => Files.Verify(
        Rows,
        """
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<Money> A(CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                channel.Writer.TryWrite(Money.Eur(1m));
                channel.Writer.Complete();
                var total = Money.Zero(Currency.EUR);
                await foreach (var m in channel.Reader.ReadAllAsync(ct)) total += m;
                return total;
            }

            async Task<Money> B(CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                channel.Writer.TryWrite(Money.Usd(1m));
                await Drain.FillAsync(channel.Writer);
                var total = Money.Zero(Currency.EUR);
                await foreach (var m in channel.Reader.ReadAllAsync(ct)) total += m;
                return total;
            }

            async Task<Money> C(Money given, CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                channel.Writer.TryWrite(given);
                var total = Money.Zero(Currency.EUR);
                await foreach (var m in channel.Reader.ReadAllAsync(ct)) total += m;
                return total;
            }

            async Task<Money> D(Channel<Money> other, CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                channel.Writer.TryWrite(Money.Usd(1m));
                channel = other;
                var total = Money.Zero(Currency.EUR);
                await foreach (var m in channel.Reader.ReadAllAsync(ct)) total += m;
                return total;
            }

            async Task<Money> E(CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                foreach (var row in Extract.Staged) await channel.Writer.WriteAsync(row.Budget, ct);
                var total = Money.Zero(Currency.EUR);
                await foreach (var m in channel.Reader.ReadAllAsync(ct)) total += m;
                return total;
            }
        }
        """);

    [Fact]
    public Task Channel_reader_handed_to_a_method_adding_every_element_with_two_currencies_written_Reports() => Files.Verify(
        Rows,
        """
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<Money> A(CancellationToken ct)
            {
                var channel = Channel.CreateBounded<Money>(16);
                foreach (var row in Extract.Staged)
                {
                    await channel.Writer.WriteAsync(row.Budget, ct);
                }

                channel.Writer.Complete();
                return await {|AIR0001:Drain.AllAsync(channel.Reader, Currency.CNY, ct)|};
            }

            async Task<Money> B(CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                channel.Writer.TryWrite(Money.Cny(1m));
                channel.Writer.TryWrite(Money.Eur(1m));
                channel.Writer.Complete();
                return await {|AIR0001:Drain.AllAsync(channel.Reader, Currency.CNY, ct)|};
            }
        }
        """);

    [Fact]
    public Task Channel_reader_handed_on_in_one_currency_filtered_conditional_or_read_twice_DoesNotReport() => Files.Verify(
        Rows,
        """
        using System.Linq;
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<Money> A(CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                foreach (var row in Extract.Staged.Where(r => r.Country == "CN")) await channel.Writer.WriteAsync(row.Budget, ct);
                channel.Writer.Complete();
                return await Drain.AllAsync(channel.Reader, Currency.CNY, ct);
            }

            async Task<Money> B(bool domestic, CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                if (domestic) channel.Writer.TryWrite(Money.Cny(1m));
                channel.Writer.TryWrite(Money.Eur(1m));
                channel.Writer.Complete();
                return await Drain.AllAsync(channel.Reader, Currency.EUR, ct);
            }

            async Task<Money> C(CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                channel.Writer.TryWrite(Money.Cny(1m));
                channel.Writer.TryWrite(Money.Eur(1m));
                channel.Reader.TryRead(out _);
                channel.Writer.Complete();
                return await Drain.AllAsync(channel.Reader, Currency.EUR, ct);
            }

            async Task<Money> D(CancellationToken ct)
            {
                var channel = Channel.CreateBounded<Money>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
                channel.Writer.TryWrite(Money.Cny(1m));
                channel.Writer.TryWrite(Money.Eur(1m));
                channel.Writer.Complete();
                return await Drain.AllAsync(channel.Reader, Currency.EUR, ct);
            }

            async Task<Money> E(CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                foreach (var row in Extract.Staged)
                {
                    if (row.Country == "CN") continue;
                    await channel.Writer.WriteAsync(row.Budget, ct);
                }

                channel.Writer.Complete();
                return await Drain.AllAsync(channel.Reader, Currency.USD, ct);
            }

            async Task<Money> F(CancellationToken ct)
            {
                var channel = Channel.CreateBounded<Money>(1);
                channel.Writer.TryWrite(Money.Cny(1m));
                channel.Writer.TryWrite(Money.Eur(1m));
                channel.Writer.Complete();
                return await Drain.AllAsync(channel.Reader, Currency.CNY, ct);
            }

            async Task<Money> G(CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                channel.Writer.TryWrite(Money.Cny(1m));
                channel.Writer.Complete();
                channel.Writer.TryWrite(Money.Eur(1m));
                return await Drain.AllAsync(channel.Reader, Currency.CNY, ct);
            }

            async Task<Money> H(CancellationToken ct)
            {
                var channel = Channel.CreateUnbounded<Money>();
                foreach (var row in Extract.Staged)
                {
                    channel.Writer.TryWrite(row.Budget);
                    channel.Writer.Complete();
                }

                return await Drain.AllAsync(channel.Reader, Currency.CNY, ct);
            }
        }
        """);

    private const string Events = """
        using System.Collections.Generic;
        using System.Runtime.CompilerServices;
        using System.Threading;
        using System.Threading.Tasks;
        using AiRace.Core;
        public abstract record FundEvent(string Stream);
        public sealed record Announced(string Stream, Money Ceiling) : FundEvent(Stream);
        public sealed record Disbursed(string Stream, Money Tranche) : FundEvent(Stream);
        public record Revised(string Stream, Money NewCeiling) : FundEvent(Stream);
        public static class Seed
        {
            public static IReadOnlyList<FundEvent> China() =>
                [new Announced("bf", Money.Cny(344m)), new Disbursed("bf", Money.Cny(40m)), new Revised("bf", Money.Cny(1m))];
            public static IReadOnlyList<FundEvent> America() => [new Disbursed("chips", Money.Usd(6m)), new Revised("chips", Money.Usd(1m))];
            public static IReadOnlyList<FundEvent> Mixed() => [new Disbursed("bf", Money.Cny(1m)), new Disbursed("chips", Money.Usd(6m))];
            public static IReadOnlyList<FundEvent> Given(FundEvent e) => [new Disbursed("bf", Money.Cny(1m)), e];

            public static async IAsyncEnumerable<Money> ChinaTranchesAsync([EnumeratorCancellation] CancellationToken ct = default)
            {
                foreach (var e in China())
                {
                    await Task.Delay(1, ct);
                    if (e is Disbursed { Tranche: var tranche })
                    {
                        yield return tranche;
                    }
                }
            }
        }
        """;

    [Fact]
    public Task Member_of_a_foreach_variable_picked_by_a_type_pattern_Reports() => Files.Verify(
        Events,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<int> A(CancellationToken ct)
            {
                var count = 0;
                await foreach (var tranche in Seed.ChinaTranchesAsync(ct))
                {
                    if ({|AIR0001:tranche > Money.Usd(39m)|}) count++;
                }

                return count;
            }

            int B()
            {
                var count = 0;
                foreach (var e in Seed.America())
                {
                    if (e is Disbursed { Tranche: var t } && {|AIR0001:t > Money.Eur(1m)|}) count++;
                }

                return count;
            }
        }
        """);

    [Fact]
    public Task Member_of_a_foreach_variable_picked_by_a_type_pattern_of_one_currency_mixed_unknown_or_unsealed_DoesNotReport() => Files.Verify(
        Events,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<Money> A(CancellationToken ct)
            {
                var total = Money.Zero(Currency.CNY);
                await foreach (var tranche in Seed.ChinaTranchesAsync(ct).WithCancellation(ct).ConfigureAwait(false)) total += tranche;
                return total;
            }

            int B()
            {
                var count = 0;
                foreach (var e in Seed.Mixed()) if (e is Disbursed { Tranche: var t } && t > Money.Usd(1m)) count++;
                foreach (var e in Seed.Given(new Announced("x", Money.Usd(1m)))) if (e is Disbursed { Tranche: var t } && t > Money.Usd(1m)) count++;
                foreach (var e in Seed.China()) if (e is Revised { NewCeiling: var c } && c > Money.Usd(1m)) count++;
                return count;
            }

            int C(FundEvent given)
            {
                var count = 0;
                foreach (var e in Seed.Given(given)) if (e is Disbursed { Tranche: var t } && t > Money.Usd(1m)) count++;
                return count;
            }
        }
        """);
}
