using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;

namespace Consortium.Lab;

/// <summary>Reads what it is given; the procurement desk hands it its lists.</summary>
public sealed class LabAuditor
{
    public int NonZero(IReadOnlyList<Money> items) => items.Count(m => !m.IsZero);

    public static void AppendYuan(List<Money> into, decimal figure) => into.Add(Money.Cny(figure));
}

/// <summary>The procurement desk: GPU cluster quotes, cloud credits and the grants that pay for them.</summary>
public sealed class ProcurementDesk
{
    private readonly List<Money> _yuanQuotes = new();
    private readonly List<Money> _quotes = new();
    private readonly List<Money> _drawn = new();
    private readonly Dictionary<Currency, List<Money>> _byCurrency = new();
    private readonly Dictionary<Currency, Money> _totals = new()
    {
        [Currency.CNY] = Money.Cny(0m),
        [Currency.USD] = Money.Usd(0m),
    };
    private readonly Dictionary<LabRegion, List<Money>> _regionCache = new();
    private readonly List<(string City, Money Cap)> _cityCaps = [("Shanghai", Money.Cny(1_000_000_000m)), ("Hangzhou", Money.Cny(600_000_000m))];
    private readonly LabAuditor _auditor = new();

    public void AddYuanQuote(decimal figure) => _yuanQuotes.Add(Money.Cny(figure));

    public void AddCityCap(string city, decimal figure) => _cityCaps.Add((city, Money.Cny(figure)));

    public Money YuanQuotesTotal() => _yuanQuotes.Sum(Currency.CNY); // clean: only yuan is ever added

    public Money CheapestYuanQuote() => _yuanQuotes.Min(); // clean: one currency

    public Money YuanQuotesInDollars() => _yuanQuotes.Sum(Currency.USD); // expect: AIR0001

    public int CountQuotes() => _auditor.NonZero(_yuanQuotes); // clean: handed on to be read

    /// <summary>Reloads the quotes of one currency from the weekly file; other currencies come from configuration.</summary>
    public void Reload(Currency currency, IEnumerable<decimal> figures, string configured)
    {
        _quotes.Clear();
        if (currency == Currency.CNY)
        {
            foreach (var f in figures) _quotes.Add(Money.Cny(f));
            return;
        }

        switch (currency.Code)
        {
            case "USD":
                foreach (var f in figures) _quotes.Add(Money.Usd(f));
                break;
            case "EUR":
                foreach (var f in figures) _quotes.Add(Money.Eur(f));
                break;
            default:
                _quotes.Add(Money.Parse(configured));
                break;
        }
    }

    public Money CheapestQuote() => _quotes.Min(); // clean: Reload fills the list in one currency per run

    public Money DearestQuote() => _quotes.Max(); // clean: one currency per run

    public bool QuoteWithinVoucher() => _quotes.Count > 0 && _quotes[0].Currency == Currency.CNY && _quotes[0] <= LabCatalogue.ShanghaiPool; // clean: the currency is tested first

    /// <summary>Draws on the yuan pools or on the euro grant, never both in one run.</summary>
    public void RecordDraws(bool domestic, IEnumerable<decimal> figures)
    {
        _drawn.Clear();
        if (domestic)
        {
            foreach (var f in figures) _drawn.Add(Money.Cny(f));
            return;
        }

        foreach (var f in figures) _drawn.Add(Money.Eur(f));
    }

    public Money LargestDraw() => _drawn.Max(); // clean: yuan or euros per run

    public Money DrawsInDollars() => _drawn.Sum(Currency.USD); // expect: AIR0001

