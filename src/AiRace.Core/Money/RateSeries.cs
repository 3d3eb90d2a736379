using System;
using System.Collections.Generic;
using System.Threading;

namespace AiRace.Core;

/// <summary>How often a rate series is quoted, and so what period one of its rates covers.</summary>
public enum RatePeriod
{
    /// <summary>One business day.</summary>
    Day = 0,

    /// <summary>A calendar month (for example a monthly average); the rate's date is the first of the month.</summary>
    Month = 1,

    /// <summary>A calendar year (for example an annual average); the rate's date is the first of January.</summary>
    Year = 2,
}

/// <summary>How a series' rates were obtained.</summary>
public enum RateDerivation
{
    /// <summary>Published by the source as they are.</summary>
    Published = 0,

    /// <summary>The reciprocal of a published series (yuan per dollar turned into dollars per yuan).</summary>
    Inverse = 1,

    /// <summary>The product of two series through a pivot currency.</summary>
    Cross = 2,

    /// <summary>The rate 1 between a currency and itself.</summary>
    Identity = 3,
}

/// <summary>
/// Where exchange rates come from: an identifier, a citation and the period each rate covers, so that every
/// conversion can say which series it used ("Fed H.10 (DEXCHUS)"). Immutable and thread-safe.
/// </summary>
public sealed class RateSeries : IEquatable<RateSeries>
{
    private RateSeries? _inverse;

    /// <summary>Describes a published series.</summary>
    /// <param name="id">A short stable identifier, such as "DEXCHUS".</param>
    /// <param name="citation">How to cite it, such as "Fed H.10 (DEXCHUS)".</param>
    /// <param name="publisher">Who publishes it.</param>
    /// <param name="period">The period one rate covers.</param>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public RateSeries(string id, string citation, string publisher, RatePeriod period)
        : this(id, citation, publisher, period, RateDerivation.Published, Array.Empty<RateSeries>())
    {
    }

    private RateSeries(string id, string citation, string publisher, RatePeriod period, RateDerivation derivation, IReadOnlyList<RateSeries> components)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        Guard.Defined(period);
        Id = id;
        Citation = citation;
        Publisher = publisher;
        Period = period;
        Derivation = derivation;
        Components = components;
    }

    /// <summary>The series of identity rates (1 between a currency and itself).</summary>
    public static RateSeries Identity { get; } = new("identity", "identity (same currency)", "AiRace.Core", RatePeriod.Day, RateDerivation.Identity, Array.Empty<RateSeries>());

    /// <summary>A short stable identifier, such as "DEXCHUS"; derived series get "1/DEXCHUS" or "A×B".</summary>
    public string Id { get; }

    /// <summary>How to cite the series, such as "Fed H.10 (DEXCHUS)".</summary>
    public string Citation { get; }

    /// <summary>Who publishes the series.</summary>
    public string Publisher { get; }

    /// <summary>The period one rate covers.</summary>
    public RatePeriod Period { get; }

    /// <summary>Whether the rates are published, inverted or crossed.</summary>
    public RateDerivation Derivation { get; }

    /// <summary>The series this one is derived from (empty for a published series).</summary>
    public IReadOnlyList<RateSeries> Components { get; }

    /// <summary>The series of reciprocal rates; the same instance on every call. The inverse of an inverse series is
    /// the series it inverted.</summary>
    public RateSeries Inverse
    {
        get
        {
            if (_inverse is null)
            {
                RateSeries inverse = Derivation == RateDerivation.Identity
                    ? this
                    : Derivation == RateDerivation.Inverse
                    ? Components[0]
                    : new RateSeries("1/" + Id, "inverse of " + Citation, Publisher, Period, RateDerivation.Inverse, new[] { this });
                Interlocked.CompareExchange(ref _inverse, inverse, null);
            }

            return _inverse;
        }
    }

    /// <summary>The series of cross rates made from two series through a pivot currency, when the pivot is not known;
    /// <see cref="Cross(RateSeries, RateSeries, Currency)"/> names it.</summary>
    /// <param name="first">The series of the first leg (from → pivot).</param>
    /// <param name="second">The series of the second leg (pivot → to).</param>
    /// <returns>The derived series.</returns>
    public static RateSeries Cross(RateSeries first, RateSeries second)
    {
        Guard.NotNull(first);
        Guard.NotNull(second);
        return new RateSeries(
            first.Id + "×" + second.Id,
            "cross of " + first.Citation + " and " + second.Citation,
            first.Publisher == second.Publisher ? first.Publisher : first.Publisher + "; " + second.Publisher,
            (RatePeriod)Math.Max((int)first.Period, (int)second.Period),
            RateDerivation.Cross,
            new[] { first, second });
    }

    /// <summary>
    /// The series of cross rates made from two series through a pivot currency, cited by the published series they
    /// come from: the cross of ECB EUR/USD (used as its inverse, USD/EUR) and ECB EUR/CNY is
    /// "cross of ECB EUR/USD and ECB EUR/CNY via EUR". <see cref="Components"/> holds the legs as used.
    /// </summary>
    /// <param name="first">The series of the first leg (from → pivot), possibly an inverse.</param>
    /// <param name="second">The series of the second leg (pivot → to), possibly an inverse.</param>
    /// <param name="pivot">The currency the legs meet in.</param>
    /// <returns>The derived series.</returns>
    /// <exception cref="ArgumentNullException">A series is null.</exception>
    public static RateSeries Cross(RateSeries first, RateSeries second, Currency pivot)
    {
        Guard.NotNull(first);
        Guard.NotNull(second);
        return new RateSeries(
            first.Id + "×" + second.Id,
            "cross of " + Published(first).Citation + " and " + Published(second).Citation + " via " + pivot.Code,
            first.Publisher == second.Publisher ? first.Publisher : first.Publisher + "; " + second.Publisher,
            (RatePeriod)Math.Max((int)first.Period, (int)second.Period),
            RateDerivation.Cross,
            new[] { first, second });

        static RateSeries Published(RateSeries leg) => leg.Derivation == RateDerivation.Inverse ? leg.Components[0] : leg;
    }

    /// <inheritdoc/>
    public bool Equals(RateSeries? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Derivation == other.Derivation && Period == other.Period && Citation == other.Citation));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RateSeries other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Derivation, Period);

    /// <summary>The citation.</summary>
    /// <returns><see cref="Citation"/>.</returns>
    public override string ToString() => Citation;
}
