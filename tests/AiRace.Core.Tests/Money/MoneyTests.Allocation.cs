using System;
using System.Linq;
using CsCheck;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

public partial class MoneyTests
{
    [Fact]
    public void Allocate_ShanghaiPackageByItsParts()
    {
        M[] parts = M.Billions(1, Currency.CNY).Allocate(new[] { 600m, 300m, 100m });
        parts.Select(p => p.Amount).Should().Equal(600_000_000m, 300_000_000m, 100_000_000m);
    }

    [Fact]
    public void Allocate_RemainderGoesByLargestRemainder_NotAllToTheLast()
    {
        // 1.00 by 1:1:1 → 0.34, 0.33, 0.33 (the tie goes to the first part).
        M.Cny(1).Allocate(3).Select(p => p.Amount).Should().Equal(0.34m, 0.33m, 0.33m);
        // 0.05 by 3:7 → exact 0.015 and 0.035 → floors 0.01, 0.03; remainders .5 and .5 → first gets the cent.
        M.Cny(0.05m).Allocate(new[] { 3m, 7m }).Select(p => p.Amount).Should().Equal(0.02m, 0.03m);
        // 10.00 in 7 parts: 1000 cents / 7 = 142.857 each; 142 × 7 = 994, so six parts get a 143rd cent.
        M.Usd(10).Allocate(7).Select(p => p.Amount).Should().Equal(1.43m, 1.43m, 1.43m, 1.43m, 1.43m, 1.43m, 1.42m);
        // The largest remainder wins even when it is not first: 1.00 by 1:2 → exact 0.333.., 0.666.. → 0.33, 0.67.
        M.Cny(1).Allocate(new[] { 1m, 2m }).Select(p => p.Amount).Should().Equal(0.33m, 0.67m);
        // Yen has no minor unit below one: 100 by 1:1:1 → 34, 33, 33.
        M.Jpy(100).Allocate(3).Select(p => p.Amount).Should().Equal(34m, 33m, 33m);
        // Negative amounts split the same way, with the sign kept.
        M.Cny(-1).Allocate(3).Select(p => p.Amount).Should().Equal(-0.34m, -0.33m, -0.33m);
    }

    [Fact]
    public void Allocate_InvalidInput_SaysWhatIsWrong()
    {
        ((Action)(() => M.Cny(1).Allocate(0))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("parts must be at least 1; it was 0.*");
        ((Action)(() => M.Cny(1).Allocate(new[] { 1m, -1m }))).Should().Throw<ArgumentException>().WithMessage("ratios[1] is -1; ratios must not be negative.*");
        ((Action)(() => M.Cny(1).Allocate(new[] { 0m, 0m }))).Should().Throw<ArgumentException>().WithMessage("At least one ratio must be greater than zero.*");
        ((Action)(() => M.Cny(1).Allocate(ReadOnlySpan<decimal>.Empty))).Should().Throw<ArgumentException>().WithMessage("At least one ratio is needed.*");
        ((Action)(() => M.Cny(1.005m).Allocate(2))).Should().Throw<InvalidOperationException>()
            .WithMessage("Cannot allocate CNY 1.005 in minor units: it is not a whole number of CNY minor units (10^-2). Round it first with Round(MidpointRounding).");
        ((Action)(() => new M(1, Currency.XAU).Allocate(2))).Should().Throw<InvalidOperationException>().WithMessage("XAU has no minor unit*");
        new M(1, Currency.XAU).Allocate(new[] { 1m, 1m, 1m }, 3).Select(p => p.Amount).Should().Equal(0.334m, 0.333m, 0.333m);
    }

    [Fact]
    public void Allocate_Property_PartsAddUpAndEachIsWithinOneMinorUnitOfItsShare()
    {
        Gen<long> cents = Gen.Long[-1_000_000_000_000_000, 1_000_000_000_000_000];
        Gen<decimal[]> ratios = Gen.Int[0, 1_000_000].Select(i => (decimal)i).Array[1, 12].Where(r => r.Sum() > 0);
        Gen.Select(cents, ratios).ForAll(0x13_43, 2_000, (c, r) =>
        {
            var whole = M.Cny(c / 100m);
            M[] parts = whole.Allocate(r);
            parts.Sum(Currency.CNY).Should().Be(whole);
            decimal total = r.Sum();
            for (int i = 0; i < parts.Length; i++)
            {
                decimal exact = whole.Amount * r[i] / total;
                Math.Abs(parts[i].Amount - exact).Should().BeLessThan(0.01m, $"part {i} of {whole} by [{string.Join(':', r)}]");
                parts[i].IsWholeMinorUnits.Should().BeTrue();
            }
        });
    }
}