    public Money LargestCap(bool domestic, decimal figure)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            caps.Add(Money.Cny(figure));
            caps.Add(LabCatalogue.ShanghaiPool);
            return caps.Max(); // clean: yuan only on this path
        }

        caps.Add(Money.Usd(figure));
        caps.Add(LabCatalogue.UsCloudCredits);
        return caps.Max(); // clean: the yuan path returned before dollars were added
    }

    public Money PlannedInYuan(bool domestic, decimal figure)
    {
        var plan = new List<Money>();
        if (domestic) plan.Add(Money.Cny(figure)); else plan.Add(Money.Usd(figure));
        return plan.Sum(Currency.CNY); // expect: AIR0001
    }

    public Money BiggestOffer(LabRegion region, decimal figure, string configured)
    {
        var offers = new List<Money>();
        switch (region)
        {
            case LabRegion.Shanghai:
            case LabRegion.Shenzhen:
                offers.Add(Money.Cny(figure));
                offers.Add(LabCatalogue.ShenzhenPool);
                break;
            case LabRegion.Japan:
                offers.Add(Money.Jpy(figure));
                offers.Add(LabCatalogue.JapanSubsidy);
                break;
            default:
                offers.Add(Money.Parse(configured));
                break;
        }

        return offers.Max(); // clean: one section runs
    }

    public static IEnumerable<Money> Tranches(bool domestic, string text)
    {
        decimal figure = 0m;
        var parsed = true;
        try
        {
            figure = decimal.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            parsed = false;
        }

        if (!parsed)
        {
            yield break;
        }

        if (domestic)
        {
            yield return Money.Cny(figure);
            yield return LabCatalogue.HangzhouPool;
            yield break;
        }

        yield return Money.Usd(figure);
        yield return LabCatalogue.UsCloudCredits;
    }

    public Money LargestTranche(bool domestic, string text) => Tranches(domestic, text).Max(); // clean: an iterator run yields one currency

    public Money WesternInDollars(IEnumerable<decimal> dollars, IEnumerable<decimal> pounds)
    {
        var west = new List<Money>();
        foreach (var d in dollars) west.Add(Money.Usd(d));
        foreach (var p in pounds) west.Add(Money.Gbp(p));
        west.RemoveAll(m => m.Currency != Currency.USD);
        return west.Sum(Currency.USD); // clean: only dollars are left
    }

    public Money WesternInEuros(IEnumerable<decimal> dollars, IEnumerable<decimal> pounds)
    {
        var west = new List<Money>();
        foreach (var d in dollars) west.Add(Money.Usd(d));
        foreach (var p in pounds) west.Add(Money.Gbp(p));
        west.RemoveAll(m => m.Currency == Currency.GBP);
        return west.Sum(Currency.EUR); // expect: AIR0001
    }

    public Money UkInEuros(IEnumerable<decimal> pounds)
    {
        var uk = pounds.Select(p => Money.Gbp(p)).ToList();
        uk.RemoveAll(m => m.Currency.Code == "GBP");
        return uk.Sum(Currency.EUR); // clean: nothing can be left
    }

    public Money EuropeOnly(decimal euros, decimal yen) // expect: AIR0010 (a currency name is a money word)
    {
        var set = new HashSet<Money> { Money.Eur(euros), Money.Jpy(yen), LabCatalogue.EuFactoryGrant };
        set.RemoveWhere(m => !m.Currency.Equals(Currency.EUR));
        return set.Sum(Currency.EUR); // clean: only euros are left
    }

    public void Record(Money payment)
    {
        if (!_byCurrency.TryGetValue(payment.Currency, out var list))
        {
            list = new List<Money>();
            _byCurrency[payment.Currency] = list;
        }

        list.Add(payment);
        _totals[payment.Currency] = _totals.TryGetValue(payment.Currency, out var t) ? t + payment : payment; // clean: t is kept under the payment's currency
    }

    public Money TotalIn(Currency currency) => _byCurrency.TryGetValue(currency, out var list) ? list.Sum(currency) : Money.Zero(currency); // clean: the list of that currency

    public IEnumerable<Money> Totals() => _byCurrency.Select(kv => kv.Value.Sum(kv.Key)); // clean: each list in its own key

    public bool ShanghaiAboveFloor() => _totals[Currency.CNY] > Money.Cny(1_000m); // clean: a key read that is not a constant; yuan in practice

    public Money RegionTotal(LabRegion region, Currency currency)
    {
        if (!_regionCache.TryGetValue(region, out var cached))
        {
            return Money.Zero(currency);
        }

        return cached.Where(m => m.Currency == currency).Sum(currency); // clean: filtered by the currency
    }

    public void Cache(LabRegion region, Money m)
    {
        if (!_regionCache.TryGetValue(region, out var cached)) _regionCache[region] = cached = new List<Money>();
        cached.Add(m);
    }

    public bool NationalOutsizes(decimal figure)
    {
        var national = Money.Cny(344_000_000_000m);
        bool Outsizes(Money other) => national > other;
        var domestic = Outsizes(Money.Cny(figure)); // clean: yuan with yuan
        return domestic && Outsizes(LabCatalogue.StargateTranche); // expect: AIR0001
    }

    public IEnumerable<string> CitiesAbove(Money threshold)
    {
        foreach (var (city, cap) in _cityCaps)
        {
            if (cap.Currency == threshold.Currency && cap > threshold) yield return city; // clean: currency tested first
        }
    }

    public IEnumerable<string> CitiesAboveStargate()
    {
        foreach (var (city, cap) in _cityCaps)
        {
            if (cap > LabCatalogue.StargateTranche) yield return city; // expect: AIR0001
        }
    }

    public IEnumerable<string> CitiesAboveHangzhou() => _cityCaps.Where(c => c.Cap > LabCatalogue.HangzhouPool).Select(c => c.City); // clean: yuan with yuan

    public async Task<Money> JapanHeadroomAsync()
    {
        var yen = await LabCatalogue.FetchJapanAsync();
        return yen - LabCatalogue.JapanSubsidy; // clean: yen with yen
    }

    public async Task<bool> JapanAboveUkAsync() => await LabCatalogue.FetchJapanAsync() > LabCatalogue.UkAirr; // expect: AIR0001

    public Money SafeTotal(Money a, Money b)
    {
        if (a.Currency != b.Currency)
        {
            return LabMath.ToDollars(a) + LabMath.ToDollars(b); // clean: both converted to dollars
        }

        return a + b; // clean: after the guard
    }

    public Money PreferYuan(Money offer) => offer.Currency == Currency.CNY ? offer + LabCatalogue.HangzhouPool : offer; // clean: ?: on the currency

    public bool OverCityCap(Money offer) => offer.Currency == Currency.CNY && offer > LabCatalogue.ShenzhenPool; // clean: && after the test

    public bool OverCap(Money offer) => LabMath.SameCurrency(offer, LabCatalogue.StargateTranche) && offer > LabCatalogue.StargateTranche; // clean: a yes-or-no helper of the code

    public string Classify(Money offer)
    {
        switch (offer.Currency.Code)
        {
            case "USD":
                return offer > LabCatalogue.UsCloudCredits ? "large" : "small"; // clean: a case on the currency
            case "EUR":
                return offer > LabCatalogue.EuFactoryGrant ? "large" : "small"; // clean: a case on the currency
            default:
                return "other";
        }
    }

    public Money LocalBatch(IEnumerable<decimal> yuan, decimal extra)
    {
        var batch = new List<Money>();
        foreach (var y in yuan) LabAuditor.AppendYuan(batch, y);
        LabAuditor.AppendYuan(batch, extra);
        return batch.Sum(Currency.CNY); // clean: the helper adds yuan
    }

    public Money LocalBatchInDollars(IEnumerable<decimal> yuan)
    {
        var batch = new List<Money>();
        foreach (var y in yuan) LabAuditor.AppendYuan(batch, y);
        return batch.Sum(Currency.USD); // expect: AIR0001
    }

    public Money Restart(decimal domesticFigure, decimal partnerFigure)
    {
        var pool = new List<Money> { Money.Cny(domesticFigure) };
        pool.Clear();
        pool.Add(Money.Usd(partnerFigure));
        pool.Add(LabCatalogue.UsCloudCredits);
        return pool.Max(); // clean: the yuan was cleared before dollars were added
    }

    public Money Mixed(decimal domesticFigure, decimal partnerFigure)
    {
        var both = new List<Money> { Money.Cny(domesticFigure), Money.Usd(partnerFigure) };
        both.Sort((a, b) => a.Currency != b.Currency ? a.Currency.CompareTo(b.Currency) : a.CompareTo(b)); // clean: orders by currency first
        var ordered = both.OrderBy(m => m.Currency).ThenBy(m => m).ToList(); // clean: ThenBy after a currency key
        var yuanOnly = both.Where(m => m.Currency == Currency.CNY).Sum(Currency.CNY); // clean: filtered by the currency
        both.Sort(); // expect: AIR0001
        return ordered[0] == yuanOnly ? yuanOnly : ordered[^1]; // clean: equality of elements that are not known
    }

    public Money PickPool(bool domestic) => (domestic ? LabCatalogue.CityVouchers : LabCatalogue.Contracts.Select(c => c.Value).ToList()).Max(); // clean: one list or the other

    public bool ChecksOut()
    {
        var checkedCall = LabMath.OutspendsChecked(LabCatalogue.ShanghaiPool, LabCatalogue.StargateTranche); // clean: the helper reads both currencies
        var converted = LabMath.ExceedsInDollars(LabCatalogue.ShanghaiPool, LabCatalogue.StargateTranche, LabCatalogue.Stated); // clean: converts both at a stated date
        var rewritten = LabMath.AboveAfterConversion(LabCatalogue.HangzhouPool, LabCatalogue.UsCloudCredits); // clean: writes both parameters first
        var sameCity = LabMath.Exceeds(LabCatalogue.ShanghaiPool, LabCatalogue.ShenzhenPool); // clean: yuan with yuan
        var wrongCity = LabMath.Exceeds(LabCatalogue.ShanghaiPool, LabCatalogue.StargateTranche); // expect: AIR0001
        var dwarfs = LabMath.Dwarfs(LabCatalogue.StargateTranche, LabCatalogue.UkAirr); // expect: AIR0001
        var dwarfsUs = LabMath.Dwarfs(LabCatalogue.StargateTranche, LabCatalogue.UsCloudCredits); // clean: dollars with dollars
        return checkedCall && converted && rewritten && sameCity && wrongCity && dwarfs && dwarfsUs;
    }

    private static readonly IComparer<Money> ByCurrencyThenAmount = Comparer<Money>.Create((a, b) => a.Currency != b.Currency ? a.Currency.CompareTo(b.Currency) : a.CompareTo(b));
    private readonly Money[] _euroLegs = [Money.Eur(0m), Money.Eur(0m)];
    private Money? _yuanCap;
    private readonly Dictionary<string, Money> _deskCaps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tokyo"] = Money.Jpy(5_000_000_000m),
        ["london"] = Money.Gbp(30_000_000m),
    };

    public void SetEuroLeg(decimal figure) => _euroLegs[1] = Money.Eur(figure);

    public Money LargestEuroLeg() => _euroLegs.Max(); // clean: euros at every index

    public bool LegsRising() => _euroLegs[0] < _euroLegs[1]; // clean: euros with euros

    public Money YuanCap() => (_yuanCap ??= Money.Cny(1_000_000m)) + LabCatalogue.HangzhouPool; // clean: a lazily set yuan field

    public bool TokyoAboveJapan() => _deskCaps["TOKYO"] > LabCatalogue.JapanSubsidy; // clean: one key under a case-insensitive comparer, yen

    public bool TokyoAboveUk() => _deskCaps["tokyo"] > LabCatalogue.UkAirr; // expect: AIR0001

    public bool LondonAboveUk() => _deskCaps["london"] >= LabCatalogue.UkAirr; // clean: pounds with pounds

    public static Dictionary<LabRegion, Money> Floors() => new() { [LabRegion.Shanghai] = Money.Cny(10_000_000m), [LabRegion.Uk] = Money.Gbp(2_000_000m) };

    public bool UkFloorBelowAirr() => Floors()[LabRegion.Uk] < LabCatalogue.UkAirr; // clean: pounds with pounds

    public bool UkFloorBelowShanghai() => Floors()[LabRegion.Uk] < LabCatalogue.ShanghaiPool; // expect: AIR0001

    public bool JapanFloor() => Floors().GetValueOrDefault(LabRegion.Japan, Money.Jpy(0m)) < LabCatalogue.JapanSubsidy; // clean: the fallback, yen

    /// <summary>Builds a fresh list per site; each site is domestic or not.</summary>
    public List<Money> LargestPerSite(IEnumerable<(bool Domestic, decimal Figure)> sites)
    {
        var largest = new List<Money>();
        foreach (var (domestic, figure) in sites)
        {
            var offers = new List<Money>();
            if (domestic)
            {
                offers.Add(Money.Cny(figure));
                offers.Add(LabCatalogue.ShanghaiPool);
            }
            else
            {
                offers.Add(Money.Usd(figure));
                offers.Add(LabCatalogue.UsCloudCredits);
            }

            largest.Add(offers.Max()); // clean: a new list each time round, one currency each
        }

        return largest;
    }

    public Money PlannedInDomesticCurrency(bool domestic, decimal figure)
    {
        var plan = new List<Money>();
        if (domestic) plan.Add(Money.Cny(figure)); else plan.Add(Money.Usd(figure));
        return plan.Sum(domestic ? Currency.CNY : Currency.USD); // clean: summed in the currency the same test chose
    }

    public Money PlannedInFirstCurrency(bool domestic, decimal figure)
    {
        var plan = new List<Money>();
        if (domestic) plan.Add(Money.Cny(figure)); else plan.Add(Money.Usd(figure));
        return plan.Sum(plan[0].Currency); // clean: summed in its own element's currency
    }

    public List<Money> CurrencyGroups(decimal figure)
    {
        var homeAndUs = new List<Money> { Money.Cny(figure), LabCatalogue.UsCloudCredits, LabCatalogue.ShanghaiPool };
        var totals = new List<Money>();
        foreach (var g in homeAndUs.GroupBy(m => m.Currency))
        {
            if (g.Key != Currency.USD) continue;
            totals.Add(g.Sum(Currency.USD)); // clean: after a guard clause on the group's currency
        }

        foreach (var g in homeAndUs.GroupBy(m => m.Currency))
        {
            switch (g.Key.Code)
            {
                case "USD":
                    totals.Add(g.Sum(Currency.USD)); // clean: a case on the group's currency code
                    break;
                case "CNY":
                    totals.Add(g.Sum(Currency.CNY)); // clean: a case on the group's currency code
                    break;
            }
        }

        totals.AddRange(homeAndUs.GroupBy(m => m.Currency).Select(g => Currency.CNY == g.Key ? g.Sum(Currency.CNY) : g.Sum(g.Key))); // clean: the key tested, written the other way round
        totals.AddRange(homeAndUs.GroupBy(m => m.Currency).Select(g => g.Key.Equals(Currency.USD) ? g.Sum(Currency.USD) : g.Sum(g.Key))); // clean: Equals on the key
        totals.AddRange(homeAndUs.GroupBy(m => m.Currency).Select(g => g.Max())); // clean: one group never mixes
        var lookup = homeAndUs.ToLookup(m => m.Currency);
        totals.Add(lookup[Currency.USD].Sum(Currency.USD)); // clean: the dollar entries of a lookup by currency
        var byKey = homeAndUs.GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.Sum(g.Key)); // clean: each group in its own key
        totals.Add(byKey[Currency.CNY]);
        var sameAsFirst = homeAndUs.Where(m => m.Currency == homeAndUs[0].Currency).Max(); // clean: a filter on the currency
        var yuanRun = homeAndUs.TakeWhile(m => m.Currency == Currency.CNY).Sum(Currency.CNY); // clean: taken while yuan
        var byCode = homeAndUs.OrderBy(m => m.Currency.Code).ThenByDescending(m => m).First(); // clean: ThenBy after a currency key
        var batches = homeAndUs.Chunk(1).Select(b => b.Max()).ToList(); // clean: batches not known to mix
        homeAndUs.Sort(ByCurrencyThenAmount); // clean: a comparer held in a field, by currency first
        var queried = (from m in homeAndUs orderby m.Currency, m select m).ToList(); // clean: a currency key first
        var dollarsOnly = (from m in homeAndUs where m.Currency == Currency.USD select m).Sum(Currency.USD); // clean: filtered by currency
        var perCurrency = from m in homeAndUs group m by m.Currency into g select g.Key == Currency.CNY ? g.Sum(Currency.CNY) : g.Sum(g.Key); // clean: a query group tested on its key
        totals.AddRange(perCurrency);
        totals.Add(homeAndUs.Max()); // expect: AIR0001
        totals.Add(sameAsFirst + yuanRun); // clean: sameAsFirst is not known
        totals.Add(byCode);
        totals.AddRange(batches);
        totals.AddRange(queried);
        totals.Add(dollarsOnly);
        return totals;
    }

    public bool Swapped()
    {
        var home = LabCatalogue.ShanghaiPool;
        var away = LabCatalogue.StargateTranche;
        (home, away) = (away, home);
        return home > LabCatalogue.UsCloudCredits && away > LabCatalogue.HangzhouPool; // clean: swapped, dollars with dollars and yuan with yuan
    }

    public bool AnchorMoved()
    {
        var anchor = Money.Cny(1_000_000m);
        bool Above(Money other) => anchor > other;
        var home = Above(LabCatalogue.HangzhouPool); // clean: yuan with yuan
        anchor = Money.Usd(2_000_000m);
        return home && Above(LabCatalogue.StargateTranche); // clean: the anchor is dollars by now
    }

    public bool SectionLocals(LabRegion region)
    {
        switch (region)
        {
            case LabRegion.Shanghai:
            {
                var cap = Money.Cny(1_000_000m);
                return cap > LabCatalogue.ShanghaiPool; // clean: yuan with yuan
            }
            case LabRegion.Stargate:
            {
                var cap = Money.Usd(1_000_000m);
                return cap > LabCatalogue.StargateTranche; // clean: another local of the same name, dollars
            }
            default:
                return false;
        }
    }

    public bool Checks(LabVoucher voucher, LabGrantRow row)
    {
        var (city, face, _) = voucher;
        var vaultOk = LabMoneyExtensions.Within(LabCatalogue.ShanghaiPool, LabCatalogue.StargateTranche); // clean: the helper returns false on a mismatch
        var converted = LabMoneyExtensions.AboveConverted(LabCatalogue.ShanghaiPool, LabCatalogue.StargateTranche, LabCatalogue.Stated); // clean: converted first
        var positive = LabCatalogue.UkAirr.IsPositive(); // clean
        var doubled = LabCatalogue.ShanghaiPool.Doubled() > LabCatalogue.HangzhouPool; // clean: yuan doubled, with yuan
        var doubledWrong = LabCatalogue.ShanghaiPool.Doubled() > LabCatalogue.UkAirr; // expect: AIR0001
        var checkedYuan = LabMoneyExtensions.Checked(LabCatalogue.ShanghaiPool) + LabCatalogue.HangzhouPool; // clean: a guard returns its argument
        var checkedWrong = LabMoneyExtensions.Checked(LabCatalogue.UkAirr) + LabCatalogue.ShanghaiPool; // expect: AIR0001
        var overhead = LabMoneyExtensions.WithOverhead(LabCatalogue.EuFactoryGrant) > LabReports.EuBand.High; // clean: euros with euros
        var overheadWrong = LabMoneyExtensions.WithOverhead(LabCatalogue.UkAirr) > LabCatalogue.EuFactoryGrant; // expect: AIR0001
        var faceOk = face + LabCatalogue.HangzhouPool; // clean: a voucher's face is yuan
        var pending = (row.Pending ?? Money.Cny(0m)) + LabCatalogue.ShanghaiPool; // clean: the pending amount is not known
        var ukPot = new LabPot<string>("uk", LabCatalogue.UkAirr).Held + Money.Gbp(1m); // clean: this pot holds pounds
        var homePot = new LabPot<LabRegion>(LabRegion.Shanghai, LabCatalogue.ShanghaiPool).Held > LabCatalogue.UkAirr; // expect: AIR0001
        var pair = (Home: LabCatalogue.ShanghaiPool, Away: LabCatalogue.StargateTranche);
        var pairHome = pair.Home + LabCatalogue.HangzhouPool; // clean: the yuan element
        var pairBoth = pair.Home + pair.Away; // expect: AIR0001
        var vouchersInYuan = LabCatalogue.Vouchers.Where(v => v.City == city).Sum(v => v.Face, Currency.CNY); // clean: every voucher is yuan
        var vouchersInDollars = LabCatalogue.Vouchers.Sum(v => v.Face, Currency.USD); // expect: AIR0001
        var largestContract = LabCatalogue.Contracts.MaxBy(c => c.Value); // clean: dollars only
        var contractsTotal = LabCatalogue.Contracts.Sum(c => c.Value, Currency.USD); // clean: dollars only
        var allFaces = LabCatalogue.Contracts.Select(c => c.Value).Concat(LabCatalogue.Vouchers.Select(v => v.Face)).Max(); // expect: AIR0001
        return vaultOk && converted && positive && doubled && doubledWrong && overhead && overheadWrong && faceOk.IsPositive() && pending.IsPositive()
            && checkedYuan.IsPositive() && checkedWrong.IsPositive() && ukPot.IsPositive() && homePot && pairHome.IsPositive() && pairBoth.IsPositive()
            && vouchersInYuan.IsPositive() && vouchersInDollars.IsPositive() && largestContract is not null && contractsTotal.IsPositive() && allFaces.IsPositive();
    }
}

