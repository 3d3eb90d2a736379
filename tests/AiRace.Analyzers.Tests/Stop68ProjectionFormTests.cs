using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through event folds of the fifth team's projections the flow missed (stop 68, issue 12 §1): a method that
/// folds a stream of events into a read model seeded in a stated currency (<c>events.Aggregate(FundState.Empty(stream,
/// currency), Apply)</c>, or <c>state = Apply(state, e)</c> in a loop) gives a member its step function only keeps
/// (<c>Paid = state.Paid + d.Tranche</c>) the currency of the call's argument for that parameter. Each form in two
/// currencies is reported; the same form in one currency, or with a step that replaces the member, is not.
/// </summary>
public class Stop68ProjectionFormTests
{
    private const string Folds = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public abstract record FundEvent(string Stream);
        public sealed record Announced(string Stream, Money Ceiling) : FundEvent(Stream);
        public sealed record Disbursed(string Stream, Money Tranche) : FundEvent(Stream);
        public readonly record struct FundState(string Stream, Money Ceiling, Money Paid, int Version)
        {
            public static FundState Empty(string stream, Currency currency) => new(stream, Money.Zero(currency), Money.Zero(currency), 0);
        }
        public static class FundProjection
        {
            public static FundState Apply(FundState state, FundEvent e) => e switch
            {
                Announced a => state with { Ceiling = a.Ceiling, Version = state.Version + 1 },
                Disbursed d => state with { Paid = state.Paid + d.Tranche, Version = state.Version + 1 },
                _ => state,
            };

            public static FundState Project(string stream, Currency currency, IEnumerable<FundEvent> events) =>
                events.Where(e => e.Stream == stream).Aggregate(FundState.Empty(stream, currency), Apply);

            public static async Task<FundState> ProjectAsync(IEnumerable<FundEvent> events, string stream, Currency currency)
            {
                var state = FundState.Empty(stream, currency);
                foreach (var e in events)
                {
                    await Task.Yield();
                    state = Apply(state, e);
                }

                return state;
            }

            public static async Task<FundState> Mixed(IEnumerable<FundEvent> events, Currency currency, bool reset)
            {
                var state = FundState.Empty("x", currency);
                foreach (var e in events)
                {
                    await Task.Yield();
                    state = reset ? FundState.Empty("x", Currency.USD) : Apply(state, e);
                }

                return state;
            }

            public static FundState Touched(IEnumerable<FundEvent> events, Currency currency)
            {
                var state = FundState.Empty("x", currency);
                Touch(ref state);
                return state;
            }

            private static void Touch(ref FundState state) => state = FundState.Empty("y", Currency.USD);

            public static FundState Others(string stream, Currency currency, IEnumerable<FundEvent> events) =>
                events.Where(e => e.Stream != stream).Aggregate(FundState.Empty(stream, currency), Apply);

            public static FundState Replace(FundState state, FundEvent e) => e is Disbursed d ? state with { Paid = d.Tranche } : state;

            public static FundState Replaced(string stream, Currency currency, IEnumerable<FundEvent> events) =>
                events.Aggregate(FundState.Empty(stream, currency), Replace);
        }
        public static class Seed
        {
            public static IReadOnlyList<FundEvent> America() =>
            [
                new Announced("us", Money.Usd(39m)),
                new Disbursed("us", Money.Usd(6.6m)),
            ];

            public static IReadOnlyList<FundEvent> Announcements() => [new Announced("us", Money.Usd(39m))];
        }
        public static class FundStateExtensions
        {
            public static Money Headroom(this FundState s) => s.Ceiling - s.Paid;
        }
        """;

    [Fact]
    public Task Member_kept_by_a_fold_seeded_in_another_currency_Reports() => Files.Verify(
        Folds,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Checks
        {
            Money A(IEnumerable<FundEvent> events) =>
                {|AIR0001:FundProjection.Project("cn", Currency.CNY, events).Paid - FundProjection.Project("us", Currency.USD, events).Paid|};
            bool B(IEnumerable<FundEvent> events) => {|AIR0001:FundProjection.Project("cn", Currency.CNY, events).Paid > Money.Usd(1m)|};
            async Task<Money> C(IEnumerable<FundEvent> events)
            {
                var cn = await FundProjection.ProjectAsync(events, "cn", Currency.CNY);
                var eu = await FundProjection.ProjectAsync(events, "eu", Currency.EUR);
                var cnHeadroom = cn.Ceiling - cn.Paid;
                return {|AIR0001:cnHeadroom - eu.Headroom()|};
            }
        }
        """);

    [Fact]
    public Task Member_of_a_fold_in_one_currency_or_replaced_by_its_step_DoesNotReport() => Files.Verify(
        Folds,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Checks
        {
            Money A(IEnumerable<FundEvent> events) =>
                FundProjection.Project("cn", Currency.CNY, events).Paid - FundProjection.Project("cn2", Currency.CNY, events).Paid;
            Money B(IEnumerable<FundEvent> events, Currency c) =>
                FundProjection.Project("cn", c, events).Paid - FundProjection.Project("us", Currency.USD, events).Paid;
            Money C(IEnumerable<FundEvent> events) =>
                FundProjection.Replaced("cn", Currency.CNY, events).Paid - FundProjection.Project("us", Currency.USD, events).Paid;
            Money D(IEnumerable<FundEvent> events) =>
                FundProjection.Project("cn", Currency.CNY, events).Ceiling - FundProjection.Project("us", Currency.USD, events).Ceiling;
            async Task<Money> F(IEnumerable<FundEvent> events) => (await FundProjection.Mixed(events, Currency.CNY, false)).Paid - Money.Usd(1m);
            Money G(IEnumerable<FundEvent> events) => FundProjection.Touched(events, Currency.CNY).Paid - Money.Usd(1m);
            async Task<Money> E(IEnumerable<FundEvent> events)
            {
                var eu = await FundProjection.ProjectAsync(events, "eu", Currency.EUR);
                var eu2 = await FundProjection.ProjectAsync(events, "eu2", Currency.EUR);
                return eu2.Paid - eu.Headroom();
            }
        }
        """);

    [Fact]
    public Task Fold_seeded_in_one_currency_given_events_the_filter_keeps_in_another_Reports() => Files.Verify(
        Folds,
        """
        using AiRace.Core;
        class Checks
        {
            FundState A() => {|AIR0001:FundProjection.Project("us", Currency.CNY, Seed.America())|};
            FundState B() => {|AIR0001:FundProjection.Project("us", Currency.CNY, [new Disbursed("us", Money.Eur(1m))])|};
        }
        """);

    [Fact]
    public Task Fold_given_events_of_its_seed_currency_or_that_its_filter_refuses_DoesNotReport() => Files.Verify(
        Folds,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Checks
        {
            FundState A() => FundProjection.Project("us", Currency.USD, Seed.America());
            FundState B() => FundProjection.Project("cn", Currency.CNY, Seed.America());
            FundState C() => FundProjection.Project("us", Currency.CNY, Seed.Announcements());
            FundState D() => FundProjection.Replaced("us", Currency.CNY, Seed.America());
            FundState E(Currency c) => FundProjection.Project("us", c, Seed.America());
            FundState F(string stream) => FundProjection.Project(stream, Currency.CNY, Seed.America());
            FundState G(IEnumerable<FundEvent> events) => FundProjection.Project("us", Currency.CNY, events);
            FundState H() => FundProjection.Others("us", Currency.CNY, Seed.America());
        }
        """);
}
