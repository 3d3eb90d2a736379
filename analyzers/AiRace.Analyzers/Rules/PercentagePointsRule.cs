using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0006: reports adding or subtracting the raw <c>Percent</c>/<c>Fraction</c> numbers of two shares, and a share's
/// <c>Fraction</c> plus or minus the <c>Value</c> of percentage points (0.55 + 3 is not 58%), read directly or through
/// <c>decimal</c> locals that hold them.
/// </summary>
internal sealed class PercentagePointsRule : Rule, IBinaryRule, ICompoundAssignmentRule
{
    /// <summary>Diagnostic property present when the fix (<c>(a - b).Value</c>) applies: <c>a.Percent - b.Percent</c> on plain accesses.</summary>
    public const string FixableProperty = "Fixable";

    public PercentagePointsRule()
        : base(Descriptors.PercentagePoints)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.ShareName, "Percent", "Fraction", "op_Subtraction"),
        ApiName.Of(KnownTypes.PercentagePointsName, "Value"));

    private static bool HasDifferenceOperator(KnownTypes types)
    {
        foreach (var member in types.Share!.GetMembers("op_Subtraction"))
        {
            if (member is IMethodSymbol { Parameters.Length: 2 } method && types.IsShare(method.Parameters[0].Type) && types.IsShare(method.Parameters[1].Type)
                && KnownTypes.Is(method.ReturnType, types.PercentagePoints))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeBinary(in RuleContext context, IBinaryOperation binary)
    {
        if (binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract)
        {
            Judge(context, binary, binary.OperatorKind, binary.LeftOperand, binary.RightOperand, ignoredWrite: null, binary.IsLifted);
        }
    }

    /// <summary><c>change -= baseline.Percent</c> with <c>decimal change = latest.Percent</c>: the same sum, on a local written by it.</summary>
    [MethodImpl(Hot.Path)]
    public void AnalyzeCompoundAssignment(in RuleContext context, ICompoundAssignmentOperation compound)
    {
        if (compound.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract)
        {
            // no fix: the fix rewrites a - b, not an assignment
            Judge(context, compound, compound.OperatorKind, compound.Target, compound.Value, ignoredWrite: compound, lifted: true);
        }
    }

    [MethodImpl(Hot.Path)]
    private static void Judge(in RuleContext context, IOperation operation, BinaryOperatorKind kind, IOperation leftOperand, IOperation rightOperand, IOperation? ignoredWrite, bool lifted)
    {
        var types = context.Types;
        var left = Number(context, leftOperand, ignoredWrite, out bool leftPlain);
        bool rightPlain = false;
        var right = left is null ? null : Number(context, rightOperand, null, out rightPlain);
        if (left is null || right is null || KnownTypes.IsInside(context.ContainingSymbol, types.Share))
        {
            return;
        }

        bool leftPoints = left.Property.Name == "Value";
        bool rightPoints = right.Property.Name == "Value";
        if (leftPoints || rightPoints)
        {
            // points with points is fine; points with a share's Fraction mixes scales (a Percent plus points is a percent)
            if (leftPoints == rightPoints || (leftPoints ? right : left).Property.Name != "Fraction"
                || KnownTypes.IsInside(context.ContainingSymbol, types.PercentagePoints))
            {
                return;
            }

            Report(context, operation, kind, false, types);
            return;
        }

        Report(context, operation, kind, leftPlain && rightPlain && !lifted && kind == BinaryOperatorKind.Subtract
            && left.Property.Name == "Percent" && right.Property.Name == "Percent", types);
    }

    /// <summary>Reports the operation (kept out of the optimised hot path, which JIT-compiles it in every compiler process).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Report(in RuleContext context, IOperation operation, BinaryOperatorKind kind, bool plainPercents, KnownTypes types)
    {
        // whether Share - Share gives PercentagePoints decides only whether the fix applies: looked up (which loads all of
        // Share's members) when something is reported, not for every compilation
        bool fixable = plainPercents && HasDifferenceOperator(types);
        var properties = fixable ? ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true") : ImmutableDictionary<string, string?>.Empty;
        context.Report(Diagnostic.Create(
            Descriptors.PercentagePoints,
            operation.Syntax.GetLocation(),
            properties,
            operation.Syntax.ToString(),
            kind == BinaryOperatorKind.Add ? "adds" : "subtracts"));
    }

    /// <summary>
    /// A share's Percent or Fraction, or percentage points' Value, that an operand is: directly, or as the value of a
    /// <c>decimal</c> local assigned once (then not <paramref name="plain"/>: the fix rewrites only direct accesses).
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static IPropertyReferenceOperation? Number(in RuleContext context, IOperation operand, IOperation? ignoredWrite, out bool plain)
    {
        var types = context.Types;
        if (ShareNumber(operand, types, out plain) is { } direct)
        {
            return direct;
        }

        plain = false;
        if (PointsValue(operand, types) is { } points)
        {
            return points;
        }

        // a decimal or decimal? local (decimal? now = s.Now?.Percent)
        if (operand.SkipImplicitConversions() is not ILocalReferenceOperation local || KnownTypes.Unwrap(local.Local.Type).SpecialType != SpecialType.System_Decimal)
        {
            return null;
        }

        var members = context.Facts.Members;
        var optimistic = ValueFlow.SingleValue(local, ignoredWrite, members, FlowMode.Optimistic, context.CancellationToken, bound: true);
        if (optimistic is null || (ShareNumber(optimistic, types, out _) ?? PointsValue(optimistic, types)) is null)
        {
            return null;
        }

        var exact = ValueFlow.SingleValue(local, ignoredWrite, members, FlowMode.Exact, context.CancellationToken, bound: true);
        return exact is null ? null : ShareNumber(exact, types, out _) ?? PointsValue(exact, types);
    }

    [MethodImpl(Hot.Path)]
    private static IPropertyReferenceOperation? PointsValue(IOperation operand, KnownTypes types)
    {
        var value = operand.SkipImplicitConversions();
        while (value is IConditionalAccessOperation access)
        {
            // report?.Chips?.Baseline.Value
            value = access.WhenNotNull.SkipImplicitConversions();
        }

        return value is IPropertyReferenceOperation { Property.Name: "Value", Instance: not null } property
            && KnownTypes.Is(property.Property.ContainingType, types.PercentagePoints)
            ? property
            : null;
    }

    [MethodImpl(Hot.Path)]
    private static IPropertyReferenceOperation? ShareNumber(IOperation operand, KnownTypes types, out bool plain)
    {
        plain = false;
        var value = operand.SkipImplicitConversions();
        if (value is IConditionalAccessOperation)
        {
            // report?.Chips?.Latest.Percent
            while (value is IConditionalAccessOperation access)
            {
                value = access.WhenNotNull.SkipImplicitConversions();
            }
        }
        else if (value is IPropertyReferenceOperation { Instance: not IConditionalAccessInstanceOperation })
        {
            plain = true;
        }

        return value is IPropertyReferenceOperation { Property.Name: "Percent" or "Fraction", Instance: not null } property
            && types.IsShare(property.Property.ContainingType)
            ? property
            : null;
    }
}
