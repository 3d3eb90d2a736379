using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Compute.Dashboard;

/// <summary>The pages of the compute dashboard.</summary>
public sealed class ComputeReports
{
    private static readonly RateSeries Rbi = new("RBI-REF", "Reserve Bank of India reference rate", "RBI", RatePeriod.Day);

    private static readonly Dictionary<Currency, decimal> ToUsd = new()
    {
        [Currency.USD] = 1m,
        [Currency.CNY] = 0.139m,
        [Currency.GBP] = 1.27m,
        [Currency.EUR] = 1.08m,
        [Currency.INR] = 0.0117m,
    };

    private readonly ComputeVoucherBook _book = new();
    private readonly ComputeBudgetBoard _board = new();
    private readonly ComputeLedger _ledger = new();
    private readonly List<string> _audit = [];

    public List<string> Headlines(ComputeRegion region)
    {
        var lines = new List<string>();
        lines.Add($"Stargate {ComputeCatalogue.StargatePhaseOne} against Shanghai {ComputeCatalogue.ShanghaiPool}"); // clean: text
        if (ComputeCatalogue.Budgets[ComputeRegion.Shanghai] > ComputeCatalogue.Budgets[ComputeRegion.Stargate]) lines.Add("Shanghai ahead"); // expect: AIR0001
        var euLeft = ComputeCatalogue.Budgets[ComputeRegion.Eu] - ComputeCatalogue.InvestAi; // clean: the Eu key holds euros
        var regionLarge = ComputeCatalogue.Budgets[region] > Money.Zero(ComputeCodes.Of(region)); // clean: the key and the currency are not constant
        var sameProgramme = ComputeCatalogue.DoeFasst.Equals(ComputeCatalogue.StargatePhaseOne); // clean: both dollars
        var shanghaiAboveStargate = _book["shanghai"] > ComputeCatalogue.StargatePhaseOne; // expect: AIR0001
        var twoCities = _book["shanghai"] + _book["shenzhen"]; // clean: every city is in yuan
        var everyCity = _book.Cities.Select(c => _book[c]).Max(); // clean: yuan only
        var stargateAboveDoe = _board[ComputeRegion.Stargate] > ComputeCatalogue.DoeFasst; // clean: the indexer reads every region's budget
        var airrOnTrack = _board["airr"] >= ComputeCatalogue.Airr; // clean: the indexer's key is not constant inside it
        var secondPhaseBigger = ComputeCatalogue.AirrSecondPhase.Value > ComputeCatalogue.InvestAi; // expect: AIR0001
        var largestGulf = ComputeCatalogue.GulfFunds.Max(); // expect: AIR0001
        var humainShown = ComputeCatalogue.GulfFunds.Where(m => m.Currency == ComputeCodes.Saudi).Max(); // clean: filtered by currency
        return lines;
    }

    public IReadOnlyList<ComputeSite> Rankings()
    {
        var bySize = ComputeCatalogue.Sites.OrderBy(s => s.Capex).ToList(); // expect: AIR0001
        var usLargest = ComputeCatalogue.Sites.Where(s => s.Capex.Currency == Currency.USD).Max(s => s.Capex); // clean: filtered by currency
        var perCurrency = ComputeCatalogue.Sites.GroupBy(s => s.Capex.Currency).Select(g => g.MaxBy(s => s.Capex)).ToList(); // clean: one currency per group
        var byBudget = ComputeCatalogue.Programmes.OrderByDescending(p => p.Budget).ToList(); // expect: AIR0001
        var grouped = ComputeCatalogue.Programmes.OrderBy(p => p.Budget.Currency).ThenBy(p => p.Budget).ToList(); // clean: ordered by currency first
        var busiest = ComputeCatalogue.Programmes.MaxBy(p => p.GpuUtilisation); // clean: shares, not money
        var largestStargate = ComputeCatalogue.Sites.Where(s => s.Region == ComputeRegion.Stargate).MaxBy(s => s.Capex); // clean: every Stargate site is in dollars; a member after a filter is unknown
        var stargateByCapex = (from s in ComputeCatalogue.Sites where s.Region == ComputeRegion.Stargate orderby s.Capex descending select s.Name).ToList(); // clean: as above, in query syntax
        var firstSite = ComputeCatalogue.Sites[0].Capex > ComputeCatalogue.DoeFasst; // clean: one element's member, sites mix currencies
        var bigCities = (from v in ComputeCatalogue.Vouchers where v.Cap > ComputeCatalogue.Airr select v.City).ToList(); // expect: AIR0001
        var cityMax = (from v in ComputeCatalogue.Vouchers select v.Cap).Max(); // clean: yuan only
        return bySize;
    }

