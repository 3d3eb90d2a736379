using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;

namespace Tender;

/// <summary>Orders money by currency first, then by amount: safe for a register of many currencies.</summary>
public sealed class CurrencyThenAmount : IComparer<Money>
{
    public int Compare(Money x, Money y) => x.Currency != y.Currency ? x.Currency.CompareTo(y.Currency) : x.CompareTo(y); // clean: compares amounts only within one currency
}

/// <summary>The desk's book of draws against the programmes it follows.</summary>
public sealed class TenderBook
{
    private readonly List<Money> _yuanDraws = new();
    private readonly List<Money> _dollarDraws = [];
    private readonly List<Money> _lastRound = [];
    private readonly List<Money> _imported = [];
    private Money _reserve = Money.Zero(Currency.CNY);
    private Money? _lastDollarDraw;
    public Money Reserve => _reserve;

    public void DrawYuan(decimal millions)
    {
        var draw = Money.Millions(millions, Currency.CNY);
        _yuanDraws.Add(draw); // clean: yuan into the yuan list
        _reserve += draw; // clean: yuan reserve grows by yuan
    }

    public void DrawDollars(decimal millions)
    {
        var draw = Money.Millions(millions, Currency.USD);
        _dollarDraws.Add(draw); // clean
        _lastDollarDraw = draw; // clean
    }

    public void ForgetLastDollarDraw() => _lastDollarDraw = null; // clean: null states no currency
    public Money YuanTotal() => _yuanDraws.Sum(Currency.CNY); // clean: one-currency list summed in its currency
    public Money YuanTotalInDollars() => _yuanDraws.Sum(Currency.USD); // expect: AIR0001
    public bool DollarsAboveReserve() => _dollarDraws.Sum(Currency.USD) > _reserve; // expect: AIR0001
    public bool DollarsAboveReserveConverted() => _dollarDraws.Sum(Currency.USD) > TenderRates.ToUsd(_reserve); // clean: the reserve converted at a dated rate
    public bool LastDrawAboveReserve() => _lastDollarDraw.HasValue && _lastDollarDraw.Value > _reserve; // expect: AIR0001
    public bool LastDrawAboveGrant() => _lastDollarDraw is { } last && last > TenderCatalogue.ChipsGrant; // clean: dollars against dollars
    /// <summary>Rebuilds the last round: domestic rounds are yuan, partner rounds dollars, never both.</summary>
    public void RebuildRound(bool domestic, IEnumerable<decimal> figures)
    {
        _lastRound.Clear();
        if (domestic)
        {
            foreach (var f in figures)
            {
                _lastRound.Add(Money.Millions(f, Currency.CNY)); // clean: the domestic path adds yuan only
            }

            return;
        }

        foreach (var f in figures)
        {
            _lastRound.Add(Money.Millions(f, Currency.USD)); // clean: the partner path adds dollars only
        }
    }

    public Money LargestOfRound() => _lastRound.Max(); // clean: rebuilt after Clear() with one currency per path
    public IEnumerable<Money> RoundInOrder() => _lastRound.OrderBy(m => m); // clean: same list, one currency per rebuild

    /// <summary>Imports the register export; each row's currency is whatever the sheet says.</summary>
    public void Import(IEnumerable<TenderSheetRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.Figure <= 0m)
            {
                continue; // clean: a guard clause
            }

            _imported.Add(Money.Of(row.Figure, Currency.FromCode(row.Code))); // clean: the currency comes from data
        }
    }

    public Money LargestImported() => _imported.Max(); // clean: unknown currencies, unknown means silent
    public Money ImportedYuan() => _imported.Where(m => m.Currency == Currency.CNY).Sum(Currency.CNY); // clean: filtered by the currency itself
    public Money ImportedByCurrency(Currency currency) => _imported.Where(m => m.Currency == currency).Sum(currency); // clean

    public IReadOnlyDictionary<Currency, Money> ImportedTotals() =>
        _imported.GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.Sum(g.Key)); // clean: each group summed in its own key
    public void SortImported() => _imported.Sort(new CurrencyThenAmount()); // clean: a comparer of the code may order by currency first
}

/// <summary>Cross-programme comparisons the desk runs every week.</summary>
public static class TenderComparisons
{
    public static bool StargateDwarfsBigFund() => TenderCatalogue.StargateFirstTranche > TenderCatalogue.BigFundThree; // expect: AIR0001

