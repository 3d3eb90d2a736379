using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Sovereign.Desk;

/// <summary>Saudi and Emirati commitments, as the Gulf desk books them from the funds' statements.</summary>
public static class GulfBook
{
    private static Money _spot = Money.Of(0m, Codes.Riyal);

    public static Money PifCommitted { get; private set; } = Money.Of(0m, Codes.Riyal);

    public static Money MgxCommitted { get; private set; } = Money.Of(0m, Codes.Dirham);

    public static void CommitPif(decimal riyal) => PifCommitted += Money.Of(riyal, Codes.Riyal);

    public static void CommitMgx(decimal dirham) => MgxCommitted += Money.Of(dirham, Codes.Dirham);

    /// <summary>The last spot quote, from whichever fund quoted last.</summary>
    public static void QuoteSpot(decimal figure, bool emirati) => _spot = emirati ? Money.Of(figure, Codes.Dirham) : Money.Of(figure, Codes.Riyal);

    public static bool SpotAbove(Money limit) => _spot.Currency == limit.Currency && _spot > limit; // clean: reads both currencies first

    public static bool SpotAboveDollars(decimal usd) => // expect: AIR0010
        _spot.ConvertTo(Currency.USD, Codes.Stated, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result > Money.Usd(usd); // clean: the spot (riyal or dirham) is converted first

    public static Money GulfInRiyal(DateOnly date, IExchangeRateProvider rates) =>
        PifCommitted + MgxCommitted.ConvertTo(Currency.FromCode(Codes.Riyal), date, rates, RateLookup.ExactDate).Result; // clean: converted at a stated date first

    public static bool TryCap(Bloc bloc, out Money cap)
    {
        if (bloc == Bloc.Gulf)
        {
            cap = Money.Of(25_000_000_000m, Codes.Dirham);
            return true;
        }

        cap = Money.Of(0m, Codes.Dirham);
        return false;
    }

    public static Money Larger(Money a, Money b)
    {
        if (a.Currency != b.Currency) return a; // keep the first when they cannot be compared
        return Money.Max(a, b); // clean: after the currency test
    }
}

public sealed class PifSource : IFundSource
{
    public string Name => "PIF";

    public Money Committed() => GulfBook.PifCommitted; // clean: riyal, as the interface declares
}

public sealed class MgxSource : IFundSource
{
    public string Name => "MGX";

    public Money Committed() => GulfBook.MgxCommitted; // expect: AIR0001
}

public sealed class SheetSource(string name, Func<Money> read) : IFundSource
{
    public string Name => name;

    public Money Committed() => read(); // clean: unknown, accepted by the annotation
}

/// <summary>IndiaAI mission tranches, in rupees, as the ministry releases them.</summary>
public sealed class IndiaLedger
{
    private readonly List<Money> _tranches = new();
    private readonly List<(string Scheme, Money Cap)> _schemes = new();
    private Money? _lastDraw;

    public void Record([Currency("INR")] Money tranche)
    {
        _tranches.Add(tranche);
        _lastDraw = tranche;
    }

    public void Reset() => _lastDraw = null;

    public void AddScheme(string scheme, decimal crore) => _schemes.Add((scheme, Money.Millions(crore * 10m, Currency.INR)));

    public Money InRupees() => _tranches.Sum(Currency.INR); // clean: every tranche is annotated rupees

    public Money InDollars() => _tranches.Sum(Currency.USD); // expect: AIR0001

    public Money InDollarsAt(DateOnly date) =>
        _tranches.Sum(Currency.INR).ConvertTo(Currency.USD, date, ReferenceRates.FederalReserveH10, RateLookup.AnnualAverage).Result; // clean: summed in rupees, then converted

    public bool LastDrawOver(Money cap) => _lastDraw.HasValue && _lastDraw.Value > cap; // clean: the cap is a parameter

    public bool LastDrawOverStargate() => _lastDraw.HasValue && _lastDraw.Value > SovereignCatalogue.Flagship[Bloc.UnitedStates]; // expect: AIR0001

    public bool LastDrawWithinPlan() => _lastDraw is { } last && last <= SovereignCatalogue.Flagship[Bloc.India]; // clean: rupees against rupees

    public IEnumerable<string> LargeSchemes()
    {
        foreach (var (scheme, cap) in _schemes)
        {
            if (cap > Money.Billions(1m, Currency.USD)) yield return scheme; // expect: AIR0001
        }
    }

    public IEnumerable<string> SchemesAbove(Money threshold) =>
        _schemes.Where(s => s.Cap.Currency == threshold.Currency && s.Cap > threshold).Select(s => s.Scheme); // clean: the currency test comes first

