using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;
using TradeDesk.Desk;
using TradeDesk.Model;

namespace TradeDesk.Desk
{
    /// <summary>The ledger's rebuilt working lists.</summary>
    public sealed partial class TradeLedger
    {
        private readonly List<Money> _scratch = new();
        private Money _lastQuote = Money.Jpy(0m);

        /// <summary>The last quote against the METI fee.</summary>
        public bool LastQuoteAboveMeti() => _lastQuote > TradeCatalogue.MetiLicenceFee; // clean: written with yen here and with euros in the other part of the class, unknown

        /// <summary>The last quote, in yen or in euros.</summary>
        public Money LastQuoteWithFee() => _lastQuote.Currency == Currency.EUR ? _lastQuote + TradeCatalogue.AsmlLicenceFee : _lastQuote + TradeCatalogue.MetiLicenceFee; // clean: tested first

        /// <summary>Rebuilds the scratch list with two yen fees and sums it in euros, as the first draft did.</summary>
        public Money RebuildYenInEuros(decimal first, decimal second)
        {
            _scratch.Clear();
            _scratch.Add(Money.Jpy(first));
            _scratch.Add(Money.Jpy(second));
            return _scratch.Sum(Currency.EUR); // expect: AIR0001
        }

        /// <summary>Rebuilds the scratch list with yen and sums it in yen.</summary>
        public Money RebuildYen(decimal first)
        {
            _scratch.Clear();
            _scratch.Add(Money.Jpy(first));
            return _scratch.Sum(Currency.JPY); // clean: yen summed in yen
        }

        /// <summary>Rebuilds the scratch list with one bloc's fee or another's.</summary>
        public Money RebuildFor(bool dutch, decimal figure)
        {
            _scratch.Clear();
            if (dutch)
            {
                _scratch.Add(Money.Eur(figure));
            }
            else
            {
                _scratch.Add(Money.Jpy(figure));
            }

            return _scratch.Max(); // clean: one path's fee or the other's, never both
        }

        /// <summary>The US fees from the other half of the ledger, with the entity-list fee.</summary>
        public Money UsFeesWithEntityList() => _usFees.Sum(Currency.USD) + TradeCatalogue.EntityListFee; // clean: dollars and dollars

        /// <summary>The smallest US fee against the Korean grant.</summary>
        public bool SmallestUsFeeBelowSeoul() => _usFees.Min() < TradeCatalogue.SeoulGrant; // expect: AIR0001

        /// <summary>The running yen total with the METI fee.</summary>
        public Money RunningWithMeti() => _runningYen + TradeCatalogue.MetiLicenceFee; // clean: yen and yen

        /// <summary>The running yen total with the K-Chips credit.</summary>
        public Money RunningWithKChips() => _runningYen + TradeCatalogue.KChipsCredit; // expect: AIR0001
    }
}

namespace TradeDesk.Reports
{
    /// <summary>A fake feed for the desk's tests.</summary>
    public sealed class FakeFeed : IFineFeed
    {
        /// <inheritdoc />
        public Money Latest() => Money.Usd(1_000m); // expect: AIR0001

        /// <inheritdoc />
        public Money ByCompany(string company) => Money.Usd(company.Length); // clean: no currency stated for this member

        /// <inheritdoc />
        public Task<IReadOnlyList<Money>> OfYearAsync(int year) => Task.FromResult<IReadOnlyList<Money>>([Money.Cny(year), Money.Usd(year)]); // clean: no currency stated
    }

    /// <summary>A feed that reads yuan, as the interface says.</summary>
    public sealed class MofcomFeed : IFineFeed
    {
        /// <inheritdoc />
        public Money Latest() => TradeCatalogue.ReleaseFine; // clean: yuan, as annotated

        /// <inheritdoc />
        public Money ByCompany(string company) => TradeCatalogue.TryMofcomFine(company, out var fine) ? fine : TradeCatalogue.MofcomFineCeiling; // clean: yuan both ways

        /// <inheritdoc />
        public async Task<IReadOnlyList<Money>> OfYearAsync(int year)
        {
            await Task.Yield();
            return TradeCatalogue.MofcomCases.Where(c => c.Year == year).Select(c => c.Fine).ToList(); // clean: no comparison
        }
    }

    /// <summary>Penalties across jurisdictions.</summary>
    public sealed class PenaltyReport
    {
        private static readonly Penalty[] Cases =
        [
            new Penalty(TradeBloc.UnitedStates, "Seagate", Money.Usd(300_000_000m), new DateOnly(2023, 4, 19)),
            new Penalty(TradeBloc.China, "Skydio", Money.Cny(1_000_000m), new DateOnly(2023, 10, 11)),
            new Penalty(TradeBloc.EuropeanUnion, "Apple", Money.Eur(500_000_000m), new DateOnly(2025, 4, 23)),
            new Penalty(TradeBloc.China, "PVH", Money.Cny(2_000_000m), new DateOnly(2025, 2, 4)),
        ];

        private static readonly IComparer<Money> ByCurrencyThenAmount = Comparer<Money>.Create((a, b) => a.Currency != b.Currency ? a.Currency.CompareTo(b.Currency) : a.CompareTo(b)); // clean: orders by currency first

        private readonly IExchangeRateProvider _rates;

        /// <summary>Creates the report.</summary>
        public PenaltyReport(IExchangeRateProvider rates) => _rates = rates;

        /// <summary>The largest penalty, whatever its currency.</summary>
        public Penalty Largest() => Cases.MaxBy(c => c.Fine)!; // expect: AIR0001

        /// <summary>The penalties from the smallest up.</summary>
        public IEnumerable<Penalty> Ordered() => Cases.OrderBy(c => c.Fine); // expect: AIR0001

        /// <summary>The penalties from the largest down.</summary>
        public IEnumerable<Penalty> OrderedDown() => Cases.OrderByDescending(c => c.Fine); // expect: AIR0001

        /// <summary>The largest fine.</summary>
        public Money MaxFine() => Cases.Max(c => c.Fine); // expect: AIR0001

        /// <summary>The smallest fine.</summary>
        public Money MinFine() => Cases.Select(c => c.Fine).Min(); // expect: AIR0001

        /// <summary>The penalties by currency, then by size.</summary>
        public IEnumerable<Penalty> ByCurrencyThenFine() => Cases.OrderBy(c => c.Fine.Currency).ThenBy(c => c.Fine); // clean: ThenBy after a currency key

        /// <summary>The largest Chinese fine.</summary>
        public Money LargestChinese() => Cases.Where(c => c.Bloc == TradeBloc.China).Select(c => c.Fine).Max(); // clean: a member after a filter is unknown

        /// <summary>The largest Chinese penalty.</summary>
        public Penalty? LargestChinesePenalty() => Cases.Where(c => c.Bloc == TradeBloc.China).MaxBy(c => c.Fine); // clean: an ordering after a filter is unknown

        /// <summary>The dollar penalties' total.</summary>
        public Money DollarTotal() => Cases.Where(c => c.Fine.Currency == Currency.USD).Sum(c => c.Fine, Currency.USD); // clean: a filter by the currency itself

        /// <summary>Every penalty in dollars at the value date.</summary>
        public Money TotalInDollars() => Cases.Sum(c => TradeMath.ToUsd(c.Fine, _rates), Currency.USD); // clean: each converted first

        /// <summary>Every penalty summed in dollars without converting.</summary>
        public Money TotalUnconverted() => Cases.Sum(c => c.Fine, Currency.USD); // expect: AIR0001

        /// <summary>The bare total of every fine.</summary>
        public decimal BareTotal() => Cases.Sum(c => c.Fine.Amount); // expect: AIR0007

        /// <summary>The bare total through a projection.</summary>
        public decimal BareTotalSelected() => Cases.Select(c => c.Fine.Amount).Sum(); // expect: AIR0007

        /// <summary>The bare total by a fold.</summary>
        public decimal BareFold() => Cases.Aggregate(0m, (acc, c) => acc + c.Fine.Amount); // expect: AIR0007

        /// <summary>The bare total with a surcharge.</summary>
        public decimal BareWithSurcharge() => Cases.Sum(c => c.Fine.Amount * 1.1m); // expect: AIR0007

        /// <summary>The largest bare figure.</summary>
        public decimal LargestBare() => Cases.Max(c => c.Fine.Amount); // clean: not a sum

        /// <summary>How many fines are positive.</summary>
        public int PositiveCount() => Cases.Aggregate(0, (n, c) => c.Fine.Amount > 0m ? n + 1 : n); // clean: a count

        /// <summary>The bare totals per currency.</summary>
        public IEnumerable<decimal> BarePerCurrency() => Cases.Select(c => c.Fine).GroupBy(m => m.Currency).Select(g => g.Sum(m => m.Amount)); // clean: groups keyed by the currency summed

        /// <summary>The totals per currency.</summary>
        public IEnumerable<Money> PerCurrency() => Cases.GroupBy(c => c.Fine.Currency, c => c.Fine).Select(g => g.Sum(g.Key)); // clean: each group in its key's currency

        /// <summary>The largest fine per currency.</summary>
        public IEnumerable<Money> LargestPerCurrency() => Cases.GroupBy(c => c.Fine.Currency).Select(g => g.Max(c => c.Fine)); // clean: a group holds one currency

