using System.Threading.Tasks;
using ClockVerify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.ClockConversionDateRule>;
using SumVerify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.MixedCurrencySumRule>;
using YearVerify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.TargetYearBeforeBaselineRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>Review of the s61 changes to AIR0001 guards, AIR0007 folds, AIR0008 pattern variables and AIR0012 base
/// constructors: correct code that must stay silent, and forms the changes claim to cover.</summary>
public class ReviewS61FlowTests
{
    // Promise (AIR0001.md: a write voids a case only when it is "on money written after the case or arm matches and
    // before the use"; issue 12: unknown still means silent): a local function that writes the cap, called only before
    // the switch, and a lambda created only after the use cannot write the cap between the match and the use.
    [Fact]
    public Task Case_with_the_money_written_by_a_lambda_that_cannot_run_between_match_and_use_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Rules;
        public sealed class Budget
        {
            [Currency("CNY")] private Money _cap = Money.Cny(5m);
            public bool Over(decimal usd, Money? update)
            {
                void Apply(Money next) => _cap = next;
                if (update is { } next)
                {
                    Apply(next);
                }

                switch (_cap.Currency.Code)
                {
                    case "USD":
                        return _cap > Money.Usd(usd);
                    default:
                        return false;
                }
            }
            public bool OverThenReload(decimal usd, List<Money> caps)
            {
                bool over;
                switch (_cap.Currency.Code)
                {
                    case "USD":
                        over = _cap > Money.Usd(usd);
                        break;
                    default:
                        over = false;
                        break;
                }

                caps.ForEach(cap => _cap = cap);
                return over;
            }
        }
        """);

    // Promise (AIR0012.md: a constructor passing its years to a base constructor is not followed when it "throws on a
    // check of the years anywhere in its body"): ArgumentOutOfRangeException.ThrowIfLessThan(to, from) is that check.
    [Fact]
    public Task Base_forwarding_checked_by_a_throw_helper_DoesNotReport() => YearVerify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        using AiRace.Core.Policy;
        class ChipPlan(int baseline, int goal)
        {
            public Target Goal { get; } = new Target("t-chips", "chip-share", "CN", null, baseline,
                MetricValue.Of(Share.FromPercent(70m)), goal, TargetKind.OfficialTarget, null, null, []);
        }
        sealed class CheckedPlan : ChipPlan
        {
            public CheckedPlan(int from, int to) : base(from, to)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
            }
        }
        static class Plans
        {
            public static ChipPlan Checked() => new CheckedPlan(2030, 2025);
        }
        """);

    // Promise (AIR0001.md: a test "that shows a value only in the currency it is already known in" handles no mismatch;
    // issue 12: no false positives): here the test also shows the limit to be in the cap's currency, which settles the
    // comparison; confirming the cap's own currency beside it must not void that.
    [Fact]
    public Task Test_confirming_the_known_currency_beside_a_check_of_both_currencies_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public sealed class Budget
        {
            [Currency("CNY")] private Money _cap = Money.Cny(5m);
            [Currency("USD")] private Money _limit = Money.Usd(1m);
            public bool CapOverLimit() => _cap.Currency == Currency.CNY && _limit.Currency == _cap.Currency && _cap > _limit;
            public bool CapUnderLimit()
            {
                if (_cap.Currency != Currency.CNY || _limit.Currency != _cap.Currency)
                {
                    return false;
                }

                return _cap < _limit;
            }
        }
        """);

    // Promise (AIR0001.md: a case or arm that names one currency of the value switched on guards the use): a switch on
    // the code upper-cased names one currency in each case as well.
    [Fact]
    public Task Switch_on_the_upper_cased_currency_code_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public sealed class Budget
        {
            [Currency("CNY")] private Money _cap = Money.Cny(5m);
            public bool Over(decimal usd)
            {
                switch (_cap.Currency.Code.ToUpperInvariant())
                {
                    case "USD":
                        return _cap > Money.Usd(usd);
                    default:
                        return false;
                }
            }
            public bool Under(decimal usd) => _cap.Currency.Code.ToUpperInvariant() switch
            {
                "USD" => _cap < Money.Usd(usd),
                _ => false,
            };
            public bool Near(decimal usd) => _cap.Currency.Code.ToUpperInvariant() is "USD" && _cap <= Money.Usd(usd);
        }
        """);

    // Promise (AIR0007.md: a fold's amount "matched by a pattern, `(e.Desk, e.Cost.Amount) is (_, var amount)`" is
    // followed as the amount): the same tuple matched by a switch expression's arm.
    [Fact]
    public Task Amount_matched_by_a_tuple_switch_arm_in_a_fold_Reports() => SumVerify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Entry(string Desk, Money Cost);
        class C
        {
            decimal Total(List<Entry> entries) => {|AIR0007:entries.Aggregate(0m, (acc, e) => (e.Desk, e.Cost.Amount) switch
            {
                ("internal", _) => acc,
                (_, var amount) => acc + amount,
            })|};
        }
        """);

    // Promise (AIR0008.md: "a pattern's variable that matches them (`clock is DateTime d`, …)" holds the clock's
    // value): the early-exit form, `if (clock is not DateTime at) return;`, leaves `at` holding it.
    [Fact]
    public Task Clock_held_by_a_negated_pattern_before_an_early_exit_Reports() => ClockVerify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            Conversion? M(Money m, IExchangeRateProvider p)
            {
                object clock = DateTime.UtcNow;
                if (clock is not DateTime at)
                {
                    return null;
                }

                return m.ConvertTo(Currency.CNY, {|AIR0008:DateOnly.FromDateTime(at)|}, p, RateLookup.ExactDate);
            }
        }
        """);
}