    public static Money CombinedVoucherAndChips() => TenderCatalogue.ShenzhenVoucherPool + TenderCatalogue.ChipsGrant; // expect: AIR0001
    public static bool SameEnvelope() => TenderCatalogue.GigafactoryEnvelope.Equals(TenderCatalogue.StargateFirstTranche); // expect: AIR0001
    public static Money LargerAsian() => Money.Max(TenderCatalogue.RapidusAid, TenderCatalogue.KChipsCredit); // expect: AIR0001
    public static bool HomeBelowPartner() => TenderCatalogue.HomeCap < TenderCatalogue.PartnerCap; // expect: AIR0001
    public static bool JapanAboveEurope() => TenderCatalogue.Ceilings[TenderBloc.Japan] > TenderCatalogue.Ceilings[TenderBloc.Europe]; // expect: AIR0001
    public static Money LargestCeiling() => TenderCatalogue.Ceilings.Values.Max(); // expect: AIR0001

    public static Money BigFundInDollars() => TenderCatalogue.BigFundTranches.Sum(Currency.USD); // expect: AIR0001
    public static Money FundTranchesInEuros() => TenderCatalogue.FundTranches.Sum(t => t.Amount, Currency.EUR); // expect: AIR0001
    public static bool AnyVoucherAboveChips() => TenderCatalogue.Vouchers.Any(v => v.Face > TenderCatalogue.ChipsGrant); // expect: AIR0001
    public static bool TokyoAboveEurope() => TenderCatalogue.TokyoPool.Value > TenderCatalogue.GigafactoryEnvelope; // expect: AIR0001
    public static Money CoFundingGap(decimal domesticMillions, decimal partnerMillions)
    {
        var (home, partner) = TenderCatalogue.CoFunding(domesticMillions, partnerMillions);
        var partnerInYuan = TenderRates.ToCny(partner); // clean: converted at a stated date
        if (home < partnerInYuan)
        {
            return partnerInYuan - home; // clean: yuan minus yuan
        }

        return home - partner; // expect: AIR0001
    }
    public static bool FirstCityCapAboveStargate() => TenderCatalogue.CityCaps[0].Cap > TenderCatalogue.StargateFirstTranche; // expect: AIR0001
    public static bool ConvertedFundAboveEurope() => TenderRates.ToUsd(TenderCatalogue.BigFundThree) > TenderCatalogue.GigafactoryEnvelope; // expect: AIR0001
    public static bool BigFundExceedsStargate() => TenderChecks.Exceeds(TenderCatalogue.BigFundThree, TenderCatalogue.StargateFirstTranche); // expect: AIR0001
    public static Money StargateHeadroom() => TenderChecks.Headroom(TenderCatalogue.StargateFirstTranche, TenderCatalogue.ShenzhenVoucherPool); // expect: AIR0001
    public static bool EuropeOutbidsJapan() => TenderCatalogue.GigafactoryEnvelope.Outbids(TenderCatalogue.RapidusAid); // expect: AIR0001
    public static bool EuropeSafelyAboveJapan() => TenderCatalogue.GigafactoryEnvelope.SafelyAbove(TenderCatalogue.RapidusAid); // clean: the helper checks the currencies
    public static Money LargerOfFundAndEurope() => TenderChecks.Larger(TenderCatalogue.BigFundThree, TenderCatalogue.GigafactoryEnvelope); // expect: AIR0001
    public static Money EuropeAndJapanTotal() => TenderChecks.SumAll(Money.Zero(Currency.EUR), [TenderCatalogue.GigafactoryEnvelope, TenderCatalogue.RapidusAid]); // expect: AIR0001
    public static Money EuropeTotal() => TenderChecks.SumAll(Money.Zero(Currency.EUR), [TenderCatalogue.GigafactoryEnvelope, TenderCatalogue.OverTrillion]); // clean: euros only
    public static bool ChipsAboveVoucherCap() => TenderChecks.AboveCap(TenderCatalogue.ChipsGrant, TenderCatalogue.ShenzhenVoucherPool); // expect: AIR0001
    public static bool ReserveWithMarginAboveChips() => TenderChecks.WithReserve(TenderCatalogue.BigFundThree) > TenderCatalogue.ChipsGrant; // expect: AIR0001
    public static Money? FundGap() => TenderChecks.Gap(TenderCatalogue.BigFundThree, TenderCatalogue.ChipsGrant); // clean: the helper reads both currencies

