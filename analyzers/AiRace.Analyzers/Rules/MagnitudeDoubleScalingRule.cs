using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0011: reports an already-scaled constant given to <c>Money.Millions</c>, <c>Billions</c>, <c>Trillions</c> (or
/// <c>Money.Scaled</c> with one of those magnitudes): a figure at least as large as the scale factor itself (times the
/// units per dollar, plus 10 %, rounded up to a power of ten, for a known currency with small units), or one
/// that makes the amount larger than any budget on Earth in its currency: 10^15 units of a currency worth about a
/// dollar or more, more for currencies with small units (a budget of Rp 3,621 trillion is real), and the most any
/// currency allows when the currency is not known at compile time. A currency whose units per dollar are not known (a
/// fund, a precious metal) is left alone.
/// </summary>
internal sealed class MagnitudeDoubleScalingRule : Rule, ICallRule
{
    /// <summary>The amount above which a scaled figure cannot be meant, in a currency worth about a dollar or more: 10^15.</summary>
    private const decimal Implausible = 1_000_000_000_000_000m;

    /// <summary>
    /// The power of ten of each currency's units per US dollar, read from the embedded <c>units-per-usd.csv</c> (one figure
    /// for every active ISO 4217 code that has one; Data/README.md gives the source): the figure plus 10 % for drift,
    /// rounded up (yen ≈ 150: 3; rupiah ≈ 16,600: 5), and 0 for a currency of fewer than about nine units per dollar.
    /// Rounded up and generous on purpose: the rule must never call a real budget a mistake. A code missing here (a
    /// fund, a precious metal, a withdrawn code) has no known units per dollar, and the rule says nothing about it.
    /// </summary>
    internal static readonly ImmutableDictionary<string, int> UnitsPerDollar = LoadUnitsPerDollar();

    /// <summary>
    /// Currencies with small units (ten or more per US dollar, give or take the 10 %), by the power of ten of their units
    /// per US dollar. Their implausible amount is 10^15 times that: a yen budget of 10^17 is still a mistake, a rupiah
    /// budget of 3.6 × 10^15 is not.
    /// </summary>
    internal static readonly ImmutableDictionary<string, int> SmallUnits = UnitsPerDollar.Where(pair => pair.Value >= 2).ToImmutableDictionary();

    /// <summary>The largest exponent in <see cref="SmallUnits"/>: the threshold when the currency is not known.</summary>
    internal static readonly int LargestExponent = SmallUnits.IsEmpty ? 0 : SmallUnits.Values.Max();

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
        if (magnitude < factor && magnitude < Implausible / factor || UnitsPerDollar.IsEmpty)
        {
            return;
        }

        // a figure of a known currency with small units must be larger by its units per dollar (a Japanese report in
        // millions of yen gives 2,387,240 for 2.4 trillion yen, about 16 billion dollars); when the currency is not known,
        // by the largest (10^7, the rial's): a figure in millions of a currency the code does not show is not called
        // already scaled unless it would be in every currency; a currency whose units per dollar are not known is left alone
        string? code = currency is null ? null : context.Facts.Currencies.Resolve(currency, FlowMode.Exact, context.CancellationToken);
        int exponent = LargestExponent;
        if (code is not null && !UnitsPerDollar.TryGetValue(code, out exponent))
        {
            return;
        }

        decimal units = 1m;
        for (int i = 0; i < exponent; i++)
        {
            units *= 10m;
        }

        if (magnitude < factor * units && magnitude < Implausible * units / factor)
        {
            return;
        }

        context.Report(Diagnostic.Create(
            Descriptors.MagnitudeDoubleScaling,
            invocation.Syntax.GetLocation(),
            figure.ToString("#,0.############################", CultureInfo.InvariantCulture),
            scale,
            Describe(figure, factor)));
    }

    /// <summary>Reads <c>units-per-usd.csv</c>: code, units per US dollar (empty when there is none), basis.</summary>
    private static ImmutableDictionary<string, int> LoadUnitsPerDollar()
    {
        var exponents = ImmutableDictionary.CreateBuilder<string, int>(System.StringComparer.Ordinal);
        try
        {
            using var stream = typeof(MagnitudeDoubleScalingRule).Assembly.GetManifestResourceStream("AiRace.Analyzers.units-per-usd.csv");
            if (stream is null)
            {
                return exponents.ToImmutable();
            }

            using var reader = new StreamReader(stream);
            bool header = true;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (header)
                {
                    header = false;
                    continue;
                }

                string[] cells = line.Split(',');
                if (cells.Length > 1
                    && decimal.TryParse(cells[1].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal units) && units > 0m)
                {
                    exponents[cells[0].Trim()] = Exponent(units);
                }
            }
        }
        catch (IOException)
        {
            // an unreadable table makes the rule silent rather than wrong
            exponents.Clear();
        }

        return exponents.ToImmutable();
    }

    /// <summary>The power of ten at or above the units per dollar plus 10 %, or 0 below 10^2 (a currency worth about a
    /// tenth of a dollar or more is judged as a dollar is).</summary>
    internal static int Exponent(decimal unitsPerDollar)
    {
        decimal margin = unitsPerDollar * 1.1m;
        int exponent = 0;
        for (decimal power = 1m; power < margin && exponent < 28; power *= 10m)
        {
            exponent++;
        }

        return exponent >= 2 ? exponent : 0;
    }

    /// <summary>The figure times the scale, with its sign and every digit (<c>-600,000,000,000,000 in units</c>).</summary>
    private static string Describe(decimal figure, decimal factor)
    {
        try
        {
            decimal amount = figure * factor;
            return amount.ToString("#,0.############################", CultureInfo.InvariantCulture) + " in units";
        }
        catch (System.OverflowException)
        {
            return "beyond the range of decimal";
        }
    }
}
