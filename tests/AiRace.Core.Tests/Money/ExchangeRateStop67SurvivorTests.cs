using System;

namespace AiRace.Core.Tests;

/// <summary>Tests for mutants of the rate classes that the mutation run of stop 66 (tests/README.md) left alive.</summary>
public class ExchangeRateStop67SurvivorTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);

    /// <summary>A rate of a currency against itself (an identity rate, as a file that lists its own currency at 1 gives)
    /// is one direction, not both: the table takes it (the check of both directions compares a pair with its reverse
    /// only once, and for a currency against itself the reverse is the pair itself).</summary>
    [Fact]
    public void AnIdentityRate_IsNotRefusedAsBothDirections()
    {
        ExchangeRate identity = ExchangeRate.Identity(Currency.CNY, Day);

        var table = new ExchangeRateTable([identity, new ExchangeRate(Currency.USD, Currency.CNY, 7.25m, Day, new RateSeries("D", "Daily test", "Tests", RatePeriod.Day))]);

        table.Count.Should().Be(2);
        table.TryGetRate(Currency.CNY, Currency.CNY, Day, RateLookup.ExactDate, out ExchangeRate rate).Should().BeTrue();
        rate.Should().Be(identity);
        table.GetRate(Currency.CNY, Currency.USD, Day, RateLookup.ExactDate).Rate.Should().Be(1m / 7.25m);
    }
}