    public static bool EuropeAboveIfChecked()
    {
        var europe = TenderCatalogue.GigafactoryEnvelope;
        var chips = TenderCatalogue.ChipsGrant;
        if (europe.Currency != chips.Currency)
        {
            return europe > TenderRates.ToEur(chips); // clean: converted first
        }

        return europe > chips; // clean: after a guard that returns on a mismatch
    }

    public static int CompareFundAndStargate() => TenderCatalogue.BigFundThree.CompareTo(TenderCatalogue.StargateFirstTranche); // expect: AIR0001
    public static int CompareByDefault() => Comparer<Money>.Default.Compare(TenderCatalogue.KChipsCredit, TenderCatalogue.RapidusAid); // expect: AIR0001
    public static bool EqualByDefault() => EqualityComparer<Money>.Default.Equals(TenderCatalogue.HomeCap, TenderCatalogue.GigafactoryEnvelope); // expect: AIR0001
    public static bool FirstPartAboveChips() => TenderCatalogue.BigFundThree.Allocate(4)[0] > TenderCatalogue.ChipsGrant; // expect: AIR0001
    public static bool ParsedNoticeAboveChips() => Money.Parse("CNY 5000000000") > TenderCatalogue.ChipsGrant; // expect: AIR0001
    public static bool EuropeanCeilingAboveYuan(int year) => TenderCatalogue.TryEuropeanCeiling(year, out var cap) && cap > TenderCatalogue.BigFundThree; // expect: AIR0001
    public static bool EuroCeilingAboveStargate(bool extended) => TenderCatalogue.EuroCeiling(extended) > TenderCatalogue.StargateFirstTranche; // expect: AIR0001
}