    public Money Quarters()
    {
        var rowZeroInDollars = ComputeCatalogue.Quarterly[0].Sum(Currency.USD); // expect: AIR0001
        var rowZeroLargest = ComputeCatalogue.Quarterly[0].Max(); // clean: row 0 is yuan
        var doeLargest = ComputeCatalogue.Quarterly[1].Max(); // clean: row 1 is replaced only with dollars
        var doeInYuan = ComputeCatalogue.Quarterly[1].Sum(Currency.CNY); // expect: AIR0001
        var shanghaiHalf = ComputeCatalogue.Quarterly[0][0] + ComputeCatalogue.Quarterly[0][2]; // clean: both yuan
        foreach (var row in ComputeCatalogue.Quarterly)
        {
            _audit.Add($"{row.Max()}"); // clean: one row at a time, each in one currency
        }

        var everything = ComputeCatalogue.Quarterly.SelectMany(row => row).Max(); // clean: row 1 is replaced, so the rows may lose elements and are not known to mix at once
        var everythingInEuros = ComputeCatalogue.Quarterly.SelectMany(row => row).Sum(Currency.EUR); // expect: AIR0001

        Money[][] gulf =
        [
            [ComputeCatalogue.Humain, Money.Billions(5m, ComputeCodes.Saudi)],
            [ComputeCatalogue.Mgx],
        ];
        gulf[1] = [ComputeCatalogue.Mgx, Money.Billions(25m, ComputeCodes.Emirati)];
        var emiratiLargest = gulf[1].Max(); // clean: the replaced row is dirham only
        var saudiInDirham = gulf[0].Sum(ComputeCodes.Emirati); // expect: AIR0001
        return rowZeroLargest;
    }

    public async Task<bool> CrossChecks(CancellationToken ct)
    {
        var (domestic, partner) = ComputeQueries.CoFunding(500_000_000m, 250_000_000m);
        var combined = domestic + partner; // expect: AIR0001
        var domesticOnly = domestic * 2m + ComputeCatalogue.HangzhouPool; // clean: both yuan
        if (ComputeQueries.TryCap("hangzhou", out var cap) && cap > ComputeCatalogue.InvestAi) _audit.Add("Hangzhou ahead"); // expect: AIR0001
        if (_book.TryCap("shanghai", out var yuanCap) && yuanCap > ComputeCatalogue.DoeFasst) _audit.Add("Shanghai ahead"); // expect: AIR0001
        var airr = await ComputeQueries.FetchAirrAsync(ct);
        var airrVsFrance = airr > ComputeCatalogue.FranceSummit; // expect: AIR0001
        var airrGrowth = airr - ComputeCatalogue.Airr; // clean: both pounds
        var cityCap = ComputeQueries.CityCap("shenzhen") - ComputeCatalogue.ShenzhenPool; // clean: every arm is yuan
        return airrVsFrance;
    }

