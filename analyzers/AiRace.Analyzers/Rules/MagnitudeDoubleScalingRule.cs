using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0011: reports an already-scaled constant given to <c>Money.Millions</c>, <c>Billions</c>, <c>Trillions</c> (or
/// <c>Money.Scaled</c> with one of those magnitudes): a figure at least as large as the scale factor itself (times the
/// units per dollar, rounded up to a power of ten, for a known currency with small units), or one
/// that makes the amount larger than any budget on Earth in its currency: 10^15 units of a currency worth about a
/// dollar or more, more for currencies with small units (a budget of Rp 3,621 trillion is real), and the most any
/// currency allows when the currency is not known at compile time.
/// </summary>
internal sealed class MagnitudeDoubleScalingRule : Rule, ICallRule
{
    /// <summary>The amount above which a scaled figure cannot be meant, in a currency worth about a dollar or more: 10^15.</summary>
    private const decimal Implausible = 1_000_000_000_000_000m;

    /// <summary>
    /// Currencies with small units, by the power of ten of their units per US dollar, rounded up (yen ≈ 150: 10^3;
    /// rupiah ≈ 16,000: 10^5). Their implausible amount is 10^15 times that: a yen budget of 10^17 is still a mistake,
    /// a rupiah budget of 3.6 × 10^15 is not. Rounded up and generous on purpose: the rule must never call a real
    /// budget a mistake. Every code is an active ISO 4217 code (a test checks it against the shipped table).
    /// </summary>
    internal static readonly ImmutableDictionary<string, int> SmallUnits = new System.Collections.Generic.Dictionary<string, int>
    {
        ["JPY"] = 3, ["KRW"] = 4, ["IDR"] = 5, ["VND"] = 5, ["IRR"] = 7, ["LBP"] = 6, ["LAK"] = 5, ["UZS"] = 5,
        ["GNF"] = 4, ["SLE"] = 2, ["SYP"] = 5, ["PYG"] = 4, ["COP"] = 4, ["KHR"] = 4, ["MMK"] = 4, ["UGX"] = 4,
        ["TZS"] = 4, ["MGA"] = 4, ["BIF"] = 4, ["CDF"] = 4, ["MNT"] = 4, ["IQD"] = 4, ["NGN"] = 4, ["KPW"] = 4,
        ["ARS"] = 4, ["CLP"] = 3, ["HUF"] = 3, ["ISK"] = 3, ["KZT"] = 3, ["PKR"] = 3, ["LKR"] = 3, ["RWF"] = 4,
        ["MWK"] = 4, ["XAF"] = 3, ["XOF"] = 3, ["AMD"] = 3, ["YER"] = 3, ["SOS"] = 3, ["DJF"] = 3, ["KMF"] = 3,
        ["HTG"] = 3, ["JMD"] = 3, ["INR"] = 2, ["RUB"] = 2, ["PHP"] = 2, ["THB"] = 2, ["TWD"] = 2, ["VES"] = 2,
        ["NPR"] = 3, ["BDT"] = 3, ["KES"] = 3, ["ETB"] = 3, ["DZD"] = 3, ["ALL"] = 2, ["RSD"] = 3, ["MKD"] = 2,
        ["UAH"] = 2, ["EGP"] = 2, ["CRC"] = 3, ["XPF"] = 3, ["VUV"] = 3, ["GYD"] = 3, ["ZMW"] = 2, ["MZN"] = 2,
    }.ToImmutableDictionary();

    /// <summary>The largest exponent in <see cref="SmallUnits"/>: the threshold when the currency is not known.</summary>
    internal static readonly int LargestExponent = SmallUnits.Values.Max();

    public MagnitudeDoubleScalingRule()
        : base(Descriptors.MagnitudeDoubleScaling)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName, "Millions", "Billions", "Trillions", "Scaled", "Of", "Thousands"),
        ApiName.Of("AiRace.Core.Magnitude", "Units", "Thousands", "Millions", "Billions", "Trillions"));

    /// <summary>Only calls of Money's scale factories can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) =>
        method.IsStatic && method.Name is "Millions" or "Billions" or "Trillions" or "Scaled" && method.IsOn(types.Money);

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        if (call is not IInvocationOperation invocation || method is null || !method.IsStatic || !method.IsOn(types.Money) || invocation.Arguments.Length == 0)
        {
            return;
        }

        string? scale;
        decimal factor;
        switch (method.Name)
        {
            case "Millions":
                (scale, factor) = ("millions", 1_000_000m);
                break;
            case "Billions":
                (scale, factor) = ("billions", 1_000_000_000m);
                break;
            case "Trillions":
                (scale, factor) = ("trillions", 1_000_000_000_000m);
                break;
            case "Scaled" when invocation.Arguments.Length == 3 && invocation.Arguments.ArgumentAt(1)?.Value.ConstantValue is { HasValue: true, Value: int exponent }
                && exponent is 6 or 9 or 12:
                scale = exponent switch { 6 => "millions", 9 => "billions", _ => "trillions" };
                factor = exponent switch { 6 => 1_000_000m, 9 => 1_000_000_000m, _ => 1_000_000_000_000m };
                break;
            default:
                return;
        }

        var figureArgument = invocation.Arguments.ArgumentFor(method.Name == "Scaled" ? "figure" : method.Parameters[0].Name) ?? invocation.Arguments[0];
        if (figureArgument.Value.ConstantDecimal() is { } figure)
        {
            Judge(context, invocation, figure, scale, factor, invocation.Arguments.ArgumentFor("currency")?.Value);
        }
    }

    /// <summary>
    /// Reports a figure that is already scaled. Kept out of <see cref="AnalyzeCall"/>: its decimal arithmetic and message
    /// would make the optimised hot path several times larger to JIT-compile in every compiler process.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Judge(in RuleContext context, IInvocationOperation invocation, decimal figure, string scale, decimal factor, IOperation? currency)
    {
        decimal magnitude = figure < 0m ? -figure : figure;
        // the currency is looked at only for a figure past the factor or the smallest limit (10^15): nearly every figure
        // is below both
        if ((magnitude < factor || magnitude < factor * SmallUnitsFactor(context, currency))
            && (magnitude < Implausible / factor || magnitude < Threshold(context, currency) / factor))
        {
            return;
        }

        context.Report(Diagnostic.Create(
            Descriptors.MagnitudeDoubleScaling,
            invocation.Syntax.GetLocation(),
            figure.ToString("#,0.##", CultureInfo.InvariantCulture),
            scale,
            Describe(magnitude, factor)));
    }

    /// <summary>
    /// How much larger than the scale factor a figure of a known currency with small units must be to look already
    /// scaled: 10^3 for yen (a Japanese report in millions of yen gives 2,387,240 for 2.4 trillion yen, about 16
    /// billion dollars), 10^4 for won; 1 for other currencies. When the currency is not known, the largest (10^7, the
    /// rial's): a figure in millions of a currency the code does not show is not called already scaled unless it would
    /// be in every currency.
    /// </summary>
    private static decimal SmallUnitsFactor(in RuleContext context, IOperation? currency)
    {
        string? code = currency is null ? null : context.Facts.Currencies.Resolve(currency, FlowMode.Exact, context.CancellationToken);
        int exponent = code is null ? LargestExponent : SmallUnits.TryGetValue(code, out int small) ? small : 0;
        decimal scale = 1m;
        for (int i = 0; i < exponent; i++)
        {
            scale *= 10m;
        }

        return scale;
    }

    /// <summary>The amount no budget in the currency reaches (the largest of all when the currency is not known).</summary>
    private static decimal Threshold(in RuleContext context, IOperation? currency)
    {
        string? code = currency is null ? null : context.Facts.Currencies.Resolve(currency, FlowMode.Exact, context.CancellationToken);
        int exponent = code is null ? LargestExponent : SmallUnits.TryGetValue(code, out int small) ? small : 0;
        decimal threshold = Implausible;
        for (int i = 0; i < exponent; i++)
        {
            threshold *= 10m;
        }

        return threshold;
    }

    private static string Describe(decimal figure, decimal factor)
    {
        try
        {
            decimal amount = figure * factor;
            return amount.ToString("0.###E+0", CultureInfo.InvariantCulture) + " in units";
        }
        catch (System.OverflowException)
        {
            return "beyond the range of decimal";
        }
    }
}
