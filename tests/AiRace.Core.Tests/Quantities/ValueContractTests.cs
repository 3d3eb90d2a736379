using System.Numerics;
using AiRace.Core.Policy;
using CsCheck;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Quantities;

/// <summary>Equality, hashing and ordering laws, checked the same way for every value type.</summary>
public class ValueContractTests
{
    private static void EqualityLaws<T>(Gen<T> gen)
        where T : IEquatable<T>
    {
        Gen.Select(gen, gen).ForAll(0x13_45, 1_000, (a, b) =>
        {
            bool equal = a.Equals(b);
            (a.Equals(a)
                && equal == b.Equals(a)
                && equal == a.Equals((object)b)
                && (!equal || a.GetHashCode() == b.GetHashCode())
                && !a.Equals(null)).Should().BeTrue($"{a} and {b} keep the equality laws");
        });
    }

    private static void OrderingLaws<T>(Gen<T> gen)
        where T : IComparable<T>, IEquatable<T>
    {
        Gen.Select(gen, gen, gen).ForAll(0x13_46, 1_000, (a, b, c) =>
        {
            int ab = a.CompareTo(b);
            bool antisymmetric = Math.Sign(ab) == -Math.Sign(b.CompareTo(a));
            bool consistent = (ab == 0) == a.Equals(b);
            bool transitive = !(ab <= 0 && b.CompareTo(c) <= 0) || a.CompareTo(c) <= 0;
            (antisymmetric && consistent && transitive).Should().BeTrue($"{a}, {b} and {c} keep the ordering laws");
        });
    }

    /// <summary>The six comparison operators agree with CompareTo, on pairs that are often equal (a &lt; a is false,
    /// a &lt;= a true), and equality holds across scales (1.0 and 1.00).</summary>
    private static void OperatorLaws<T>(Gen<T> gen, ulong seed)
        where T : IComparable<T>, IComparisonOperators<T, T, bool>
    {
        Gen.Select(gen, gen, Gen.Int[0, 2]).ForAll(seed, 1_000, (a, other, same) =>
        {
            T b = same == 0 ? a : other;
            int order = Math.Sign(a.CompareTo(b));
            bool[] operators = [a < b, a <= b, a > b, a >= b, a == b, a != b];
            bool[] expected = [order < 0, order <= 0, order > 0, order >= 0, order == 0, order != 0];
            operators.Should().Equal(expected, $"{a} against {b} (CompareTo {order}): <, <=, >, >=, ==, !=");
        });
    }

    [Fact]
    public void ComparisonOperators_AgreeWithCompareTo()
    {
        OperatorLaws(Shares, 0x13_50);
        OperatorLaws(Points, 0x13_51);
        OperatorLaws(Ratios, 0x13_52);
        OperatorLaws(Gen.Select(Gen.Int[-3, 3], Gen.Int[0, 3]).Select((n, scale) => Money.Cny(n / MoneyGen.Pow10(scale))), 0x13_53);
        Share.FromPercent(55).Should().Match<Share>(s => s == Share.FromFraction(0.5500m) && !(s != Share.FromFraction(0.5500m)));
        (Ratio.Of(1.0m) == Ratio.Of(1.00m)).Should().BeTrue();
        (PercentagePoints.Of(1.0m) == PercentagePoints.Of(1.00m)).Should().BeTrue();
    }

    [Fact]
    public void CurrencyOperators_AgreeWithCompareTo_WhichIsOrdinalByCode()
    {
        Gen.Select(MoneyGen.AnyCurrency, MoneyGen.AnyCurrency, Gen.Int[0, 2]).ForAll(0x13_54, 1_000, (a, other, same) =>
        {
            Currency b = same == 0 ? a : other;
            int order = Math.Sign(string.CompareOrdinal(a.Code, b.Code));
            Math.Sign(a.CompareTo(b)).Should().Be(order);
            bool[] operators = [a < b, a <= b, a > b, a >= b, a == b, a != b, a.Equals(b), a.Equals((object)b)];
            bool[] expected = [order < 0, order <= 0, order > 0, order >= 0, order == 0, order != 0, order == 0, order == 0];
            operators.Should().Equal(expected, $"{a.Code} against {b.Code}");
        });
        ((IComparable)Currency.CNY).CompareTo(null).Should().BePositive();
        ((IComparable)Currency.CNY).CompareTo(Currency.USD).Should().BeNegative();
        ((Action)(() => ((IComparable)Currency.CNY).CompareTo("CNY"))).Should().Throw<ArgumentException>();
    }

    private static readonly Gen<Share> Shares = Gen.Int[0, 10_000].Select(n => Share.FromPercent(n / 100m));
    private static readonly Gen<PercentagePoints> Points = Gen.Int[-10_000, 10_000].Select(n => PercentagePoints.Of(n / 100m));
    private static readonly Gen<Ratio> Ratios = Gen.Int[0, 100_000].Select(n => Ratio.Of(n / 1000m));

    [Fact]
    public void Share_obeys_equality_and_ordering_laws()
    {
        EqualityLaws(Shares);
        OrderingLaws(Shares);
        Share.FromPercent(55).GetHashCode().Should().Be(Share.FromFraction(0.550m).GetHashCode(), "55% is 55% however it was written");
    }

    [Fact]
    public void PercentagePoints_obey_equality_and_ordering_laws()
    {
        EqualityLaws(Points);
        OrderingLaws(Points);
    }

    [Fact]
    public void Ratio_obeys_equality_and_ordering_laws()
    {
        EqualityLaws(Ratios);
        OrderingLaws(Ratios);
    }

    [Fact]
    public void DurationRange_PartialDate_and_MetricValue_obey_equality_laws()
    {
        EqualityLaws(Gen.Select(Gen.Int[0, 5], Gen.Int[0, 5], Gen.Int[1, 3]).Select((a, b, u) => DurationRange.Of(Math.Min(a, b), Math.Max(a, b), (DurationUnit)u)));
        EqualityLaws(Gen.Select(Gen.Int[2020, 2022], Gen.Int[0, 2], Gen.Int[0, 2]).Select((y, m, d) => m == 0 ? PartialDate.OfYear(y) : d == 0 ? PartialDate.OfMonth(y, m) : PartialDate.OfDay(y, m, d)));
        EqualityLaws(Gen.Select(Shares, Gen.Int[0, 3]).Select((s, q) => MetricValue.Of(s, (AmountQualifier)q)));
        MetricValue.Of(Share.FromPercent(65)).Should().NotBe(MetricValue.Of(Ratio.Of(0.65m)), "a share and a ratio are different kinds of value");
        MetricValue.Of(Ratio.Of(0.65m)).Should().NotBe(MetricValue.Of(Ratio.Of(0.65m), AmountQualifier.Approximately));
    }
}