/// <summary>The yen ledger of the Japanese subsidy; the reports half lives in LabReports.cs.</summary>
public sealed partial class LabYenLedger
{
    private readonly List<Money> _yenDraws = new();
    private readonly object _gate = new();
    private readonly List<Money> _lockedQuotes = new();

    public void Draw(decimal figure) => _yenDraws.Add(Money.Jpy(figure));

    /// <summary>Reloads under the lock: yen from the METI file, or won from the K-cloud file.</summary>
    public void ReloadLocked(bool japan, IEnumerable<decimal> figures)
    {
        lock (_gate)
        {
            _lockedQuotes.Clear();
            if (japan)
            {
                foreach (var f in figures) _lockedQuotes.Add(Money.Jpy(f));
                return;
            }

            foreach (var f in figures) _lockedQuotes.Add(Money.Of(f, Currency.KRW));
        }
    }

    public Money LargestLockedQuote() => _lockedQuotes.Max(); // clean: yen or won per reload, under a lock

    public Money LockedQuotesInEuros() => _lockedQuotes.Sum(Currency.EUR); // expect: AIR0001

    public static Money LargestViaLocalFunctions(bool domestic, decimal figure)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            void AddHome(decimal f) => caps.Add(Money.Cny(f));
            AddHome(figure);
        }
        else
        {
            void AddPartner(decimal f) => caps.Add(Money.Usd(f));
            AddPartner(figure);
        }

        return caps.Max(); // clean: each local function is declared and called in its own branch
    }

    public static Money LargestOfChoice(bool domestic, decimal figure)
    {
        var caps = domestic ? new List<Money> { Money.Cny(figure), LabCatalogue.HangzhouPool } : new List<Money> { Money.Usd(figure) };
        return caps.Max(); // clean: one list or the other
    }

    public static Money LargestOfRegion(LabRegion region, decimal figure)
    {
        List<Money> caps = region switch
        {
            LabRegion.Shanghai => [Money.Cny(figure), LabCatalogue.ShanghaiPool],
            LabRegion.Japan => [Money.Jpy(figure), LabCatalogue.JapanSubsidy],
            _ => [Money.Usd(figure)],
        };
        return caps.Max(); // clean: one arm's list
    }

    public static async Task<Money> LargestAsync(bool japan)
    {
        var caps = new List<Money>();
        if (japan)
        {
            caps.Add(await LabCatalogue.FetchJapanAsync());
            caps.Add(LabCatalogue.JapanSubsidy);
            return caps.Max(); // clean: yen on this path
        }

        caps.Add(await Task.FromResult(LabCatalogue.UkAirr));
        caps.Add(Money.Gbp(1m));
        return caps.Max(); // clean: pounds on this path
    }

    public static IEnumerable<Money> Offers(bool domestic, List<string> log)
    {
        try
        {
            if (domestic)
            {
                yield return LabCatalogue.ShanghaiPool;
                yield return LabCatalogue.ShenzhenPool;
                yield break;
            }

            yield return LabCatalogue.StargateTranche;
        }
        finally
        {
            log.Add("offers read");
        }
    }

    public static Money LargestOffer(bool domestic, List<string> log) => Offers(domestic, log).Max(); // clean: one currency per run, a finally between

    public static IEnumerable<Money> PartnerOffers
    {
        get
        {
            if (DateOnly.MinValue.Year > 1)
            {
                yield return LabCatalogue.EuFactoryGrant;
                yield break;
            }

            yield return LabCatalogue.UsCloudCredits;
            yield return LabCatalogue.StargateTranche;
        }
    }

    public static Money LargestPartnerOffer() => PartnerOffers.Max(); // clean: an iterator getter, one currency per run

    public static Money PartnerOffersInYen() => PartnerOffers.Sum(Currency.JPY); // expect: AIR0001
}