    public bool Helpers()
    {
        var spent = ComputeCatalogue.ShanghaiPool;
        var limit = ComputeCatalogue.DoeFasst;
        var over = ComputeMath.Exceeds(in spent, in limit); // expect: AIR0001
        var checkedOver = ComputeMath.OutspendsChecked(spent, limit); // clean: the helper reads both currencies
        var gulf = ComputeMath.Larger(ComputeCatalogue.Humain, ComputeCatalogue.Mgx); // expect: AIR0001
        var biggerCity = ComputeMath.Larger(ComputeCatalogue.ShanghaiPool, ComputeCatalogue.HangzhouPool); // clean: both yuan
        var dwarfs = ComputeCatalogue.StargatePhaseOne.Dwarfs(ComputeCatalogue.Airr); // expect: AIR0001
        var gap = ComputeMath.Gap(ComputeCatalogue.IndiaAiGpu, ComputeCatalogue.Humain); // expect: AIR0001 (rupees minus riyal; clean by the page's old letter, which followed a delegate field only from its own file, until stop 54)
        var europe = ComputeMath.Total(Money.Zero(Currency.EUR), ComputeCatalogue.FranceSummit, ComputeCatalogue.Airr); // expect: AIR0001
        var china = ComputeMath.Total(Money.Zero(Currency.CNY), ComputeCatalogue.ShanghaiPool, ComputeCatalogue.ShenzhenPool); // clean: all yuan
        var national = ComputeCatalogue.IndiaAiGpu;
        bool Outsizes(Money other) => national > other; // clean: other is unknown inside
        var indiaVsHumain = Outsizes(ComputeCatalogue.Humain); // expect: AIR0001
        var indiaVsHalf = Outsizes(ComputeCatalogue.IndiaAiGpu * 0.5m); // clean: rupees
        foreach (var v in ComputeCatalogue.Vouchers)
        {
            var raised = ComputeQueries.Raised(v, 1.1m);
            if (raised.Cap > ComputeCatalogue.StargatePhaseOne) // expect: AIR0001
            {
                return true;
            }

            var refunded = v.Cap * v.Refund + raised.Cap; // clean: a share of yuan is yuan
        }

        ReadOnlySpan<Money> cities = [ComputeCatalogue.ShanghaiPool, ComputeCatalogue.ShenzhenPool, ComputeCatalogue.HangzhouPool];
        var firstAboveDoe = cities[0] > ComputeCatalogue.DoeFasst; // expect: AIR0001
        var firstAboveLast = cities[0] > cities[^1]; // clean: all yuan
        var wrongMatch = ComputeCatalogue.Programmes[2] with { UkMatch = Money.Eur(40_000_000m) }; // expect: AIR0001
        var rightMatch = ComputeCatalogue.Programmes[2] with { UkMatch = ComputeCatalogue.Airr * 0.2m }; // clean: pounds
        return over || checkedOver;
    }