/// <summary>The desk's working methods: lists per path, dictionaries per key, loops, locals.</summary>
public static class TenderDesk
{
    public static Money LargestCap(bool domestic, decimal millions)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            caps.Add(Money.Millions(millions, Currency.CNY)); // clean
            caps.Add(TenderCatalogue.ShenzhenVoucherPool); // clean
        }
        else
        {
            caps.Add(Money.Millions(millions, Currency.USD)); // clean
            caps.Add(TenderCatalogue.ChipsGrant); // clean
        }

        return caps.Max(); // clean: one currency or the other per path
    }

    public static Money LargestCapGuarded(bool domestic, decimal millions)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            caps.Add(Money.Millions(millions, Currency.CNY)); // clean
            return caps.Max(); // clean: a guard clause keeps the yuan path apart
        }

        caps.Add(Money.Millions(millions, Currency.EUR)); // clean
        caps.Add(TenderCatalogue.GigafactoryEnvelope); // clean
        return caps.Max(); // clean: euros only on this path
    }

    public static Money[] SortedMixed()
    {
        Money[] all = [TenderCatalogue.BigFundThree, TenderCatalogue.GigafactoryEnvelope, TenderCatalogue.ShenzhenVoucherPool];
        Array.Sort(all); // expect: AIR0001
        return all;
    }

    public static Money TotalInYuan(IEnumerable<Money> payments)
    {
        var total = Money.Zero(Currency.CNY);
        foreach (var p in payments)
        {
            total = p.Currency == total.Currency ? total + p : total + TenderRates.ToCny(p); // clean: tested before adding
        }

        return total;
    }

    public static Money WrongRunningTotal()
    {
        var total = Money.Zero(Currency.CNY);
        total += TenderCatalogue.BigFundThree; // clean: yuan
        total += TenderCatalogue.ChipsGrant; // expect: AIR0001
        return total;
    }

    public static Money PerKeyPots(decimal wuhanMillions, decimal austinMillions)
    {
        var pots = new Dictionary<string, Money>
        {
            ["wuhan"] = Money.Millions(wuhanMillions, Currency.CNY),
            ["austin"] = Money.Millions(austinMillions, Currency.USD),
        };
        var wuhan = pots["wuhan"] + TenderCatalogue.ShenzhenVoucherPool; // clean: the yuan key plus yuan
        var austin = pots["austin"] + TenderCatalogue.ChipsGrant; // clean: the dollar key plus dollars
        if (pots.TryGetValue("austin", out var texas) && texas > pots["wuhan"]) // expect: AIR0001
        {
            return texas;
        }

        return TenderRates.ToUsd(wuhan) + austin; // clean: converted
    }

    public static Money LargestPot(decimal wuhanMillions, decimal austinMillions)
    {
        var pots = new Dictionary<string, Money>();
        pots["wuhan"] = Money.Millions(wuhanMillions, Currency.CNY);
        pots["austin"] = Money.Millions(austinMillions, Currency.USD);
        return pots.Values.Max(); // expect: AIR0001
    }

    public static Money CapturedNational(Money rival)
    {
        var national = TenderCatalogue.BigFundThree;
        bool Outsizes(Money other) => national > other; // clean: inside, the parameter is unknown
        if (Outsizes(TenderCatalogue.StargateFirstTranche)) // expect: AIR0001
        {
            return national;
        }

        return Outsizes(TenderCatalogue.ShenzhenVoucherPool) ? national : rival; // clean: yuan given to a yuan comparison
    }

    public static bool SwitchedEnvelopeConverted(TenderBloc bloc)
    {
        var envelope = bloc switch
        {
            TenderBloc.China => TenderCatalogue.BigFundThree,
            TenderBloc.UnitedStates => TenderCatalogue.StargateFirstTranche,
            _ => TenderCatalogue.GigafactoryEnvelope,
        };
        return TenderRates.ToUsd(envelope) > TenderCatalogue.ChipsGrant; // clean: arms differ, but the comparison is after conversion to dollars
    }

    public static bool AnnotatedRow(VoucherLedgerRow row, decimal redeemedMillions)
    {
        row.Redeemed = Money.Millions(redeemedMillions, Currency.CNY); // clean: yuan into a yuan column
        row.Redeemed = Money.Millions(redeemedMillions, Currency.USD); // expect: AIR0001
        return row.Redeemed > TenderCatalogue.StargateFirstTranche; // expect: AIR0001
    }

    public static bool RevisedVoucherAboveAward()
    {
        var voucher = TenderCatalogue.Vouchers[0];
        var revised = voucher with { Face = voucher.Face * 1.05m }; // clean: a yuan face scaled stays yuan
        var award = TenderCatalogue.UsAwards[0];
        return revised.Face > award.Award; // expect: AIR0001
    }

    public static int VouchersAboveAwards()
    {
        var count = 0;
        foreach (var v in TenderCatalogue.Vouchers)
        {
            foreach (var a in TenderCatalogue.UsAwards)
            {
                if (v.Face >= a.Award) // expect: AIR0001
                {
                    count++;
                }
            }
        }

        return count;
    }
}

/// <summary>A quote the desk receives in yuan and normalises to dollars before the committee sees it.</summary>
public sealed class TenderQuoteDesk
{
    private Money _quote = Money.Millions(80m, Currency.CNY);
    public void Normalise() => _quote = TenderRates.ToUsd(_quote); // clean: converted at a dated rate
    public bool QuoteAboveChips() => _quote > TenderCatalogue.ChipsGrant; // clean: yuan or dollars by run time, so unknown
}

/// <summary>Second-round checks: programmes, pots, envelopes, spans, queues and groups.</summary>
public static class TenderRoundTwo
{
    public static bool BigFundAboveStargate() => new BigFundProgramme().Envelope > new StargateProgramme().Envelope; // expect: AIR0001
    public static bool ProgrammeAboveChips(TenderProgramme programme) => programme.Envelope > TenderCatalogue.ChipsGrant; // clean: read through the base type
    public static bool YuanPotAboveChips() => new BidderPot("Huawei Ascend", TenderCatalogue.BigFundThree).Held > TenderCatalogue.ChipsGrant; // expect: AIR0001
    public static bool DollarPotAboveStargate() => new BidderPot("CoreWeave", TenderCatalogue.ChipsGrant).Held > TenderCatalogue.StargateFirstTranche; // clean: this pot holds dollars