/// <summary>Per-region books of the Asian and UK desks, kept by the treasury team.</summary>
public sealed class LabRegionBooks
{
    private readonly Dictionary<LabRegion, List<Money>> _byRegion = new()
    {
        [LabRegion.Japan] = [Money.Jpy(1_000_000m), Money.Jpy(2_000_000m)],
        [LabRegion.Uk] = [Money.Gbp(10_000m)],
    };
    private readonly Dictionary<string, (Money Low, Money High)> _bands = new()
    {
        ["eu"] = (Money.Eur(1_000_000m), Money.Eur(3_000_000m)),
        ["uk"] = (Money.Gbp(800_000m), Money.Gbp(2_000_000m)),
    };
    private readonly List<Money> _asiaQuotes = new();
    private readonly Queue<Money> _yuanQueue = new();
    private readonly Stack<Money> _yenStack = new();
    private static readonly Lazy<Money> YenFloor = new(LoadYenFloor);

    private static Money LoadYenFloor() => Money.Jpy(500_000m);

    public Money JapanTotal() => _byRegion[LabRegion.Japan].Sum(Currency.JPY); // clean: the Japan list holds yen
    public Money JapanLargest() => _byRegion[LabRegion.Japan].Max(); // clean: yen only
    public Money UkLargest() => _byRegion[LabRegion.Uk].Max(); // clean: pounds only
    public Money EuWidth() => _bands["eu"].High - _bands["eu"].Low; // clean: euros with euros
    public bool UkAboveEu() => _bands["uk"].High > _bands["eu"].Low; // expect: AIR0001
    public Money Width(string key) => _bands[key].High - _bands[key].Low; // clean: one key, one band

