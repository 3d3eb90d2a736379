using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>AIR0009: reports <c>Math.Round</c>/<c>decimal.Round</c> of a money amount with no <c>MidpointRounding</c>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001", Justification = "A rule of AiRaceAnalyzer, which the compiler loads; registered here it would run twice.")]
public sealed class RoundingWithoutModeAnalyzer : DiagnosticAnalyzer, IMethodFilter
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.RoundingWithoutMode);

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

    /// <summary>Only calls of Round can be reported.</summary>
    bool IMethodFilter.MayConcern(IMethodSymbol method, KnownTypes types) =>
        method.Name == "Round" && method.IsStatic && (method.IsOn(types.Math) || method.ContainingType.SpecialType == SpecialType.System_Decimal);

    [MethodImpl(Hot.Path)]
    private static void Analyze(OperationAnalysisContext context, KnownTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Round" || !method.IsStatic || invocation.Arguments.Length == 0
            || !(method.IsOn(types.Math) || method.ContainingType.SpecialType == SpecialType.System_Decimal)
            || types.Money is null || types.MidpointRounding is null || KnownTypes.IsInside(context.ContainingSymbol, types.Money))
        {
            return;
        }

        foreach (var parameter in method.Parameters)
        {
            if (KnownTypes.Is(parameter.Type, types.MidpointRounding))
            {
                return;
            }
        }

        var value = invocation.Arguments[0].Value;
        if (!MentionsAmount(value, types))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.RoundingWithoutMode,
            invocation.Syntax.GetLocation(),
            (method.ContainingType.SpecialType == SpecialType.System_Decimal ? "decimal" : "Math") + ".Round"));
    }

    /// <summary>Whether the rounded value is computed from a Money <c>Amount</c> (lambdas inside it excluded).</summary>
    [MethodImpl(Hot.Path)]
    private static bool MentionsAmount(IOperation value, KnownTypes types)
    {
        if (IsAmount(value, types))
        {
            return true;
        }

        foreach (var operation in value.Descendants())
        {
            if (operation is IAnonymousFunctionOperation)
            {
                continue;
            }

            if (IsAmount(operation, types) && !InsideLambda(operation, value))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(Hot.Path)]
    private static bool IsAmount(IOperation operation, KnownTypes types) =>
        operation is IPropertyReferenceOperation { Property.Name: "Amount" } property && types.IsMoney(property.Property.ContainingType);

    [MethodImpl(Hot.Path)]
    private static bool InsideLambda(IOperation operation, IOperation stop)
    {
        for (var parent = operation.Parent; parent is not null && parent != stop; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }
}
