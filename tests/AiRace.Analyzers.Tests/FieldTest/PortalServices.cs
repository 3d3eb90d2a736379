using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Portal.Subsidies;

/// <summary>Ceiling caches the review screens read. Each is refilled from the nightly import.</summary>
public sealed class CeilingCache
{
    private readonly List<Money> _yuanCeilings = [];
    private readonly List<Money> _quotes = [];
    private readonly List<Money> _rebuilt = [];
    private readonly List<Money> _drafts = [];
    private readonly List<Money> _queue = [];
    private readonly List<Money> _archived = [];
    private readonly List<Money> _exported = [];
    private readonly List<Money> _pending = [];
    private readonly List<Money> _lent = [];

    public event Action<IReadOnlyList<Money>>? Snapshot;

    public IList<Money> Queue => _queue;
    public List<Money> Drafts() => _drafts;

    public void ReloadYuan(IEnumerable<decimal> figures)
    {
        _yuanCeilings.Clear();
        foreach (var figure in figures)
        {
            _yuanCeilings.Add(Money.Cny(figure));
        }
    }

    public void LoadCityQuotes(decimal a, decimal b)
    {
        _quotes.Clear();
        _quotes.Add(Money.Cny(a));
        _quotes.Add(Money.Cny(b));
    }

    public void LoadFundQuotes(decimal a)
    {
        _quotes.Clear();
        _quotes.Add(Money.Usd(a));
    }

    public void Rebuild(decimal cityFigure, decimal fundFigure)
    {
        _rebuilt.Clear();
        _rebuilt.Add(Money.Cny(cityFigure));
        _rebuilt.Add(Money.Usd(fundFigure));
    }

    public void Draft(decimal yuan) => _drafts.Add(Money.Cny(yuan)); // expect: AIR0010
    public void Enqueue(decimal yuan) => _queue.Add(Money.Cny(yuan)); // expect: AIR0010

    public void Publish(decimal cityFigure)
    {
        _archived.Add(Money.Cny(cityFigure));
        Snapshot?.Invoke(_archived);
    }

    public void Export(IClaimStore store, decimal cityFigure)
    {
        _exported.Add(Money.Cny(cityFigure));
        store.Archive(_exported);
    }

    public void Hold(decimal cityFigure) => _pending.Add(Money.Cny(cityFigure));
    public Task<List<Money>> PendingAsync() => Task.FromResult(_pending);
    public void Lend(decimal cityFigure, out List<Money> scratch)
    {
        _lent.Add(Money.Cny(cityFigure));
        scratch = _lent;
    }

    public Money YuanTotal() => _yuanCeilings.Sum(Currency.CNY); // clean: same currency
    public Money YuanTotalInDollars() => _yuanCeilings.Sum(Currency.USD); // expect: AIR0001
    public Money HighestQuote() => _quotes.Max(); // clean: cleared and refilled by two methods, never both at once (AIR0001's page)
    public Money QuotesInEuros() => _quotes.Sum(Currency.EUR); // expect: AIR0001 (yuan or dollars, never euros; clean by the page's letter when written, reported since stop 53)
    public Money HighestRebuilt() => _rebuilt.Max(); // expect: AIR0001
    public Money HighestDraft() => _drafts.Max(); // clean: handed out by a method; callers clear and refill it (AIR0001's page)
    public Money DraftsInDollars() => _drafts.Sum(Currency.USD); // clean: a handed-out collection's sum in another currency is not reported (AIR0001's page)
    public Money HighestQueued() => _queue.Max(); // clean: handed out by a getter, callers write it (AIR0001's page)
    public Money ArchivedInDollars() => _archived.Sum(Currency.USD); // clean: given to a delegate's Invoke as IReadOnlyList, unknown (AIR0001's page)
    public Money ExportedInDollars() => _exported.Sum(Currency.USD); // clean: given to an interface method's IReadOnlyList parameter, unknown (AIR0001's page)
    public Money PendingInDollars() => _pending.Sum(Currency.USD); // clean: handed out by a method (through a task); callers clear and refill it (AIR0001's page)
    public Money LentInDollars() => _lent.Sum(Currency.USD); // clean: handed out by a method (an out parameter); callers clear and refill it (AIR0001's page)
}