        /// <summary>The totals per bloc, each in its currency.</summary>
        public Dictionary<TradeBloc, Money> PerBloc() => Cases.GroupBy(c => c.Bloc).ToDictionary(g => g.Key, g => g.Sum(c => c.Fine, g.First().Fine.Currency)); // clean: the group's own currency

        /// <summary>The bare total converted by a rate per currency.</summary>
        public decimal ConvertedBare(IReadOnlyDictionary<Currency, decimal> toUsd) => Cases.Sum(c => c.Fine.Amount * toUsd[c.Fine.Currency]); // clean: converted by a rate chosen by currency

        /// <summary>Sorts every headline figure.</summary>
        public Money[] SortedHeadlines()
        {
            var all = new List<Money> { TradeCatalogue.BisPenaltyCap, TradeCatalogue.MofcomFineCeiling, TradeCatalogue.DmaFineFloor };
            all.Sort(ByCurrencyThenAmount); // clean: a comparer held in a field is not followed, and it orders by currency first
            all.Sort((a, b) => a.Currency != b.Currency ? a.Currency.CompareTo(b.Currency) : a.CompareTo(b)); // clean: reads the currencies
            var top = all.Max(); // expect: AIR0001
            all.Sort(); // expect: AIR0001
            all.Sort(Comparer<Money>.Default); // expect: AIR0001
            var ordered = all.OrderBy(m => m).ToArray(); // expect: AIR0001
            var byCode = all.OrderBy(m => m.Currency.Code).ThenBy(m => m).ToArray(); // clean: a currency key first
            return [top, .. ordered, .. byCode];
        }

        /// <summary>The largest of one bloc's caps.</summary>
        public Money LargestCap(bool domestic)
        {
            var caps = new List<Money>();
            if (domestic)
            {
                caps.Add(TradeCatalogue.MofcomFineCeiling);
                caps.Add(TradeCatalogue.SubsidyClawback);
            }
            else
            {
                caps.Add(TradeCatalogue.BisPenaltyCap);
            }

            return caps.Max(); // clean: yuan or dollars, never both
        }

        /// <summary>One bloc's caps summed in yuan.</summary>
        public Money CapsInYuan(bool domestic)
        {
            var caps = new List<Money>();
            if (domestic)
            {
                caps.Add(TradeCatalogue.MofcomFineCeiling);
            }
            else
            {
                caps.Add(TradeCatalogue.BisPenaltyCap);
            }

            return caps.Sum(Currency.CNY); // expect: AIR0001
        }

        /// <summary>The largest of one bloc's fine lists.</summary>
        public Money LargestFine(bool domestic) => (domestic ? TradeCatalogue.MofcomFines : TradeCatalogue.DmaFines).Max(); // clean: one list or the other

        /// <summary>The caps per switch section.</summary>
        public Money CapFor(TradeBloc bloc)
        {
            var caps = new List<Money>();
            switch (bloc)
            {
                case TradeBloc.China:
                    caps.Add(TradeCatalogue.MofcomFineCeiling);
                    break;
                case TradeBloc.EuropeanUnion:
                    caps.Add(TradeCatalogue.DmaFineFloor);
                    break;
                default:
                    caps.Add(TradeCatalogue.BisPenaltyCap);
                    break;
            }

            return caps.Min(); // clean: one section's cap
        }

        /// <summary>Whether China's plan outsizes another figure.</summary>
        public bool[] Outsizes()
        {
            var national = Money.Cny(344_000_000_000m);
            bool Bigger(Money other) => national > other; // clean: checked at its calls
            return
            [
                Bigger(TradeCatalogue.MofcomFineCeiling), // clean: yuan
                Bigger(TradeCatalogue.BisPenaltyCap), // expect: AIR0001
                Bigger(TradeCatalogue.ClawbackCeiling.Value), // clean: yuan
            ];
        }
    }

    /// <summary>The checks the desk runs every morning.</summary>
    public sealed class MorningChecks
    {
        private readonly IExchangeRateProvider _rates;
        private readonly TimeProvider _clock;

        /// <summary>Creates the checks.</summary>
        public MorningChecks(IExchangeRateProvider rates, TimeProvider clock)
        {
            _rates = rates;
            _clock = clock;
        }

        /// <summary>Helpers of the desk called with the catalogue's figures.</summary>
        public bool[] Helpers() =>
        [
            TradeMath.Exceeds(TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap), // expect: AIR0001
            TradeMath.Exceeds(TradeCatalogue.ReleaseFine, TradeCatalogue.MofcomFineCeiling), // clean: yuan and yuan
            TradeCatalogue.MofcomFineCeiling.Dwarfs(TradeCatalogue.BisPenaltyCap), // expect: AIR0001
            TradeCatalogue.DmaFineFloor.Dwarfs(TradeCatalogue.AiActTopFine), // clean: euros and euros
            TradeMath.WithHandling(TradeCatalogue.AsmlLicenceFee) > TradeCatalogue.MetiLicenceFee, // expect: AIR0001
            TradeMath.WithHandling(TradeCatalogue.AsmlLicenceFee) > TradeCatalogue.DmaFineFloor, // clean: euros with handling against euros
            TradeMath.IsDollar(TradeCatalogue.NewsFee) && TradeCatalogue.NewsFee > TradeCatalogue.BisPenaltyCap, // clean: dollars, and tested
            TradeMath.LargerIfSame(TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap) > TradeCatalogue.ReleaseFine, // clean: the helper returns a parameter it tests
        ];

        /// <summary>Sums through the desk's helpers.</summary>
        public Money[] Sums() =>
        [
            TradeMath.Plus(TradeCatalogue.DmaFineFloor, TradeCatalogue.AiActTopFine), // clean: euros and euros
            TradeMath.Plus(TradeCatalogue.DmaFineFloor, TradeCatalogue.MetiLicenceFee), // expect: AIR0001
            TradeMath.SumAll(Money.Zero(Currency.EUR), [TradeCatalogue.AsmlLicenceFee, TradeCatalogue.MetiLicenceFee]), // expect: AIR0001
            TradeMath.SumAll(Money.Zero(Currency.EUR), TradeCatalogue.DmaFines), // clean: euros onto euros
            TradeMath.SumAll(Money.Zero(Currency.EUR), [TradeCatalogue.AsmlLicenceFee, TradeCatalogue.DmaFineFloor]), // clean: euros only
        ];

        /// <summary>The licence fees by bloc.</summary>
        public bool[] Fees(TradeBloc bloc) =>
        [
            TradeCatalogue.LicenceFees[TradeBloc.Japan] > TradeCatalogue.AsmlLicenceFee, // expect: AIR0001
            TradeCatalogue.LicenceFees[TradeBloc.Netherlands] > TradeCatalogue.AsmlLicenceFee, // clean: euros under that key
            TradeCatalogue.LicenceFees[TradeBloc.UnitedStates] > TradeCatalogue.EntityListFee, // clean: dollars under that key
            TradeCatalogue.LicenceFees[TradeBloc.UnitedStates] > TradeCatalogue.MofcomFineCeiling, // expect: AIR0001
            TradeCatalogue.LicenceFees.GetValueOrDefault(TradeBloc.Korea) > TradeCatalogue.MetiLicenceFee, // expect: AIR0001
            TradeCatalogue.LicenceFees.GetValueOrDefault(TradeBloc.Korea) < TradeCatalogue.KChipsCredit, // clean: won and won
            TradeCatalogue.LicenceFees.GetValueOrDefault(TradeBloc.China, Money.Cny(0m)) < TradeCatalogue.MofcomFineCeiling, // clean: no yuan key, the yuan fallback
            TradeCatalogue.LicenceFees[bloc] > TradeCatalogue.BisPenaltyCap, // clean: a key that is not constant reads every currency
            TradeCatalogue.LicenceFees.TryGetValue(TradeBloc.Korea, out var won) && won > TradeCatalogue.SeoulGrant, // clean: won and won
            TradeCatalogue.LicenceFees.TryGetValue(TradeBloc.Japan, out var yen) && yen > TradeCatalogue.SeoulGrant, // expect: AIR0001
        ];

        /// <summary>The largest fee of any bloc.</summary>
        public Money LargestFee() => TradeCatalogue.LicenceFees.Values.Max(); // expect: AIR0001

        /// <summary>The fee totals per currency.</summary>
        public IEnumerable<Money> FeeTotals() => TradeCatalogue.LicenceFees.Values.GroupBy(m => m.Currency).Select(g => g.Sum(g.Key)); // clean: one group per currency