    public List<Money> Widths()
    {
        var widths = new List<Money>();
        foreach (var (region, band) in _bands)
        {
            widths.Add(band.High - band.Low); // clean: both ends of one band
        }

        return widths;
    }

    /// <summary>Rebuilt from the METI feed (yen) or the UK feed (pounds), one per run.</summary>
    public async Task ReloadAsync(bool japan, IEnumerable<decimal> figures)
    {
        _asiaQuotes.Clear();
        if (japan)
        {
            _asiaQuotes.Add(await LabCatalogue.FetchJapanAsync());
            foreach (var f in figures) _asiaQuotes.Add(Money.Jpy(f));
            return;
        }

        await Task.Yield();
        foreach (var f in figures) _asiaQuotes.Add(Money.Gbp(f));
    }

    public Money LargestAsiaQuote() => _asiaQuotes.Max(); // clean: yen or pounds per run

    public static Money LoopsInBranches(bool domestic, IEnumerable<decimal> figures)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            foreach (var f in figures) caps.Add(Money.Cny(f));
        }
        else
        {
            foreach (var f in figures) caps.Add(Money.Usd(f));
        }

        return caps.Max(); // clean: each loop stays in its branch
    }

    public void Enqueue(decimal figure) => _yuanQueue.Enqueue(Money.Cny(figure));
    public Money Next() => _yuanQueue.Dequeue();
    public Money QueuedInDollars() => _yuanQueue.Sum(Currency.USD); // expect: AIR0001
    public Money QueuedInYuan() => _yuanQueue.Sum(Currency.CNY); // clean: yuan

    public void Push(decimal figure) => _yenStack.Push(Money.Jpy(figure));
    public bool TopAboveFloor() => _yenStack.Count > 0 && _yenStack.Peek() > YenFloor.Value; // clean: yen with yen
    public bool TopAboveUk() => _yenStack.Count > 0 && _yenStack.Peek() > LabCatalogue.UkAirr; // expect: AIR0001
    public bool FloorAboveUk() => YenFloor.Value > LabCatalogue.UkAirr; // expect: AIR0001
}

