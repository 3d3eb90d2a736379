using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0012: reports a goal year before the baseline year in a call of an AiRace.Core constructor or method with
/// <c>baselineYear</c> and <c>goalYear</c> parameters (the <c>Target</c> constructor takes <c>int? baselineYear</c> and
/// <c>int goalYear</c>), when both years are known at compile time: constants, locals and readonly fields holding one,
/// and sums and differences of those.
/// </summary>
internal sealed class TargetYearBeforeBaselineRule : Rule, ICallRule
{
    private const int MaxDepth = 8;

    public TargetYearBeforeBaselineRule()
        : base(Descriptors.TargetYearBeforeBaseline)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of("AiRace.Core.Policy.Target", ".ctor", "BaselineYear", "GoalYear"));

    /// <summary>Only calls of AiRace.Core methods and constructors with a baseline and a goal year can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) => HasYearParameterNames(method) && KnownTypes.IsInCoreNamespace(method.ContainingType);

    /// <summary>Whether a method or constructor has parameters named <c>baselineYear</c> and <c>goalYear</c>.</summary>
    private static bool HasYearParameterNames(IMethodSymbol method)
    {
        bool baseline = false;
        bool goal = false;
        foreach (var parameter in (method.ReducedFrom ?? method).Parameters)
        {
            baseline |= parameter.Name == "baselineYear";
            goal |= parameter.Name == "goalYear";
        }

        return baseline && goal;
    }

    [MethodImpl(Hot.Path)]
    private static bool HasYearParameters(ImmutableArray<IArgumentOperation> arguments)
    {
        // the arguments (one per parameter, defaults included) name their parameters without the allocation that
        // IMethodSymbol.Parameters makes on every call
        if (arguments.Length < 2)
        {
            return false;
        }

        bool baseline = false;
        bool goal = false;
        foreach (var argument in arguments)
        {
            string? name = argument.Parameter?.Name;
            baseline |= name == "baselineYear";
            goal |= name == "goalYear";
        }

        return baseline && goal;
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var members = context.Facts.Members;
        if (!HasYearParameters(arguments) || method is null || !KnownTypes.IsInCoreNamespace(method.ContainingType))
        {
            return;
        }

        var baseline = arguments.ArgumentFor("baselineYear");
        var goal = arguments.ArgumentFor("goalYear");
        if (baseline?.Parameter is not { } baselineParameter || goal?.Parameter is not { } goalParameter
            || !IsYear(baselineParameter.Type) || !IsYear(goalParameter.Type))
        {
            return;
        }

        if (Year(baseline.Value, members, 0, context.CancellationToken) is int baselineYear
            && Year(goal.Value, members, 0, context.CancellationToken) is int goalYear
            && goalYear < baselineYear)
        {
            context.Report(Diagnostic.Create(Descriptors.TargetYearBeforeBaseline, goal.Value.Syntax.GetLocation(), goalYear, baselineYear));
        }
    }

    /// <summary>Whether a parameter holds a year: <c>int</c> or <c>int?</c>.</summary>
    private static bool IsYear(ITypeSymbol type) => KnownTypes.Unwrap(type).SpecialType == SpecialType.System_Int32;

    /// <summary>
    /// The year a value is known to be at compile time: a constant (also through the conversion to <c>int?</c>), a local
    /// or readonly field that only ever holds one, or the sum or difference of two such years; null otherwise.
    /// </summary>
    private static int? Year(IOperation? value, MemberValues members, int depth, System.Threading.CancellationToken cancellationToken)
    {
        if (value is null || depth > MaxDepth)
        {
            return null;
        }

        // a constant int anywhere in the chain of conversions: 2030 converted to int?, and (int)2030L, whose operand is a long
        for (var converted = value; converted is not null; converted = (converted as IConversionOperation)?.Operand ?? (converted as IParenthesizedOperation)?.Operand)
        {
            if (converted.ConstantValue is { HasValue: true, Value: int constant })
            {
                return constant;
            }
        }

        value = value.SkipConversions();
        if (value is null)
        {
            return null;
        }

        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary
                when Year(binary.LeftOperand, members, depth + 1, cancellationToken) is int left
                    && Year(binary.RightOperand, members, depth + 1, cancellationToken) is int right:
                long result = binary.OperatorKind == BinaryOperatorKind.Add ? (long)left + right : (long)left - right;
                return result is >= int.MinValue and <= int.MaxValue ? (int)result : null;
            case ILocalReferenceOperation:
            case IFieldReferenceOperation:
                return Year(ValueFlow.SingleValue(value, null, members, FlowMode.Exact, cancellationToken), members, depth + 1, cancellationToken);
            default:
                return null;
        }
    }
}