        /// <summary>The BIS cases.</summary>
        public bool[] Bis(BisCase latest) =>
        [
            latest.Penalty > TradeCatalogue.BisPenaltyCap, // clean: every case is created in dollars
            latest.Penalty > TradeCatalogue.MofcomFineCeiling, // expect: AIR0001
            TradeCatalogue.BisCases.Max(c => c.Penalty) > TradeCatalogue.DmaFineFloor, // expect: AIR0001
            TradeCatalogue.BisCases.Max(c => c.Penalty) > TradeCatalogue.BisPenaltyCap, // clean: dollars
            TradeCatalogue.BisCases.Sum(c => c.Penalty, Currency.USD) > TradeCatalogue.BisPenaltyCap * 100m, // clean: dollars summed in dollars
            TradeCatalogue.BisCases.Any(c => c.Penalty > TradeCatalogue.SubsidyClawback), // expect: AIR0001
            TradeCatalogue.BisCases[0].Penalty < TradeCatalogue.EntityListFee, // clean: dollars
            TradeCatalogue.BisCases.First().Penalty < TradeCatalogue.KChipsCredit, // expect: AIR0001
        ];

        /// <summary>The MOFCOM cases.</summary>
        public List<string> Mofcom()
        {
            var notes = new List<string>();
            var inDollars = TradeCatalogue.MofcomCases.Sum(c => c.Fine, Currency.USD); // expect: AIR0001
            var inYuan = TradeCatalogue.MofcomCases.Sum(c => c.Fine, Currency.CNY); // clean: yuan summed in yuan
            foreach (var c in TradeCatalogue.MofcomCases)
            {
                if (c.Fine > TradeCatalogue.BisPenaltyCap) // expect: AIR0001
                {
                    notes.Add(c.Company);
                }

                if (c.Fine > TradeCatalogue.MofcomFineCeiling) // clean: yuan and yuan
                {
                    notes.Add("over the ceiling: " + c.Company);
                }
            }

            var (company, fine, year) = TradeCatalogue.MofcomCases[0];
            if (fine > TradeCatalogue.EntityListFee) // expect: AIR0001
            {
                notes.Add($"{company} {year}");
            }

            notes.Add((TradeCatalogue.MofcomCases.First().Fine + TradeCatalogue.SubsidyClawback).ToString()); // clean: yuan and yuan
            notes.Add($"{inDollars} {inYuan}");
            return notes;
        }

        /// <summary>Tuples, out values, lazy and nullable figures of the catalogue.</summary>
        public Money[] Catalogue()
        {
            var (fee, fine) = TradeCatalogue.NexperiaCase();
            var both = fee + fine; // expect: AIR0001
            var fees = fee + TradeCatalogue.AsmlLicenceFee; // clean: euros and euros
            var fines = fine + TradeCatalogue.ReleaseFine; // clean: yuan and yuan
            var nexperia = TradeCatalogue.NexperiaCase().Fine - TradeCatalogue.DmaFineFloor; // expect: AIR0001
            TradeCatalogue.TryMofcomFine("PVH", out var pvh);
            var pvhOverBis = pvh - TradeCatalogue.BisPenaltyCap; // expect: AIR0001
            var pvhOverCeiling = pvh - TradeCatalogue.MofcomFineCeiling; // clean: yuan and yuan
            var lazyOver = TradeCatalogue.ClawbackCeiling.Value - TradeCatalogue.BisPenaltyCap; // expect: AIR0001
            var lazyLeft = TradeCatalogue.ClawbackCeiling.Value - TradeCatalogue.SubsidyClawback; // clean: yuan and yuan
            var lastOver = TradeCatalogue.LastBisFine.GetValueOrDefault() - TradeCatalogue.DmaFineFloor; // expect: AIR0001
            var lastLeft = TradeCatalogue.LastBisFine is { } last ? last - TradeCatalogue.BisPenaltyCap : Money.Zero(Currency.USD); // clean: dollars whenever it holds money
            var dutchOverMeti = TradeCatalogue.DutchFee(2025) - TradeCatalogue.MetiLicenceFee; // expect: AIR0001
            var dutchRise = TradeCatalogue.DutchFee(2025) - TradeCatalogue.DutchFee(2023); // clean: euros in every arm
            var quarter = TradeCatalogue.DmaFineFloor.Allocate(4)[0]; // clean: a quarter of euros
            var quarterOverBis = quarter - TradeCatalogue.BisPenaltyCap; // expect: AIR0001
            var quarters = TradeCatalogue.DmaFineFloor.Allocate(4).Sum(Currency.EUR); // clean: euros summed in euros
            return [both, fees, fines, nexperia, pvhOverBis, pvhOverCeiling, lazyOver, lazyLeft, lastOver, lastLeft, dutchOverMeti, dutchRise, quarterOverBis, quarters];
        }

        /// <summary>The collections of the catalogue.</summary>
        public Money[] Collections() =>
        [
            TradeCatalogue.MofcomFines.Sum(Currency.USD), // expect: AIR0001
            TradeCatalogue.MofcomFines.Sum(Currency.CNY), // clean: yuan summed in yuan
            TradeCatalogue.KoreanTranches.Max() - TradeCatalogue.MetiLicenceFee, // expect: AIR0001
            TradeCatalogue.KoreanTranches.Max() - TradeCatalogue.KChipsCredit, // clean: won and won
            TradeCatalogue.DmaFines.Aggregate(Money.Zero(Currency.JPY), (t, f) => t + f), // expect: AIR0001
            TradeCatalogue.DmaFines.Aggregate(Money.Zero(Currency.EUR), (t, f) => t + f), // clean: euros onto a euro seed
            TradeCatalogue.DmaFines[0] - TradeCatalogue.BisPenaltyCap, // expect: AIR0001
            TradeCatalogue.DmaFines[^1] - TradeCatalogue.AiActTopFine, // clean: euros and euros
            TradeCatalogue.SeoulTranches().Sum(Currency.USD), // expect: AIR0001
            TradeCatalogue.SeoulTranches().Sum(Currency.KRW), // clean: won summed in won
            TradeCatalogue.SeoulTranches().Max() - TradeCatalogue.MetiLicenceFee, // expect: AIR0001
            TradeCatalogue.SeoulTranches().First() + TradeCatalogue.SeoulGrant, // clean: won and won
            TradeCatalogue.MofcomFines.Where(f => f > TradeCatalogue.SubsidyClawback).Sum(Currency.CNY), // clean: yuan compared and summed in yuan
        ];

        /// <summary>Whether any yuan fine tops a dollar fee.</summary>
        public bool AnyYuanAboveDollars() => TradeCatalogue.MofcomFines.Any(f => f > TradeCatalogue.EntityListFee); // expect: AIR0001

        /// <summary>Comparisons the library offers.</summary>
        public object[] Library() =>
        [
            Money.Max(TradeCatalogue.AsmlLicenceFee, TradeCatalogue.MetiLicenceFee), // expect: AIR0001
            Money.Min(TradeCatalogue.AsmlLicenceFee, TradeCatalogue.DmaFineFloor), // clean: euros and euros
            TradeCatalogue.BisPenaltyCap.CompareTo(TradeCatalogue.SubsidyClawback), // expect: AIR0001
            TradeCatalogue.BisPenaltyCap.CompareTo(TradeCatalogue.NewsFee), // clean: dollars and dollars
            TradeCatalogue.BisPenaltyCap.Equals(TradeCatalogue.MofcomFineCeiling), // expect: AIR0001
            TradeCatalogue.BisPenaltyCap == TradeCatalogue.EntityListFee, // clean: dollars and dollars
            TradeCatalogue.SeoulGrant != TradeCatalogue.MetiLicenceFee, // expect: AIR0001
            Comparer<Money>.Default.Compare(TradeCatalogue.KChipsCredit, TradeCatalogue.MetiLicenceFee), // expect: AIR0001
            EqualityComparer<Money>.Default.Equals(TradeCatalogue.SeoulGrant, TradeCatalogue.KChipsCredit), // clean: won and won
            TradeCatalogue.AiActTopFine / TradeCatalogue.DmaFineFloor, // clean: a ratio of euros
            TradeCatalogue.AiActTopFine / TradeCatalogue.BisPenaltyCap, // expect: AIR0001
        ];

        /// <summary>Guarded comparisons.</summary>
        public Money? Guarded()
        {
            var dutch = TradeCatalogue.AsmlLicenceFee;
            var japanese = TradeCatalogue.MetiLicenceFee;
            var same = dutch.Currency == japanese.Currency && dutch > japanese; // clean: tested first
            var sum = dutch.Currency == japanese.Currency ? dutch + japanese : dutch; // clean: the branch the test leads to
            var unrelated = TradeCatalogue.NewsFee.Currency == Currency.EUR && japanese > dutch; // expect: AIR0001
            switch (japanese.Currency.Code)
            {
                case "EUR":
                    return japanese + dutch; // clean: a case on the currency
                case "JPY":
                    return japanese + TradeCatalogue.LicenceFees[TradeBloc.Japan]; // clean: yen and yen
            }

            if (dutch.Currency != japanese.Currency)
            {
                return same || sum.IsZero || unrelated ? dutch : null;
            }

            return dutch - japanese; // clean: after a guard clause
        }

        /// <summary>A running dollar total.</summary>
        public Money Running()
        {
            var total = Money.Zero(Currency.USD);
            total += TradeCatalogue.EntityListFee; // clean: dollars onto dollars
            total += TradeCatalogue.MofcomFineCeiling; // expect: AIR0001
            total -= TradeCatalogue.NewsFee; // clean: dollars
            return total;
        }