    public static bool EuropeanReserveAboveFund()
    {
        var envelope = new EuropeanEnvelope();
        envelope.TopUp(250m);
        return envelope.Reserve > TenderCatalogue.BigFundThree; // expect: AIR0001
    }

    public static bool FundDwarfsChips() => TenderCatalogue.BigFundThree.Dwarfs(TenderCatalogue.ChipsGrant); // expect: AIR0001
    public static bool HalfFundAboveChips() => TenderCatalogue.BigFundThree.Halved() > TenderCatalogue.ChipsGrant; // expect: AIR0001

    public static IEnumerable<Money> LargestPerRound(IEnumerable<bool> rounds, decimal millions)
    {
        foreach (var domestic in rounds)
        {
            var caps = new List<Money>();
            if (domestic)
            {
                caps.Add(Money.Millions(millions, Currency.CNY)); // clean
            }
            else
            {
                caps.Add(Money.Millions(millions, Currency.USD)); // clean
            }

            yield return caps.Max(); // clean: a list made anew each time round
        }
    }

    public static Money FilledByLocalFunction(bool domestic, decimal millions)
    {
        var caps = new List<Money>();
        void Fill(bool home)
        {
            if (home)
            {
                caps.Add(Money.Millions(millions, Currency.CNY)); // clean
                return;
            }

            caps.Add(Money.Millions(millions, Currency.EUR)); // clean
        }

        Fill(domestic);
        return caps.Max(); // clean: one call chooses one currency
    }

    public static Money FilledByDelegates(bool domestic, decimal millions)
    {
        var caps = new List<Money>();
        Action<decimal> addHome = f => caps.Add(Money.Millions(f, Currency.CNY));
        Action<decimal> addPartner = f => caps.Add(Money.Millions(f, Currency.USD));
        if (domestic)
        {
            addHome(millions);
        }
        else
        {
            addPartner(millions);
        }

        return caps.Max(); // clean: one delegate or the other runs
    }

    public static IReadOnlyDictionary<Currency, Money> TotalsByCurrency()
    {
        Money[] mixed = [TenderCatalogue.BigFundThree, TenderCatalogue.ChipsGrant, TenderCatalogue.GigafactoryEnvelope];
        var totals = new Dictionary<Currency, Money>();
        foreach (var m in mixed)
        {
            totals[m.Currency] = totals.TryGetValue(m.Currency, out var sofar) ? sofar + m : m; // clean: the key is the element's own currency
        }

        return totals;
    }

    public static Money QueuedYuanInDollars()
    {
        var queue = new Queue<Money>();
        queue.Enqueue(TenderCatalogue.ShenzhenVoucherPool);
        queue.Enqueue(TenderCatalogue.BigFundThree);
        queue.Dequeue();
        return queue.Sum(Currency.USD); // expect: AIR0001
    }

    public static bool DollarsLeftAboveEurope()
    {
        var west = new List<Money> { TenderCatalogue.ChipsGrant, TenderCatalogue.RapidusAid, TenderCatalogue.StargateFirstTranche };
        west.RemoveAll(m => m.Currency != Currency.USD);
        var total = west.Sum(Currency.USD); // clean: only dollars are left
        return west.Max() > TenderCatalogue.GigafactoryEnvelope && total.Amount > 0m; // expect: AIR0001
    }

    public static string[] NamesBySize()
    {
        Money[] caps = [TenderCatalogue.BigFundThree, TenderCatalogue.ChipsGrant];
        string[] names = ["Big Fund III", "CHIPS"];
        Array.Sort(caps, names); // expect: AIR0001
        return names;
    }

    public static Money[] CapsByRank()
    {
        Money[] caps = [TenderCatalogue.BigFundThree, TenderCatalogue.ChipsGrant];
        int[] rank = [2, 1];
        Array.Sort(rank, caps); // clean: the money is only moved along with the ranks
        return caps;
    }

    public static bool FirstTrancheAboveChips()
    {
        ReadOnlySpan<Money> tranches = TenderCatalogue.BigFundTranches;
        return tranches[0] > TenderCatalogue.ChipsGrant; // expect: AIR0001
    }