/// <summary>The claim service: files, approves and pays claims, and tells subscribers.</summary>
public sealed class ClaimService(IClaimStore store, IExchangeRateProvider rates, Func<string, Money> ceilingFor, TimeProvider clock)
{
    private static readonly Func<Money, Money, bool> OverCap = (requested, cap) => requested > cap;

    private readonly IClaimStore _store = store;
    private readonly IExchangeRateProvider _rates = rates;
    private readonly Func<string, Money> _ceilingFor = ceilingFor;
    private readonly TimeProvider _clock = clock;
    private readonly List<Money> _paid = [];
    private Money? _lastPayout;

    public event Action<ClaimEntity, Money>? Approved;
    public event Action<Money, Money>? CapReached;
    public event PayoutHandler? PaidOut;

    public async Task<ClaimEntity> ApproveCityAsync(Guid id, decimal yuan, CancellationToken cancellationToken) // expect: AIR0010
    {
        var claim = await _store.FindAsync(id, cancellationToken) ?? throw new InvalidOperationException("no claim");
        claim.Approved = Money.Cny(yuan);
        claim.ApprovedYuan = Money.Cny(yuan);
        claim.Ceiling = PortalLimits.CityCap;
        claim.FiledAt = DateTime.UtcNow; // clean: a time stamp, not a conversion date (AIR0008's page)
        Approved?.Invoke(claim, claim.Approved);
        if (OverCap(claim.ApprovedYuan, PortalLimits.CityCap)) // clean: same currency
        {
            CapReached?.Invoke(claim.ApprovedYuan, PortalLimits.FundCap); // clean: an event is not a delegate whose only value is a lambda (AIR0001's page)
        }

        await _store.SaveAsync(claim, cancellationToken);
        return claim;
    }

    public async Task<ClaimEntity> ApproveFundAsync(Guid id, Money grant, CancellationToken cancellationToken)
    {
        var claim = await _store.FindAsync(id, cancellationToken) ?? throw new InvalidOperationException("no claim");
        claim.Approved = grant;
        claim.ApprovedYuan = grant.ConvertTo(Currency.CNY, PortalLimits.RateDate, _rates, RateLookup.ExactDate).Result;
        claim.Ceiling = PortalLimits.FundCap;
        Approved?.Invoke(claim, grant);
        await _store.SaveAsync(claim, cancellationToken);
        return claim;
    }

    public bool FundOverCityCap(ClaimEntity claim) => OverCap(claim.ApprovedYuan, PortalLimits.FundCap); // expect: AIR0001
    public bool ApprovedOverCityCap(ClaimEntity claim) => claim.Approved > PortalLimits.CityCap; // clean: set with yuan and with a parameter, unknown
    public bool YuanOverFundCap(ClaimEntity claim) => claim.ApprovedYuan > PortalLimits.FundCap; // expect: AIR0001
    public bool CeilingAboveEuroMatch(ClaimEntity claim) => claim.Ceiling > PortalLimits.EuroMatchCap; // clean: the setter is called with yuan and with dollars, unknown
    public bool WithinCallerCeiling(ClaimEntity claim) => claim.ApprovedYuan <= _ceilingFor(claim.ClaimantId); // clean: a delegate a caller supplies, unknown

    public async Task<bool> ReservedCoversAsync(ClaimEntity claim) =>
        await _store.ReservedAsync(claim.ClaimantId) >= claim.ApprovedYuan; // clean: an interface call, unknown

    public void Pay(ClaimEntity claim, [Currency("CNY")] Money amount)
    {
        _paid.Add(amount);
        _lastPayout = amount;
        PaidOut?.Invoke(claim.Id.ToString(), amount.Amount);
    }

