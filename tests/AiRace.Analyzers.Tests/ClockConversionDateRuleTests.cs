using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.ClockConversionDateRule>;

namespace AiRace.Analyzers.Tests;

public class ClockConversionDateRuleTests
{
    [Fact]
    public Task Clock_members_given_to_conversions_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money m, IExchangeRateProvider p)
            {
                var a = m.ConvertTo(Currency.CNY, {|AIR0008:DateOnly.FromDateTime(DateTime.Now)|}, p, RateLookup.ExactDate);
                var b = p.GetRate(Currency.USD, Currency.CNY, {|AIR0008:DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1))|}, RateLookup.ExactDate);
                var c = new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, {|AIR0008:DateOnly.FromDateTime(DateTime.Today)|}, RateSeries.Identity);
                var d = p.GetRate(Currency.USD, Currency.EUR, {|AIR0008:DateOnly.FromDateTime(DateTimeOffset.UtcNow.DateTime)|}, RateLookup.ExactDate);
                var e = p.GetRate(Currency.USD, Currency.EUR, {|AIR0008:DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime)|}, RateLookup.ExactDate);
            }
        }
        """);

    [Fact]
    public Task Locals_normalisation_and_rate_tables_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        using AiRace.Core.Analysis;
        using AiRace.Core.Reporting;
        class C
        {
            void M(Money m, ExchangeRateTable table, Normaliser normaliser, ReportedAmount amount)
            {
                var now = DateOnly.FromDateTime(DateTime.Now);
                var a = m.ConvertTo(Currency.CNY, {|AIR0008:now|}, table, RateLookup.ExactDate);
                var b = table.GetRate(Currency.USD, Currency.CNY, {|AIR0008:now.AddDays(-1)|}, RateLookup.ExactDate);
                var ok = table.TryGetRate(Currency.USD, Currency.EUR, {|AIR0008:DateOnly.FromDateTime(DateTimeOffset.Now.LocalDateTime)|}, RateLookup.ExactDate, out var rate);
                var c = normaliser.Normalise(amount, {|AIR0008:now|}, RateLookup.ExactDate, NormalisationBasis.AtDate({|AIR0008:now|}, RateLookup.ExactDate));
                var d = ExchangeRate.Identity(Currency.CNY, {|AIR0008:DateOnly.FromDateTime(DateTime.UtcNow)|});
            }
        }
        """);

    [Fact]
    public Task A_users_own_rate_look_up_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Rates : IExchangeRateProvider
        {
            public bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate rate) => throw new NotImplementedException();
            public ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup) => throw new NotImplementedException();
            public static Money At(Money m, Currency to, DateOnly on, RateLookup lookup) => m;
            void M(Money m)
            {
                var a = GetRate(Currency.USD, Currency.CNY, {|AIR0008:DateOnly.FromDateTime(DateTime.Today)|}, RateLookup.ExactDate);
                var b = At(m, Currency.CNY, {|AIR0008:DateOnly.FromDateTime(DateTime.Now)|}, RateLookup.ExactDate);
            }
        }
        """);

    [Fact]
    public Task An_audit_stamp_beside_the_conversion_date_of_a_users_method_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Converter
        {
            private readonly IExchangeRateProvider _rates;
            private readonly List<string> _audit = new();
            public Converter(IExchangeRateProvider rates) => _rates = rates;

            // field test 2: the clock stamps the audit line; the value date converts
            public Money Convert(Money amount, Currency target, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
            {
                var result = amount.ConvertTo(target, valueDate, _rates, lookup).Result;
                _audit.Add($"{requestedAt:O}: {amount} -> {result}");
                if (requestedAt.Year < 2000)
                {
                    throw new ArgumentOutOfRangeException(nameof(requestedAt));
                }

                return result;
            }

            Money M(Money m, DateOnly day) => Convert(m, Currency.EUR, day, RateLookup.ExactDate, DateTime.UtcNow);
        }
        """);

    [Fact]
    public Task A_date_a_users_method_passes_on_to_a_conversion_Reports() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Converter
        {
            private readonly IExchangeRateProvider _rates;
            private DateTime _last;
            public Converter(IExchangeRateProvider rates) => _rates = rates;

            public Money Convert(Money amount, Currency target, DateOnly valueDate, RateLookup lookup) =>
                amount.ConvertTo(target, valueDate, _rates, lookup).Result;

            public Money Stamped(Money amount, RateLookup lookup, DateTime requestedAt) =>
                amount.ConvertTo(Currency.EUR, DateOnly.FromDateTime(requestedAt), _rates, lookup).Result;

            public Money Twice(Money amount, RateLookup lookup, DateTime at) => Stamped(amount, lookup, at);

            public Money Kept(Money amount, RateLookup lookup, DateTime at)
            {
                _last = at;
                return amount;
            }

            void M(Money m, DateOnly day)
            {
                Convert(m, Currency.EUR, {|AIR0008:DateOnly.FromDateTime(DateTime.Now)|}, RateLookup.ExactDate);
                Stamped(m, RateLookup.ExactDate, {|AIR0008:DateTime.UtcNow|});
                Twice(m, RateLookup.ExactDate, {|AIR0008:DateTime.Today|});
                Kept(m, RateLookup.ExactDate, {|AIR0008:DateTime.Now|});
            }
        }
        """);

    [Fact]
    public Task Any_date_that_feeds_no_conversion_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class Report
        {
            public static void Print(DateTime date) { }
            public static void Stamp(DateOnly date, Money total) { }
            void M(Money m)
            {
                var now = DateTime.Now;
                Print(now);
                Print(now.Date);
                Print(date: DateTimeOffset.Now.LocalDateTime);
                Stamp(DateOnly.FromDateTime(DateTime.Today), m);
            }
        }
        """);

    [Fact]
    public Task A_failed_look_up_recorded_with_the_clock_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            Exception M() => new ExchangeRateNotFoundException(Currency.USD, Currency.CNY, DateOnly.FromDateTime(DateTime.Now), RateLookup.ExactDate, "no rate");
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_Reports() => Verify.Diagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(Money[] items, IExchangeRateProvider p)
            {
                Func<Money, Money> f = x => x.ConvertTo(Currency.USD, {|AIR0008:DateOnly.FromDateTime(DateTime.Now)|}, p, RateLookup.ExactDate).Result;
                var q = from x in items select x.ConvertTo(Currency.EUR, {|AIR0008:DateOnly.FromDateTime(DateTime.UtcNow)|}, p, RateLookup.ExactDate).Result;
                Money Local(Money x) => x.ConvertTo(Currency.JPY, {|AIR0008:DateOnly.FromDateTime(DateTime.Today)|}, p, RateLookup.ExactDate).Result;
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        var today = DateOnly.FromDateTime(DateTime.Today);
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, {|AIR0008:today|}, RateSeries.Identity);
        Console.WriteLine(rate.Rate);
        """);

    [Fact]
    public Task Records_generics_null_conditional_and_patterns_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        record Snapshot(Money Value)
        {
            public Money In(Currency c, IExchangeRateProvider p) => Value.ConvertTo(c, {|AIR0008:DateOnly.FromDateTime(DateTime.Now)|}, p, RateLookup.ExactDate).Result;
        }
        class Cache<T>
        {
            public Money? Convert(Snapshot? s, object o, IExchangeRateProvider p) =>
                o is Currency c ? s?.Value.ConvertTo(c, {|AIR0008:new DateOnly(DateTime.Now.Year, 1, 1)|}, p, RateLookup.ExactDate).Result : null;
        }
        """);

    [Fact]
    public Task Stated_dates_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            private static readonly DateOnly Close = new(2025, 6, 30);
            void M(Money m, IExchangeRateProvider p, DateOnly asOf)
            {
                var a = m.ConvertTo(Currency.CNY, new DateOnly(2025, 12, 31), p, RateLookup.ExactDate);
                var b = p.GetRate(Currency.USD, Currency.CNY, asOf, RateLookup.ExactDate);
                var c = p.GetRate(Currency.USD, Currency.CNY, Close.AddDays(-1), RateLookup.ExactDate);
                var d = new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, DateOnly.Parse("2025-01-02"), RateSeries.Identity);
            }
        }
        """);

    [Fact]
    public Task Clock_used_for_things_other_than_dates_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        class Log
        {
            public static void Write(DateTime timestamp) { }
            public static void Elapsed(TimeSpan span) { }
            void M()
            {
                Write(DateTime.UtcNow);
                Elapsed(DateTime.UtcNow - DateTime.Today);
                Console.WriteLine(DateTime.Now);
            }
        }
        """);

    [Fact]
    public Task Injected_time_provider_and_reassigned_locals_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money m, IExchangeRateProvider p, TimeProvider clock, bool flag)
            {
                var a = m.ConvertTo(Currency.CNY, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), p, RateLookup.ExactDate);
                var date = DateOnly.FromDateTime(DateTime.Now);
                if (flag) { date = new DateOnly(2025, 1, 1); }
                var b = m.ConvertTo(Currency.CNY, date, p, RateLookup.ExactDate);
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_with_stated_dates_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(Money[] items, IExchangeRateProvider p, DateOnly[] dates)
            {
                Func<Money, Money> f = x => x.ConvertTo(Currency.USD, new DateOnly(2024, 12, 31), p, RateLookup.ExactDate).Result;
                var q = from d in dates select items[0].ConvertTo(Currency.EUR, d, p, RateLookup.ExactDate).Result;
                Money Local(Money x, DateOnly on) => x.ConvertTo(Currency.JPY, on, p, RateLookup.ExactDate).Result;
            }
        }
        """);

    [Fact]
    public Task Top_level_records_null_conditional_and_patterns_with_stated_dates_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        DateOnly? asOf = args.Length > 0 ? DateOnly.Parse(args[0]) : null;
        Snapshot? s = new(Money.Usd(1m));
        if (asOf is { } d && s is { Value.Amount: > 0m }) { Console.WriteLine(new ExchangeRate(Currency.USD, Currency.CNY, 7m, d, RateSeries.Identity).Rate); }
        Console.WriteLine(s?.Value.Amount);
        record Snapshot(Money Value);
        """);

    [Fact]
    public Task Audit_line_built_in_a_string_local_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Converter
        {
            private readonly IExchangeRateProvider _rates;
            private readonly List<string> _audit = new();
            public Converter(IExchangeRateProvider rates) => _rates = rates;

            public Money Convert(Money amount, Currency target, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
            {
                var result = amount.ConvertTo(target, valueDate, _rates, lookup).Result;
                var line = $"{requestedAt:O}: {amount} -> {result}";
                _audit.Add(line);
                return result;
            }
        }
        class Caller
        {
            Money M(Converter c, Money m) => c.Convert(m, Currency.USD, new DateOnly(2025, 6, 30), RateLookup.ExactDate, DateTime.UtcNow);
        }
        """);

    [Fact]
    public Task System_clock_in_a_field_and_async_local_Reports() => Verify.Diagnostics("""
        using System;
        using System.Threading.Tasks;
        using AiRace.Core;
        class FxService
        {
            private readonly TimeProvider _clock = TimeProvider.System;
            private readonly IExchangeRateProvider _rates;
            public FxService(IExchangeRateProvider rates) => _rates = rates;

            public Money ToUsd(Money m) => m.ConvertTo(Currency.USD, {|AIR0008:DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime)|}, _rates, RateLookup.ExactDate).Result;

            public async Task<ExchangeRate> RateAsync(ExchangeRateTable table)
            {
                await Task.Yield();
                DateOnly? asOf = DateOnly.FromDateTime(DateTime.Today);
                return table.GetRate(Currency.USD, Currency.CNY, {|AIR0008:asOf.Value|}, RateLookup.ExactDate);
            }
        }
        """);

    [Fact]
    public Task Injected_clock_and_stated_dates_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class FxService(TimeProvider clock, IExchangeRateProvider rates)
        {
            public Money ToUsd(Money m) => m.ConvertTo(Currency.USD, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), rates, RateLookup.ExactDate).Result;
            public Money AtQuarterEnd(Money m)
            {
                var date = DateTime.Today.Month > 6 ? new DateOnly(2025, 6, 30) : new DateOnly(2024, 12, 31);
                Console.WriteLine(DateTime.Now);
                return m.ConvertTo(Currency.USD, new DateOnly(2025, 6, 30), rates, RateLookup.ExactDate).Result;
            }
        }
        """);

    [Fact]
    public Task Identity_rate_in_a_switch_arm_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Rates
        {
            ExchangeRate For(Currency c, string mode) => mode switch
            {
                "today" => ExchangeRate.Identity(c, {|AIR0008:DateOnly.FromDateTime(DateTime.Now)|}),
                _ => ExchangeRate.Identity(c, new DateOnly(2025, 1, 1)),
            };
        }
        """);


    [Fact]
    public Task TimeProvider_System_through_GetUtcNow_Reports() => Verify<ClockConversionDateRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed class Converter(IExchangeRateProvider rates)
        {
            public Conversion ToUsd(Money m) =>
                m.ConvertTo(Currency.USD, {|AIR0008:DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime)|}, rates, RateLookup.ExactDate);
        }
        """);

    [Fact]
    public Task Year_taken_from_the_clock_Reports() => Verify<ClockConversionDateRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        public static class YearEnd
        {
            public static ExchangeRate Rate(ExchangeRateTable table) =>
                table.GetRate(Currency.USD, Currency.CNY, {|AIR0008:new DateOnly(DateTime.Now.Year - 1, 12, 31)|}, RateLookup.ExactDate);
        }
        """);

    [Fact]
    public Task Users_provider_record_called_directly_Reports() => Verify<ClockConversionDateRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed record FixedRates(decimal Rate) : IExchangeRateProvider
        {
            public ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup) =>
                new(from, to, Rate, date, RateSeries.Identity);

            public bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate rate)
            {
                rate = GetRate(from, to, date, lookup);
                return true;
            }
        }
        public static class Use
        {
            public static bool Try(FixedRates rates, out ExchangeRate rate)
            {
                var today = DateOnly.FromDateTime(DateTime.UtcNow);
                return rates.TryGetRate(Currency.EUR, Currency.USD, {|AIR0008:today|}, RateLookup.ExactDate, out rate);
            }
        }
        """);

    [Fact]
    public Task Clock_only_in_the_lookup_or_a_condition_DoesNotReport() => Verify<ClockConversionDateRule>.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public static class Lookups
        {
            private static readonly DateOnly Stated = new(2025, 6, 30);
            private static readonly DateOnly Cutoff = new(2025, 12, 31);

            public static ExchangeRate A(IExchangeRateProvider p) =>
                p.GetRate(Currency.USD, Currency.CNY, Stated, RateLookup.MostRecentWithin(DateTime.Today.Day));

            public static ExchangeRate B(IExchangeRateProvider p)
            {
                var asOf = DateOnly.FromDateTime(DateTime.Today) > Cutoff ? Cutoff : Stated;
                return p.GetRate(Currency.USD, Currency.CNY, asOf, RateLookup.ExactDate);
            }
        }
        """);

    [Fact]
    public Task Async_local_with_AddDays_given_to_Normalise_Reports() => Verify<ClockConversionDateRule>.Diagnostics("""
        using System;
        using System.Threading.Tasks;
        using AiRace.Core;
        using AiRace.Core.Analysis;
        using AiRace.Core.Reporting;
        public sealed class Nightly(Normaliser normaliser)
        {
            public async Task<NormalisedAmount> RunAsync(ReportedAmount amount, NormalisationBasis basis)
            {
                var asOf = DateOnly.FromDateTime(DateTimeOffset.UtcNow.UtcDateTime).AddDays(-1);
                await Task.Yield();
                return normaliser.Normalise(amount, {|AIR0008:asOf|}, RateLookup.ExactDate, basis);
            }
        }
        """);

    [Fact]
    public Task Users_method_that_only_compares_its_date_DoesNotReport() => Verify<ClockConversionDateRule>.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public static class Service
        {
            private static readonly DateOnly ValueDate = new(2025, 6, 30);

            public static Conversion Convert(Money m, IExchangeRateProvider p, RateLookup lookup, DateTime requestedAt)
            {
                if (requestedAt < DateTime.UnixEpoch)
                {
                    throw new ArgumentOutOfRangeException(nameof(requestedAt));
                }

                return m.ConvertTo(Currency.USD, ValueDate, p, lookup);
            }

            public static Conversion Now(Money m, IExchangeRateProvider p) => Convert(m, p, RateLookup.ExactDate, DateTime.UtcNow);
        }
        """);

    [Fact]
    public Task Identity_rate_and_exchange_rate_in_a_switch_Reports() => Verify<ClockConversionDateRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        public static class Seeds
        {
            public static ExchangeRate Of(Currency c) => c.Code switch
            {
                "USD" => ExchangeRate.Identity(c, {|AIR0008:DateOnly.FromDateTime(DateTime.UtcNow.Date)|}),
                _ => new ExchangeRate(Currency.USD, c, 7.1m, {|AIR0008:DateOnly.FromDateTime(DateTime.Today).AddDays(-1)|}, RateSeries.Identity),
            };
        }
        """);

    // A fixed date of an object that is also given the clock's time (a time stamp) is not the clock's.
    [Fact]
    public Task Fixed_value_date_of_an_object_also_stamped_by_the_clock_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Job(DateTime StartedAt, DateOnly ValueDate)
        {
            public static Job Create(DateTime startedAt, DateOnly valueDate) => new(startedAt, valueDate);
        }
        class C
        {
            ExchangeRate Rate(IExchangeRateProvider rates)
            {
                var job = Job.Create(DateTime.UtcNow, new DateOnly(2025, 6, 30));
                return rates.GetRate(Currency.USD, Currency.CNY, job.ValueDate, RateLookup.ExactDate);
            }
        }
        """);

    // The clock's date on one branch of ?? or ?: reaches the look-up.
    [Fact]
    public Task Clock_date_in_a_coalesce_or_conditional_fallback_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            ExchangeRate Rate(IExchangeRateProvider rates, DateOnly? valueDate) =>
                rates.GetRate(Currency.USD, Currency.CNY, {|AIR0008:valueDate ?? DateOnly.FromDateTime(DateTime.Today)|}, RateLookup.ExactDate);

            Conversion Convert(Money money, IExchangeRateProvider rates, bool latest, DateOnly reportDate) =>
                money.ConvertTo(Currency.USD, {|AIR0008:latest ? DateOnly.FromDateTime(DateTime.UtcNow) : reportDate|}, rates, RateLookup.ExactDate);
        }
        """);

    // An extension method's receiver is followed to the clock only when it is a date or a TimeProvider: an extension of
    // a job made with the clock's time stamp is not the clock's.
    [Fact]
    public Task Extension_method_of_an_object_stamped_by_the_clock_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Job(DateTime StartedAt, DateOnly ValueDate)
        {
            public static Job Create(DateTime startedAt, DateOnly valueDate) => new(startedAt, valueDate);
        }
        public static class Jobs
        {
            public static DateOnly ValueDateOrDefault(this Job? job) => job?.ValueDate ?? new DateOnly(2025, 1, 1);
        }
        class C
        {
            ExchangeRate Rate(IExchangeRateProvider rates)
            {
                var job = Job.Create(DateTime.UtcNow, new DateOnly(2025, 6, 30));
                return rates.GetRate(Currency.USD, Currency.CNY, job.ValueDateOrDefault(), RateLookup.ExactDate);
            }
        }
        """);

    // AIR0008.md: a parameter is a conversion date "only if the method's body passes it on as one (or stores it …)"
    [Fact]
    public Task Request_time_only_compared_in_a_lambda_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        sealed class Converter(IExchangeRateProvider rates)
        {
            private readonly List<DateTime> _cutoffs = new();

            public Money Convert(Money amount, Currency target, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
            {
                if (_cutoffs.Any(c => c > requestedAt))
                {
                    throw new InvalidOperationException("late");
                }

                return amount.ConvertTo(target, valueDate, rates, lookup).Result;
            }

            public Money Now(Money m) => Convert(m, Currency.EUR, new DateOnly(2025, 6, 30), RateLookup.ExactDate, DateTime.UtcNow);
        }
        """);

    // the twin: a lambda that passes the date on to a conversion, or hands the date itself out, still makes it a conversion date
    [Fact]
    public Task Request_time_passed_on_or_handed_out_by_a_lambda_Reports() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        sealed class Converter(IExchangeRateProvider rates)
        {
            public IEnumerable<Money> ConvertAll(IEnumerable<Money> amounts, Currency target, RateLookup lookup, DateTime requestedAt) =>
                amounts.Select(m => m.ConvertTo(target, DateOnly.FromDateTime(requestedAt), rates, lookup).Result);

            public Func<DateTime> Deferred(Money amount, RateLookup lookup, DateTime requestedAt) => () => requestedAt;

            public void Now(Money[] m)
            {
                ConvertAll(m, Currency.EUR, RateLookup.ExactDate, {|AIR0008:DateTime.UtcNow|});
                Deferred(m[0], RateLookup.ExactDate, {|AIR0008:DateTime.Now|});
            }
        }
        """);

    // AIR0008.md: a parameter is a conversion date "only if the method's body passes it on as one (or stores it where it cannot be followed …)"; a test of it is neither
    [Fact]
    public Task Request_time_read_into_a_flag_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        sealed class Converter(IExchangeRateProvider rates)
        {
            public Money Convert(Money amount, Currency target, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
            {
                bool afterClose = requestedAt.Hour >= 18;
                var result = amount.ConvertTo(target, valueDate, rates, lookup).Result;
                return afterClose ? result.Round(2, MidpointRounding.AwayFromZero) : result;
            }

            public Money Checked(Money amount, Currency target, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
            {
                int hour = requestedAt.Hour;
                var result = requestedAt.Year < 2000 ? throw new ArgumentOutOfRangeException(nameof(requestedAt)) : amount.ConvertTo(target, valueDate, rates, lookup).Result;
                return hour > 12 ? result : result;
            }

            public Money Now(Money m) => Convert(m, Currency.EUR, new DateOnly(2025, 6, 30), RateLookup.ExactDate, DateTime.UtcNow);

            public Money Later(Money m) => Checked(m, Currency.EUR, new DateOnly(2025, 6, 30), RateLookup.ExactDate, DateTime.UtcNow);
        }
        """);

    // the twin: the date itself stored in a field (or a date computed from it) is still taken for a conversion date
    [Fact]
    public Task Request_time_stored_as_a_date_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        sealed class Converter(IExchangeRateProvider rates)
        {
            private DateTime _lastRequest;
            private DateOnly _lastDay;

            public Money Convert(Money amount, Currency target, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
            {
                bool afterClose = requestedAt.Hour >= 18;
                _lastRequest = requestedAt;
                return amount.ConvertTo(target, valueDate, rates, lookup).Result;
            }

            public Money Daily(Money amount, Currency target, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
            {
                _lastDay = DateOnly.FromDateTime(requestedAt);
                return amount.ConvertTo(target, valueDate, rates, lookup).Result;
            }

            public void Now(Money m)
            {
                Convert(m, Currency.EUR, new DateOnly(2025, 6, 30), RateLookup.ExactDate, {|AIR0008:DateTime.UtcNow|});
                Daily(m, Currency.EUR, new DateOnly(2025, 6, 30), RateLookup.ExactDate, {|AIR0008:DateTime.UtcNow|});
            }
        }
        """);
    // AIR0008.md: a value from the clock "directly or through … a local assigned once from them, or one branch of ?:"; a
    // pattern variable that matches the clock's value holds it too
    [Fact]
    public Task Clock_held_in_a_pattern_variable_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money m, IExchangeRateProvider p)
            {
                object clock = DateTime.Now;
                if (clock is DateTime d)
                {
                    var a = m.ConvertTo(Currency.CNY, {|AIR0008:DateOnly.FromDateTime(d)|}, p, RateLookup.ExactDate);
                }

                DateTime? stamp = DateTime.UtcNow;
                if (stamp is { } s)
                {
                    var b = p.GetRate(Currency.USD, Currency.CNY, {|AIR0008:DateOnly.FromDateTime(s)|}, RateLookup.ExactDate);
                }

                if (DateOnly.FromDateTime(DateTime.Today) is var today)
                {
                    var c = p.GetRate(Currency.USD, Currency.EUR, {|AIR0008:today|}, RateLookup.ExactDate);
                }
            }
        }
        """);

    // AIR0008.md: "new DateOnly(DateTime.Now.Year, 1, 1)" is the clock's; so is a date made from the clock's ticks
    [Fact]
    public Task Date_made_from_the_clocks_ticks_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money m, IExchangeRateProvider p)
            {
                var a = m.ConvertTo(Currency.CNY, {|AIR0008:DateOnly.FromDateTime(new DateTime(DateTime.UtcNow.Ticks))|}, p, RateLookup.ExactDate);
                var at = new DateTime(DateTime.UtcNow.Ticks, DateTimeKind.Utc);
                var b = p.GetRate(Currency.USD, Currency.CNY, {|AIR0008:DateOnly.FromDateTime(at)|}, RateLookup.ExactDate);
            }
        }
        """);

    // AIR0008.md: "one branch of ??, ?: …"; a local chosen by a conditional with the clock on one arm
    [Fact]
    public Task Local_chosen_by_a_conditional_with_the_clock_on_one_arm_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        sealed class Converter(IExchangeRateProvider rates)
        {
            public Money Convert(Money m, Currency to, DateTime at, RateLookup lookup) => m.ConvertTo(to, DateOnly.FromDateTime(at), rates, lookup).Result;

            void M(Money m, bool useToday, DateTime fixedDate)
            {
                var at = useToday ? DateTime.Today : fixedDate;
                var a = Convert(m, Currency.CNY, {|AIR0008:at|}, RateLookup.ExactDate);
                var day = useToday ? DateOnly.FromDateTime(DateTime.Today) : new DateOnly(2025, 6, 30);
                var b = m.ConvertTo(Currency.EUR, {|AIR0008:day|}, rates, RateLookup.ExactDate);
            }
        }
        """);

    // the twin: a pattern variable of the clock only tested, or a fixed date chosen by a conditional, feeds no conversion
    [Fact]
    public Task Clock_pattern_variable_only_tested_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money m, IExchangeRateProvider p, bool late)
            {
                object clock = DateTime.Now;
                if (clock is DateTime d && d.Hour > 18)
                {
                    var a = m.ConvertTo(Currency.CNY, new DateOnly(2025, 6, 30), p, RateLookup.ExactDate);
                }

                var at = late ? new DateTime(2025, 6, 30) : new DateTime(2025, 6, 29);
                var b = p.GetRate(Currency.USD, Currency.CNY, DateOnly.FromDateTime(at), RateLookup.ExactDate);
                var c = p.GetRate(Currency.USD, Currency.CNY, DateOnly.FromDateTime(new DateTime(at.Ticks)), RateLookup.ExactDate);
            }
        }
        """);
    // AIR0008.md: a pattern's variable that matches the clock's value, also in a switch's case or arm
    [Fact]
    public Task Clock_matched_by_a_switch_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            ExchangeRate? M(Money m, IExchangeRateProvider p)
            {
                object clock = DateTime.UtcNow;
                switch (clock)
                {
                    case DateTime d:
                        var a = m.ConvertTo(Currency.CNY, {|AIR0008:DateOnly.FromDateTime(d)|}, p, RateLookup.ExactDate);
                        break;
                }

                return clock switch
                {
                    DateTime s => p.GetRate(Currency.USD, Currency.CNY, {|AIR0008:DateOnly.FromDateTime(s)|}, RateLookup.ExactDate),
                    _ => null,
                };
            }
        }
        """);

    // the twin: a pattern variable written with a fixed date before the conversion holds no clock value
    [Fact]
    public Task Pattern_variable_rewritten_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money m, IExchangeRateProvider p)
            {
                object clock = DateTime.UtcNow;
                if (clock is DateTime d)
                {
                    d = new DateTime(2025, 6, 30);
                    var a = m.ConvertTo(Currency.CNY, DateOnly.FromDateTime(d), p, RateLookup.ExactDate);
                }
            }
        }
        """);

    // Promise (AIR0008.md: "a pattern's variable that matches them (`clock is DateTime d`, …)" holds the clock's
    // value): the early-exit form, `if (clock is not DateTime at) return;`, leaves `at` holding it.
    [Fact]
    public Task Clock_held_by_a_negated_pattern_before_an_early_exit_Reports() => Verify.Diagnostics("""
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

    // the twin: a fixed date matched by the negated pattern is not the clock's
    [Fact]
    public Task Fixed_date_held_by_a_negated_pattern_before_an_early_exit_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            Conversion? M(Money m, IExchangeRateProvider p)
            {
                object stamp = new DateTime(2025, 6, 30);
                if (stamp is not DateTime at)
                {
                    return null;
                }

                return m.ConvertTo(Currency.CNY, DateOnly.FromDateTime(at), p, RateLookup.ExactDate);
            }
        }
        """);

    // AIR0008.md: a pattern's variable that matches the clock holds it; a variable of a property subpattern on the
    // clock's value (`DateTime.Now is { Date: var d }`) holds that member of the clock's value, as DateTime.Now.Date does
    [Fact]
    public Task Clock_member_held_by_a_property_subpattern_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money m, IExchangeRateProvider p, bool flag)
            {
                var now = DateTime.Now;
                if (now is { Date: var d })
                {
                    var a = m.ConvertTo(Currency.CNY, {|AIR0008:DateOnly.FromDateTime(d)|}, p, RateLookup.ExactDate);
                }

                if (DateTime.UtcNow is { Year: var y and > 2000 })
                {
                    var b = p.GetRate(Currency.USD, Currency.CNY, {|AIR0008:new DateOnly(y, 1, 1)|}, RateLookup.ExactDate);
                }

                var c = DateTimeOffset.Now switch
                {
                    { DateTime: var local } => p.GetRate(Currency.USD, Currency.EUR, {|AIR0008:DateOnly.FromDateTime(local)|}, RateLookup.ExactDate),
                };

                if (DateTime.Today is { Date.Year: var year })
                {
                    var e = p.GetRate(Currency.USD, Currency.EUR, {|AIR0008:new DateOnly(year, 6, 30)|}, RateLookup.ExactDate);
                }
            }
        }
        """);

    // the twins: a subpattern on a fixed date, or on another object made beside the clock (a member of which is not the
    // clock's), or a variable written again
    [Fact]
    public Task Property_subpattern_not_on_the_clock_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        sealed record Job(DateTime StampedAt, DateOnly ValueDate);
        class C
        {
            void M(Money m, IExchangeRateProvider p)
            {
                var fixedDay = new DateTime(2025, 6, 30);
                if (fixedDay is { Date: var d })
                {
                    var a = m.ConvertTo(Currency.CNY, DateOnly.FromDateTime(d), p, RateLookup.ExactDate);
                }

                var job = new Job(DateTime.UtcNow, new DateOnly(2025, 6, 30));
                if (job is { ValueDate: var valueDate })
                {
                    var b = p.GetRate(Currency.USD, Currency.CNY, valueDate, RateLookup.ExactDate);
                }

                if (DateTime.Now is { Date: var day })
                {
                    day = fixedDay;
                    var c = p.GetRate(Currency.USD, Currency.CNY, DateOnly.FromDateTime(day), RateLookup.ExactDate);
                }
            }
        }
        """);

    // AIR0008.md: a delegate local whose only value is a lambda returning the clock's date (Func<DateOnly> today = () =>
    // DateOnly.FromDateTime(DateTime.Now)) gives the clock's date at each call, today().
    [Fact]
    public Task Clock_date_through_a_delegate_local_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            Money M(Money m, IExchangeRateProvider p)
            {
                Func<DateOnly> today = () => DateOnly.FromDateTime(DateTime.Today);
                Func<DateOnly> yesterday = () =>
                {
                    var now = DateTime.UtcNow;
                    return DateOnly.FromDateTime(now.AddDays(-1));
                };
                var a = m.ConvertTo(Currency.USD, {|AIR0008:today()|}, p, RateLookup.ExactDate).Result;
                return m.ConvertTo(Currency.USD, {|AIR0008:yesterday.Invoke()|}, p, RateLookup.ExactDate).Result;
            }
        }
        """);

    [Fact]
    public Task Stated_date_through_a_delegate_local_or_an_injected_delegate_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            Money M(Money m, IExchangeRateProvider p, DateOnly reportDate, Func<DateOnly> injected, bool flag)
            {
                Func<DateOnly> valueDate = () => reportDate;
                Func<DateOnly, DateOnly> same = d => d;
                Func<DateOnly> rewritten = () => DateOnly.FromDateTime(DateTime.Now);
                rewritten = () => reportDate;
                var a = m.ConvertTo(Currency.USD, valueDate(), p, RateLookup.ExactDate).Result;
                var b = m.ConvertTo(Currency.USD, injected(), p, RateLookup.ExactDate).Result;
                var c = m.ConvertTo(Currency.USD, same(reportDate), p, RateLookup.ExactDate).Result;
                return m.ConvertTo(Currency.USD, rewritten(), p, RateLookup.ExactDate).Result;
            }
        }
        """);
}
