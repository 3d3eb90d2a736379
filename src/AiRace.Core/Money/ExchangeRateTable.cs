using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>
/// An immutable, thread-safe, in-memory table of dated exchange rates with explicit look-up policies
/// (<see cref="RateLookup"/>). For every rate it holds, the table also answers the opposite direction with the
/// inverse rate, whose series says it is derived. A date outside the data is an error, never an extrapolation.
/// </summary>
/// <remarks>A table holds at most one rate per currency pair, period and date, in either direction (USD/CNY and
/// CNY/USD of one day are refused: the table answers each with the inverse of the other). Given both directions on
/// different dates (USD/CNY on Monday, CNY/USD on Tuesday), each direction answers its own dates with its own rates
/// and the other's dates with their inverses. Keep rates from different sources for the same pair in separate
/// tables. Look-ups by exact date are O(1) and do not allocate.</remarks>
public sealed class ExchangeRateTable : IExchangeRateProvider
{
    private readonly FrozenDictionary<int, PairRates> _pairs;
    private readonly Currency? _pivot;
    private readonly ConcurrentDictionary<(RateSeries First, RateSeries Second), RateSeries>? _crossSeries;

    /// <summary>Builds a table from rates.</summary>
    /// <param name="rates">The rates; the same pair, period and date may appear twice only with the same rate and series,
    /// and never in both directions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException">Two different rates share a pair, period and date, rates of both directions of
    /// a pair share a period and date (the message names both), or a rate is <c>default</c>.</exception>
    /// <exception cref="InvalidOperationException">A rate is so large (2 × 10^28 or more) that its inverse, which the table
    /// derives, rounds to zero.</exception>
    public ExchangeRateTable(IEnumerable<ExchangeRate> rates)
    {
        Guard.NotNull(rates);
        var given = new Dictionary<int, List<ExchangeRate>>();
        int count = 0;
        foreach (ExchangeRate rate in rates)
        {
            if (rate.Series is null)
            {
                throw new ArgumentException(FormattableString.Invariant($"Rate number {count} is default(ExchangeRate), which has no series."), nameof(rates));
            }

            int key = Key(rate.Base, rate.Quote);
            if (!given.TryGetValue(key, out List<ExchangeRate>? list))
            {
                given[key] = list = new List<ExchangeRate>();
            }

            list.Add(rate);
            count++;
        }

        // Each direction: its own rates, and the inverses of the opposite direction's (never of the same period and
        // date, where the given rate and the inverse would be two answers).
        foreach ((int key, List<ExchangeRate> list) in given)
        {
            int reverse = Key(list[0].Quote, list[0].Base);
            if (key < reverse && given.TryGetValue(reverse, out List<ExchangeRate>? opposite))
            {
                RefuseBothDirections(list, opposite);
            }
        }

        var pairs = new Dictionary<int, PairRates>();
        foreach ((int key, List<ExchangeRate> list) in given)
        {
            int reverse = Key(list[0].Quote, list[0].Base);
            if (given.TryGetValue(reverse, out List<ExchangeRate>? opposite))
            {
                pairs[key] = new PairRates([.. list, .. opposite.Select(r => r.Inverse())], inverses: null);
            }
            else
            {
                pairs[key] = new PairRates(list, inverses: null);
                pairs[reverse] = new PairRates(list.Select(r => r.Inverse()).ToList(), inverses: true);
            }
        }

        _pairs = pairs.ToFrozenDictionary();
        Count = count;
    }

    private static void RefuseBothDirections(List<ExchangeRate> rates, List<ExchangeRate> opposite)
    {
        var dates = new Dictionary<(RatePeriod, DateOnly), ExchangeRate>();
        foreach (ExchangeRate rate in rates)
        {
            dates.TryAdd((rate.Period, rate.Date), rate);
        }

        foreach (ExchangeRate rate in opposite)
        {
            if (dates.TryGetValue((rate.Period, rate.Date), out ExchangeRate other))
            {
                throw new ArgumentException($"Rates of both directions of one pair for the same period and date: {other} and {rate}. The table answers the opposite direction of a rate with its inverse, so it holds one direction per pair, period and date; keep the other in a separate table.", "rates");
            }
        }
    }