    public void PayFundInDollars(ClaimEntity claim) => Pay(claim, PortalLimits.FundCap); // expect: AIR0001
    public void PayCityCap(ClaimEntity claim) => Pay(claim, PortalLimits.CityCap); // clean: yuan where yuan is declared
    public bool LastPayoutAboveFundCap() => _lastPayout is { } last && last > PortalLimits.FundCap; // expect: AIR0001
    public Money PaidInDollars() => _paid.Sum(Currency.USD); // expect: AIR0001

    public Money PaidInDollarsAt(DateOnly asOf) =>
        _paid.Sum(Currency.CNY).ConvertTo(Currency.USD, asOf, _rates, RateLookup.MonthlyAverage).Result; // clean: converted at a stated date

    public Money TodayInDollars(Money yuan) =>
        yuan.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.UtcNow), _rates, RateLookup.MostRecentWithin(5)).Result; // expect: AIR0008

    public Money ClockInDollars(Money yuan) =>
        yuan.ConvertTo(Currency.USD, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime), _rates, RateLookup.ExactDate).Result; // clean: an injected TimeProvider (AIR0008's page)

    public Money Audited(Money m, Currency to, DateOnly valueDate, RateLookup lookup, DateTime receivedAt)
    {
        var line = $"{receivedAt:O} {m} -> {to.Code}";
        Console.WriteLine(line);
        return m.ConvertTo(to, valueDate, _rates, lookup).Result;
    }

    public Money AuditedNow(Money m) => Audited(m, Currency.USD, PortalLimits.RateDate, RateLookup.ExactDate, DateTime.UtcNow); // clean: the time stamp only goes into text (AIR0008's page)
    public Money AuditedToday(Money m) => Audited(m, Currency.USD, DateOnly.FromDateTime(DateTime.Today), RateLookup.ExactDate, DateTime.UtcNow); // expect: AIR0008
}

/// <summary>Currency-safe helpers the handlers share.</summary>
public static class Fx
{
    public static bool IsDollar(Money m) => m.Currency == Currency.USD;
    public static Money Headroom(Money cap, Money used) => cap - used;

    public static bool TryCityCeiling(string city, out Money ceiling)
    {
        var found = PortalLimits.CityCeilings.TryGetValue(city, out var c) && c.Currency == Currency.CNY;
        ceiling = found ? Money.Of(c.Amount, PortalLimits.HomeCode) : Money.Zero(Currency.CNY);
        return found;
    }

    public static (Money Local, Money Central) SplitCity(decimal total) => (Money.Cny(total * 0.4m), Money.Cny(total * 0.6m));
    public static (Money Local, Money Partner) SplitJoint(decimal total) => (Money.Cny(total * 0.5m), Money.Usd(total * 0.07m));

    public static Money CombinedCap() =>
        PortalLimits.CityCap.Currency == PortalLimits.FundCap.Currency ? PortalLimits.CityCap + PortalLimits.FundCap : PortalLimits.CityCap; // clean: the branch a currency test leads to

    public static bool CityCapAboveFundCap() => IsDollar(PortalLimits.CityCap) && PortalLimits.CityCap > PortalLimits.FundCap; // clean: the right of a yes/no method of the code about the money (AIR0001's page)

    public static bool CapsInOrder()
    {
        switch (PortalLimits.CityCap.Currency.Code)
        {
            case "USD":
                return PortalLimits.CityCap < PortalLimits.FundCap; // clean: a case on the currency
            default:
                return false;
        }
    }
}

/// <summary>The shared object cache of the portal (its own <c>Get&lt;T&gt;</c>, not a configuration binder).</summary>
public sealed class PortalCache
{
    private readonly Dictionary<string, object> _items = new(StringComparer.Ordinal);

    public T Get<T>(string key) where T : class => (T)_items[key];
    public void Put(string key, object value) => _items[key] = value;

    public static RateCard EuroCard() => new() { Provider = "eu-ai-factory", GpuHour = Money.Eur(2.10m) };
}
