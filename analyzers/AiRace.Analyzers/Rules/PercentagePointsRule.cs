using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>AIR0006: reports adding or subtracting the raw <c>Percent</c>/<c>Fraction</c> numbers of two shares.</summary>
internal sealed class PercentagePointsRule : Rule, IBinaryRule
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
        var types = context.Types;
        if (binary.OperatorKind is not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract))
        {
            return;
        }

        var left = ShareNumber(binary.LeftOperand, types, out bool leftPlain);
        bool rightPlain = false;
        var right = left is null ? null : ShareNumber(binary.RightOperand, types, out rightPlain);
        if (left is null || right is null || KnownTypes.IsInside(context.ContainingSymbol, types.Share))
        {
            return;
        }

        Report(context, binary, leftPlain && rightPlain && !binary.IsLifted && binary.OperatorKind == BinaryOperatorKind.Subtract
            && left.Property.Name == "Percent" && right.Property.Name == "Percent", types);
    }

    /// <summary>Reports the operation (kept out of the optimised hot path, which JIT-compiles it in every compiler process).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Report(in RuleContext context, IBinaryOperation binary, bool plainPercents, KnownTypes types)
    {
        // whether Share - Share gives PercentagePoints decides only whether the fix applies: looked up (which loads all of
        // Share's members) when something is reported, not for every compilation
        bool fixable = plainPercents && HasDifferenceOperator(types);
        var properties = fixable ? ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true") : ImmutableDictionary<string, string?>.Empty;
        context.Report(Diagnostic.Create(
            Descriptors.PercentagePoints,
            binary.Syntax.GetLocation(),
            properties,
            binary.Syntax.ToString(),
            binary.OperatorKind == BinaryOperatorKind.Add ? "adds" : "subtracts"));
    }

    [MethodImpl(Hot.Path)]
    private static IPropertyReferenceOperation? ShareNumber(IOperation operand, KnownTypes types, out bool plain)
    {
        plain = false;
        var value = operand.SkipImplicitConversions();
        if (value is IConditionalAccessOperation access)
        {
            value = access.WhenNotNull.SkipImplicitConversions();
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