/// <summary>An order as the desk fills it in.</summary>
public sealed class LabOrder
{
    public string Vendor { get; init; } = "";
    public Money Price { get; init; }

    public static Money Orders()
    {
        var local = new LabOrder { Vendor = "Inspur", Price = Money.Cny(9_000_000m) };
        var partner = new LabOrder { Vendor = "Dell", Price = Money.Usd(2_000_000m) };
        var homeTotal = local.Price + LabCatalogue.HangzhouPool; // clean: created right there with yuan
        var partnerTotal = partner.Price + LabCatalogue.UsCloudCredits; // clean: created right there with dollars
        return homeTotal + partner.Price + partnerTotal * 0m; // expect: AIR0001
    }
}

/// <summary>Sources chosen per run: the domestic pools or the partners' contracts.</summary>
public static class LabSources
{
    private static readonly (LabRegion Region, Money Cap)[] Regional = [(LabRegion.Shanghai, Money.Cny(2_000_000_000m)), (LabRegion.Uk, Money.Gbp(90_000_000m))];

    private sealed class Scope : IDisposable
    {
        public void Dispose()
        {
        }
    }

    private static List<Money> PartnerValues() => LabCatalogue.Contracts.Select(c => c.Value).ToList();

    public static Money WithScope(bool domestic, decimal figure)
    {
        using var scope = new Scope();
        var caps = new List<Money>();
        if (domestic)
        {
            caps.Add(Money.Cny(figure));
            return caps.Max(); // clean: yuan on this path
        }

        caps.Add(Money.Usd(figure));
        return caps.Max(); // clean: dollars on this path
    }

