using System;
using System.Text.Json;
using CsCheck;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

/// <summary>Property tests of the laws Money must keep.</summary>
public partial class MoneyTests
{
    // Amounts with 0 to 6 decimals, up to ±10^16: far from decimal's limits, so sums cannot overflow.
    private static readonly Gen<decimal> Amounts =
        Gen.Select(Gen.Long[-10_000_000_000_000_000, 10_000_000_000_000_000], Gen.Int[0, 6])
            .Select((units, scale) => new decimal((int)(Math.Abs(units) & 0xFFFFFFFF), (int)(Math.Abs(units) >> 32), 0, units < 0, (byte)scale));

    private static readonly Gen<Currency> Currencies = Gen.Int[0, Currency.All.Count - 1].Select(i => Currency.All[i]);

    [Fact]
    public void Addition_IsCommutativeAndAssociative_AndNegationCancels()
    {
        Gen.Select(Amounts, Amounts, Amounts).ForAll(0x13_40, 2_000, (a, b, c) =>
        {
            M x = M.Cny(a), y = M.Cny(b), z = M.Cny(c);
            (x + y).Should().Be(y + x);
            ((x + y) + z).Should().Be(x + (y + z));
            (x + (-x)).Should().Be(M.Zero(Currency.CNY));
            (x - y).Should().Be(x + (-y));
        });
    }

    [Fact]
    public void FormatThenParse_RoundTripsExactly_InBothCanonicalForms()
    {
        Gen.Select(Amounts, Currencies).ForAll(0x13_41, 2_000, (a, currency) =>
        {
            var m = new M(a, currency);
            M.Parse(m.ToString()).Should().Be(m);
            M.Parse(m.ToString("R", null)).Should().Be(m);
        });
    }

    [Fact]
    public void Json_RoundTripsExactly_IncludingScale()
    {
        Gen.Select(Amounts, Currencies).ForAll(0x13_42, 2_000, (a, currency) =>
        {
            var m = new M(a, currency);
            M back = JsonSerializer.Deserialize<M>(JsonSerializer.Serialize(m));
            back.Should().Be(m);
            back.Amount.Scale.Should().Be(m.Amount.Scale);
        });
    }
}
