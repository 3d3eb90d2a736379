using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0005 (warning): <c>Share.FromPercent</c> given a constant in (0, 1), <c>Share.FromFraction</c> given a constant
/// in (1, 100]. AIR0013 (error): a constant share below 0% or above 100%.
/// </summary>
internal sealed class PercentScaleRule : Rule, ICallRule
{
    /// <summary>Diagnostic property: the factory the fix switches to.</summary>
    public const string OtherFactoryProperty = "OtherFactory";

    public PercentScaleRule()
        : base(Descriptors.PercentScale, Descriptors.ShareOutOfRange)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Of(KnownTypes.ShareName, "FromPercent", "FromFraction");

    /// <summary>Only calls of Share's factories can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) =>
        method.IsStatic && method.Name is "FromPercent" or "FromFraction" && method.IsOn(types.Share);

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        if (call is not IInvocationOperation invocation || method is null || !method.IsStatic || !method.IsOn(types.Share) || invocation.Arguments.Length != 1
            || method.Name is not ("FromPercent" or "FromFraction"))
        {
            return;
        }

        var argument = invocation.Arguments[0].Value;
        if (argument.ConstantDecimal() is { } value)
        {
            Judge(context, argument, method.Name, value);
        }
    }

    /// <summary>
    /// Reports a constant on the wrong scale or outside 0–100%. Kept out of <see cref="AnalyzeCall"/>: its decimal arithmetic
    /// and messages would make the optimised hot path several times larger to JIT-compile in every compiler process.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Judge(in RuleContext context, IOperation argument, string name, decimal value)
    {
        bool percent = name == "FromPercent";
        decimal asPercent = percent ? value : value * 100m;
        if (percent && value > 0m && value < 1m)
        {
            string shown = value.ToString(CultureInfo.InvariantCulture);
            Report(context, argument, Descriptors.PercentScale, "FromFraction", name, shown, "a fraction", "Share.FromFraction(" + shown + ")");
        }
        else if (!percent && value > 1m && value <= 100m)
        {
            string shown = value.ToString(CultureInfo.InvariantCulture);
            Report(context, argument, Descriptors.PercentScale, "FromPercent", name, shown, "a percent", "Share.FromPercent(" + shown + ")");
        }
        else if (asPercent < 0m || asPercent > 100m)
        {
            string shown = value.ToString(CultureInfo.InvariantCulture);
            Report(context, argument, Descriptors.ShareOutOfRange, null, name, shown, asPercent.ToString(CultureInfo.InvariantCulture), string.Empty);
        }
    }

    private static void Report(in RuleContext context, IOperation argument, DiagnosticDescriptor descriptor, string? otherFactory, string name, string value, string third, string fourth)
    {
        var properties = otherFactory is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(OtherFactoryProperty, otherFactory);
        context.Report(Diagnostic.Create(descriptor, argument.Syntax.GetLocation(), properties, "Share." + name, value, third, fourth));
    }
}