    public static Money AddRangeOfChoice(bool domestic)
    {
        var caps = new List<Money>();
        caps.AddRange(domestic ? LabCatalogue.CityVouchers : PartnerValues());
        return caps.Max(); // clean: one list or the other
    }

    public static Money CopyOfChoice(bool domestic) => (domestic ? LabCatalogue.CityVouchers : PartnerValues()).ToList().Max(); // clean: one list or the other

    public static Money SourceOfChoice(bool domestic)
    {
        IEnumerable<Money> source = domestic ? LabCatalogue.CityVouchers : PartnerValues();
        return source.Max(); // clean: one list or the other
    }

    public static Money Reassigned(bool domestic)
    {
        IEnumerable<Money> all = LabCatalogue.CityVouchers;
        if (!domestic) all = PartnerValues();
        return all.Max(); // clean: one list or the other
    }

    public static IEnumerable<string> Regions()
    {
        yield return $"{Regional.Where(r => r.Region == LabRegion.Uk).Select(r => r.Cap).Max()}"; // clean: the UK row alone
        yield return $"{Regional.First(r => r.Region == LabRegion.Uk).Cap > LabCatalogue.UkAirr}"; // clean: the UK row, pounds
        yield return $"{Regional.Max(r => r.Cap)}"; // expect: AIR0001
        var lookup = LabCatalogue.OverseasLegs.ToLookup(m => m.Currency);
        foreach (var g in lookup)
        {
            yield return $"{(g.Key == Currency.GBP ? g.Sum(Currency.GBP) : g.Sum(g.Key))}"; // clean: a lookup's group tested on its key
        }
    }
}