    public static Money ImmutableYuanInDollars() => ImmutableArray.Create(TenderCatalogue.BigFundThree, TenderCatalogue.ShenzhenVoucherPool).Sum(Currency.USD); // expect: AIR0001
    public static IEnumerable<Money> BatchesInEuros() => TenderCatalogue.BigFundTranches.Chunk(2).Select(batch => batch.Sum(Currency.EUR)); // expect: AIR0001
    public static IEnumerable<Money> SplitByYuanTest()
    {
        Money[] mixed = [TenderCatalogue.BigFundThree, TenderCatalogue.ChipsGrant, TenderCatalogue.ShenzhenVoucherPool];
        return mixed.GroupBy(m => m.Currency == Currency.CNY).Select(g => g.Key ? g.Sum(Currency.CNY) : g.Sum(Currency.USD)); // clean: the test splits yuan from dollars
    }

    public static IEnumerable<Money> SplitByYuanTestSwapped()
    {
        Money[] mixed = [TenderCatalogue.BigFundThree, TenderCatalogue.ChipsGrant, TenderCatalogue.ShenzhenVoucherPool];
        return mixed.GroupBy(m => m.Currency == Currency.CNY).Select(g => g.Key
            ? g.Sum(Currency.USD) // expect: AIR0001
            : g.Sum(Currency.CNY)); // expect: AIR0001
    }

    public static IEnumerable<Money> LargeDollarBuckets()
    {
        Money[] mixed = [TenderCatalogue.StargateFirstTranche, TenderCatalogue.ChipsGrant, TenderCatalogue.BigFundThree];
        return mixed.GroupBy(m => (m.Currency, Large: m.Amount > 1_000_000_000m))
            .Select(g => g.Key.Currency == Currency.USD ? g.Sum(Currency.USD) : TenderRates.ToUsd(g.Sum(g.Key.Currency))); // clean: the key's currency is tested
    }

    public static Money YuanByHelper() => TenderCatalogue.Register.Select(l => l.Amount).Where(m => TenderChecks.IsYuan(m)).Sum(Currency.CNY); // clean: a filter through a helper of the code
    public static Money ChineseLinesInYuan() => TenderCatalogue.Register.Where(l => l.Bloc == TenderBloc.China).Sum(l => l.Amount, Currency.CNY); // clean: every Chinese line is yuan
    private static Task<Money> ShenzhenBalance() => Task.FromResult(Money.Millions(70m, Currency.CNY));
    public static async Task<bool> ShenzhenBalanceAboveChipsAsync() => await ShenzhenBalance() > TenderCatalogue.ChipsGrant; // expect: AIR0001
    public static async Task<Money> ShenzhenBalanceWithPoolAsync() => await ShenzhenBalance() + TenderCatalogue.ShenzhenVoucherPool; // clean
}

/// <summary>An envelope card on the desk's wall.</summary>
public sealed class TenderCard
{
    public Money Cap { get; init; }

    public static TenderCard Tokyo() => new() { Cap = Money.Millions(45_000m, Currency.JPY) };
}

/// <summary>Third-round checks: values rewritten in place, deconstructed, patterned or defaulted.</summary>
public static class TenderRoundThree
{
    public const string EuropeanNotice = "EUR 4000000000";
    private static readonly Lazy<Money> RapidusSecondRound = new(LoadRapidus);
    private static Money LoadRapidus() => Money.Millions(802_500m, Currency.JPY);

    private static bool TryToUsd(Money m, out Money usd)
    {
        usd = TenderRates.ToUsd(m);
        return true;
    }

    public static Money DollarBidsOnly() => TenderCatalogue.Bids.Where(b => b.Bid.Currency == Currency.USD).Sum(b => b.Bid, Currency.USD); // clean: only dollar bids reach the dollar sum

    public static Money EuroBidsInDollars() => TenderCatalogue.Bids.Where(b => b.Due.Year == 2026).Sum(b => b.Bid, Currency.USD); // expect: AIR0001

    private static Money Total(Money seed, params Money[] items)
    {
        foreach (var x in items)
        {
            seed += x;
        }

        return seed;
    }

    public static bool SwappedByDeconstruction()
    {
        var home = TenderCatalogue.BigFundThree;
        var partner = TenderCatalogue.ChipsGrant;
        (home, partner) = (TenderRates.ToUsd(home), partner); // clean: both now dollars
        return home > partner; // clean: the deconstruction rewrote the yuan local
    }