        /// <summary>Clawbacks per city, one currency per key.</summary>
        public Money[] Clawbacks()
        {
            var clawbacks = new Dictionary<string, Money> { ["shanghai"] = Money.Cny(1_500_000m), ["tokyo"] = Money.Jpy(30_000_000m) };
            var shanghai = clawbacks["shanghai"] + TradeCatalogue.SubsidyClawback; // clean: yuan under that key
            var tokyo = clawbacks["tokyo"] + TradeCatalogue.MetiLicenceFee; // clean: yen under that key
            var wrong = clawbacks["tokyo"] + TradeCatalogue.SubsidyClawback; // expect: AIR0001
            var largest = clawbacks.Values.Max(); // expect: AIR0001
            return [shanghai, tokyo, wrong, largest];
        }

        /// <summary>The latest figures, awaited.</summary>
        public async Task<bool[]> LatestAsync()
        {
            var clawback = await TradeCatalogue.LatestClawbackAsync();
            var bisFee = await TradeCatalogue.LatestBisFeeAsync().ConfigureAwait(false);
            return
            [
                clawback > TradeCatalogue.BisPenaltyCap, // expect: AIR0001
                clawback > TradeCatalogue.SubsidyClawback, // clean: yuan and yuan
                bisFee > TradeCatalogue.EntityListFee, // clean: dollars and dollars
                bisFee > TradeCatalogue.AsmlLicenceFee, // expect: AIR0001
                await TradeCatalogue.LatestClawbackAsync() > TradeCatalogue.DmaFineFloor, // expect: AIR0001
            ];
        }

        /// <summary>Rows read from MOFCOM's spreadsheet.</summary>
        public bool Rows(MofcomRow row, string text, decimal figure)
        {
            row.Fine = Money.Cny(figure); // clean: yuan, as annotated
            row.Fine = Money.Parse(text); // clean: unknown, accepted
            row.Fine = Money.Usd(figure); // expect: AIR0001
            var overCeiling = row.Fine > TradeCatalogue.MofcomFineCeiling; // clean: yuan and yuan
            var overBis = row.Fine > Money.Usd(1_000m); // expect: AIR0001
            return overCeiling || overBis;
        }

        /// <summary>A fee normalised to euros.</summary>
        public static Money Normalise([Currency("EUR")] Money fee) => fee * 1m;

        /// <summary>Calls of the annotated helper.</summary>
        public Money[] Normalised(string text) =>
        [
            Normalise(TradeCatalogue.DmaFineFloor), // clean: euros
            Normalise(TradeCatalogue.MetiLicenceFee), // expect: AIR0001
            Normalise(Money.Parse(text)), // clean: unknown, accepted
        ];