    public Money Conversions()
    {
        var airrInEuros = ComputeCatalogue.Airr.ConvertTo(Currency.EUR, ComputeMath.Stated, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result;
        var europeanCompute = airrInEuros + ComputeCatalogue.InvestAi; // clean: converted at a stated date
        var doubleCounted = airrInEuros - ComputeCatalogue.Airr; // expect: AIR0001
        var rupeeRate = new ExchangeRate(Currency.USD, Currency.INR, 85.6m, ComputeMath.Stated, Rbi);
        var doeInRupees = rupeeRate.Convert(ComputeCatalogue.DoeFasst).Result;
        var indiaAhead = ComputeCatalogue.IndiaAiGpu > doeInRupees; // clean: converted with a dated rate
        var indiaInDollars = rupeeRate.Inverse().Convert(ComputeCatalogue.IndiaAiGpu).Result;
        var indiaVsDoe = indiaInDollars < ComputeCatalogue.DoeFasst; // clean: converted back to dollars

        var live = ComputeCatalogue.Airr.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.UtcNow), ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(5)).Result; // expect: AIR0008
        var today = DateOnly.FromDateTime(DateTime.Today);
        var spot = ReferenceRates.FederalReserveH10.GetRate(Currency.USD, Currency.CNY, today, RateLookup.ExactDate); // expect: AIR0008
        var doeNow = ComputeMath.ToDollars(ComputeCatalogue.Airr,
            DateOnly.FromDateTime(DateTime.UtcNow), // expect: AIR0008
            RateLookup.ExactDate,
            DateTime.UtcNow, // clean: the request time only goes into the audit text
            _audit);
        _audit.Add($"refreshed {DateTime.UtcNow:O}"); // clean: a log time stamp
        var identity = ExchangeRate.Identity(Currency.GBP, ComputeMath.Stated); // clean: a stated date
        return europeanCompute;
    }

    public static Money FromSheet(ComputeSheetRow row, double gpuHours, double quotedPerHour, int gpuCount)
    {
        var budget = Money.Of(row.BudgetInr, Currency.INR); // clean: decimal
        var subsidy = Money.Of((decimal)row.SubsidyYuan, Currency.CNY); // expect: AIR0002
        var hourly = (decimal)quotedPerHour;
        var rental = Money.Of(hourly * gpuCount, Currency.INR); // expect: AIR0002
        var whole = Money.Of((decimal)Math.Round(gpuHours), Currency.INR); // clean: a whole number is exact
        var flat = Money.Usd(2.49m * gpuCount); // clean: decimal times int
        var legacy = Currency.FromCode(ComputeCodes.OldYuan); // expect: AIR0003
        var parsed = Money.Parse("RMB 5,000,000"); // expect: AIR0003
        var fromSheet = Currency.FromCode(row.Programme); // clean: not a constant
        return budget + whole; // clean: both rupees
    }

    public static Money Subsidy(decimal subsidyInr, Share rate) => Money.Of(subsidyInr, Currency.INR) * rate; // expect: AIR0010

    public static IReadOnlyList<decimal> Figures(ComputeProgramme p, ComputeVoucher v)
    {
        var headroom = ComputeCatalogue.StargatePhaseOne.Amount - ComputeCatalogue.DoeFasst.Amount; // expect: AIR0004
        var yuanPerDollar = ComputeCatalogue.ShanghaiPool.Amount / ComputeCatalogue.DoeFasst.Amount; // clean: a rate between known currencies
        var gulfRate = Math.Round(ComputeCatalogue.Humain.Amount / ComputeCatalogue.Mgx.Amount, 4); // clean: a rate between riyal and dirham
        var positive = ComputeCatalogue.Airr.Amount > 0m; // clean: one amount and a number

        var rise = ComputeShares.DomesticAcceleratorGoal.Percent - ComputeShares.DomesticAcceleratorNow.Percent; // expect: AIR0006
        PercentagePoints gap = ComputeShares.DomesticAcceleratorGoal - ComputeShares.DomesticAcceleratorNow; // clean: points
        var idle = 100m - p.GpuUtilisation.Percent; // clean: one share and a number
        var withBonus = p.GpuUtilisation.Percent + PercentagePoints.Of(5m).Value; // clean: percent plus points, one scale
        decimal spare = ComputeShares.IndiaSubsidyRate.Fraction;
        spare -= p.GpuUtilisation.Fraction; // expect: AIR0006

        decimal voucherTotal = ComputeCatalogue.Vouchers.Sum(x => x.Cap.Amount); // expect: AIR0007
        var inDollars = ComputeCatalogue.Sites.Sum(s => s.Capex.Amount * ToUsd[s.Capex.Currency]); // clean: converted by a rate per currency
        var largestCapex = ComputeCatalogue.Sites.Max(s => s.Capex.Amount); // clean: not a sum
        var bigSites = ComputeCatalogue.Sites.Aggregate(0, (n, s) => s.Capex.Amount > 1_000_000_000m ? n + 1 : n); // clean: a count
        var byRegion = ComputeCatalogue.Sites.GroupBy(s => s.Region, s => s.Capex.Amount).Select(g => g.Sum()).ToList(); // expect: AIR0007

        var crore = Math.Round(ComputeCatalogue.IndiaAiGpu.Amount / 10_000_000m, 1); // expect: AIR0009
        var refund = decimal.Round(v.Cap.Amount * v.Refund.Fraction); // expect: AIR0009
        var pct = Math.Round(ComputeCatalogue.ShenzhenPool / ComputeCatalogue.ShanghaiPool * 100m, 1); // clean: a percentage of two pools
        var shown = Math.Round(ComputeCatalogue.Airr.Amount, 0, MidpointRounding.AwayFromZero); // clean: mode stated
        return [headroom, yuanPerDollar, gulfRate, rise, gap.Value, idle, withBonus, spare, voucherTotal, inDollars, largestCapex, bigSites, crore, refund, pct, shown];
    }
}