    public static bool ConvertedThroughOut()
    {
        var quote = TenderCatalogue.BigFundThree;
        TryToUsd(quote, out quote); // clean: the out argument rewrites the local with dollars
        return quote > TenderCatalogue.ChipsGrant; // clean
    }

    public static bool ConvertedInLambda()
    {
        var quote = TenderCatalogue.BigFundThree;
        Action convert = () => quote = TenderRates.ToUsd(quote);
        convert();
        return quote > TenderCatalogue.ChipsGrant; // clean: written in a lambda, so unknown
    }

    public static bool ConvertedWith()
    {
        var line = new TenderLine("cn-009", TenderBloc.China, TenderCatalogue.ShenzhenVoucherPool, 2026);
        var inDollars = line with { Amount = TenderRates.ToUsd(line.Amount) };
        return inDollars.Amount > TenderCatalogue.ChipsGrant; // clean: the copy holds dollars
    }

    public static bool LargestTrancheAboveChips()
    {
        Money? best = null;
        foreach (var m in TenderCatalogue.BigFundTranches)
        {
            if (best is null || m > best.Value) // clean: yuan against yuan
            {
                best = m;
            }
        }

        return best.HasValue && best.Value > TenderCatalogue.ChipsGrant; // expect: AIR0001
    }

    public static int TranchesAboveChips()
    {
        var count = 0;
        foreach (var (fund, amount, year) in TenderCatalogue.FundTranches)
        {
            if (amount > TenderCatalogue.ChipsGrant && year >= 2025 && fund.Length > 0) // expect: AIR0001
            {
                count++;
            }
        }

        return count;
    }

    public static bool FirstTrancheByPattern() => TenderCatalogue.BigFundTranches is [var first, ..] && first > TenderCatalogue.ChipsGrant; // expect: AIR0001
    public static bool KoreaDefaultAboveJapan() => TenderCatalogue.Ceilings.GetValueOrDefault(TenderBloc.Korea, Money.Zero(Currency.KRW)) > TenderCatalogue.RapidusAid; // expect: AIR0001
    public static bool RapidusAboveEurope() => RapidusSecondRound.Value > TenderCatalogue.GigafactoryEnvelope; // expect: AIR0001
    public static bool NoticeAboveStargate() => Money.Parse(EuropeanNotice) > TenderCatalogue.StargateFirstTranche; // expect: AIR0001

    public static IReadOnlyDictionary<string, Money> FundsInDollars() =>
        TenderCatalogue.FundTranches.AggregateBy(t => t.Fund, Money.Zero(Currency.USD), (total, t) => total + t.Amount).ToDictionary(); // expect: AIR0001

    public static IEnumerable<decimal> TranchesMinusAwards()
    {
        foreach (var (tranche, award) in TenderCatalogue.FundTranches.Zip(TenderCatalogue.UsAwards))
        {
            yield return (tranche.Amount - award.Award).Amount; // expect: AIR0001
        }
    }

    public static Money EuropeAndChinaTotal() => Total(Money.Zero(Currency.EUR), TenderCatalogue.GigafactoryEnvelope, TenderCatalogue.BigFundThree); // expect: AIR0001
    public static bool EuroCeilingIfDollars(bool extended)
    {
        var cap = TenderCatalogue.EuroCeiling(extended);
        if (cap is not { Currency.Code: "USD" })
        {
            return false;
        }

        return cap > TenderCatalogue.ChipsGrant; // clean: only dollars get past the guard
    }

    public static Money BidsInDollarsOnly()
    {
        var total = Money.Zero(Currency.USD);
        foreach (var bid in TenderCatalogue.Bids)
        {
            if (bid.Bid.Currency != Currency.USD)
            {
                continue;
            }

            total += bid.Bid; // clean: only dollar bids reach the step
        }

        return total;
    }

    public static (Money Euros, Money Dollars) SplitBids()
    {
        var euros = Money.Zero(Currency.EUR);
        var dollars = Money.Zero(Currency.USD);
        foreach (var bid in TenderCatalogue.Bids)
        {
            switch (bid.Bid.Currency.Code)
            {
                case "EUR": euros += bid.Bid; break; // clean
                case "USD": dollars += bid.Bid; break; // clean: a case on the currency
            }
        }

        return (euros, dollars);
    }