    private ExchangeRateTable(ExchangeRateTable source, Currency pivot)
    {
        _pairs = source._pairs;
        Count = source.Count;
        _pivot = pivot;
        _crossSeries = new ConcurrentDictionary<(RateSeries First, RateSeries Second), RateSeries>();
    }

    /// <summary>
    /// The same rates, also answering pairs the table does not hold by crossing through <paramref name="pivot"/>:
    /// from a table of EUR/USD and EUR/CNY, USD/CNY is EUR/CNY ÷ EUR/USD of one date, with the series "cross of ECB
    /// EUR/USD and ECB EUR/CNY via EUR". Both legs must have a rate for the same day (or month, or year); a most-recent
    /// look-up takes the latest day on which both do. Pairs the table holds are answered from their own rates only,
    /// never crossed.
    /// </summary>
    /// <remarks>
    /// <para>A cross is computed exactly from the rates the table was given (never from an inverse it derived) and
    /// rounded once to the nearest <see cref="decimal"/>, half to even, as decimal's own division rounds: to 28-29
    /// significant digits, and at most 28 decimals, so a cross below 1 keeps fewer significant digits (one of about
    /// 1.5 × 10^-28 is 2 × 10^-28). Where decimal holds the products of the given rates exactly (every everyday cross),
    /// the cross is the same decimal as dividing those products. A conversion at a cross, or at an inverse the table
    /// derived, is likewise the amount times the given rates, divided by those used inverted, rounded once (not the
    /// amount times the rounded cross); a given rate that was itself made by <see cref="ExchangeRate.Inverse"/> or
    /// <see cref="ExchangeRate.Cross"/> counts as the rates it was made from.</para>
    /// <para>A cross decimal cannot hold (larger than about 7.9 × 10^28, or so small that it rounds to zero at 28
    /// decimals) is no rate: <see cref="TryGetRate"/> answers false and <see cref="GetRate"/>'s exception says
    /// why.</para>
    /// </remarks>
    /// <param name="pivot">The currency to cross through, such as EUR for the ECB's reference rates.</param>
    /// <returns>A table that crosses through the pivot; this table is unchanged.</returns>
    public ExchangeRateTable CrossVia(Currency pivot) => new(this, pivot);

    /// <summary>The currency this table crosses through for pairs it does not hold, or null when it does not cross
    /// (see <see cref="CrossVia(Currency)"/>).</summary>
    public Currency? Pivot => _pivot;

    /// <summary>How many rates were given (inverse rates the table derives are not counted).</summary>
    public int Count { get; }

    /// <summary>The currency pairs the table can convert between, in both directions.</summary>
    public IReadOnlyList<(Currency From, Currency To)> Pairs =>
        _pairs.Values.Select(p => (p.From, p.To)).OrderBy(p => p.From.Code, StringComparer.Ordinal).ThenBy(p => p.To.Code, StringComparer.Ordinal).ToArray();

    /// <summary>The first and last dates for which the table holds rates of a pair and period, or null when it holds none.</summary>
    /// <param name="from">The base currency.</param>
    /// <param name="to">The quote currency.</param>
    /// <param name="period">Daily, monthly or annual rates.</param>
    /// <returns>The inclusive range of dates (for months and years, the first days of the first and last periods).</returns>
    public (DateOnly First, DateOnly Last)? Coverage(Currency from, Currency to, RatePeriod period) =>
        _pairs.TryGetValue(Key(from, to), out PairRates? pair) ? pair.Coverage(period) : null;

    /// <summary>All rates the table holds for a pair and period, in date order.</summary>
    /// <param name="from">The base currency.</param>
    /// <param name="to">The quote currency.</param>
    /// <param name="period">Daily, monthly or annual rates.</param>
    /// <returns>The rates: those given in that direction, and the inverses of those given in the other.</returns>
    public IReadOnlyList<ExchangeRate> Rates(Currency from, Currency to, RatePeriod period) =>
        _pairs.TryGetValue(Key(from, to), out PairRates? pair) ? pair.All(period) : Array.Empty<ExchangeRate>();

