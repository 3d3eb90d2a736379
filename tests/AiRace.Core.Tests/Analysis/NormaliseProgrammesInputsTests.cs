using AiRace.Core.Analysis;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Issue 13 §4: <see cref="Normaliser.NormaliseProgrammes"/> reads the programmes of an array or a list in
/// blocks ahead of normalising them; what it gives, throws and enumerates is the same for every kind of sequence.</summary>
public class NormaliseProgrammesInputsTests
{
    private static readonly NormalisationBasis Basis = NormalisationBasis.AtAnnualAverage(2024);
    private static readonly SourceReference[] Cited = [new("seed-001", "Enter Shanghai")];

    /// <summary>Programmes in yuan and dollars, exact, capped and ranges, every seventh without a headline and every
    /// 61st at 10^-28 yuan (rounded away when converted): more than two blocks of the read-ahead.</summary>
    private static List<Programme> Programmes(int count)
    {
        var list = new List<Programme>(count);
        for (int i = 0; i < count; i++)
        {
            Currency currency = i % 3 == 0 ? Currency.USD : Currency.CNY;
            Money amount = i % 61 == 60 ? Money.Of(0.0000000000000000000000000001m, Currency.CNY) : Money.Of(1_000_000m + (i * 1_234.5m), currency);
            ReportedAmount? headline = (i % 7) switch
            {
                6 => null,
                5 => ReportedAmount.Between(amount, amount * 2m),
                4 => ReportedAmount.UpTo(amount),
                _ => ReportedAmount.Exact(amount),
            };
            list.Add(new Programme("p-" + i, "Programme " + i, SponsorKind.State, "CN", [], [Instrument.Subsidy],
                [new StatusChange(ProgrammeStatus.Announced, PartialDate.OfYear(2024), Cited)], null, headline, null, [], Cited));
        }

        return list;
    }

    private static NormalisationResult Normalise(IEnumerable<Programme> programmes) =>
        new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(programmes, Basis);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(200)]
    public void A_list_an_array_and_a_lazy_sequence_give_the_same_result(int count)
    {
        List<Programme> programmes = Programmes(count);
        NormalisationResult lazy = Normalise(programmes.Select(p => p));

        foreach (NormalisationResult result in new[] { Normalise(programmes), Normalise(programmes.ToArray()) })
        {
            result.Items.Should().Equal(lazy.Items);
            result.NotNormalised.Should().Equal(lazy.NotNormalised);
        }

        int unconverted = Enumerable.Range(0, count).Count(i => i % 7 == 6 || i % 61 == 60);
        lazy.NotNormalised.Should().HaveCount(unconverted);
        lazy.Items.Should().HaveCount(count - unconverted);
        lazy.Items.Select(i => i.Programme).Should().Equal(programmes.Where(p => lazy.NotNormalised.All(n => !ReferenceEquals(n.Programme, p))));
    }

    [Fact]
    public void A_null_programme_in_a_list_or_an_array_is_refused_as_in_any_sequence()
    {
        List<Programme> programmes = Programmes(100);
        programmes[70] = null!;

        FluentActions.Invoking(() => Normalise(programmes)).Should().Throw<ArgumentNullException>().WithParameterName("programme");
        FluentActions.Invoking(() => Normalise(programmes.ToArray())).Should().Throw<ArgumentNullException>().WithParameterName("programme");
        FluentActions.Invoking(() => Normalise(programmes.Select(p => p))).Should().Throw<ArgumentNullException>().WithParameterName("programme");
    }

    [Fact]
    public void A_list_changed_while_it_is_normalised_is_still_refused_by_its_enumerator()
    {
        List<Programme> programmes = Programmes(100);
        var adding = new AddingProvider(programmes);

        FluentActions.Invoking(() => new Normaliser(adding, Currency.USD).NormaliseProgrammes(programmes, Basis))
            .Should().Throw<InvalidOperationException>();
        adding.Calls.Should().Be(1, "the list is enumerated as before: the change is found before the next programme");
    }

    /// <summary>The Fed's rates, adding a programme to the list on the first call.</summary>
    private sealed class AddingProvider(List<Programme> programmes) : IExchangeRateProvider
    {
        public int Calls { get; private set; }

        public ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup)
        {
            if (Calls++ == 0)
            {
                programmes.Add(programmes[0]);
            }

            return ReferenceRates.FederalReserveH10.GetRate(from, to, date, lookup);
        }

        public bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate rate) =>
            ReferenceRates.FederalReserveH10.TryGetRate(from, to, date, lookup, out rate);
    }
}