    public static Money BidsConvertedInSelector() => TenderCatalogue.Bids.Sum(b => b.Bid.Currency == Currency.USD ? b.Bid : TenderRates.ToUsd(b.Bid), Currency.USD); // clean: a euro bid is converted before the dollar sum

    public static Money ParsedOrDefault(string text)
    {
        var caps = new List<Money>();
        try
        {
            caps.Add(Money.Parse(text)); // clean: unknown currency on a path of its own
        }
        catch (FormatException)
        {
            caps.Add(TenderCatalogue.ShenzhenVoucherPool); // clean
        }

        return caps.Max(); // clean: the parsed figure or the default, never both
    }

    public static Money LargestPerSection(TenderBloc bloc)
    {
        var caps = new List<Money>();
        switch (bloc)
        {
            case TenderBloc.China:
                caps.Add(TenderCatalogue.BigFundThree); // clean
                caps.Add(TenderCatalogue.ShenzhenVoucherPool); // clean
                break;
            case TenderBloc.UnitedStates:
                caps.Add(TenderCatalogue.ChipsGrant); // clean
                break;
            default:
                return Money.Zero(Currency.EUR);
        }

        return caps.Max(); // clean: one section's currency
    }

    public static Money LargestOfChosen(bool domestic) => (domestic ? TenderCatalogue.BigFundTranches : TenderCatalogue.UsAwards.Select(a => a.Award).ToArray()).Max(); // clean: one collection or the other
    public static void SortByCurrencyFirst(List<Money> all) => all.Sort(Comparer<Money>.Create((a, b) => a.Currency == b.Currency ? a.CompareTo(b) : string.CompareOrdinal(a.Currency.Code, b.Currency.Code))); // clean

    public static bool BothSidesFunded(decimal domesticMillions, decimal partnerMillions)
    {
        var (home, partner) = TenderCatalogue.CoFunding(domesticMillions, partnerMillions);
        return home > TenderCatalogue.ShenzhenVoucherPool && partner > TenderCatalogue.ChipsGrant; // clean: each side against its own currency
    }

    public static Money ConvertedPots(TenderBloc bloc)
    {
        var pots = new Dictionary<string, Money> { ["wuhan"] = TenderCatalogue.ShenzhenVoucherPool, ["austin"] = TenderCatalogue.ChipsGrant };
        var key = bloc == TenderBloc.China ? "wuhan" : "austin";
        pots[key] = TenderRates.ToUsd(pots[key]); // clean: a key that is not constant counts for every key
        return pots["wuhan"] + TenderCatalogue.ChipsGrant; // clean: the Wuhan pot may now be dollars, so unknown
    }

    public static bool TokyoAboveParis()
    {
        var desks = new SortedDictionary<string, Money> { ["tokyo"] = TenderCatalogue.RapidusAid, ["paris"] = TenderCatalogue.GigafactoryEnvelope };
        return desks["tokyo"] > desks["paris"]; // expect: AIR0001
    }

    public static bool FoundTrancheAboveChips() => Array.Find(TenderCatalogue.BigFundTranches, m => m.Amount > 0m) > TenderCatalogue.ChipsGrant; // expect: AIR0001

    public static IEnumerable<Money> YearTotalsInDollars() =>
        from t in TenderCatalogue.FundTranches
        group t.Amount by t.Year into g
        select g.Sum(Currency.USD); // expect: AIR0001

    public static IEnumerable<Money> EveryPairGap() =>
        from f in TenderCatalogue.FundTranches
        from u in TenderCatalogue.UsAwards
        select f.Amount - u.Award; // expect: AIR0001

    public static Money TranchesOf2025InDollars() => TenderCatalogue.FundTranches.ToLookup(t => t.Year)[2025].Sum(t => t.Amount, Currency.USD); // expect: AIR0001
    public static bool TokyoCardAboveEurope() => TenderCard.Tokyo().Cap > TenderCatalogue.GigafactoryEnvelope; // expect: AIR0001

    public static Money QuarterlyInDollars()
    {
        Money[][] quarterly = [[TenderCatalogue.ShenzhenVoucherPool, TenderCatalogue.BigFundThree], [TenderCatalogue.ChipsGrant]];
        return quarterly[0].Sum(Currency.USD); // expect: AIR0001
    }
}