        /// <summary>Conversions at dates.</summary>
        public Money[] Conversions(DateOnly? valueDate)
        {
            var at = TradeCatalogue.ValueDate;
            var fromClock = DateOnly.FromDateTime(_clock.GetUtcNow().DateTime);
            return
            [
                TradeCatalogue.MofcomFineCeiling.ConvertTo(Currency.USD, at, _rates, RateLookup.ExactDate).Result + TradeCatalogue.BisPenaltyCap, // clean: converted to dollars
                TradeCatalogue.MofcomFineCeiling.ConvertTo(Currency.USD, at, _rates, RateLookup.ExactDate).Result + TradeCatalogue.DmaFineFloor, // expect: AIR0001
                TradeCatalogue.SeoulGrant.ConvertTo(Currency.JPY, fromClock, _rates, RateLookup.MostRecentWithin(5)).Result, // clean: an injected clock
                TradeCatalogue.SeoulGrant.ConvertTo(Currency.JPY, valueDate ?? DateOnly.FromDateTime(DateTime.Today), _rates, RateLookup.ExactDate).Result, // expect: AIR0008
                TradeCatalogue.SeoulGrant.ConvertTo(Currency.JPY, valueDate ?? at, _rates, RateLookup.ExactDate).Result, // clean: a stated fallback
                ExchangeRate.Identity(Currency.EUR, DateOnly.FromDateTime(DateTime.Now)).Convert(TradeCatalogue.DmaFineFloor).Result, // expect: AIR0008
                new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, at, RateSeries.Identity).Convert(TradeCatalogue.DmaFineFloor).Result, // clean: a stated date
            ];
        }
    }

    /// <summary>Raw amounts, rounding and bare numbers.</summary>
    public static class RawFigures
    {
        /// <summary>Bare arithmetic on amounts.</summary>
        public static decimal[] Amounts(Money budget, Money spent)
        {
            var b = budget.Amount;
            var s = spent.Amount;
            return
            [
                budget.Amount - spent.Amount, // expect: AIR0004
                (budget - spent).Amount, // clean: Money's own subtraction
                b - s, // expect: AIR0004
                Math.Max(budget.Amount, spent.Amount), // expect: AIR0004
                budget.Amount.CompareTo(spent.Amount), // expect: AIR0004
                decimal.Equals(budget.Amount, spent.Amount) ? 1m : 0m, // expect: AIR0004
                budget.Amount > spent.Amount ? 1m : 0m, // expect: AIR0004
                budget.Amount * 2m, // clean: one amount and a number
                budget.Amount > 0m ? 1m : 0m, // clean: one amount and a number
                budget.Amount.CompareTo(0m), // clean: one amount and a number
                budget.CompareTo(spent), // clean: Money's own comparison
                TradeCatalogue.MetiLicenceFee.Amount / TradeCatalogue.AsmlLicenceFee.Amount, // clean: yen per euro, a rate
                spent / budget * 100m, // clean: Money's own ratio
                spent.Amount / budget.Amount * 100m, // expect: AIR0004
            ];
        }

        /// <summary>Rounding figures for the report.</summary>
        public static decimal[] Rounded(Money fine, decimal rate, Money part, Money whole)
        {
            var vat = fine.Amount * 0.2m;
            var (amount, _) = fine;
            return
            [
                Math.Round(fine.Amount, 2), // expect: AIR0009
                decimal.Round(fine.Amount * rate), // expect: AIR0009
                Math.Round(TradeCatalogue.MofcomFines.Max(f => f.Amount)), // expect: AIR0009
                Math.Round(vat, 2), // expect: AIR0009
                Math.Round(amount, 0), // expect: AIR0009
                Math.Round(fine.Amount, 2, MidpointRounding.AwayFromZero), // clean: a mode stated
                fine.Round(2, MidpointRounding.ToEven).Amount, // clean: Money's own rounding with a mode
                Math.Round(rate, 4), // clean: a rate, not money
                Math.Round(part / whole * 100m, 1), // clean: a ratio of Money
                Math.Round(TradeCatalogue.MetiLicenceFee.Amount / TradeCatalogue.AsmlLicenceFee.Amount, 4), // clean: a rate of two known currencies
                Math.Round(fine.Amount > 1_000m ? rate * 0.9m : rate, 4), // clean: the amount only chooses
            ];
        }

        /// <summary>Sums of bare amounts.</summary>
        public static decimal[] Sums()
        {
            Money[] fines = [.. TradeCatalogue.DmaFines];
            return
            [
                TradeCatalogue.MofcomFines.Sum(m => m.Amount), // expect: AIR0007
                fines.Select(m => m.Amount).ToList().Sum(), // expect: AIR0007
                fines.Aggregate(0m, (acc, m) => acc + m.Amount), // expect: AIR0007
                fines.Sum(Currency.EUR).Amount, // clean: a currency-stating sum
                fines.Max(m => m.Amount), // clean: not a sum
                fines.Aggregate(0, (n, m) => n + Math.Sign(m.Amount)), // clean: a tally
                fines.GroupBy(m => m.Currency).Select(g => g.Sum(m => m.Amount)).First(), // clean: summed within groups by currency
            ];
        }

        /// <summary>A bid as the old API took it.</summary>
        public static Money FromOldApi(decimal subsidyKrw) => Money.Of(subsidyKrw, Currency.KRW); // expect: AIR0010

        /// <summary>A share of a subsidy as the old API took it.</summary>
        public static Share ShareFromOldApi(decimal subsidy_pct) => Share.FromPercent(subsidy_pct); // clean: a proportion, not money
    }

    /// <summary>Tariff lines and shares of imports.</summary>
    public static class TariffReport
    {
        private const decimal Hike = 0.34m;

        /// <summary>Shares as the desk writes them.</summary>
        public static Share[] Shares(TariffLine line, TradeSettings settings) =>
        [
            Share.FromPercent(0.25m), // expect: AIR0005
            Share.FromFraction(35m), // expect: AIR0005
            Share.FromFraction(line.Rate.Percent), // expect: AIR0005
            Share.FromPercent(line.ImportShare.Fraction), // expect: AIR0005
            Share.FromPercent(Hike), // expect: AIR0005
            Share.FromPercent(145m), // expect: AIR0013
            Share.FromFraction(-0.1m), // expect: AIR0013
            Share.Parse("150%"), // expect: AIR0013
            Share.FromPercent(100m), // clean: a whole
            Share.FromPercent(34m), // clean: a percent as a percent
            Share.FromFraction(0.34m), // clean: a fraction as a fraction
            Share.FromPercent(settings.TariffPercent), // clean: not a constant
            Share.FromPercent(line.Rate.Percent), // clean: the same scale
            Share.Parse("34%"), // clean: within a whole
            line.Rate + PercentagePoints.Of(5m), // clean: a share plus points
        ];

        /// <summary>A tariff above a whole, as a ratio.</summary>
        public static Ratio Reciprocal() => Ratio.FromPercent(145m); // clean: a ratio may exceed a whole

        /// <summary>Tries a share of a constant.</summary>
        public static bool TryHalf(out Share half) => Share.TryFromPercent(0.5m, out half); // expect: AIR0005

        /// <summary>Changes of tariff rates.</summary>
        public static decimal[] Changes(TariffLine latest, TariffLine baseline, PercentagePoints change)
        {
            var now = latest.Rate.Percent;
            var then = baseline.Rate.Percent;
            decimal moved = latest.Rate.Percent;
            moved -= baseline.Rate.Percent; // expect: AIR0006
            return
            [
                latest.Rate.Percent - baseline.Rate.Percent, // expect: AIR0006
                now - then, // expect: AIR0006
                latest.ImportShare.Fraction + baseline.ImportShare.Fraction, // expect: AIR0006
                latest.ImportShare.Fraction + change.Value, // expect: AIR0006
                (latest.Rate - baseline.Rate).Value, // clean: points from two shares
                latest.Rate.Percent + change.Value, // clean: percent plus points, one scale
                100m - latest.Rate.Percent, // clean: one share and a number
                (change + PercentagePoints.Of(2m)).Value, // clean: points with points
                moved,
            ];
        }

        /// <summary>The tariff collected on a dollar figure.</summary>
        public static Money Collected(Money imports, TariffLine line) => imports * line.Rate; // clean: money times a share

        /// <summary>The lines whose rate rose the most.</summary>
        public static IEnumerable<TariffLine> ByRise(IEnumerable<TariffLine> lines) => lines.OrderByDescending(l => l.Rate - l.PreviousRate); // clean: points are not money
    }

    /// <summary>Orders money by its bare amount, as an old helper did.</summary>
    public sealed class ByAmount : IComparer<Money>
    {
        /// <inheritdoc />
        public int Compare(Money x, Money y) => x.Amount.CompareTo(y.Amount); // expect: AIR0004
    }

    /// <summary>Cases the desk books, through paths, groups and queries.</summary>
    public sealed class CaseBook
    {
        private readonly List<(TradeBloc Bloc, Money Cap)> _caps = [(TradeBloc.China, Money.Cny(5_000_000m)), (TradeBloc.EuropeanUnion, Money.Eur(35_000_000m))];

        /// <summary>Caps of one bloc or the other, by run.</summary>
        public static IEnumerable<Money> CapsOf(bool domestic)
        {
            if (domestic)
            {
                yield return Money.Cny(5_000_000m);
                yield break;
            }

            yield return Money.Usd(374_474m);
        }

        /// <summary>What the iterator gives.</summary>
        public Money[] Iterated() =>
        [
            CapsOf(true).Max(), // clean: one run yields one currency
            CapsOf(false).Concat(CapsOf(true)).Max(), // clean: two calls are not known to mix
            CapsOf(true).Sum(Currency.EUR), // expect: AIR0001
        ];

        /// <summary>A list filled by local functions in branches.</summary>
        public Money FilledByLocals(bool domestic, decimal figure)
        {
            var caps = new List<Money>();
            void AddHome(decimal f) => caps.Add(Money.Cny(f));
            void AddPartner(decimal f) => caps.Add(Money.Usd(f));
            if (domestic)
            {
                AddHome(figure);
            }
            else
            {
                AddPartner(figure);
            }

            return caps.Max(); // clean: one branch's currency
        }

        /// <summary>A list filled with a guard clause first.</summary>
        public Money GuardClause(bool domestic, decimal figure)
        {
            var caps = new List<Money>();
            if (domestic)
            {
                caps.Add(Money.Cny(figure));
                caps.Add(TradeCatalogue.MofcomFineCeiling);
                return caps.Max(); // clean: yuan only on this path
            }

            caps.Add(Money.Usd(figure));
            caps.Add(TradeCatalogue.BisPenaltyCap);
            return caps.Max(); // clean: dollars only on this path
        }

        /// <summary>The arms of a conditional with more added.</summary>
        public Money Appended(bool domestic) => (domestic ? TradeCatalogue.MofcomFines : TradeCatalogue.DmaFines).Append(TradeCatalogue.ReleaseFine).Max(); // clean: one list or the other, the added may meet either

        /// <summary>Totals per currency group with a test of the key.</summary>
        public Money[] ByKey()
        {
            var all = new List<Money> { TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap, TradeCatalogue.ReleaseFine };
            var right = all.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)).ToArray(); // clean: the key shows each group's currency
            var swapped = all.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.CNY) : g.Sum(Currency.USD)).ToArray(); // expect: AIR0001
            var byTest = all.GroupBy(m => m.Currency == Currency.CNY).Select(g => g.Key ? g.Sum(Currency.CNY) : g.Sum(Currency.USD)).ToArray(); // clean: the test's key
            var ownKey = all.GroupBy(m => m.Currency).Select(g => g.Sum(g.Key)).ToArray(); // clean: the group's own currency
            var largest = all.GroupBy(m => m.Currency).Select(g => g.Max()).ToArray(); // clean: a group by currency never mixes
            return [.. right, .. swapped, .. byTest, .. ownKey, .. largest];
        }

        /// <summary>Keeps only dollars before summing.</summary>
        public Money[] Removed()
        {
            var west = new List<Money> { TradeCatalogue.BisPenaltyCap, TradeCatalogue.DmaFineFloor, TradeCatalogue.EntityListFee };
            west.RemoveAll(m => m.Currency != Currency.USD);
            var dollars = west.Sum(Currency.USD); // clean: only dollars are left
            var wrong = west.Max() > TradeCatalogue.AiActTopFine; // expect: AIR0001
            var east = new List<Money> { TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap };
            east.RemoveAll(m => m.Currency == Currency.USD);
            var yuan = east.Sum(Currency.CNY); // clean: the dollars are gone
            return [dollars, yuan, wrong ? dollars : yuan];
        }

        /// <summary>A queue of yuan fines.</summary>
        public Money Queued()
        {
            var queue = new Queue<Money>();
            queue.Enqueue(TradeCatalogue.MofcomFineCeiling);
            queue.Enqueue(TradeCatalogue.ReleaseFine);
            var first = queue.Dequeue();
            var rest = queue.Sum(Currency.USD); // expect: AIR0001
            var restInYuan = queue.Sum(Currency.CNY); // clean: yuan, whatever is left
            return first + restInYuan + (rest.IsZero ? Money.Zero(Currency.CNY) : first); // clean: yuan and yuan
        }

        /// <summary>Caps kept as tuples.</summary>
        public Money[] Tuples()
        {
            var largest = _caps.Max(t => t.Cap); // expect: AIR0001
            var first = _caps[0].Cap; // clean: the tuples mix, one element is unknown
            var euro = _caps.Where(t => t.Bloc == TradeBloc.EuropeanUnion).Select(t => t.Cap).Sum(Currency.EUR); // clean: a member after a filter
            return [largest, first, euro];
        }

        /// <summary>Zipped and joined fines.</summary>
        public Money[] Zipped()
        {
            var gaps = TradeCatalogue.MofcomFines.Zip(TradeCatalogue.DmaFines).Select(p => p.First - p.Second).ToArray(); // expect: AIR0001
            var yuan = TradeCatalogue.MofcomFines.Zip(TradeCatalogue.DmaFines).Select(p => p.First + TradeCatalogue.ReleaseFine).ToArray(); // clean: yuan and yuan
            var joined = (from cn in TradeCatalogue.MofcomCases join us in TradeCatalogue.BisCases on cn.Year equals us.Settled.Year select cn.Fine - us.Penalty).ToArray(); // expect: AIR0001
            var recent = (from c in TradeCatalogue.MofcomCases where c.Year > 2023 select c.Fine).Sum(Currency.CNY); // clean: yuan summed in yuan
            var inDollars = (from c in TradeCatalogue.MofcomCases select c.Fine).Sum(Currency.USD); // expect: AIR0001
            var batches = TradeCatalogue.MofcomFines.Chunk(2).Select(batch => batch.Sum(Currency.CNY)).ToArray(); // clean: yuan batches in yuan
            var repeated = Enumerable.Repeat(Money.Jpy(1_900_000m), 3).Sum(Currency.EUR); // expect: AIR0001
            var repeatedYen = Enumerable.Repeat(Money.Jpy(1_900_000m), 3).Sum(Currency.JPY); // clean: yen in yen
            return [.. gaps, .. yuan, .. joined, recent, inDollars, .. batches, repeated, repeatedYen];
        }

        /// <summary>Schedules read through their sealed types.</summary>
        public bool[] Schedules(BisSchedule bis, MetiSchedule meti, FeeSchedule any) =>
        [
            bis.PerLicence > TradeCatalogue.EntityListFee, // clean: dollars and dollars
            bis.PerLicence > TradeCatalogue.MetiLicenceFee, // expect: AIR0001
            meti.PerLicence + TradeCatalogue.MetiLicenceFee > TradeCatalogue.LicenceFees[TradeBloc.Japan], // clean: yen throughout
            any.PerLicence > TradeCatalogue.BisPenaltyCap, // clean: read through the base type, unknown
            any.Bloc == TradeBloc.UnitedStates && any.PerLicence.Currency == Currency.USD && any.PerLicence > TradeCatalogue.BisPenaltyCap, // clean: tested first
        ];

        /// <summary>Thresholds the analyst may change.</summary>
        public bool[] Flags(Thresholds thresholds, Money other) =>
        [
            thresholds.Flag > TradeCatalogue.BisPenaltyCap, // clean: written with dollars and euros, unknown
            thresholds.LastParsed > TradeCatalogue.MofcomFineCeiling, // clean: written from parsed text, unknown
            thresholds.Flag is { Currency.Code: "USD" } && thresholds.Flag > TradeCatalogue.BisPenaltyCap, // clean: tested first
            other > TradeCatalogue.BisPenaltyCap, // clean: a parameter
        ];

        /// <summary>A local reassigned from a parameter.</summary>
        public Money Reassigned(Money other)
        {
            var yuan = TradeCatalogue.MofcomFineCeiling;
            yuan = other;
            return yuan + TradeCatalogue.BisPenaltyCap; // clean: reassigned, unknown
        }

        /// <summary>Sorts by the bare amount.</summary>
        public Money[] SortedByAmount()
        {
            var all = new List<Money> { TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap };
            all.Sort(new ByAmount()); // clean: a comparer other than the default is not followed
            return [.. all];
        }

        /// <summary>A span of yuan fines.</summary>
        public bool Spans()
        {
            ReadOnlySpan<Money> yuan = [TradeCatalogue.MofcomFineCeiling, TradeCatalogue.ReleaseFine];
            ReadOnlySpan<Money> mixed = [TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap];
            var over = yuan[0] > TradeCatalogue.BisPenaltyCap; // expect: AIR0001
            var fine = yuan[1] > TradeCatalogue.SubsidyClawback; // clean: yuan and yuan
            var unknown = mixed[0] + mixed[1]; // clean: the page says an element of a mixed span is unknown (this pair would throw)
            return over || fine || unknown.IsZero;
        }
    }

    /// <summary>A pot of money held for one bloc.</summary>
    public sealed class Pot(TradeBloc bloc, Money held)
    {
        /// <summary>The bloc.</summary>
        public TradeBloc Bloc { get; } = bloc;

        /// <summary>The money held.</summary>
        public Money Held { get; } = held;
    }

    /// <summary>A licence quote.</summary>
    public sealed class Quote
    {
        /// <summary>The licensing bloc.</summary>
        public TradeBloc Bloc { get; init; }

        /// <summary>The fee quoted.</summary>
        public Money Fee { get; init; }
    }

    /// <summary>Rapidus support by year, in yen.</summary>
    public sealed class RapidusBook
    {
        private Money _reserve = Money.Jpy(100_000_000_000m);

        /// <summary>The support of a year.</summary>
        public Money this[int year] => Money.Jpy(year * 1_000_000m); // clean: yen

        /// <summary>The reserve, in yen.</summary>
        public Money Reserve
        {
            get => _reserve;
            set => _reserve = value;
        }

        /// <summary>The floor of the EU's matching funds, in euros.</summary>
        public Money EuFloor { get; set; } = Money.Eur(1_000_000m);

        /// <summary>Tops up the reserve.</summary>
        public void TopUp(decimal figure) => Reserve = Money.Jpy(figure); // clean: yen, as every write

        /// <summary>Raises the EU floor.</summary>
        public void RaiseFloor(decimal figure) => EuFloor = Money.Eur(figure); // clean: euros, as every write
    }

    /// <summary>Cases that use the harder forms of the language.</summary>
    public sealed class HardCases
    {
        private static readonly Tuple<string, Money> TopFee = Tuple.Create("ASML", Money.Eur(12_500m));
        private static readonly Dictionary<string, (Money Low, Money High)> Bands = new() { ["uk"] = (Money.Gbp(1m), Money.Gbp(5m)), ["eu"] = (Money.Eur(2m), Money.Eur(8m)) };
        private readonly Money[] _legs = [Money.Eur(1_000m), Money.Eur(2_000m)];
        private readonly IExchangeRateProvider _rates;

        /// <summary>Creates the cases.</summary>
        public HardCases(IExchangeRateProvider rates) => _rates = rates;

        /// <summary>Extension blocks, generic helpers and delegates.</summary>
        public bool[] Tools() =>
        [
            TradeCatalogue.MofcomFineCeiling.Tops(TradeCatalogue.BisPenaltyCap), // expect: AIR0001
            TradeCatalogue.MofcomFineCeiling.Tops(TradeCatalogue.ReleaseFine), // clean: yuan and yuan
            TradeCatalogue.MofcomFineCeiling.Doubled() > TradeCatalogue.DmaFineFloor, // expect: AIR0001
            TradeCatalogue.MofcomFineCeiling.Doubled() > TradeCatalogue.SubsidyClawback, // clean: yuan doubled against yuan
            DeskTools.Larger(TradeCatalogue.AsmlLicenceFee, TradeCatalogue.MetiLicenceFee) == TradeCatalogue.AsmlLicenceFee, // expect: AIR0001
            DeskTools.Larger(TradeCatalogue.AsmlLicenceFee, TradeCatalogue.DmaFineFloor) == TradeCatalogue.DmaFineFloor, // clean: euros and euros
            DeskTools.Over(TradeCatalogue.DmaFineFloor, TradeCatalogue.MetiLicenceFee), // expect: AIR0001
            DeskTools.Over(TradeCatalogue.DmaFineFloor, TradeCatalogue.AiActTopFine), // clean: euros and euros
            DeskTools.WithVat(TradeCatalogue.AsmlLicenceFee) > TradeCatalogue.MetiLicenceFee, // expect: AIR0001
            DeskTools.WithVat(TradeCatalogue.AsmlLicenceFee) > TradeCatalogue.DmaFineFloor, // clean: euros with VAT against euros
            DeskTools.Checked(TradeCatalogue.MofcomFineCeiling, "ceiling") > TradeCatalogue.BisPenaltyCap, // expect: AIR0001
            DeskTools.Checked(TradeCatalogue.MofcomFineCeiling, "ceiling") > TradeCatalogue.ReleaseFine, // clean: yuan and yuan
            DeskTools.Above(TradeCatalogue.KChipsCredit, TradeCatalogue.MetiLicenceFee), // expect: AIR0001
            DeskTools.Above(TradeCatalogue.KChipsCredit, TradeCatalogue.SeoulGrant), // clean: won and won
            DeskTools.AboveCap(TradeCatalogue.SubsidyClawback, TradeCatalogue.EntityListFee), // expect: AIR0001
            DeskTools.SameAndAbove(TradeCatalogue.SubsidyClawback, TradeCatalogue.EntityListFee), // clean: the helper reads both currencies
            DeskTools.AboveInDollars(TradeCatalogue.SubsidyClawback, TradeCatalogue.EntityListFee, _rates), // clean: the helper converts first
        ];

        /// <summary>Folds through the desk's helpers.</summary>
        public Money[] Folds() =>
        [
            DeskTools.Total(Money.Zero(Currency.EUR), [TradeCatalogue.DmaFineFloor, TradeCatalogue.MetiLicenceFee]), // expect: AIR0001
            DeskTools.Total(Money.Zero(Currency.EUR), TradeCatalogue.DmaFines), // clean: euros onto euros
            DeskTools.TotalOf(Money.Zero(Currency.CNY), TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap), // expect: AIR0001
            DeskTools.TotalOf(Money.Zero(Currency.CNY), TradeCatalogue.MofcomFineCeiling, TradeCatalogue.ReleaseFine), // clean: yuan onto yuan
            TradeCatalogue.MofcomFines.SumIn(Currency.CNY), // clean: yuan in yuan
        ];

        /// <summary>Lists filled through the desk's helpers.</summary>
        public Money[] Helpers()
        {
            var quotes = new List<Money> { TradeCatalogue.MetiLicenceFee };
            DeskTools.Refill(quotes, TradeCatalogue.AsmlLicenceFee);
            var refilled = quotes.Sum(Currency.JPY); // expect: AIR0001
            var filled = new List<Money>();
            DeskTools.Fill(filled, TradeCatalogue.AsmlLicenceFee);
            DeskTools.Fill(filled, TradeCatalogue.MetiLicenceFee);
            var largest = filled.Max(); // expect: AIR0001
            var yen = new List<Money>();
            DeskTools.AddIfYen(yen, TradeCatalogue.AsmlLicenceFee);
            DeskTools.AddIfYen(yen, TradeCatalogue.MetiLicenceFee);
            var yenTotal = yen.Sum(Currency.JPY); // clean: the helper tests what it adds
            return [refilled, largest, yenTotal];
        }

        /// <summary>Members, indexers and pots.</summary>
        public bool[] Members(RapidusBook book) =>
        [
            book[2025] > TradeCatalogue.AsmlLicenceFee, // expect: AIR0001
            book[2025] > TradeCatalogue.MetiLicenceFee, // clean: yen and yen
            book.Reserve > TradeCatalogue.DmaFineFloor, // expect: AIR0001
            book.Reserve > TradeCatalogue.MetiLicenceFee, // clean: yen and yen
            book.EuFloor > TradeCatalogue.MetiLicenceFee, // expect: AIR0001
            book.EuFloor < TradeCatalogue.DmaFineFloor, // clean: euros and euros
            new Pot(TradeBloc.China, TradeCatalogue.MofcomFineCeiling).Held > TradeCatalogue.BisPenaltyCap, // expect: AIR0001
            new Pot(TradeBloc.UnitedStates, TradeCatalogue.BisPenaltyCap).Held > TradeCatalogue.EntityListFee, // clean: this pot holds dollars
            TopFee.Item2 > TradeCatalogue.MetiLicenceFee, // expect: AIR0001
            TopFee.Item2 < TradeCatalogue.DmaFineFloor, // clean: euros and euros
            Bands["uk"].High > Bands["eu"].Low, // expect: AIR0001
            Bands["uk"].High > Bands["uk"].Low, // clean: pounds and pounds
        ];

        /// <summary>Quotes ordered by fee.</summary>
        public Quote[] Quotes()
        {
            var quotes = new List<Quote>
            {
                new() { Bloc = TradeBloc.Netherlands, Fee = Money.Eur(12_500m) },
                new() { Bloc = TradeBloc.Japan, Fee = Money.Jpy(1_900_000m) },
            };
            var byFee = quotes.OrderBy(q => q.Fee).ToArray(); // expect: AIR0001
            var byBloc = quotes.OrderBy(q => q.Bloc).ToArray(); // clean: not money
            var perCurrency = quotes.GroupBy(q => q.Fee.Currency).Select(g => g.MaxBy(q => q.Fee)!).ToArray(); // clean: a group by currency never mixes
            return [.. byFee, .. byBloc, .. perCurrency];
        }

        /// <summary>Quarterly figures in rows.</summary>
        public Money[] Quarterly()
        {
            Money[][] quarterly = [[TradeCatalogue.MofcomFineCeiling, TradeCatalogue.ReleaseFine], [TradeCatalogue.BisPenaltyCap]];
            var chinaInDollars = quarterly[0].Sum(Currency.USD); // expect: AIR0001
            var china = quarterly[0].Sum(Currency.CNY); // clean: the yuan row in yuan
            var us = quarterly[1].Max() + TradeCatalogue.EntityListFee; // clean: the dollar row
            var all = quarterly.SelectMany(row => row).Max(); // expect: AIR0001
            return [chinaInDollars, china, us, all];
        }

        /// <summary>Legs replaced by constant index.</summary>
        public Money Legs(decimal figure)
        {
            var euros = _legs[0] + _legs[1]; // clean: euros in both legs
            _legs[1] = Money.Jpy(figure);
            var smallest = _legs.Min(); // expect: AIR0001
            return euros + (smallest.IsZero ? euros : Money.Zero(Currency.EUR));
        }

        /// <summary>Queries over the catalogue.</summary>
        public Money[] Queries()
        {
            var halves = (from c in TradeCatalogue.MofcomCases let half = c.Fine / 2m where half > TradeCatalogue.BisPenaltyCap select half).ToArray(); // expect: AIR0001
            var pairs = (from cn in TradeCatalogue.MofcomCases from us in TradeCatalogue.BisCases select cn.Fine - us.Penalty).ToArray(); // expect: AIR0001
            var indexed = TradeCatalogue.MofcomFines.Select((m, i) => (m, i)).ToDictionary(p => p.i, p => p.m);
            var firstOver = indexed[0] > TradeCatalogue.EntityListFee; // expect: AIR0001
            var byBloc = TradeCatalogue.MofcomCases.AggregateBy(c => c.Year, Money.Zero(Currency.USD), (t, c) => t + c.Fine).ToArray(); // expect: AIR0001
            var byYear = TradeCatalogue.MofcomCases.AggregateBy(c => c.Year, Money.Zero(Currency.CNY), (t, c) => t + c.Fine).ToArray(); // clean: yuan onto a yuan seed
            var batches = new List<Money>();
            foreach (var batch in TradeCatalogue.MofcomFines.Chunk(2))
            {
                batches.Add(batch.Sum(Currency.USD)); // expect: AIR0001
            }

            return [.. halves, .. pairs, firstOver ? batches[0] : Money.Zero(Currency.USD), .. byBloc.Select(kv => kv.Value), .. byYear.Select(kv => kv.Value)];
        }

        /// <summary>Patterns over the catalogue.</summary>
        public bool[] Patterns(MofcomFine item) =>
        [
            TradeCatalogue.MofcomFines is [var first, ..] && first > TradeCatalogue.BisPenaltyCap, // expect: AIR0001
            TradeCatalogue.MofcomFines is [var head, ..] && head > TradeCatalogue.SubsidyClawback, // clean: yuan and yuan
            item is { Fine: var yuan } && yuan > TradeCatalogue.EntityListFee, // expect: AIR0001
            item is { Fine: var fine } && fine > TradeCatalogue.MofcomFineCeiling, // clean: yuan and yuan
        ];

        /// <summary>Deconstructed records in a loop.</summary>
        public List<string> Looped()
        {
            var notes = new List<string>();
            foreach (var (company, fine, year) in TradeCatalogue.MofcomCases)
            {
                if (fine > TradeCatalogue.BisPenaltyCap) // expect: AIR0001
                {
                    notes.Add($"{company} {year}");
                }
            }

            foreach (var (bloc, fee) in TradeCatalogue.LicenceFees)
            {
                if (fee.Currency != Currency.EUR)
                {
                    continue;
                }

                notes.Add((fee + TradeCatalogue.AsmlLicenceFee).ToString()); // clean: guarded by continue
            }

            return notes;
        }

        /// <summary>Sorts of arrays and spans.</summary>
        public Money[] Sorts()
        {
            Money[] caps = [TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap];
            string[] names = ["MOFCOM", "BIS"];
            Array.Sort(caps); // expect: AIR0001
            caps.AsSpan().Sort(); // expect: AIR0001
            Array.Sort(caps, names); // expect: AIR0001
            Array.Sort(names, caps); // clean: money given as the items is only moved
            var list = caps.ToList();
            list.Sort(Comparer<Money>.Create((a, b) => a.CompareTo(b))); // expect: AIR0001
            var ordered = caps.Order().ToArray(); // expect: AIR0001
            var same = EqualityComparer<Money>.Default.Equals(TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap); // expect: AIR0001
            return same ? ordered : [.. list];
        }

        /// <summary>Read-only, immutable and concurrent collections.</summary>
        public Money[] Collections()
        {
            var yuan = new List<Money> { TradeCatalogue.MofcomFineCeiling, TradeCatalogue.ReleaseFine };
            var view = yuan.AsReadOnly();
            var viewInDollars = view.Sum(Currency.USD); // expect: AIR0001
            var immutable = ImmutableList<Money>.Empty.Add(TradeCatalogue.MetiLicenceFee).Add(TradeCatalogue.LicenceFees[TradeBloc.Japan]);
            var immutableInEuros = immutable.Sum(Currency.EUR); // expect: AIR0001
            var immutableInYen = immutable.Sum(Currency.JPY); // clean: yen in yen
            var cache = new ConcurrentDictionary<string, Money>();
            var cached = cache.GetOrAdd("meti", TradeCatalogue.MetiLicenceFee);
            var cachedOver = cached > TradeCatalogue.AsmlLicenceFee; // expect: AIR0001
            var found = Array.Find(TradeCatalogue.MofcomFines.ToArray(), f => f.Amount > 0m);
            var foundOver = found > TradeCatalogue.BisPenaltyCap; // expect: AIR0001
            return [viewInDollars, immutableInEuros, immutableInYen, cachedOver || foundOver ? cached : found];
        }

        /// <summary>Dictionaries whose keys the flow cannot tell apart.</summary>
        public Money[] Keys(Dictionary<string, Money> other)
        {
            var ignoreCase = new Dictionary<string, Money>(StringComparer.OrdinalIgnoreCase) { ["tokyo"] = TradeCatalogue.MetiLicenceFee };
            ignoreCase["TOKYO"] = TradeCatalogue.AsmlLicenceFee;
            var tokyo = ignoreCase["tokyo"] + TradeCatalogue.AsmlLicenceFee; // clean: under this comparer both writes are one key, euros last
            var copy = new Dictionary<string, Money>(TradeCatalogue.LicenceFees.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value));
            var dutch = copy["Netherlands"] + TradeCatalogue.AsmlLicenceFee; // clean: a copy's keys are not followed, and the Dutch fee is euros
            var fallback = TradeCatalogue.LicenceFees.GetValueOrDefault(TradeBloc.Japan, Money.Eur(0m)) + TradeCatalogue.MetiLicenceFee; // clean: a fallback in another currency, unknown; the key holds yen
            var japanOnly = TradeCatalogue.LicenceFees.Where(kv => kv.Key == TradeBloc.Japan).Select(kv => kv.Value).Max() + TradeCatalogue.MetiLicenceFee; // clean: a value after a filter is unknown; yen here
            var passed = other.Count > 0 ? other.Values.First() : Money.Zero(Currency.USD); // clean: a parameter's values
            return [tokyo, dutch, fallback, japanOnly, passed];
        }

        /// <summary>Filters through the desk's helpers.</summary>
        public Money[] Filters()
        {
            var all = new List<Money> { TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap, TradeCatalogue.NewsFee };
            var dollars = all.Where(m => TradeMath.IsDollar(m)).Sum(Currency.USD); // clean: a filter through a helper of the code keeps unknown elements
            var converted = all.Select(m => TradeMath.ToUsd(m, _rates)).Max() + TradeCatalogue.BisPenaltyCap; // clean: each converted to dollars
            var perGroup = all.GroupBy(m => m.Currency).Select(g => g.Sum(g.Key).ConvertTo(Currency.USD, TradeCatalogue.ValueDate, _rates, RateLookup.ExactDate).Result).Sum(Currency.USD); // clean: each group converted at a stated date
            return [dollars, converted, perGroup];
        }
    }

    /// <summary>Correct code whose values change currency on the way, and records read per collection.</summary>
    public sealed class FlowProbes
    {
        private static readonly List<LicenceFee> EuroFees = [new LicenceFee(TradeBloc.Netherlands, "EUV", Money.Eur(12_500m), 2025), new LicenceFee(TradeBloc.Netherlands, "DUV", Money.Eur(9_000m), 2025)];
        private static readonly List<LicenceFee> YenFees = [new LicenceFee(TradeBloc.Japan, "KrF", Money.Jpy(1_900_000m), 2025)];

        /// <summary>Whether the code gives a fee for a bloc, and which.</summary>
        public static bool TryFee(TradeBloc bloc, out Money fee)
        {
            if (bloc == TradeBloc.Japan)
            {
                fee = Money.Jpy(1_900_000m);
                return true;
            }

            fee = Money.Eur(12_500m);
            return bloc == TradeBloc.Netherlands;
        }

        /// <summary>Fees read from lists of one currency each.</summary>
        public Money[] PerList()
        {
            var euroMax = EuroFees.Max(f => f.Fee) + TradeCatalogue.AsmlLicenceFee; // clean: every fee of this list is in euros
            var euroSum = EuroFees.Sum(f => f.Fee, Currency.EUR); // clean: euros in euros
            var yenSum = YenFees.Sum(f => f.Fee, Currency.JPY); // clean: yen in yen
            var wrong = EuroFees[0].Fee > TradeCatalogue.MetiLicenceFee; // expect: AIR0001
            var notes = new List<Money>();
            foreach (var f in YenFees)
            {
                notes.Add(f.Fee + TradeCatalogue.MetiLicenceFee); // clean: every fee of this list is in yen
            }

            return [euroMax, euroSum, yenSum, wrong ? euroSum : yenSum, .. notes];
        }

        /// <summary>Locals written again with another currency.</summary>
        public Money[] Rewritten(string text)
        {
            var (a, b) = (TradeCatalogue.MetiLicenceFee, TradeCatalogue.AsmlLicenceFee);
            (a, b) = (b, a);
            var swapped = a + TradeCatalogue.AsmlLicenceFee; // clean: after the swap a holds the euros
            var current = TradeCatalogue.MetiLicenceFee;
            foreach (var f in TradeCatalogue.DmaFines)
            {
                current = f;
            }

            var last = current + TradeCatalogue.AiActTopFine; // clean: written with yen and with euros, unknown; the last fine is euros
            var fees = new List<Money> { TradeCatalogue.MofcomFineCeiling };
            fees = [TradeCatalogue.BisPenaltyCap, TradeCatalogue.EntityListFee];
            var dollars = fees.Sum(Currency.USD); // clean: the list reassigned may hold dollars alone
            TryFee(TradeBloc.Japan, out var fee);
            var yen = fee + TradeCatalogue.MetiLicenceFee; // clean: the out value has two currencies, unknown; yen here
            Money? maybe = text.Length > 0 ? Money.Eur(text.Length) : null;
            var orZero = (maybe ?? Money.Zero(Currency.EUR)) + TradeCatalogue.AsmlLicenceFee; // clean: euros either way
            var penalty = new Penalty(TradeBloc.China, "PVH", Money.Cny(2_000_000m), TradeCatalogue.ValueDate);
            var settled = penalty with { Fine = Money.Usd(1_000_000m) };
            var inYuan = penalty.Fine + TradeCatalogue.MofcomFineCeiling; // clean: the object in this local was created with yuan
            var inDollars = settled.Fine + TradeCatalogue.BisPenaltyCap; // clean: the copy holds dollars
            var wrong = penalty.Fine > TradeCatalogue.BisPenaltyCap; // expect: AIR0001
            var meti = TradeCatalogue.MetiLicenceFee;
            var byArm = meti.Currency.Code switch { "EUR" => meti + TradeCatalogue.AsmlLicenceFee, _ => meti + TradeCatalogue.MetiLicenceFee }; // clean: a switch arm on the currency
            var sameCurrency = Money.Zero(meti.Currency) + meti; // clean: a zero of the figure's own currency
            return [swapped, last, dollars, yen, orZero, inYuan, inDollars, wrong ? inYuan : inDollars, byArm, sameCurrency];
        }

        /// <summary>Lists made per path, per loop and per try.</summary>
        public Money[] Paths(IEnumerable<TradeBloc> blocs, string text)
        {
            var largest = new List<Money>();
            foreach (var bloc in blocs)
            {
                var caps = new List<Money>();
                caps.Add(bloc == TradeBloc.China ? TradeCatalogue.MofcomFineCeiling : TradeCatalogue.BisPenaltyCap);
                caps.Add(bloc == TradeBloc.China ? TradeCatalogue.ReleaseFine : TradeCatalogue.EntityListFee);
                largest.Add(caps.Max()); // clean: a list made anew each time round holds one currency
            }

            var parsed = new List<Money>();
            try
            {
                parsed.Add(Money.Cny(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));
            }
            catch (FormatException)
            {
                parsed.Add(Money.Usd(0m));
            }

            largest.Add(parsed.Max()); // clean: the catch runs only when nothing was added
            return [.. largest];
        }

        /// <summary>Totals per currency in a dictionary.</summary>
        public Dictionary<Currency, Money> Totals()
        {
            var all = new List<Money> { TradeCatalogue.MofcomFineCeiling, TradeCatalogue.BisPenaltyCap, TradeCatalogue.ReleaseFine };
            var totals = new Dictionary<Currency, Money>();
            foreach (var m in all)
            {
                totals[m.Currency] = totals.TryGetValue(m.Currency, out var t) ? t + m : m; // clean: one total per currency, the key is the currency
            }

            var yenByCity = new Dictionary<string, Money> { ["tokyo"] = TradeCatalogue.MetiLicenceFee };
            var euroByCity = new Dictionary<string, Money> { ["tokyo"] = TradeCatalogue.AsmlLicenceFee };
            totals[Currency.JPY] = yenByCity["tokyo"] + TradeCatalogue.MetiLicenceFee; // clean: yen under that key of this dictionary
            totals[Currency.EUR] = euroByCity["tokyo"] + TradeCatalogue.AsmlLicenceFee; // clean: euros under that key of this dictionary
            return totals;
        }
    }

    /// <summary>Targets of the chip race.</summary>
    public static class TargetBook
    {
        private const int Plan = 2030;

        /// <summary>Targets as the desk records them.</summary>
        public static Target[] Targets(int year) =>
        [
            TradeCatalogue.ImportShare(2030, 2025), // expect: AIR0012
            TradeCatalogue.ImportShare(2024, 2027), // clean: goal after baseline
            TradeCatalogue.ImportShare(year, 2027), // clean: not a constant
            new Target("t-jp-fabs", "chip-share", "JP", MetricValue.Of(Share.FromPercent(10m)), baselineYear: 2025, MetricValue.Of(Share.FromPercent(20m)), goalYear: 2030, TargetKind.OfficialTarget, null, null, []), // clean: in order
            new Target("t-kr-fabs", "chip-share", "KR", null, baselineYear: Plan, MetricValue.Of(Share.FromPercent(70m)), goalYear: Plan - 5, TargetKind.OfficialTarget, null, null, []), // expect: AIR0012
            new Target("t-us-fabs", "chip-share", "US", null, baselineYear: year, MetricValue.Of(Share.FromPercent(20m)), goalYear: 2020, TargetKind.Pledge, null, null, []), // clean: not a constant
            new Target("t-eu-fines", "fine-total", "EU", MetricValue.Of(TradeCatalogue.DmaFineFloor), 2024, MetricValue.Of(Money.Billions(2m, Currency.EUR)), 2026, TargetKind.AnalystForecast, null, null, []), // clean: in order
        ];

        /// <summary>The goal years per target, ordered.</summary>
        public static IEnumerable<(string Id, int Goal)> Goals(IEnumerable<Target> targets) => targets.OrderBy(t => t.GoalYear).Select(t => (t.Id, t.GoalYear)); // clean: years, not money
    }
}
