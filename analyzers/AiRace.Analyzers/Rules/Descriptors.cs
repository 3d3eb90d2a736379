using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>The identifiers of every AiRace rule.</summary>
public static class RuleIds
{
    /// <summary>Money values in two different known currencies are combined or compared.</summary>
    public const string CurrencyMismatch = "AIR0001";

    /// <summary>Money is built from a <c>double</c> or <c>float</c> amount.</summary>
    public const string MoneyFromFloatingPoint = "AIR0002";

    /// <summary>A constant currency code is not an active ISO 4217 code.</summary>
    public const string UnknownCurrencyCode = "AIR0003";

    /// <summary>Arithmetic or comparison on the raw <c>Amount</c> of money values.</summary>
    public const string UnitStripping = "AIR0004";

    /// <summary>A percent factory given a fraction, or a fraction factory given a percent.</summary>
    public const string PercentScale = "AIR0005";

    /// <summary>Raw share numbers added or subtracted instead of <c>Share - Share</c>.</summary>
    public const string PercentagePoints = "AIR0006";

    /// <summary><c>Sum</c>/<c>Aggregate</c> over the <c>Amount</c> of money values.</summary>
    public const string MixedCurrencySum = "AIR0007";

    /// <summary>A conversion date taken from the clock.</summary>
    public const string ClockConversionDate = "AIR0008";

    /// <summary><c>Math.Round</c>/<c>decimal.Round</c> on a money amount without a <c>MidpointRounding</c>.</summary>
    public const string RoundingWithoutMode = "AIR0009";

    /// <summary>A public field, property or parameter that holds money as a bare number.</summary>
    public const string RawMonetaryPrimitive = "AIR0010";

    /// <summary>An already-scaled figure handed to a millions/billions/trillions factory.</summary>
    public const string MagnitudeDoubleScaling = "AIR0011";

    /// <summary>A target whose goal year precedes its baseline year.</summary>
    public const string TargetYearBeforeBaseline = "AIR0012";

    /// <summary>A constant share outside 0–100% (the error half of rule 5).</summary>
    public const string ShareOutOfRange = "AIR0013";
}

/// <summary>The catalogue of every AiRace diagnostic descriptor: one place for titles, messages, severities and help links.</summary>
public static class Descriptors
{
    /// <summary>Where the rule pages live: the repository URL configured at build time (AiRaceRepositoryUrl); the ID and <c>.md</c> are appended.</summary>
    public const string HelpLinkBase = RepositoryInfo.Url + "/blob/" + RepositoryInfo.Branch + "/analyzers/docs/";

    private const string Correctness = "Correctness";
    private const string Design = "Design";
    private const string Reproducibility = "Reproducibility";

    /// <summary>The help link of a rule.</summary>
    /// <param name="id">The rule ID, such as <c>AIR0001</c>.</param>
    /// <returns>The URL of the rule's page.</returns>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    /// <summary>AIR0001: currency mismatch.</summary>
    public static readonly DiagnosticDescriptor CurrencyMismatch = Create(
        RuleIds.CurrencyMismatch,
        "Money in different currencies is combined or compared",
        "'{0}' combines money in {1} with money in {2}; convert one side first",
        Correctness,
        DiagnosticSeverity.Error,
        "Both currencies are known at compile time and differ, so this operation throws CurrencyMismatchException (or, for Equals, is always false). Convert one amount with a dated exchange rate first.");

    /// <summary>AIR0002: money from floating point.</summary>
    public static readonly DiagnosticDescriptor MoneyFromFloatingPoint = Create(
        RuleIds.MoneyFromFloatingPoint,
        "Money is built from a floating-point amount",
        "The amount of this money comes from a {0} expression; binary floating point cannot hold most decimal amounts exactly",
        Correctness,
        DiagnosticSeverity.Error,
        "double and float round decimal fractions (0.1 is 0.1000000000000000055...). Build money from decimal values: a decimal literal such as 0.1m.");

    /// <summary>AIR0003: unknown currency code.</summary>
    public static readonly DiagnosticDescriptor UnknownCurrencyCode = Create(
        RuleIds.UnknownCurrencyCode,
        "The currency code is not an active ISO 4217 code",
        "\"{0}\" is not an active ISO 4217 currency code{1}",
        Correctness,
        DiagnosticSeverity.Error,
        "Currency codes are three upper-case letters from ISO 4217 (CNY, USD, EUR). Names, symbols, market codes and lower-case codes fail at run time.");

    /// <summary>AIR0004: unit stripping.</summary>
    public static readonly DiagnosticDescriptor UnitStripping = Create(
        RuleIds.UnitStripping,
        "Arithmetic on raw money amounts bypasses the currency check",
        "'{0}' works on the bare amounts of two money values, so a currency mismatch goes unnoticed; operate on the Money values",
        Correctness,
        DiagnosticSeverity.Warning,
        "Money operators check that both sides are in the same currency. Taking .Amount first strips the unit and with it that check.");