    /// <inheritdoc/>
    public bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate rate)
    {
        if (from == to)
        {
            rate = ExchangeRate.Identity(from, date);
            return true;
        }

        if (_pairs.TryGetValue(Key(from, to), out PairRates? pair))
        {
            return pair.TryFind(date, lookup, out rate);
        }

        if (_pivot is { } pivot && TryLegs(from, to, pivot, out PairRates? first, out PairRates? second))
        {
            return TryCross(first, second, pivot, date, lookup, out rate);
        }

        rate = default;
        return false;
    }

    private bool TryLegs(Currency from, Currency to, Currency pivot, [NotNullWhen(true)] out PairRates? first, [NotNullWhen(true)] out PairRates? second)
    {
        second = null;
        return _pairs.TryGetValue(Key(from, pivot), out first) & _pairs.TryGetValue(Key(pivot, to), out second)
            && from != pivot && to != pivot;
    }

    private bool TryCross(PairRates first, PairRates second, Currency pivot, DateOnly date, RateLookup lookup, out ExchangeRate rate)
    {
        rate = default;
        return CommonLegs(first, second, date, lookup, out ExchangeRate a, out ExchangeRate b) && CrossOf(a, b, pivot, out rate) is null;
    }

    /// <summary>The two legs' rates of one date, the look-up's own for monthly and annual averages; for days, the
    /// latest day within the look-up's reach on which both legs were quoted.</summary>
    private static bool CommonLegs(PairRates first, PairRates second, DateOnly date, RateLookup lookup, out ExchangeRate a, out ExchangeRate b)
    {
        b = default;
        if (lookup.Period != RatePeriod.Day)
        {
            return first.TryFind(date, lookup, out a) & second.TryFind(date, lookup, out b);
        }

        // no further back than the first day of the calendar (a look-up near DateOnly.MinValue)
        int back = Math.Min(lookup.Kind == RateLookupKind.MostRecent ? lookup.MaxDaysBack : 0, date.DayNumber);
        for (int k = 0; k <= back; k++)
        {
            DateOnly day = date.AddDays(-k);
            if (first.TryFind(day, RateLookup.ExactDate, out a) && second.TryFind(day, RateLookup.ExactDate, out b))
            {
                return true;
            }
        }

        a = default;
        return false;
    }

    /// <summary>The cross of two legs of one date, from the rates the table was given (a leg the table derived as an
    /// inverse divides by its given rate instead of multiplying by the rounded reciprocal), computed exactly and rounded
    /// once: null with the rate, or why decimal cannot hold it.</summary>
    private string? CrossOf(ExchangeRate a, ExchangeRate b, Currency pivot, out ExchangeRate rate)
    {
        RateSeries series = _crossSeries!.GetOrAdd((a.Series, b.Series), static (legs, p) => RateSeries.Cross(legs.First, legs.Second, p), pivot);
        return ExchangeRate.Crossed(a, b, series, out rate) switch
        {
            QuotientRange.AboveMaximum => Legs(a, b) + " is larger than decimal can hold (about 7.9 × 10^28).",
            QuotientRange.RoundsToZero => Legs(a, b) + " rounds to zero: decimal holds no rate that small (28 decimal places).",
            _ => null,
        };

        static string Legs(ExchangeRate a, ExchangeRate b) =>
            FormattableString.Invariant($"the cross of the legs of {a.Date:yyyy-MM-dd}, {a.Base.Code}/{a.Quote.Code} {a.Rate} and {b.Base.Code}/{b.Quote.Code} {b.Rate},");
    }

    /// <inheritdoc/>
    public ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup)
    {
        if (TryGetRate(from, to, date, lookup, out ExchangeRate rate))
        {
            return rate;
        }

        throw new ExchangeRateNotFoundException(from, to, date, lookup, Explain(from, to, date, lookup));
    }

    private string Explain(Currency from, Currency to, DateOnly date, RateLookup lookup)
    {
        if (!_pairs.TryGetValue(Key(from, to), out PairRates? pair) && _pivot is { } pivot && TryLegs(from, to, pivot, out PairRates? first, out PairRates? second))
        {
            string legs = $"crossing via {pivot.Code} needs {from.Code}/{pivot.Code} and {pivot.Code}/{to.Code} for the same {(lookup.Period == RatePeriod.Day ? "day" : lookup.Period.ToString().ToLowerInvariant())}";
            string why = !first.TryFind(date, lookup, out _) ? first.Explain(date, lookup)
                : !second.TryFind(date, lookup, out _) ? second.Explain(date, lookup)
                : !CommonLegs(first, second, date, lookup, out ExchangeRate a, out ExchangeRate b) ? "the two legs have no quotation on a common day within the look-up's reach."
                : CrossOf(a, b, pivot, out _) ?? throw new InvalidOperationException("A cross the table found was explained as missing.");
            return $"The table holds no {from.Code}/{to.Code} rates, and {legs}: {why}";
        }

        if (pair is null)
        {
            string held = string.Join(", ", _pairs.Values.Where(p => p.Inverses != true).Select(p => p.From.Code + "/" + p.To.Code).Order(StringComparer.Ordinal));
            return _pivot is { } p
                ? $"The table has no rates between {from.Code} and {to.Code}, nor both legs through {p.Code} (it holds {(held.Length == 0 ? "none" : held)})."
                : $"The table has no rates between {from.Code} and {to.Code} (it holds {(held.Length == 0 ? "none" : held)}); cross them through a pivot with CrossVia(pivot) or ExchangeRate.Cross.";
        }

        return pair.Explain(date, lookup);
    }

    private static int Key(Currency from, Currency to) => (from.Index << 16) | to.Index;

    /// <summary>The rates of one direction of one pair.</summary>
    private sealed class PairRates
    {
        private readonly ExchangeRate[] _daily; // dense by day from _firstDay; Series null = no quotation
        private readonly DateOnly _firstDay;
        private readonly DateOnly _lastDay;
        private readonly FrozenDictionary<int, ExchangeRate> _monthly; // year * 12 + month - 1
        private readonly FrozenDictionary<int, ExchangeRate> _annual;
        private readonly RateSeries? _dailySeries;

        public PairRates(List<ExchangeRate> rates, bool? inverses)
        {
            From = rates[0].Base;
            To = rates[0].Quote;
            Inverses = inverses;
            var days = rates.Where(r => r.Period == RatePeriod.Day).ToList();
            var monthly = new Dictionary<int, ExchangeRate>();
            var annual = new Dictionary<int, ExchangeRate>();
            foreach (ExchangeRate r in rates)
            {
                switch (r.Period)
                {
                    case RatePeriod.Month:
                        AddUnique(monthly, (r.Date.Year * 12) + r.Date.Month - 1, r);
                        break;
                    case RatePeriod.Year:
                        AddUnique(annual, r.Date.Year, r);
                        break;
                }
            }

            _monthly = monthly.ToFrozenDictionary();
            _annual = annual.ToFrozenDictionary();
            if (days.Count == 0)
            {
                _daily = Array.Empty<ExchangeRate>();
                return;
            }

            _firstDay = days.Min(r => r.Date);
            _lastDay = days.Max(r => r.Date);
            _daily = new ExchangeRate[_lastDay.DayNumber - _firstDay.DayNumber + 1];
            _dailySeries = days[0].Series;
            foreach (ExchangeRate r in days)
            {
                ref ExchangeRate slot = ref _daily[r.Date.DayNumber - _firstDay.DayNumber];
                if (slot.Series is not null && slot != r)
                {
                    throw Duplicate(slot, r);
                }

                slot = r;
            }
        }

        public Currency From { get; }

        public Currency To { get; }

        public bool? Inverses { get; }

        private static void AddUnique(Dictionary<int, ExchangeRate> map, int key, ExchangeRate rate)
        {
            if (map.TryGetValue(key, out ExchangeRate existing) && existing != rate)
            {
                throw Duplicate(existing, rate);
            }

            map[key] = rate;
        }

        private static ArgumentException Duplicate(ExchangeRate a, ExchangeRate b) =>
            new($"Two different rates for the same pair, period and date: {a} and {b}.", "rates");

        public bool TryFind(DateOnly date, RateLookup lookup, out ExchangeRate rate)
        {
            switch (lookup.Kind)
            {
                case RateLookupKind.ExactDate:
                case RateLookupKind.MostRecent:
                    rate = default;
                    if (_daily.Length == 0 || date < _firstDay || date > _lastDay)
                    {
                        return false;
                    }

                    int index = date.DayNumber - _firstDay.DayNumber;
                    int stop = lookup.Kind == RateLookupKind.ExactDate ? index : Math.Max(0, index - lookup.MaxDaysBack);
                    for (int i = index; i >= stop; i--)
                    {
                        if (_daily[i].Series is not null)
                        {
                            rate = _daily[i];
                            return true;
                        }
                    }

                    return false;
                case RateLookupKind.MonthlyAverage:
                    return _monthly.TryGetValue((date.Year * 12) + date.Month - 1, out rate);
                case RateLookupKind.AnnualAverage:
                    return _annual.TryGetValue(date.Year, out rate);
                default:
                    rate = default;
                    return false;
            }
        }

        public (DateOnly First, DateOnly Last)? Coverage(RatePeriod period)
        {
            switch (period)
            {
                case RatePeriod.Day:
                    return _daily.Length == 0 ? null : (_firstDay, _lastDay);
                case RatePeriod.Month:
                    return _monthly.Count == 0 ? null : (_monthly.Values.Min(r => r.Date), _monthly.Values.Max(r => r.Date));
                default:
                    return _annual.Count == 0 ? null : (_annual.Values.Min(r => r.Date), _annual.Values.Max(r => r.Date));
            }
        }

        public IReadOnlyList<ExchangeRate> All(RatePeriod period) => period switch
        {
            RatePeriod.Day => _daily.Where(r => r.Series is not null).ToArray(),
            RatePeriod.Month => _monthly.Values.OrderBy(r => r.Date).ToArray(),
            _ => _annual.Values.OrderBy(r => r.Date).ToArray(),
        };

        public string Explain(DateOnly date, RateLookup lookup)
        {
            string pair = From.Code + "/" + To.Code;
            string day = date.ToString("yyyy-MM-dd (dddd)", CultureInfo.InvariantCulture);
            switch (lookup.Kind)
            {
                case RateLookupKind.ExactDate:
                case RateLookupKind.MostRecent:
                    if (_daily.Length == 0)
                    {
                        return $"The table holds no daily {pair} rates; ask for a monthly or annual average instead.";
                    }

                    string covers = FormattableString.Invariant($"{_dailySeries!.Citation} covers {_firstDay:yyyy-MM-dd} to {_lastDay:yyyy-MM-dd}");
                    if (date < _firstDay || date > _lastDay)
                    {
                        return $"No daily {pair} rate for {day}: the date is outside the data ({covers}); rates are never extrapolated.";
                    }

                    return lookup.Kind == RateLookupKind.ExactDate
                        ? $"No daily {pair} rate was quoted on {day} in {_dailySeries.Citation} (a weekend or holiday?); use RateLookup.MostRecentWithin(days) to take the last earlier quotation."
                        : FormattableString.Invariant($"No daily {pair} rate on {day} or in the {lookup.MaxDaysBack} days before it in {_dailySeries.Citation}.");
                case RateLookupKind.MonthlyAverage:
                    return Missing("monthly average", date.ToString("yyyy-MM", CultureInfo.InvariantCulture), RatePeriod.Month, "yyyy-MM");
                default:
                    return Missing("annual average", date.ToString("yyyy", CultureInfo.InvariantCulture), RatePeriod.Year, "yyyy");
            }

            string Missing(string what, string when, RatePeriod period, string format)
            {
                (DateOnly First, DateOnly Last)? range = Coverage(period);
                return range is { } r
                    ? $"No {pair} {what} for {when}: the data covers {r.First.ToString(format, CultureInfo.InvariantCulture)} to {r.Last.ToString(format, CultureInfo.InvariantCulture)}; rates are never extrapolated."
                    : $"The table holds no {pair} {what}s.";
            }
        }
    }
}
