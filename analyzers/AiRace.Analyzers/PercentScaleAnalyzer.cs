using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0005 (warning): <c>Share.FromPercent</c> given a constant in (0, 1), <c>Share.FromFraction</c> given a constant
/// in (1, 100]. AIR0013 (error): a constant share below 0% or above 100%.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001", Justification = "A rule of AiRaceAnalyzer, which the compiler loads; registered here it would run twice.")]
public sealed class PercentScaleAnalyzer : DiagnosticAnalyzer, IMethodFilter
{
    /// <summary>Diagnostic property: the factory the fix switches to.</summary>
    public const string OtherFactoryProperty = "OtherFactory";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PercentScale, Descriptors.ShareOutOfRange);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = KnownTypes.Create(start.Compilation);
            start.RegisterOperationAction(c => Analyze(c, types), OperationKind.Invocation);
        });
    }

    /// <summary>Only calls of Share's factories can be reported.</summary>
    bool IMethodFilter.MayConcern(IMethodSymbol method, KnownTypes types) =>
        method.IsStatic && method.Name is "FromPercent" or "FromFraction" && method.IsOn(types.Share);

    [MethodImpl(Hot.Path)]
    private static void Analyze(OperationAnalysisContext context, KnownTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || !method.IsOn(types.Share) || invocation.Arguments.Length != 1
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
    /// Reports a constant on the wrong scale or outside 0–100%. Kept out of <see cref="Analyze"/>: its decimal arithmetic
    /// and messages would make the optimised hot path several times larger to JIT-compile in every compiler process.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Judge(OperationAnalysisContext context, IOperation argument, string name, decimal value)
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

    private static void Report(OperationAnalysisContext context, IOperation argument, DiagnosticDescriptor descriptor, string? otherFactory, string name, string value, string third, string fourth)
    {
        var properties = otherFactory is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(OtherFactoryProperty, otherFactory);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, argument.Syntax.GetLocation(), properties, "Share." + name, value, third, fourth));
    }
}