    /// <summary>AIR0005: percent scale.</summary>
    public static readonly DiagnosticDescriptor PercentScale = Create(
        RuleIds.PercentScale,
        "A share factory is given a number on the other scale",
        "{0}({1}) looks like {2}; did you mean {3}?",
        Correctness,
        DiagnosticSeverity.Warning,
        "Share.FromPercent takes 55 for 55%; Share.FromFraction takes 0.55 for 55%. A percent below 1 or a fraction above 1 is usually the other scale.");

    /// <summary>AIR0013: a constant share outside 0–100%.</summary>
    public static readonly DiagnosticDescriptor ShareOutOfRange = Create(
        RuleIds.ShareOutOfRange,
        "A constant share is outside 0–100%",
        "{0}({1}) is a share of {2}%, outside 0–100%",
        Correctness,
        DiagnosticSeverity.Error,
        "A share is a part of a whole: between 0% and 100%. Use Ratio for relative measures that may exceed 1.");

    /// <summary>AIR0006: percentage points.</summary>
    public static readonly DiagnosticDescriptor PercentagePoints = Create(
        RuleIds.PercentagePoints,
        "Raw share numbers are added or subtracted",
        "'{0}' {1} raw share numbers; subtract the shares to get PercentagePoints, add PercentagePoints to a Share",
        Correctness,
        DiagnosticSeverity.Warning,
        "The difference of 17% and 55% is 38 percentage points, not 38%. Share - Share gives PercentagePoints, a type that says so.");

    /// <summary>AIR0007: mixed-currency sum.</summary>
    public static readonly DiagnosticDescriptor MixedCurrencySum = Create(
        RuleIds.MixedCurrencySum,
        "Money amounts are summed without a currency",
        "'{0}' adds up bare amounts of money, whatever their currencies; use the currency-stating Sum",
        Correctness,
        DiagnosticSeverity.Warning,
        "Summing .Amount adds yuan to dollars without complaint. MoneyEnumerable.Sum(currency) states the currency and throws on any other.");

    /// <summary>AIR0008: a conversion date from the clock.</summary>
    public static readonly DiagnosticDescriptor ClockConversionDate = Create(
        RuleIds.ClockConversionDate,
        "A conversion date is taken from the clock",
        "The date given to '{0}' comes from the clock ({1}), so the result changes from run to run",
        Reproducibility,
        DiagnosticSeverity.Warning,
        "An analysis must give the same answer tomorrow. State the date the figure is for (new DateOnly(2025, 6, 30)) or pass it in.");

    /// <summary>AIR0009: rounding without a mode.</summary>
    public static readonly DiagnosticDescriptor RoundingWithoutMode = Create(
        RuleIds.RoundingWithoutMode,
        "A money amount is rounded without a MidpointRounding",
        "'{0}' rounds a money amount with the implicit banker's rounding; state a MidpointRounding",
        Correctness,
        DiagnosticSeverity.Warning,
        "Math.Round and decimal.Round default to MidpointRounding.ToEven, which surprises most readers of financial figures. Say which rule you mean.");

    /// <summary>AIR0010: raw monetary primitive in a public API.</summary>
    public static readonly DiagnosticDescriptor RawMonetaryPrimitive = Create(
        RuleIds.RawMonetaryPrimitive,
        "A public API holds money as a bare number",
        "{0} '{1}' holds money as a bare {2}; use Money so that the currency travels with the amount",
        Design,
        DiagnosticSeverity.Info,
        "A decimal named 'budget' says nothing about its currency. Money carries it and checks it.");

    /// <summary>AIR0011: magnitude double-scaling.</summary>
    public static readonly DiagnosticDescriptor MagnitudeDoubleScaling = Create(
        RuleIds.MagnitudeDoubleScaling,
        "An already-scaled figure is scaled again",
        "{0} {1} is {2}: the figure looks already scaled; state it in the scale it is written in",
        Correctness,
        DiagnosticSeverity.Warning,
        "Money.Millions(600) is 600 million; Money.Millions(600_000_000) is 600 trillion. A figure that is already a full amount must not be scaled again.");

    /// <summary>AIR0012: target year before baseline.</summary>
    public static readonly DiagnosticDescriptor TargetYearBeforeBaseline = Create(
        RuleIds.TargetYearBeforeBaseline,
        "The goal year precedes the baseline year",
        "The goal year {0} is before the baseline year {1}",
        Correctness,
        DiagnosticSeverity.Error,
        "A target moves from a baseline to a later goal. A goal year before the baseline year is a swapped or mistyped year.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
}
