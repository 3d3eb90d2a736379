using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0011: reports an already-scaled constant given to <c>Money.Millions</c>, <c>Billions</c>, <c>Trillions</c> (or
/// <c>Money.Scaled</c> with one of those magnitudes): a figure at least as large as the scale factor itself, or one
/// that makes the amount a quadrillion or more (beyond any budget on Earth).
/// </summary>
internal sealed class MagnitudeDoubleScalingRule : Rule, ICallRule
{
    /// <summary>The amount above which a scaled figure cannot be meant: 10^15.</summary>
    private const decimal Implausible = 1_000_000_000_000_000m;

    public MagnitudeDoubleScalingRule()
        : base(Descriptors.MagnitudeDoubleScaling)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName, "Millions", "Billions", "Trillions", "Scaled", "Of"));

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
            case "Scaled" when invocation.Arguments.Length == 3 && invocation.Arguments[1].Value.ConstantValue is { HasValue: true, Value: int exponent }
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
            Judge(context, invocation, figure, scale, factor);
        }
    }

    /// <summary>
    /// Reports a figure that is already scaled. Kept out of <see cref="AnalyzeCall"/>: its decimal arithmetic and message
    /// would make the optimised hot path several times larger to JIT-compile in every compiler process.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Judge(in RuleContext context, IInvocationOperation invocation, decimal figure, string scale, decimal factor)
    {
        decimal magnitude = figure < 0m ? -figure : figure;
        bool implausible = magnitude >= factor || (magnitude >= Implausible / factor);
        if (!implausible)
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