    public Money SchemesTotal() => _schemes.Sum(s => s.Cap, Currency.INR); // clean: every scheme cap is rupees
}

/// <summary>Big Fund III and the city compute vouchers, in yuan.</summary>
public sealed class ChinaLedger
{
    private readonly List<Money> _vouchers = [];
    private readonly Dictionary<string, Money> _cityVouchers = new()
    {
        ["shanghai"] = Money.Millions(600m, Currency.CNY),
        ["shenzhen"] = Money.Millions(500m, Currency.CNY),
    };

    public async Task<Money> LoadBigFundAsync(CancellationToken ct = default)
    {
        await Task.Delay(1, ct).ConfigureAwait(false);
        return Money.Billions(344m, Currency.CNY);
    }

    public void IssueVoucher(decimal yuan) => _vouchers.Add(Money.Cny(yuan)); // expect: AIR0010

    public Money VouchersIn(Currency currency) => _vouchers.Sum(currency); // clean: the currency is a parameter

    public Money VouchersInEuros() => _vouchers.Sum(Currency.EUR); // expect: AIR0001

    public Money CityTotal() => _cityVouchers.Values.Sum(Currency.CNY); // clean: every city is yuan

    public bool ShanghaiAboveTokyo() => _cityVouchers["shanghai"] > SovereignCatalogue.TokyoVoucherCap; // expect: AIR0001

    public int CountOutsized(IEnumerable<decimal> yen)
    {
        var national = Money.Billions(344m, Currency.CNY);
        bool Outsizes(Money other) => national > other;
        var n = 0;
        foreach (var y in yen)
        {
            if (Outsizes(Money.Jpy(y))) n++; // expect: AIR0001
        }

        if (Outsizes(Money.Cny(1_000m))) n++; // clean: yuan against yuan
        return n;
    }

    public Money Topped(Money given)
    {
        var running = given;
        running += _vouchers.Count > 0 ? _vouchers[0] : Money.Zero(Currency.CNY); // clean: running is a parameter's copy, unknown
        return running;
    }
}

/// <summary>Japanese and Korean programmes, booked side by side.</summary>
public sealed class AsiaLedger
{
    private readonly List<Money> _asia = new();
    private readonly List<Money> _quotes = new();

    public void BookJapan(decimal yen) => _asia.Add(Money.Jpy(yen)); // expect: AIR0010 (a currency name is a money word)

    public void BookKorea(decimal won) => _asia.Add(Money.Of(won, Currency.KRW));

    /// <summary>Rebuilt from the European vendors' quotes each week.</summary>
    public void RebuildQuotes(IEnumerable<decimal> euros)
    {
        _quotes.Clear();
        foreach (var e in euros) _quotes.Add(Money.Eur(e));
    }

    public Money CheapestQuote() => _quotes.Min(); // clean: rebuilt with euros alone

    public Money QuotesInEuros() => _quotes.Sum(Currency.EUR); // clean: euros alone

    public Money Largest() => _asia.Max(); // expect: AIR0001

    public Money JapanOnly() => _asia.Where(m => m.Currency == Currency.JPY).Sum(Currency.JPY); // clean: filtered by currency first

    public Money LargestByCurrency() => _asia.OrderBy(m => m.Currency).ThenBy(m => m).Last(); // clean: ThenBy after a currency key

    public void SortAsia() => _asia.Sort((a, b) => a.Currency != b.Currency ? a.Currency.CompareTo(b.Currency) : a.CompareTo(b)); // clean: reads the currency

    public void SortAsiaByComparer() => _asia.Sort(new ByCurrencyThenAmount()); // clean: a comparer of the code may order by currency

    public void SortAsiaPlain() => _asia.Sort(Comparer<Money>.Default); // expect: AIR0001

    public Dictionary<Currency, Money> TotalsByCurrency() =>
        _asia.GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.Sum(g.Key)); // clean: one currency per group

    public Money KoreaAfterPurge()
    {
        var legs = new List<Money> { Money.Of(5_000m, Currency.KRW), Money.Jpy(3_000m) };
        legs.RemoveAll(m => m.Currency != Currency.KRW);
        return legs.Sum(Currency.KRW); // clean: the removal by currency leaves won alone
    }

    public Money Pick(bool japan, decimal figure)
    {
        var picks = new List<Money>();
        if (japan) picks.Add(Money.Jpy(figure));
        else picks.Add(Money.Of(figure, Currency.KRW));
        var top = picks.Max(); // clean: one branch or the other, never both
        return top + picks.Sum(Currency.JPY); // expect: AIR0001
    }

    public Money FirstOrZero(bool japan)
    {
        var yen = new List<Money> { Money.Jpy(1m) };
        var won = new List<Money> { Money.Of(1m, Currency.KRW) };
        return (japan ? yen : won).Max(); // clean: one list or the other
    }
}

/// <summary>EU InvestAI and the AI gigafactories, in euros.</summary>
public sealed class EuropeLedger
{
    private readonly List<Money> _tranches = [Money.Billions(5m, Currency.EUR), Money.Billions(15m, Currency.EUR)];

    public void Add(decimal euros) => _tranches.Add(Money.Eur(euros)); // expect: AIR0010 (a currency name is a money word)

    public Money InDollarsAt(DateOnly date) =>
        _tranches.Sum(Currency.EUR).ConvertTo(Currency.USD, date, ReferenceRates.FederalReserveH10, RateLookup.AnnualAverage).Result; // clean: converted after the sum

    public Money WrongSeed() => _tranches.Aggregate(Money.Zero(Currency.USD), (t, m) => t + m); // expect: AIR0001

    public Money RightSeed() => _tranches.Aggregate(Money.Zero(Currency.EUR), (t, m) => t + m); // clean: euro seed over euros

    public Money AgainstStargate(DateOnly date)
    {
        var dollars = RightSeed().ConvertTo(Currency.USD, date, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result;
        return SovereignCatalogue.Flagship[Bloc.UnitedStates] - dollars; // clean: converted with a dated rate before subtracting
    }

    public Money Combined(Money other) => other.Currency == Currency.EUR ? RightSeed() + other : RightSeed(); // clean: branch after the currency test
}

/// <summary>The state-level rupee desk; it takes what the ministry feed hands on.</summary>
public sealed class StateRupeeDesk : IRupeeSink
{
    private readonly List<Money> _taken = new();

    public void Take(Money tranche)
    {
        if (tranche > Money.Usd(100_000_000m)) return; // expect: AIR0001
        if (tranche > SovereignCatalogue.Flagship[Bloc.India]) return; // clean: rupees (from the interface) against rupees
        _taken.Add(tranche);
    }

    public Money Taken() => _taken.Sum(Currency.INR); // clean: rupees
}

/// <summary>Caches the desk keeps between runs.</summary>
public sealed class DeskCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Bloc, Money> _yen = new();
    private Money? _cachedFloor;

    public Money YenFor(Bloc bloc, decimal figure) => _yen.GetOrAdd(bloc, Money.Jpy(figure));

    public bool YenAboveEuro(Bloc bloc) => _yen.GetOrAdd(bloc, Money.Jpy(0m)) > Money.Eur(1_000m); // expect: AIR0001

    public Money Floor() => _cachedFloor ??= Money.Cny(50_000_000m);

    public bool FloorBelowBigFund() => Floor() < SovereignCatalogue.Flagship[Bloc.China]; // clean: yuan against yuan

    public Money Reloaded(decimal yen, decimal euros) // expect: AIR0010 (a currency name is a money word)
    {
        var legs = new List<Money> { Money.Jpy(yen) };
        legs.Clear();
        legs.Add(Money.Eur(euros));
        return legs.Sum(Currency.EUR); // clean: cleared and refilled with euros, so it may hold the sum's currency
    }
}

/// <summary>The Korea desk: a won reserve and the two legs of the Korea–Japan chip swap.</summary>
public sealed class KoreaDesk
{
    private readonly Money[] _legs = [Money.Of(0m, Currency.KRW), Money.Jpy(0m)];
    private Money _reserve = Money.Of(0m, Currency.KRW);

    public Money Reserve
    {
        get => _reserve;
        set => _reserve = value;
    }

    public void Fund(decimal wonBillions) => Reserve = Money.Billions(wonBillions, Currency.KRW);

    public void SetYenLeg(decimal yen) => _legs[1] = Money.Jpy(yen); // expect: AIR0010 (a currency name is a money word)

    public bool ReserveAboveTokyo() => Reserve > SovereignCatalogue.TokyoVoucherCap; // expect: AIR0001

    public bool ReserveAboveSemis() => Reserve > SovereignCatalogue.KoreaSemis; // clean: won against won through a backing field

    public bool WonLegAhead() => _legs[0] > _legs[1]; // expect: AIR0001

    public Money YenLegPlus(decimal yen) => _legs[1] + Money.Jpy(yen); // expect: AIR0010 (a currency name is a money word); otherwise clean: index 1 only ever holds yen

    public Money LegsInWon() => _legs.Sum(Currency.KRW); // expect: AIR0001

    [return: Currency("KRW")]
    public Money Headline() => SovereignCatalogue.Flagship[Bloc.Japan]; // expect: AIR0001

    [return: Currency("KRW")]
    public Money Plan() => SovereignCatalogue.Flagship[Bloc.Korea]; // clean: won, as declared
}
